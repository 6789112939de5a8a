#!/usr/bin/env node
// The `statefulset-studio` command: runs the bundled CLI (built by `npm run build`).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(bundle)) {
  process.stderr.write('statefulset-studio: dist/cli.js is missing; run "npm run build" first.\n');
  process.exitCode = 2;
} else {
  require(bundle);
}
