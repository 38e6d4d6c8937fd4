import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageRoot } from '../common/package-root';

/**
 * PGlite data directories made at build time (`npm run build:template`), so that a first start on an
 * empty data directory copies one instead of running initdb (about 5 s on a small machine):
 * - `migrated`: initdb has run and every migration is applied;
 * - `seeded`: the same, with the Tower Hamlets company and alliance seeded as a first start with the
 *   default settings would (no token: each installation makes its own on first start).
 * Migrations still run on every start, so a template older than the migrations is brought up to date
 * like any existing database.
 */
export type PgliteTemplate = 'migrated' | 'seeded';

export function pgliteTemplateDir(template: PgliteTemplate): string {
  return join(packageRoot(), 'dist', 'pglite-template', template);
}

/** The templates a new database may start from, best first: the seeded one only if it is what the settings would seed. */
export function templatesFor(settings: { readonly seed?: boolean; readonly seedAlliance?: boolean; readonly seedFilings?: boolean }): string[] {
  const migrated = pgliteTemplateDir('migrated');
  return settings.seed && settings.seedAlliance && settings.seedFilings ? [pgliteTemplateDir('seeded'), migrated] : [migrated];
}

/** Written beside the template: which PGlite made it (a template from another version is not used). */
const TEMPLATE_MARKER = 'template.json';

/** How the directory came to be ready: already there, copied from the template, or left to initdb. */
export type PgliteDirectoryOrigin = 'existing' | 'template' | 'initdb';

/** The PGlite files live in `DATA_DIR/pglite`. */
export function pgliteDirectory(dataDir: string): string {
  return join(dataDir, 'pglite');
}

/**
 * Makes `dir` ready for PGlite: an existing cluster is left alone; otherwise the first usable template
 * is copied in (through a temporary directory renamed into place, so an interrupted copy leaves
 * nothing half-made), or, without one, an empty directory is left for PGlite's initdb.
 */
export function preparePgliteDirectory(dir: string, templates: readonly string[]): PgliteDirectoryOrigin {
  if (isCluster(dir)) return 'existing';
  mkdirSync(dirname(dir), { recursive: true, mode: 0o700 });
  const template = templates.find(usableTemplate);
  if (!template) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return 'initdb';
  }
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(template, partial, { recursive: true, filter: (source) => !source.endsWith(TEMPLATE_MARKER) });
  // An empty directory left by an earlier initdb fallback or by hand is replaced.
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  chmodSync(dir, 0o700);
  return 'template';
}

/** Records which PGlite made the template, once the template directory is complete. */
export function markTemplate(template: string): void {
  writeFileSync(join(template, TEMPLATE_MARKER), `${JSON.stringify({ pglite: installedPgliteVersion() })}\n`);
}

function isCluster(dir: string): boolean {
  return existsSync(join(dir, 'PG_VERSION'));
}

function usableTemplate(template: string): boolean {
  if (!isCluster(template)) return false;
  try {
    const marker = JSON.parse(readFileSync(join(template, TEMPLATE_MARKER), 'utf8')) as { pglite?: string };
    return marker.pglite === installedPgliteVersion();
  } catch {
    return false;
  }
}

function installedPgliteVersion(): string | null {
  try {
    const file = join(packageRoot(), 'node_modules', '@electric-sql', 'pglite', 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

