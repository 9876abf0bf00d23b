#!/usr/bin/env bash
# `make test`: every unit and integration test against real infrastructure, then the
# end-to-end smoke test through the gateway. The test stack runs on its own ports and
# run dir, and nothing it started survives the run, pass or fail.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source infra/lib/jdk.sh
set -a
source infra/test.env
STACK_DIR="$(realpath -m "${TEST_STACK_DIR:-$ROOT/.run/test-stack}")"
LOCK="$STACK_DIR.lock"
set +a
LOG_DIR="$STACK_DIR-logs"
mkdir -p "$LOG_DIR"
rm -f "$LOG_DIR"/*.counts
started=$(date +%s)
stage() { echo; echo "==> $* ($(( $(date +%s) - started ))s)"; }

cleanup() {
  local rc=$?
  stage "stopping the test stack"
  infra/services down >/dev/null 2>&1 || true
  flock -o "$LOCK" infra/stack down || true
  if pgrep -f "$STACK_DIR" >/dev/null 2>&1; then
    echo "test-all: processes of $STACK_DIR survived:" >&2
    pgrep -af "$STACK_DIR" >&2 || true
    rc=1
  fi
  echo "test-all: finished in $(( $(date +%s) - started ))s with exit code $rc"
  local total_passed=0 total_failed=0 p f
  for counts in "$LOG_DIR/infra.counts" "$LOG_DIR/maven.counts" "$LOG_DIR/e2e.counts"; do
    [ -f "$counts" ] || continue
    read -r p f < "$counts"
    total_passed=$((total_passed + p)); total_failed=$((total_failed + f))
  done
  [ "$rc" -eq 0 ] || [ "$total_failed" -gt 0 ] || total_failed=1
  echo "total: $total_passed passed, $total_failed failed"
  exit $rc
}
trap cleanup EXIT

stage "the infrastructure launcher's own test (infra/test-stack.sh: up, round trips, down, no survivors)"
set +e
TEST_STACK_DIR="$STACK_DIR" flock -o "$LOCK" infra/test-stack.sh 2>&1 | tee "$LOG_DIR/infra.log"
infra_rc=${PIPESTATUS[0]}
set -e
sed -nE 's/^test-stack: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/p' "$LOG_DIR/infra.log" | tail -n 1 > "$LOG_DIR/infra.counts"
[ "$infra_rc" -eq 0 ] || { echo "test-all: infra/test-stack.sh failed" >&2; exit "$infra_rc"; }

stage "starting the test stack (infra/stack up, STACK_DIR=$STACK_DIR)"
flock -o "$LOCK" infra/stack up
# the tests read the stack's addresses from the same variables the services use
eval "$(infra/stack env)"

stage "unit and integration tests (./mvnw verify); full log in $LOG_DIR/maven.log"
set +e
./mvnw -B -ntp verify 2>&1 | tee "$LOG_DIR/maven.log" \
  | grep -E --line-buffered "Tests run:|FAIL|ERROR\]|BUILD|Reactor Summary|SUCCESS \[|FAILURE \[" \
  | grep -vE "^\[INFO\] Tests run: .*, Time elapsed" || true
maven_rc=${PIPESTATUS[0]}
set -e
e2e/surefire-summary.sh "$LOG_DIR/maven.counts"
if [ "$maven_rc" -ne 0 ]; then
  echo "test-all: the Maven build failed; see $LOG_DIR/maven.log and */target/surefire-reports" >&2
  exit "$maven_rc"
fi

stage "end-to-end: all six services on the test stack (infra/services up)"
infra/services up
E2E_COUNTS_FILE="$LOG_DIR/e2e.counts" e2e/smoke.sh "http://localhost:$GATEWAY_PORT"
