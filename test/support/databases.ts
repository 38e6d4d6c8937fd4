import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { openDatabase } from '../../apps/api/src/database/orm';

/** The databases the suite runs against: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export type DatabaseKind = 'pglite' | 'postgresql';

export function databaseKinds(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];
}

export function postgresAvailable(): boolean {
  return Boolean(process.env.TEST_DATABASE_URL);
}

/** A fresh, empty, migrated database of its own for one test file, removed by `drop()`. */
export interface TestDatabase {
  readonly kind: DatabaseKind;
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  drop(): Promise<void>;
}

let pgliteTemplate: string | null = null;

/**
 * Running initdb and the migrations on PGlite takes seconds, so it is done once per worker into a
 * template directory that each test database copies.
 */
async function migratedPgliteTemplate(): Promise<string> {
  if (pgliteTemplate) return pgliteTemplate;
  const dir = mkdtempSync(join(tmpdir(), 'cic-template-'));
  const orm = await openDatabase({ databaseUrl: null, dataDir: dir });
  await orm.close(true);
  pgliteTemplate = dir;
  return dir;
}

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cic-test-'));
  if (kind === 'pglite') {
    cpSync(join(await migratedPgliteTemplate(), 'pglite'), join(dataDir, 'pglite'), { recursive: true });
    return { kind, databaseUrl: null, dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `cic_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await withClient(adminUrl, (c) => c.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    databaseUrl: url.toString(),
    dataDir,
    drop: async () => {
      await withClient(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
