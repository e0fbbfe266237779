#!/usr/bin/env node
// Runs the compiled CLI (npm run build). Exit codes: see src/errors/error-codes.ts.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const compiled = join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!existsSync(compiled)) {
  console.error('quartiersnetz: not built yet; run "npm run build" first (or "npm start").');
  process.exit(1);
}
require(compiled)
  .main(process.argv.slice(2))
  .then((code) => process.exit(code));
