#!/usr/bin/env bash
# Gateway overhead on a cheap authenticated GET: the same request (GET /api/movies?size=1
# with a bearer token) direct to the catalog and through the gateway, measured with wrk in
# one run and printed as ratios. Loopback only; about five minutes in all. The long warm-up
# matters: on two busy cores the JIT needs minutes before the gateway runs compiled code
# (after 50 s its C2 compiler thread still used a quarter of the CPU).
#   bench/gateway/run.sh      (needs: ./mvnw -pl gateway -am package -DskipTests, wrk, Redis)
# By default the catalog is a WireMock stub with a canned page, and the token is signed by a
# key of the run that the stub serves as the JWKS. With CATALOG_URL set to a running
# catalog-service, the bench uses that service instead, with alice's token from Keycloak
# (KEYCLOAK_URL, default http://localhost:8180, realm moviestack; the service must trust it).
# Settings (environment): DURATION (15s per measurement), WARMUP (150s through the gateway,
# which warms the backend too; then 10s direct), CONNECTIONS (32),
# THREADS (2), STUB_PORT (18990), GATEWAY_PORT (18991), REDIS_HOST/REDIS_PORT (the test
# stack's Redis: 127.0.0.1:16379), GATEWAY_JAVA_OPTS, STUB_JAVA_OPTS.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=../../infra/lib/jdk.sh
source "$ROOT/infra/lib/jdk.sh"

DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-150s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
STUB_PORT="${STUB_PORT:-18990}"
GATEWAY_PORT="${GATEWAY_PORT:-18991}"
REDIS_HOST="${REDIS_HOST:-127.0.0.1}"
REDIS_PORT="${REDIS_PORT:-16379}"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://localhost:8180}"
GATEWAY_JAVA_OPTS="${GATEWAY_JAVA_OPTS:--Xms256m -Xmx256m -XX:+UseSerialGC}"
STUB_JAVA_OPTS="${STUB_JAVA_OPTS:--Xms256m -Xmx256m -XX:+UseSerialGC}"
GATEWAY_JAR="$ROOT/gateway/target/gateway-0.1.0-SNAPSHOT.jar"
WIREMOCK_JAR="${WIREMOCK_JAR:-$HOME/.m2/repository/org/wiremock/wiremock-standalone/3.13.2/wiremock-standalone-3.13.2.jar}"
STUB_ISSUER="http://bench.moviestack.invalid/realms/moviestack"

command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install -y wrk)" >&2; exit 1; }
[ -f "$GATEWAY_JAR" ] || { echo "bench: $GATEWAY_JAR is missing (./mvnw -pl gateway -am package -DskipTests)" >&2; exit 1; }
(exec 3<>"/dev/tcp/$REDIS_HOST/$REDIS_PORT") 2>/dev/null \
  || { echo "bench: no Redis at $REDIS_HOST:$REDIS_PORT (make test-infra-up, or set REDIS_PORT)" >&2; exit 1; }
for port in "$STUB_PORT" "$GATEWAY_PORT"; do
  if ss -ltnH "sport = :$port" | grep -q .; then echo "bench: port $port is taken" >&2; exit 1; fi
done

WORK="$(mktemp -d /tmp/moviestack-bench-gateway.XXXXXX)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "${CATALOG_URL:-}" ]; then
  [ -f "$WIREMOCK_JAR" ] || { echo "bench: $WIREMOCK_JAR is missing (./mvnw -pl gateway test-compile fetches it)" >&2; exit 1; }
  BACKEND="WireMock stub"
  CATALOG_URL="http://127.0.0.1:$STUB_PORT"
  echo "bench: signing key and a token valid for an hour"
  java "$ROOT/bench/gateway/BenchToken.java" "$WORK" "$STUB_ISSUER" 3600
  TOKEN="$(cat "$WORK/token.txt")"
  mkdir -p "$WORK/stub/mappings"
  cp "$WORK/jwks-mapping.json" "$WORK/stub/mappings/jwks.json"
  cat > "$WORK/stub/mappings/movies.json" <<'JSON'
{ "request": { "method": "GET", "urlPath": "/api/movies", "queryParameters": { "size": { "equalTo": "1" } } },
  "response": { "status": 200, "headers": { "Content-Type": "application/json" },
    "body": "{\"items\":[{\"id\":\"0f5b6c2e-1111-4a8e-9e0a-8d2f4a1c9b01\",\"title\":\"Top Gun\",\"releaseYear\":1986,\"genres\":[\"Action\",\"Drama\"],\"version\":3}],\"page\":0,\"size\":1,\"totalItems\":9742,\"totalPages\":9742}" } }
JSON
  echo "bench: stub catalog (WireMock) on $STUB_PORT"
  # shellcheck disable=SC2086
  java $STUB_JAVA_OPTS -jar "$WIREMOCK_JAR" --port "$STUB_PORT" --bind-address 127.0.0.1 --root-dir "$WORK/stub" \
    --no-request-journal --disable-banner --container-threads 64 >"$WORK/stub.log" 2>&1 &
  PIDS+=($!)
  JWT_ENV=(KEYCLOAK_ISSUER_URI="$STUB_ISSUER" KEYCLOAK_JWK_SET_URI="http://127.0.0.1:$STUB_PORT/jwks")
else
  BACKEND="catalog-service at $CATALOG_URL"
  JWT_ENV=(KEYCLOAK_URL="$KEYCLOAK_URL")
fi

echo "bench: gateway on $GATEWAY_PORT (rate limiter on, limit 1,000,000/s per caller: it still asks Redis on every call)"
# shellcheck disable=SC2086
env PORT="$GATEWAY_PORT" CATALOG_URL="$CATALOG_URL" "${JWT_ENV[@]}" \
  REDIS_HOST="$REDIS_HOST" REDIS_PORT="$REDIS_PORT" RATE_LIMIT_KEY_PREFIX="bench-$$:" \
  RATE_LIMIT_REPLENISH_RATE=1000000 RATE_LIMIT_BURST_CAPACITY=1000000 \
  LOG_FORMAT= java $GATEWAY_JAVA_OPTS -Djava.io.tmpdir="$WORK" -jar "$GATEWAY_JAR" >"$WORK/gateway.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 180); do
  curl -fsS -o /dev/null "http://127.0.0.1:$GATEWAY_PORT/actuator/health/readiness" 2>/dev/null && break
  sleep 1
done

if [ "$BACKEND" != "WireMock stub" ]; then
  # Keycloak tokens live five minutes: fetched now, it outlives the measurements
  TOKEN=$(curl -fsS -d grant_type=password -d client_id=moviestack-web -d username=alice \
    -d password=alice-dev-password "$KEYCLOAK_URL/realms/moviestack/protocol/openid-connect/token" \
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
fi

DIRECT="$CATALOG_URL/api/movies?size=1"
GATEWAY="http://127.0.0.1:$GATEWAY_PORT/api/movies?size=1"
for url in "$DIRECT" "$GATEWAY"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$url")
  [ "$status" = 200 ] || { echo "bench: $url answered $status"; tail -n 30 "$WORK/gateway.log"; exit 1; }
done
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer ${TOKEN}x" "$GATEWAY")
[ "$status" = 401 ] || { echo "bench: the gateway does not check the token (a bad one got $status)"; exit 1; }

# run NAME URL CONNECTIONS THREADS DURATION -> "rps p50_ms p99_ms errors"
run() {
  local out
  out=$(wrk -t"$4" -c"$3" -d"$5" --latency -H "Authorization: Bearer $TOKEN" "$2")
  echo "$out" > "$WORK/$1.wrk"
  echo "$out" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx|Socket errors/ { errors = errors " " $0 }
    END { printf "%s %.3f %.3f %s\n", rps, p50, p99, (errors == "" ? "-" : errors) }'
}

echo "bench: warm-up, $WARMUP through the gateway and 10s direct (not counted)"
run warmup-gateway "$GATEWAY" "$CONNECTIONS" "$THREADS" "$WARMUP" >/dev/null
run warmup-direct "$DIRECT" "$CONNECTIONS" "$THREADS" 10s >/dev/null

echo "bench: load, $CONNECTIONS connections, $DURATION each"
read -r d_rps d_p50 d_p99 d_err < <(run direct "$DIRECT" "$CONNECTIONS" "$THREADS" "$DURATION")
read -r g_rps g_p50 g_p99 g_err < <(run gateway "$GATEWAY" "$CONNECTIONS" "$THREADS" "$DURATION")
echo "bench: latency, 1 connection, $DURATION each"
read -r dl_rps dl_p50 dl_p99 dl_err < <(run direct-1 "$DIRECT" 1 1 "$DURATION")
read -r gl_rps gl_p50 gl_p99 gl_err < <(run gateway-1 "$GATEWAY" 1 1 "$DURATION")

echo
echo "backend: $BACKEND; load average: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
printf '%-28s %12s %12s %8s\n' "" "direct" "gateway" "ratio"
awk -v d="$d_rps" -v g="$g_rps" -v c="$CONNECTIONS" 'BEGIN { printf "%-28s %12.0f %12.0f %7.0f%%\n", "throughput (req/s), c=" c, d, g, 100 * g / d }'
awk -v d="$d_p50" -v g="$g_p50" -v c="$CONNECTIONS" 'BEGIN { printf "%-28s %12.2f %12.2f %8.2f  (+%.2f ms)\n", "p50 (ms), c=" c, d, g, g / d, g - d }'
awk -v d="$d_p99" -v g="$g_p99" -v c="$CONNECTIONS" 'BEGIN { printf "%-28s %12.2f %12.2f %8.2f  (+%.2f ms)\n", "p99 (ms), c=" c, d, g, g / d, g - d }'
awk -v d="$dl_rps" -v g="$gl_rps" 'BEGIN { printf "%-28s %12.0f %12.0f %7.0f%%\n", "throughput (req/s), c=1", d, g, 100 * g / d }'
awk -v d="$dl_p50" -v g="$gl_p50" 'BEGIN { printf "%-28s %12.2f %12.2f %8.2f  (+%.2f ms)\n", "p50 (ms), c=1", d, g, g / d, g - d }'
awk -v d="$dl_p99" -v g="$gl_p99" 'BEGIN { printf "%-28s %12.2f %12.2f %8.2f  (+%.2f ms)\n", "p99 (ms), c=1", d, g, g / d, g - d }'
for e in "$d_err" "$g_err" "$dl_err" "$gl_err"; do
  [ "$e" = "-" ] || echo "bench: errors: $e"
done
awk -v d="$d_rps" -v g="$g_rps" -v dp="$dl_p50" -v gp="$gl_p50" 'BEGIN {
  ok = (g / d >= 0.6) && (gp - dp <= 2.0)
  printf "target (throughput >= 60%% of direct, <= 2 ms added p50 at c=1): %s\n", ok ? "met" : "NOT met" }'
