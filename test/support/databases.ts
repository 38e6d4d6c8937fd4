import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../apps/api/src/database/orm';
import { closeAppsOn } from './boot';
import { admin, databaseUrl } from './postgres-admin';

/** The databases the suite runs against: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export type DatabaseKind = 'pglite' | 'postgresql';

export function databaseKinds(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];
}

export function postgresAvailable(): boolean {
  return Boolean(process.env.TEST_DATABASE_URL);
}

/**
 * What a test database holds when the app starts on it: only the schema (`empty`), the Tower Hamlets
 * company as the first start seeds it (`company`), or that and its alliance, networks and 2016 TUPE
 * transfer (`alliance`), or the company with its past filings recorded (`filings`). The secretary's
 * ADMIN_TOKEN is stored in the seeded ones.
 */
export type SeedVariant = 'empty' | 'company' | 'alliance' | 'filings';

export function seedVariantOf(settings: { seed: boolean; seedAlliance?: boolean; seedFilings?: boolean }): SeedVariant {
  if (!settings.seed) return 'empty';
  if (settings.seedAlliance && settings.seedFilings) throw new Error('no template has both the alliance and the past filings');
  return settings.seedAlliance ? 'alliance' : settings.seedFilings ? 'filings' : 'company';
}

/** A database of its own for one test file, copied from a template, removed by `drop()`. */
export interface TestDatabase {
  readonly kind: DatabaseKind;
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  drop(): Promise<void>;
}

/**
 * The run's scratch directory and id, from the global setup (test/support/global-setup.ts), which
 * removes whatever is left under them at the end of the run. Without it, this file's own.
 */
const runId = process.env.CIC_TEST_RUN_ID ?? randomBytes(4).toString('hex');
const runDir = process.env.CIC_TEST_RUN_DIR ?? mkdtempSync(join(tmpdir(), 'cic-test-run-'));
/**
 * Jest gives every test file fresh modules, so templates are found by name, not kept in a variable:
 * one of each per worker (one for the whole run under --runInBand), made by the first file to need it.
 */
const worker = `${runId}_${process.env.JEST_WORKER_ID ?? '0'}`;

function template(kind: DatabaseKind, variant: SeedVariant): Promise<string> {
  return kind === 'pglite' ? pgliteTemplate(variant) : postgresTemplate(variant);
}

/**
 * PGlite: a data directory, marked ready once made. The empty one runs initdb and the migrations
 * (seconds); a seeded one is a copy of it on which the app starts once, seeding it exactly as on a
 * first start, and stops.
 */
async function pgliteTemplate(variant: SeedVariant): Promise<string> {
  const dataDir = join(runDir, `template-${worker}-${variant}`);
  const ready = join(dataDir, 'ready');
  if (existsSync(ready)) return dataDir;
  rmSync(dataDir, { recursive: true, force: true });
  if (variant === 'empty') {
    mkdirSync(dataDir, { recursive: true });
    await (await openDatabase({ databaseUrl: null, dataDir })).close(true);
  } else {
    cpSync(join(await pgliteTemplate('empty'), 'pglite'), join(dataDir, 'pglite'), { recursive: true });
    await seed({ databaseUrl: null, dataDir }, variant);
  }
  writeFileSync(ready, '');
  return dataDir;
}

/**
 * PostgreSQL: a database, made under a working name and renamed once made (and its connections
 * closed, as `create database … template …` needs).
 */
async function postgresTemplate(variant: SeedVariant): Promise<string> {
  const name = `cic_template_${worker}_${variant}`;
  const building = `${name}_building`;
  const exists = await admin(async (c) => (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1);
  if (exists) return name;
  await admin((c) => c.query(`drop database if exists ${building} with (force)`));
  if (variant === 'empty') {
    await admin((c) => c.query(`create database ${building}`));
    await (await openDatabase({ databaseUrl: databaseUrl(building), dataDir: runDir })).close(true);
  } else {
    const empty = await postgresTemplate('empty');
    await admin((c) => c.query(`create database ${building} template ${empty}`));
    await seed({ databaseUrl: databaseUrl(building), dataDir: runDir }, variant);
  }
  await admin((c) => c.query(`alter database ${building} rename to ${name}`));
  return name;
}

/**
 * Seeds a template by starting the app on it once. That app is loaded in a module registry of its
 * own: nestjs-pino keeps one logger per process (per registry, under Jest), made for the first app
 * that starts, so a seeding app loaded with the test file's modules would make it — at the default
 * test settings, to standard output — and the file's own app, started next with its log settings
 * and stream, would log nowhere it can read.
 */
async function seed(database: { databaseUrl: string | null; dataDir: string }, variant: Exclude<SeedVariant, 'empty'>): Promise<void> {
  await jest.isolateModulesAsync(async () => {
    const { bootApp, testSettings } = require('./boot') as typeof import('./boot');
    const app = await bootApp(testSettings({ ...database, seedAlliance: variant === 'alliance', seedFilings: variant === 'filings' }));
    await app.close();
  });
}

/** A copy of the template for `variant`: on PGlite a copied directory, on PostgreSQL `create database … template …`. */
export async function createTestDatabase(kind: DatabaseKind, variant: SeedVariant): Promise<TestDatabase> {
  const id = `${worker}_${randomBytes(4).toString('hex')}`;
  const dataDir = join(runDir, `db-${id}`);
  mkdirSync(dataDir, { recursive: true });
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (kind === 'pglite') {
    cpSync(join(await template(kind, variant), 'pglite'), join(dataDir, 'pglite'), { recursive: true });
    return {
      kind,
      databaseUrl: null,
      dataDir,
      drop: async () => {
        await closeAppsOn(dataDir);
        removeDir();
      },
    };
  }
  const name = `cic_test_${id}`;
  const source = await template(kind, variant);
  await admin((c) => c.query(`create database ${name} template ${source}`));
  return {
    kind,
    databaseUrl: databaseUrl(name),
    dataDir,
    drop: async () => {
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
      removeDir();
    },
  };
}
