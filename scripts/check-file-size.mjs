#!/usr/bin/env node
// Source files stay small enough to read in one sitting: none under apps/*/src or libs/*/src passes
// 300 lines. Run by `npm test`; exits 1 naming each file over the limit.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const LIMIT = 300;
const root = new URL('..', import.meta.url).pathname;
const over = [];
for (const top of ['apps', 'libs']) {
  for (const entry of readdirSync(join(root, top), { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (!entry.isFile() || !/\.(ts|js|mjs|njk)$/.test(entry.name) || !/\/(src)\//.test(path)) continue;
    const lines = readFileSync(path, 'utf8').split('\n').length - 1;
    if (lines > LIMIT) over.push(`${relative(root, path)}: ${lines} lines`);
  }
}
if (over.length > 0) {
  console.error(`Files over ${LIMIT} lines (split them by what they do):\n  ${over.join('\n  ')}`);
  process.exit(1);
}
console.log(`every source file is within ${LIMIT} lines`);
