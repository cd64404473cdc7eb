#!/usr/bin/env bash
# The README's test command: type-check, lint, then every test against real PostgreSQL and a real
# Temporal server. Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
POINTAGE_WITH_TEST_SERVER=1 bash bin/setup.sh || exit 1
bash bin/ensure-postgres.sh || exit 1
mkdir -p test-output

passed=0
failed=0
check() {
  local name=$1
  shift
  if "$@"; then passed=$((passed + 1)); echo "check ok: $name"; else failed=$((failed + 1)); echo "check FAILED: $name"; fi
}
check typecheck npx tsc --noEmit -p .
check lint npx eslint --max-warnings 0 .

npx vitest run --reporter=default --reporter=json --outputFile.json=test-output/vitest.json "$@"
vitest_status=$?
if [ -f test-output/vitest.json ]; then
  read -r vp vf < <(node -e 'const r=require("./test-output/vitest.json");console.log(r.numPassedTests, r.numFailedTests + (r.numTotalTestSuites && r.testResults.filter(t=>t.status==="failed" && t.assertionResults.length===0).length))')
  passed=$((passed + vp))
  failed=$((failed + vf))
fi
if [ "$vitest_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
