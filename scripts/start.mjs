#!/usr/bin/env node
// `npm start`: runs the service as built by `npm install` (or `npm run build`), with no compiling.
// Says so when there is no build, and warns when a source file is newer than the build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const main = join(root, 'dist/apps/api/src/main.js');

if (!existsSync(main)) {
  console.error('The service is not built: run `npm run build` (npm install does it), then `npm start`.');
  process.exit(1);
}

const built = statSync(main).mtimeMs;
const newer = ['apps', 'libs', 'migrations'].flatMap((dir) => newerSources(join(root, dir), built));
if (newer.length > 0) {
  console.warn(`${newer.length} source file(s) changed since the last build (e.g. ${newer[0].slice(root.length)}); run \`npm run build\` to include them.`);
}

await import(pathToFileURL(main).href);

function newerSources(dir, than) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !/\.(e2e-|int-)?spec\.ts$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    // Test helpers beside a library (libs/*/test) are not part of the build.
    .filter((file) => !file.includes('/test/'))
    .filter((file) => statSync(file).mtimeMs > than);
}
