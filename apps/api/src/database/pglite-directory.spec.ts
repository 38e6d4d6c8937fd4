import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markTemplate, preparePgliteDirectory, templatesFor, pgliteTemplateDir } from './pglite-directory';

/** A stand-in for a PGlite cluster: what matters here is PG_VERSION and the files copied. */
function fakeCluster(dir: string, content: string): string {
  mkdirSync(join(dir, 'base'), { recursive: true });
  writeFileSync(join(dir, 'PG_VERSION'), '18\n');
  writeFileSync(join(dir, 'base', 'data'), content);
  return dir;
}

describe('preparing a PGlite data directory', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'cic-pglite-dir-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('copies the first usable template into an empty directory, without its marker, readable by the owner only', () => {
    const seeded = fakeCluster(join(root, 'seeded'), 'seeded');
    const migrated = fakeCluster(join(root, 'migrated'), 'migrated');
    markTemplate(seeded);
    markTemplate(migrated);
    const dir = join(root, 'data', 'pglite');

    expect(preparePgliteDirectory(dir, [seeded, migrated])).toBe('template');
    expect(readFileSync(join(dir, 'base', 'data'), 'utf8')).toBe('seeded');
    expect(readdirSync(dir).sort()).toEqual(['PG_VERSION', 'base']);
    expect(readdirSync(join(root, 'data'))).toEqual(['pglite']);
    expect(statSync(join(root, 'data')).mode & 0o777).toBe(0o700);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('leaves an existing cluster alone', () => {
    const template = fakeCluster(join(root, 'template'), 'template');
    markTemplate(template);
    const dir = fakeCluster(join(root, 'data', 'pglite'), 'mine');

    expect(preparePgliteDirectory(dir, [template])).toBe('existing');
    expect(readFileSync(join(dir, 'base', 'data'), 'utf8')).toBe('mine');
  });

  it('skips a template without a marker or made by another PGlite, and leaves initdb to PGlite when none is usable', () => {
    const unmarked = fakeCluster(join(root, 'unmarked'), 'unmarked');
    const other = fakeCluster(join(root, 'other'), 'other');
    writeFileSync(join(other, 'template.json'), JSON.stringify({ pglite: '0.0.1' }));
    const dir = join(root, 'data', 'pglite');

    expect(preparePgliteDirectory(dir, [unmarked, other, join(root, 'missing')])).toBe('initdb');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replaces an empty directory left by an earlier start', () => {
    const template = fakeCluster(join(root, 'template'), 'template');
    markTemplate(template);
    const dir = join(root, 'data', 'pglite');
    mkdirSync(dir, { recursive: true });

    expect(preparePgliteDirectory(dir, [template])).toBe('template');
    expect(readFileSync(join(dir, 'base', 'data'), 'utf8')).toBe('template');
  });

  it('offers the seeded template only when the settings would seed the company and the alliance', () => {
    expect(templatesFor({ seed: true, seedAlliance: true, seedFilings: true })).toEqual([pgliteTemplateDir('seeded'), pgliteTemplateDir('migrated')]);
    expect(templatesFor({ seed: true, seedAlliance: false, seedFilings: true })).toEqual([pgliteTemplateDir('migrated')]);
    expect(templatesFor({ seed: true, seedAlliance: true, seedFilings: false })).toEqual([pgliteTemplateDir('migrated')]);
    expect(templatesFor({ seed: false, seedAlliance: true })).toEqual([pgliteTemplateDir('migrated')]);
    expect(templatesFor({})).toEqual([pgliteTemplateDir('migrated')]);
  });
});
