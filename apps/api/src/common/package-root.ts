import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder of the project's `package.json`, found upwards from this module: the same folder from
 * the sources (tests), from `dist/`, and from the bundled service (`dist/service.cjs`). Files the
 * service reads at run time (page templates, PGlite templates, response schemas) are found from it.
 */
export function packageRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}
