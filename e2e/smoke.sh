#!/usr/bin/env bash
# End-to-end smoke test through the gateway of a running platform:
#   e2e/smoke.sh [gateway-url]
# Uses the dev realm's demo users (KEYCLOAK_URL, defaults to the stack's Keycloak).
set -uo pipefail

GATEWAY="${1:-http://localhost:${GATEWAY_PORT:-8080}}"
KEYCLOAK="${KEYCLOAK_URL:-http://localhost:${KEYCLOAK_PORT:-8180}}"
REALM="${KEYCLOAK_REALM:-moviestack}"
COUNTS_FILE="${E2E_COUNTS_FILE:-}"
passed=0; failed=0
RUN_ID="e2e$(date +%s)$RANDOM"

ok() { passed=$((passed + 1)); echo "  ok   $*"; }
fail() { failed=$((failed + 1)); echo "  FAIL $*"; }

# check NAME EXPECTED_STATUS ACTUAL_STATUS [body]
check() {
  if [ "$2" = "$3" ]; then ok "$1 ($3)"; else fail "$1: expected $2, got $3 ${4:+— $(echo "$4" | head -c 400)}"; fi
}

# request METHOD PATH [TOKEN] [JSON] [extra curl args...] -> sets STATUS, BODY, HEADERS
request() {
  local method="$1" path="$2" token="${3:-}" json="${4:-}"; shift 4 2>/dev/null || shift $#
  local args=(-s -o /tmp/$RUN_ID.body -D /tmp/$RUN_ID.headers -w '%{http_code}' -X "$method" --max-time 20)
  [ -n "$token" ] && args+=(-H "Authorization: Bearer $token")
  [ -n "$json" ] && args+=(-H 'Content-Type: application/json' --data "$json")
  STATUS=$(curl "${args[@]}" "$@" "$GATEWAY$path")
  BODY=$(cat /tmp/$RUN_ID.body 2>/dev/null)
  HEADERS=$(cat /tmp/$RUN_ID.headers 2>/dev/null)
}

keycloak_token() { # user password
  curl -s --max-time 20 -d grant_type=password -d client_id=moviestack-web -d "username=$1" -d "password=$2" \
    "$KEYCLOAK/realms/$REALM/protocol/openid-connect/token" | jq -r '.access_token // empty'
}

echo "e2e: smoke test through $GATEWAY"

echo "- health of every service through the gateway"
for service in catalog user rating search recommender; do
  request GET "/health/$service"
  status=$(echo "$BODY" | jq -r '.status // empty' 2>/dev/null)
  check "GET /health/$service is UP" "200 UP" "$STATUS $status"
done

echo "- tokens"
ALICE=$(keycloak_token alice alice-dev-password)
ADMIN=$(keycloak_token admin admin-dev-password)
[ -n "$ALICE" ] && ok "Keycloak issues a token for alice" || fail "Keycloak token for alice"
[ -n "$ADMIN" ] && ok "Keycloak issues a token for admin" || fail "Keycloak token for admin"
request POST /api/auth/login "" '{"username":"alice","password":"alice-dev-password"}'
check "POST /api/auth/login through the gateway" 200 "$STATUS" "$BODY"
LOGIN_TOKEN=$(echo "$BODY" | jq -r '.accessToken // .access_token // empty' 2>/dev/null)
[ -n "$LOGIN_TOKEN" ] && ok "login returns an access token" || fail "login returns an access token"
request POST /api/auth/login "" '{"username":"alice","password":"wrong-password"}'
check "login with a wrong password is refused" 401 "$STATUS" "$BODY"

echo "- security at the edge"
request GET /api/users/me
check "GET /api/users/me without a token" 401 "$STATUS" "$BODY"
echo "$HEADERS" | grep -qi '^content-type: application/problem+json' && ok "401 is problem+json" || fail "401 is problem+json"
request POST /api/movies "$ALICE" '{"title":"Not allowed","releaseYear":2000,"genres":["Drama"]}'
check "a user cannot create a movie" 403 "$STATUS" "$BODY"

echo "- catalog"
request POST /api/movies "$ADMIN" "{\"title\":\"Smoke Test $RUN_ID\",\"releaseYear\":2001,\"genres\":[\"Drama\",\"Sci-Fi\"],\"overview\":\"A movie made by the e2e test.\"}"
check "admin creates a movie" 201 "$STATUS" "$BODY"
MOVIE_ID=$(echo "$BODY" | jq -r '.id // empty' 2>/dev/null)
request GET "/api/movies/$MOVIE_ID"
check "anonymous reads the movie" 200 "$STATUS" "$BODY"
request POST /api/movies "$ADMIN" '{"title":"","releaseYear":1500}'
check "an invalid movie is a 400" 400 "$STATUS" "$BODY"
request GET /api/movies/not-a-uuid
check "a malformed id is a 400" 400 "$STATUS" "$BODY"

echo "- ratings (the rating service learns about the movie from catalog.movie.v1)"
for _ in $(seq 1 30); do
  request PUT "/api/movies/$MOVIE_ID/rating" "$ALICE" '{"stars":4.5}'
  [ "$STATUS" = 404 ] || break
  sleep 1
done
check "alice rates the new movie" 201 "$STATUS" "$BODY"
request PUT "/api/movies/$MOVIE_ID/rating" "$ALICE" '{"stars":3.3}'
check "3.3 stars is a 400" 400 "$STATUS" "$BODY"
request GET "/api/movies/$MOVIE_ID/ratings/summary"
count=$(echo "$BODY" | jq -r '.count // empty' 2>/dev/null)
check "the summary counts alice's rating" "200 1" "$STATUS $count" "$BODY"

echo "- accounts: sign up, log in through the gateway, profile, erasure"
USERNAME="smoke$RUN_ID"
PASSWORD="Correct-Horse-$RUN_ID"
request POST /api/users "" "{\"username\":\"$USERNAME\",\"email\":\"$USERNAME@example.test\",\"password\":\"$PASSWORD\",\"displayName\":\"Smoke Test\"}"
check "sign-up" 201 "$STATUS" "$BODY"
request POST /api/auth/login "" "{\"username\":\"$USERNAME\",\"password\":\"$PASSWORD\"}"
check "the new user logs in through the gateway" 200 "$STATUS" "$BODY"
NEW_TOKEN=$(echo "$BODY" | jq -r '.accessToken // .access_token // empty' 2>/dev/null)
request GET /api/users/me "$NEW_TOKEN"
name=$(echo "$BODY" | jq -r '.displayName // empty' 2>/dev/null)
check "GET /api/users/me" "200 Smoke Test" "$STATUS $name" "$BODY"
request PATCH /api/users/me "$NEW_TOKEN" '{"displayName":"Smoke Tested","favouriteGenres":["Drama","Comedy"]}'
check "PATCH /api/users/me" 200 "$STATUS" "$BODY"
request GET /api/users/me "$NEW_TOKEN"
name=$(echo "$BODY" | jq -r '.displayName // empty' 2>/dev/null)
check "the profile change is stored" "200 Smoke Tested" "$STATUS $name" "$BODY"
request PUT "/api/movies/$MOVIE_ID/rating" "$NEW_TOKEN" '{"stars":2.0}'
check "the new user rates the movie" 201 "$STATUS" "$BODY"
request DELETE /api/users/me "$NEW_TOKEN"
check "DELETE /api/users/me erases the account" 204 "$STATUS" "$BODY"
request POST /api/auth/login "" "{\"username\":\"$USERNAME\",\"password\":\"$PASSWORD\"}"
check "the erased user can no longer log in" 401 "$STATUS" "$BODY"
for _ in $(seq 1 30); do
  request GET "/api/movies/$MOVIE_ID/ratings/summary"
  count=$(echo "$BODY" | jq -r '.count // empty' 2>/dev/null)
  [ "$count" = 1 ] && break
  sleep 1
done
check "erasure reached the rating service (the erased user's rating is gone)" "200 1" "$STATUS $count" "$BODY"

echo "- clean up"
request DELETE "/api/movies/$MOVIE_ID" "$ADMIN" "" -H "If-Match: *"
[ "$STATUS" = 204 ] && ok "admin deletes the movie" || fail "admin deletes the movie: $STATUS $BODY"

rm -f /tmp/$RUN_ID.body /tmp/$RUN_ID.headers
[ -n "$COUNTS_FILE" ] && echo "$passed $failed" > "$COUNTS_FILE"
echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
