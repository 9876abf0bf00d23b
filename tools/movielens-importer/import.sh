#!/usr/bin/env bash
# Seeds a running MovieStack with a MovieLens data set through its batch APIs.
#
#   tools/movielens-importer/import.sh [DIR] [importer options...]
#
# DIR defaults to $MOVIELENS_DIR, then to the shared ml-latest-small. With no data set there,
# it says so and exits 0, so that `make run` works on machines without the data. Options go to
# the importer (--help lists them); the platform, Keycloak and the admin account come from
# MOVIESTACK_URL, KEYCLOAK_URL, MOVIESTACK_ADMIN_USER and MOVIESTACK_ADMIN_PASSWORD.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"

DIR="${MOVIELENS_DIR:-$ROOT/../shared/datasets/movielens/ml-latest-small}"
if [ $# -gt 0 ] && [[ "$1" != -* ]]; then
  DIR="$1"
  shift
fi
if [ ! -f "$DIR/movies.csv" ] && [ ! -f "$DIR/movies.dat" ] && [ ! -f "$DIR/u.item" ]; then
  echo "movielens-importer: no MovieLens data set at $DIR (set MOVIELENS_DIR); nothing imported"
  exit 0
fi

# shellcheck source=/dev/null
source "$ROOT/infra/lib/jdk.sh"
JAR="$HERE/target/movielens-importer.jar"
if [ ! -f "$JAR" ] || [ -n "$(find "$HERE/src/main" "$HERE/pom.xml" -newer "$JAR" -print -quit)" ]; then
  echo "movielens-importer: building $JAR"
  (cd "$ROOT" && ./mvnw -B -q -pl tools/movielens-importer package -DskipTests)
fi
exec java -jar "$JAR" "$@" "$DIR"
