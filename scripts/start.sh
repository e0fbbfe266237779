#!/usr/bin/env bash
# Starts everything from a fresh clone: installs, builds, starts the local Neo4j (unless NEO4J_URI
# points elsewhere), applies migrations, seeds the case study into an empty database, serves the API.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

command -v node >/dev/null || { echo "Node.js 20+ is required: install it from nodejs.org or your package manager."; exit 3; }

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> Installing npm packages"
  npm install --no-audit --no-fund --loglevel=error
fi
echo "==> Building"
npm run --silent build
exec node bin/quartiersnetz.js up "$@"
