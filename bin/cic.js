#!/usr/bin/env node
// `cic <command>`: the command line, run from the build (`npm run build`; `npm install` does it).
// Node older than 22.17 cannot load the ORM: then the Node 22 the project installs runs it instead.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..');
const main = join(root, 'dist/apps/cli/src/main.js');
if (!existsSync(main)) {
  console.error('The command line is not built: run `npm run build` (npm install does it).');
  process.exit(1);
}
const [major, minor] = process.versions.node.split('.').map(Number);
const projectNode = join(root, 'node_modules/node/bin/node');
if ((major < 22 || (major === 22 && minor < 17)) && existsSync(projectNode)) {
  const run = spawnSync(projectNode, [main, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
require(main)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
