#!/usr/bin/env bash
# Runs every test tier from a fresh clone: installs, builds, lints, then unit and integration tests
# against a real Neo4j 5.26 + APOC that the test run starts on a free port and always stops.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

stop_test_neo4j() {
  # Jest's global teardown stops its Neo4j; this catches a run that was interrupted or crashed.
  pkill -TERM -f "de.quartiersnetz.launcher.Launcher.*${ROOT}/.data/test" 2>/dev/null || true
}
trap stop_test_neo4j EXIT

step() { printf '\n==> %s\n' "$*"; }

command -v node >/dev/null || { echo "Node.js 20+ is required: install it from nodejs.org or your package manager."; exit 3; }
command -v java >/dev/null || { echo "Java 17+ is required for the local Neo4j: apt-get install openjdk-17-jdk-headless"; exit 3; }
command -v mvn >/dev/null || { echo "Maven is required to fetch Neo4j and APOC: apt-get install maven"; exit 3; }

step "Installing test tools that are missing (xmllint, networkx with numpy and scipy, Chromium)"
missing_debs=()
command -v xmllint >/dev/null || missing_debs+=(libxml2-utils)
[ -x /usr/bin/chromium ] || missing_debs+=(chromium)
if [ ${#missing_debs[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_debs[@]}" >/dev/null || exit 1
  else
    echo "Install these Debian packages first: ${missing_debs[*]}"; exit 3
  fi
fi
# networkx's PageRank needs numpy and scipy, which a networkx installed alone may lack.
python3 -c 'import networkx, numpy, scipy' 2>/dev/null || python3 -m pip install --quiet networkx numpy scipy || exit 1

step "Installing npm packages"
# npm ci refuses this lock file: the registry lacks some optional platform packages of jest's resolver
# (e.g. @unrs/resolver-binding-android-arm64@1.13.0), so npm install (which tolerates them) is used.
npm install --no-audit --no-fund --loglevel=error || exit 1

step "Building the TypeScript sources"
npm run --silent build || exit 1

step "Fetching Neo4j 5.26 + APOC core from Maven Central and building the launcher"
node bin/quartiersnetz.js db install || exit 1

step "Lint, formatting and type check"
npm run --silent lint || exit 1

step "Tests (unit, integration against the real Neo4j)"
mkdir -p test-artifacts
npx jest --ci --json --outputFile=test-artifacts/jest-results.json
status=$?

node -e '
  const r = require(process.argv[1]);
  console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' "$ROOT/test-artifacts/jest-results.json" 2>/dev/null || echo "tests: no result file was written"
exit $status
