#!/usr/bin/env bash
# Starts catalog-service on PORT against the TEST stack (PostgreSQL 55433, database catalog_bench;
# Kafka 19092; Keycloak 18180), runs import-benchmark.sh, reports how long the outbox took to drain,
# then stops the service and drops the database (KEEP_DB=1 keeps it). Needs `make test-infra-up`
# and a packaged service:
#   ./mvnw -B -q -pl catalog-service -am package -DskipTests
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
PORT=${PORT:-18081}
PG_URL=${PG_URL:-postgresql://postgres@127.0.0.1:55433}
DB=${DB:-catalog_bench}
JAVA=${JAVA:-$(source "$root/infra/lib/jdk.sh" >/dev/null 2>&1; command -v java)}
jar=$(ls "$root"/catalog-service/target/catalog-service-*.jar | grep -v plain | head -1)
log=$(mktemp -t catalog-bench-XXXX.log)

psql -q "$PG_URL/postgres" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

PORT=$PORT CATALOG_DB_URL="jdbc:postgresql://127.0.0.1:55433/$DB" CATALOG_DB_USER=postgres CATALOG_DB_PASSWORD= \
  KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:19092 KEYCLOAK_ISSUER_URI=http://localhost:18180/realms/moviestack \
  LOG_FORMAT= "$JAVA" ${JAVA_OPTS:--Xmx512m} -jar "$jar" > "$log" 2>&1 &
pid=$!
cleanup() {
  kill $pid 2>/dev/null; wait $pid 2>/dev/null || true
  echo "service stopped; log: $log"
  [[ -n "${KEEP_DB:-}" ]] || psql -q "$PG_URL/postgres" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
}
trap cleanup EXIT

for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://localhost:$PORT/actuator/health/readiness" && break
  kill -0 $pid 2>/dev/null || { echo "catalog-service did not start, see $log" >&2; exit 1; }
  sleep 1
done

# CPU seconds the service has used (user + system), to compare runs on a busy machine
cpu_seconds() { awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$pid/stat"; }
cpu_before=$(cpu_seconds)

CATALOG_URL="http://localhost:$PORT" "$here/import-benchmark.sh"
cpu_imported=$(cpu_seconds)

# the events go to Kafka after each commit; report when the last one was acknowledged
start=$(date +%s%N)
for _ in $(seq 1 1500); do
  pending=$(psql -tA "$PG_URL/$DB" -c "select count(*) from event_publication")
  [[ $pending == 0 ]] && break
  sleep 0.2
done
echo "outbox drained to $pending pending events $(( ($(date +%s%N) - start) / 1000000 )) ms after the last response"
psql -tA "$PG_URL/$DB" -c "select count(*) || ' movies stored' from movie"
echo "service CPU: $(awk -v a="$cpu_before" -v b="$cpu_imported" 'BEGIN {print b - a}') s until the last response," \
  "$(awk -v a="$cpu_before" -v b="$(cpu_seconds)" 'BEGIN {print b - a}') s until the outbox drained"
