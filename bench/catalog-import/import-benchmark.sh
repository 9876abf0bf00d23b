#!/usr/bin/env bash
# Batch-imports movies into a running catalog-service and reports movies per second.
# Sends BATCHES batches of BATCH_SIZE movies, one after the other, as the MovieLens importer does.
# Only the HTTP round trips are timed; the payloads are generated before the clock starts.
#
#   CATALOG_URL   base URL of catalog-service                    (default http://localhost:18081)
#   TOKEN         an access token with the admin realm role; when unset, one is fetched from Keycloak:
#   TOKEN_URL     Keycloak token endpoint                         (default: the test stack's realm)
#   USERNAME / PASSWORD / CLIENT_ID   password grant              (default admin / admin-dev-password / moviestack-web)
#   BATCHES / BATCH_SIZE                                          (default 10 / 1000)
#   WARMUP_BATCHES  batches sent first and not timed, so that the JIT has compiled the import path
#                   (default 5; 0 measures a cold service)
#   ID_OFFSET     first MovieLens id; movies must be new to measure creation (default: from the clock)
set -euo pipefail

CATALOG_URL=${CATALOG_URL:-http://localhost:18081}
TOKEN_URL=${TOKEN_URL:-http://localhost:18180/realms/moviestack/protocol/openid-connect/token}
USERNAME=${USERNAME:-admin}
PASSWORD=${PASSWORD:-admin-dev-password}
CLIENT_ID=${CLIENT_ID:-moviestack-web}
BATCHES=${BATCHES:-10}
BATCH_SIZE=${BATCH_SIZE:-1000}
WARMUP_BATCHES=${WARMUP_BATCHES:-5}
ID_OFFSET=${ID_OFFSET:-$(( $(date +%s) % 100000 * 10000 ))}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [[ -z "${TOKEN:-}" ]]; then
  TOKEN=$(curl -sf -X POST "$TOKEN_URL" -d grant_type=password -d client_id="$CLIENT_ID" \
    -d username="$USERNAME" -d password="$PASSWORD" | jq -r .access_token)
fi

# MovieLens-shaped movies with an overview of about 300 characters, unique external ids
for ((b = 0; b < WARMUP_BATCHES + BATCHES; b++)); do
  awk -v batch="$b" -v size="$BATCH_SIZE" -v offset="$ID_OFFSET" 'BEGIN {
    split("Action Adventure Animation Children Comedy Crime Documentary Drama Fantasy Film-Noir Horror IMAX Musical Mystery Romance Sci-Fi Thriller War Western", g, " ")
    printf "{\"items\":["
    for (i = 0; i < size; i++) {
      id = offset + batch * size + i + 1
      printf "%s{\"title\":\"Benchmark movie %d\",\"releaseYear\":%d,\"genres\":[\"%s\",\"%s\"],", (i ? "," : ""), id, 1900 + id % 120, g[id % 19 + 1], g[(id * 7) % 19 + 1]
      printf "\"overview\":\"A generated overview of benchmark movie %d, long enough to look like a real plot summary from TMDB: somebody wants something, somebody else stands in the way, and after ninety minutes of trouble the matter is settled one way or the other.\",", id
      printf "\"runtimeMinutes\":%d,\"externalIds\":{\"movieLens\":%d,\"imdb\":\"tt%08d\",\"tmdb\":%d}}", 80 + id % 60, id, id, id
    }
    printf "]}"
  }' > "$work/batch-$b.json"
done
echo "payload: $BATCHES batches of $BATCH_SIZE movies, $(du -k "$work/batch-0.json" | cut -f1) KB each"

# posts one batch; prints how many movies it created
post_batch() {
  local response status
  response=$(curl -s -w '\n%{http_code} %{time_total}' -X POST "$CATALOG_URL/api/movies/batch" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary "@$work/batch-$1.json")
  status=$(tail -n1 <<< "$response")
  if [[ ${status%% *} != 200 ]]; then
    echo "batch $1 failed: $status" >&2
    head -c 2000 <<< "$response" >&2
    exit 1
  fi
  echo "batch $1: HTTP ${status%% *} in ${status##* } s" >&2
  head -n1 <<< "$response" | jq .created
}

for ((b = 0; b < WARMUP_BATCHES; b++)); do
  post_batch "$b" > /dev/null
done
[[ $WARMUP_BATCHES == 0 ]] || echo "(warm-up done; timing the next $BATCHES batches)"

created=0
start=$(date +%s%N)
for ((b = WARMUP_BATCHES; b < WARMUP_BATCHES + BATCHES; b++)); do
  created=$(( created + $(post_batch "$b") ))
done
end=$(date +%s%N)

elapsed_ms=$(( (end - start) / 1000000 ))
echo "created $created movies in $elapsed_ms ms: $(( created * 1000 / elapsed_ms )) movies/s"
