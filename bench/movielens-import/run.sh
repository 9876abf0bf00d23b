#!/usr/bin/env bash
# End-to-end benchmark of a MovieLens import: starts catalog-service and rating-service from
# their jars against the TEST stack (make test-infra-up), imports the data set through their
# batch APIs and measures until every rating is stored AND its event is on rating.rating.v1.
#
#   bench/movielens-import/run.sh [MOVIELENS_DIR]      (SKIP_BUILD=1 to reuse the jars)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=/dev/null
source "$ROOT/infra/lib/jdk.sh"

DATA="${1:-${MOVIELENS_DIR:-$ROOT/../shared/datasets/movielens/ml-latest-small}}"
PG_PORT="${PG_PORT:-55433}"
KAFKA="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:19092}"
KEYCLOAK="${KEYCLOAK_URL:-http://localhost:18180}"
CATALOG_PORT="${BENCH_CATALOG_PORT:-28081}"
RATING_PORT="${BENCH_RATING_PORT:-28083}"
WORK="$ROOT/.run/bench-movielens-import"
TOPIC=rating.rating.v1
mkdir -p "$WORK"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  (cd "$ROOT" && ./mvnw -B -q -pl catalog-service,rating-service,tools/movielens-importer -am package -DskipTests)
fi
cp "$ROOT/catalog-service/target/catalog-service-0.1.0-SNAPSHOT.jar" "$WORK/catalog.jar"
cp "$ROOT/rating-service/target/rating-service-0.1.0-SNAPSHOT.jar" "$WORK/rating.jar"
cp "$ROOT/tools/movielens-importer/target/movielens-importer.jar" "$WORK/importer.jar"
rm -rf "$WORK/rating-lib" && (cd "$WORK" && java -Djarmode=tools -jar rating.jar extract --destination rating-lib >/dev/null)

for db in mlimport_catalog mlimport_ratings; do
  psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
done

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

common_env=(KAFKA_BOOTSTRAP_SERVERS="$KAFKA" KEYCLOAK_ISSUER_URI="$KEYCLOAK/realms/moviestack" LOG_FORMAT=ecs)
env "${common_env[@]}" PORT="$CATALOG_PORT" CATALOG_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/mlimport_catalog" \
  CATALOG_DB_USER=postgres CATALOG_DB_PASSWORD= java -Xmx768m ${CATALOG_JAVA_OPTS:-} -jar "$WORK/catalog.jar" >"$WORK/catalog.log" 2>&1 &
PIDS+=($!)
env "${common_env[@]}" PORT="$RATING_PORT" RATINGS_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/mlimport_ratings" \
  RATINGS_DB_USER=postgres RATINGS_DB_PASSWORD= KAFKA_GROUP_ID="rating-bench-$(date +%s)" \
  SPRING_KAFKA_CONSUMER_AUTO_OFFSET_RESET=latest java -Xmx768m ${RATING_JAVA_OPTS:-} -jar "$WORK/rating.jar" >"$WORK/rating.log" 2>&1 &
PIDS+=($!)

for port in "$CATALOG_PORT" "$RATING_PORT"; do
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && break
    sleep 1
  done
  curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null || { echo "service on $port did not start; see $WORK/*.log" >&2; exit 1; }
done
sleep 3 # let rating-service's listener take its partitions (auto-offset-reset=latest)

importer=(java -jar "$WORK/importer.jar" --catalog-url "http://127.0.0.1:$CATALOG_PORT"
  --ratings-url "http://127.0.0.1:$RATING_PORT" --keycloak-url "$KEYCLOAK" --progress lines)
count() { psql -tA -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$1" -c "$2"; }

# 1. the catalog: movies in, then wait until rating-service has consumed every MovieCreated
t0=$(date +%s%3N)
"${importer[@]}" --movies-only "$DATA" | tee "$WORK/movies.out"
t1=$(date +%s%3N)
movies=$(count mlimport_catalog "SELECT count(*) FROM movie")
for _ in $(seq 1 600); do
  [ "$(count mlimport_ratings "SELECT count(*) FROM known_movie")" -ge "$movies" ] && break
  sleep 0.5
done
t2=$(date +%s%3N)
echo "catalog: $movies movies imported in $((t1 - t0)) ms; rating-service knew all of them after $((t2 - t0)) ms"

# 2. the ratings: from the first request until the last event is on the topic
java -cp "$WORK/rating-lib/lib/*" "$ROOT/bench/movielens-import/CountEvents.java" snapshot "$KAFKA" "$TOPIC" \
  "$WORK/offsets" >/dev/null 2>&1
start=$(date +%s%3N)
"${importer[@]}" "$DATA" | tee "$WORK/import.out"
imported=$(date +%s%3N)
written=$(sed -n 's/^  ratings: \([0-9,]*\) written.*/\1/p' "$WORK/import.out" | tr -d ,)
result=$(java -cp "$WORK/rating-lib/lib/*" "$ROOT/bench/movielens-import/CountEvents.java" await "$KAFKA" "$TOPIC" \
  "$WORK/offsets" "$written" "$start" 300 2>/dev/null | grep '^events=' || true)
last_event_ms=$(sed -n 's/.*last_event_ms=\([0-9]*\).*/\1/p' <<<"$result")
stored=$(count mlimport_ratings "SELECT count(*) FROM rating")
outbox=$(count mlimport_ratings "SELECT count(*) FROM event_publication")

# server-side time of the rating batches (Micrometer timer of the endpoint)
server_time=$(curl -sf "http://127.0.0.1:$RATING_PORT/actuator/prometheus" | python3 -c '
import re, sys
text = sys.stdin.read()
def value(name):
    total = 0.0
    for line in text.splitlines():
        if line.startswith(name + "{") and "uri=\"/api/ratings/batch\"" in line and "status=\"200\"" in line:
            total = max(total, float(line.rsplit(" ", 1)[1])) if name.endswith("_max") else total + float(line.rsplit(" ", 1)[1])
    return total
print("%d batches answered in %.1f s of server time, slowest %.2f s" % (value("http_server_requests_seconds_count"),
      value("http_server_requests_seconds_sum"), value("http_server_requests_seconds_max")))
' 2>/dev/null || echo "n/a")

# 3. a second run must add nothing
"${importer[@]}" "$DATA" | tee "$WORK/again.out"
again=$(date +%s%3N)

# 4. the ratings once more into emptied tables, now that rating-service's JIT is warm
count mlimport_ratings "TRUNCATE rating, movie_rating_statistics" >/dev/null
java -cp "$WORK/rating-lib/lib/*" "$ROOT/bench/movielens-import/CountEvents.java" snapshot "$KAFKA" "$TOPIC" \
  "$WORK/offsets" >/dev/null 2>&1
warm_start=$(date +%s%3N)
"${importer[@]}" "$DATA" >"$WORK/warm.out"
warm_done=$(date +%s%3N)
warm_result=$(java -cp "$WORK/rating-lib/lib/*" "$ROOT/bench/movielens-import/CountEvents.java" await "$KAFKA" "$TOPIC" \
  "$WORK/offsets" "$written" "$warm_start" 300 2>/dev/null | grep '^events=' || true)

echo
echo "machine load:         $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min; 2 cores)"
echo "movies + projection:  $((t2 - t0)) ms (catalog import $((t1 - t0)) ms)"
echo "ratings:              importer done after $((imported - start)) ms; last event on $TOPIC after ${last_event_ms:-?} ms"
echo "                      $result; $stored ratings stored; outbox rows left: $outbox"
echo "rating-service:       $server_time"
echo "end to end:           $((t2 - t0 + ${last_event_ms:-0})) ms"
echo "warm ratings again:   importer done after $((warm_done - warm_start)) ms; $warm_result"
echo "second run:           $((again - imported)) ms: $(grep -E '^  (movies|ratings):' "$WORK/again.out" | tr -s ' ' | tr '\n' ';')"
