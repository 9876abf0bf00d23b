#!/usr/bin/env bash
# shellcheck disable=SC2016  # the checks are `bash -c '...' args` snippets on purpose
# End-to-end test of infra/stack: brings up a SECOND stack (its own STACK_DIR and ports, so it
# can run next to a developer's stack), checks every component for real, brings it down and
# verifies that no process of that stack survives. Exit code non-zero on any failure.
#
#   infra/test-stack.sh            (part of `make test`)
#   TEST_KEEP_UP=1 infra/test-stack.sh   leave the test stack running afterwards
#
# The test stack keeps its data between runs (fast restarts); `STACK_DIR=.run/test-stack infra/stack purge`
# removes it. The run dir and ports are those of infra/test.env (the Makefile's test stack): when that
# stack is already up (e.g. `make test-infra-up`), it is checked, stopped for the survivor check and
# started again at the end. TEST_STACK_DIR and TEST_<VAR> (e.g. TEST_PG_PORT) override the defaults.
set -Eeuo pipefail

INFRA_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$INFRA_DIR")
STACK="$INFRA_DIR/stack"

export STACK_DIR=${TEST_STACK_DIR:-$REPO_DIR/.run/test-stack}
export PG_PORT=${TEST_PG_PORT:-55433}
export KAFKA_PORT=${TEST_KAFKA_PORT:-19092} KAFKA_CONTROLLER_PORT=${TEST_KAFKA_CONTROLLER_PORT:-19093}
export ES_PORT=${TEST_ES_PORT:-19200} ES_TRANSPORT_PORT=${TEST_ES_TRANSPORT_PORT:-19300}
export KEYCLOAK_PORT=${TEST_KEYCLOAK_PORT:-18180} KEYCLOAK_MGMT_PORT=${TEST_KEYCLOAK_MGMT_PORT:-19191}
export REDIS_PORT=${TEST_REDIS_PORT:-16379}
export MAIL_SMTP_PORT=${TEST_MAIL_SMTP_PORT:-13025} MAIL_API_PORT=${TEST_MAIL_API_PORT:-18025}
export STACK_COMPONENTS="postgres kafka elasticsearch keycloak redis mail"
STACK_DIR=$(realpath -m "$STACK_DIR")
PSQL=${PG_BIN:-/usr/lib/postgresql/15/bin}/psql
RUN_ID="t$(date +%s)$$"
WORK=$(mktemp -d)
PASSED=0
FAILED=0
FAILURES=""

cleanup() {
  local rc=$?
  rm -rf "$WORK" "$STACK_DIR-conflict"
  if [ -n "${WAS_UP:-}" ]; then
    if [ -n "${DOWN_DONE:-}" ] && [ -z "${RESTORED:-}" ]; then "$STACK" up >/dev/null 2>&1 || true; fi
  elif [ -z "${TEST_KEEP_UP:-}" ] && [ -z "${DOWN_DONE:-}" ]; then
    "$STACK" down >/dev/null 2>&1 || true
  fi
  exit $rc
}
trap cleanup EXIT

ok() { PASSED=$((PASSED + 1)); printf '  ok    %s\n' "$1"; }
nok() { FAILED=$((FAILED + 1)); FAILURES+=" [$1]"; printf '  FAIL  %s\n' "$1"; [ -s "$WORK/out" ] && sed 's/^/        | /' "$WORK/out" | tail -n 15; return 0; }
check() { # name cmd... : run cmd, output to $WORK/out
  local name=$1; shift
  if "$@" >"$WORK/out" 2>&1; then ok "$name"; else nok "$name"; fi
}

for tool in curl jq; do
  command -v "$tool" >/dev/null 2>&1 && continue
  [ "$(id -u)" = 0 ] || { echo "test-stack: '$tool' is required" >&2; exit 1; }
  echo "test-stack: installing $tool (apt-get install -y $tool)"
  { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$tool"; } >/dev/null 2>&1
done

jwt_payload() { # token -> JSON payload
  local p; p=$(cut -d. -f2 <<<"$1" | tr '_-' '/+')
  while [ $(( ${#p} % 4 )) -ne 0 ]; do p+="="; done
  base64 -d <<<"$p"
}

# ------------------------------------------------------------------ up
WAS_UP=""
if "$STACK" status >/dev/null 2>&1; then
  WAS_UP=1
  echo "test-stack: the test stack in $STACK_DIR is already up: testing it, it will be restarted at the end"
fi
echo "test-stack: bringing up a test stack in $STACK_DIR"
T0=$(date +%s)
if "$STACK" up >"$WORK/up.log" 2>&1; then
  ok "stack up ($(( $(date +%s) - T0 ))s)"
else
  cat "$WORK/up.log"
  nok "stack up"
  echo "test-stack: $PASSED passed, $FAILED failed"
  exit 1
fi
grep -E '^  [a-z]+ +(healthy|FAILED)' "$WORK/up.log" || true

check "status: all components healthy" "$STACK" status
check "up is idempotent (already running)" bash -c '"$0" up | grep -c "already running" | grep -qx 6' "$STACK"
check "a port held by another stack is refused, naming the variable" bash -c \
  '! STACK_DIR="$0-conflict" REDIS_PORT="$1" "$2" up redis >"$3/conflict.out" 2>&1 && grep -q "port $1 (REDIS_PORT) is already in use" "$3/conflict.out"' \
  "$STACK_DIR" "$REDIS_PORT" "$STACK" "$WORK"

# ------------------------------------------------------------------ postgres
check "postgres: login as catalog/catalog, create a table" \
  env PGPASSWORD=catalog "$PSQL" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U catalog -d catalog \
  -c "CREATE TABLE IF NOT EXISTS stack_test (id int); DROP TABLE stack_test; SELECT current_user"
check "postgres: databases + users for users, ratings, recommender" bash -c '
  for db in users ratings recommender; do
    [ "$(PGPASSWORD=$db "$0" -X -At -h 127.0.0.1 -p "$1" -U "$db" -d "$db" -c "select current_database()")" = "$db" ] || exit 1
  done' "$PSQL" "$PG_PORT"
check "postgres: superuser postgres and service users can create throw-away databases" bash -c '
  "$0" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$1" -U postgres -d postgres -c "CREATE DATABASE tmp_$2" -c "DROP DATABASE tmp_$2" &&
  "$0" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$1" -U catalog -d catalog -c "CREATE DATABASE tmpc_$2" -c "DROP DATABASE tmpc_$2"' \
  "$PSQL" "$PG_PORT" "$RUN_ID"

# ------------------------------------------------------------------ kafka
TOPIC="stack-test-$RUN_ID"
check "kafka: produce + consume round trip (auto-created topic, 3 partitions)" bash -c '
  echo "hello-$1" | "$0" kafka-tool console-producer --bootstrap-server "127.0.0.1:$2" --topic "$1" &&
  out=$("$0" kafka-tool console-consumer --bootstrap-server "127.0.0.1:$2" --topic "$1" --from-beginning --max-messages 1 --timeout-ms 30000) &&
  echo "consumed: $out" && [ "$out" = "hello-$1" ] &&
  "$0" kafka-tool topics --bootstrap-server "127.0.0.1:$2" --describe --topic "$1" | grep -q "PartitionCount: 3" &&
  "$0" kafka-tool topics --bootstrap-server "127.0.0.1:$2" --delete --topic "$1"' \
  "$STACK" "$TOPIC" "$KAFKA_PORT"

# ------------------------------------------------------------------ elasticsearch
ES="http://127.0.0.1:$ES_PORT"
INDEX="stack-test-$RUN_ID"
check "elasticsearch: GET / (cluster info, version 9.x)" bash -c \
  'curl -sf "$0/" | jq -e ".version.number | startswith(\"9.\")" && curl -sf "$0/" | jq -e ".tagline and .cluster_uuid"' "$ES"
check "elasticsearch: HEAD / (ping)" bash -c '[ "$(curl -s -o /dev/null -w "%{http_code}" -I "$0/")" = 200 ]' "$ES"
check "elasticsearch: index + search round trip" bash -c '
  for i in 1 2 3; do
    curl -sf -XPUT "$0/$1/_doc/$i?refresh=true" -H "content-type: application/json" -d "{\"title\":\"Top Gun $i\",\"year\":$((1985 + i))}" >/dev/null || exit 1
  done
  curl -sf "$0/$1/_search" -H "content-type: application/json" -d "{\"query\":{\"match\":{\"title\":\"gun\"}}}" | jq -e ".hits.total.value == 3"' \
  "$ES" "$INDEX"
check "elasticsearch: every index has 0 replicas, cluster green" bash -c '
  curl -sf "$0/$1/_settings" | jq -e ".[\"$1\"].settings.index.number_of_replicas == \"0\"" &&
  curl -sf "$0/_cluster/health?wait_for_status=green&timeout=10s" | jq -e ".status == \"green\""' "$ES" "$INDEX"
check "elasticsearch: _delete_by_query" bash -c '
  curl -sf -XPOST "$0/$1/_delete_by_query?refresh=true" -H "content-type: application/json" -d "{\"query\":{\"range\":{\"year\":{\"lte\":1987}}}}" | jq -e ".deleted == 2" &&
  curl -sf "$0/$1/_count" | jq -e ".count == 1" &&
  curl -sf -XDELETE "$0/$1" >/dev/null' "$ES" "$INDEX"

# ------------------------------------------------------------------ keycloak
KC="http://localhost:$KEYCLOAK_PORT"
TOKEN_URL="$KC/realms/moviestack/protocol/openid-connect/token"
token_for() { curl -sf "$TOKEN_URL" -d grant_type=password -d client_id=moviestack-web -d "username=$1" -d "password=$2" | jq -r .access_token; }
check_user_token() { # user password expect-admin(true|false)
  local t; t=$(token_for "$1" "$2") && [ -n "$t" ] && [ "$t" != null ] || return 1
  jwt_payload "$t" | jq -e --arg iss "$KC/realms/moviestack" --argjson admin "$3" '
    .iss == $iss
    and ((.aud | if type == "array" then . else [.] end) | index("moviestack-api") != null)
    and (.realm_access.roles | index("user") != null)
    and ((.realm_access.roles | index("admin") != null) == $admin)'
}
check "keycloak: password grant for alice (iss, aud moviestack-api, role user)" check_user_token alice alice-dev-password false
check "keycloak: password grant for admin (roles user + admin)" check_user_token admin admin-dev-password true
check "keycloak: client_credentials for moviestack-admin can list users" bash -c '
  t=$(curl -sf "$0" -d grant_type=client_credentials -d client_id=moviestack-admin -d client_secret=moviestack-admin-dev-secret | jq -r .access_token) &&
  curl -sf -H "Authorization: Bearer $t" "$1/admin/realms/moviestack/users?username=alice&exact=true" | jq -e "length == 1 and .[0].email == \"alice@example.com\""' \
  "$TOKEN_URL" "$KC"
check "keycloak: moviestack-web requires PKCE" bash -c '
  curl -s -D - -o /dev/null "$0/realms/moviestack/protocol/openid-connect/auth?client_id=moviestack-web&response_type=code&scope=openid&redirect_uri=http://localhost:3000/cb" |
  grep -qi "^location:.*code_challenge"' "$KC"

# ------------------------------------------------------------------ redis
check "redis: PING + SET/GET" bash -c '
  [ "$(redis-cli -h 127.0.0.1 -p "$0" ping)" = PONG ] &&
  redis-cli -h 127.0.0.1 -p "$0" set "stack-test:$1" ok >/dev/null &&
  [ "$(redis-cli -h 127.0.0.1 -p "$0" get "stack-test:$1")" = ok ] &&
  redis-cli -h 127.0.0.1 -p "$0" del "stack-test:$1" >/dev/null' "$REDIS_PORT" "$RUN_ID"

# ------------------------------------------------------------------ mail
check "mail: SMTP port open, a mail sent over SMTP shows up in the API" bash -c '
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$0" &&
  printf "From: stack-test@example.com\r\nTo: $2@example.com\r\nSubject: welcome $2\r\n\r\nhello\r\n" > "$3/mail.txt" &&
  curl -sf "smtp://127.0.0.1:$0" --mail-from stack-test@example.com --mail-rcpt "$2@example.com" -T "$3/mail.txt" &&
  curl -sf "http://127.0.0.1:$1/api/user/$2@example.com/messages/" | jq -e "length == 1 and .[0].subject == \"welcome $2\""' \
  "$MAIL_SMTP_PORT" "$MAIL_API_PORT" "$RUN_ID" "$WORK"

# ------------------------------------------------------------------ down
if [ -n "${TEST_KEEP_UP:-}" ]; then
  echo "test-stack: TEST_KEEP_UP set, leaving the test stack running ($STACK_DIR)"
else
  check "stack down" "$STACK" down
  DOWN_DONE=1
  survivors() { # every non-zombie process that refers to the test STACK_DIR (mark, cwd or command line)
    local p stat
    for p in /proc/[0-9]*; do
      stat=$(cat "$p/stat" 2>/dev/null) || continue; stat=${stat##*) }
      [ "${stat%% *}" = Z ] && continue
      [ "${p#/proc/}" = "$$" ] && continue
      if grep -qzF "MOVIESTACK_STACK_MARK=$STACK_DIR" "$p/environ" 2>/dev/null \
         || case "$(readlink "$p/cwd" 2>/dev/null)" in "$STACK_DIR"|"$STACK_DIR"/*) true ;; *) false ;; esac \
         || tr '\0' ' ' < "$p/cmdline" 2>/dev/null | grep -qF "$STACK_DIR/"; then
        printf '%s %s\n' "${p#/proc/}" "$(tr '\0' ' ' < "$p/cmdline" | cut -c1-120)"
      fi
    done
  }
  sleep 1
  survivors > "$WORK/survivors"
  check "no process of the test stack survives" bash -c 'cat "$0"; [ ! -s "$0" ]' "$WORK/survivors"
  check "all test ports are free again" bash -c '
    for p in "$@"; do [ -z "$(ss -Hltn "( sport = :$p )")" ] || { echo "port $p still in use"; exit 1; }; done' \
    "$PG_PORT" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$ES_PORT" "$ES_TRANSPORT_PORT" "$KEYCLOAK_PORT" "$KEYCLOAK_MGMT_PORT" \
    "$REDIS_PORT" "$MAIL_SMTP_PORT" "$MAIL_API_PORT"
fi

if [ -n "$WAS_UP" ] && [ -n "${DOWN_DONE:-}" ]; then
  check "the test stack that was up before is up again" "$STACK" up
  RESTORED=1
fi

[ "$FAILED" = 0 ] || echo "test-stack: failures:$FAILURES"
echo "test-stack: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
