/**
 * Makes the PGlite templates that a first start on an empty data directory copies (run by
 * `npm run build`, and so by `npm install`), in `dist/pglite-template/`: `migrated` (initdb and every
 * migration) and `seeded` (that, plus the seed a first start with the default settings records; the
 * secretary token this makes is deleted again). Loading the service also fills Node's compile cache.
 */
import '../apps/api/src/compile-cache';
import 'reflect-metadata';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { ORM } from '../apps/api/src/database/database.module';
import { openDatabase, type Orm } from '../apps/api/src/database/orm';
import { markTemplate, pgliteDirectory, pgliteTemplateDir } from '../apps/api/src/database/pglite-directory';

async function main(): Promise<void> {
  const started = performance.now();
  const migrated = pgliteTemplateDir('migrated');
  const seeded = pgliteTemplateDir('seeded');
  const root = dirname(migrated);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });

  await makeTemplate(migrated, async (dataDir) => {
    const orm = await openDatabase({ databaseUrl: null, dataDir });
    await orm.close(true);
  });

  await makeTemplate(seeded, async (dataDir) => {
    cpSync(migrated, pgliteDirectory(dataDir), { recursive: true });
    Object.assign(process.env, { DATA_DIR: dataDir, SEED: 'true', SEED_ALLIANCE: 'true', SEED_FILINGS: 'true' });
    delete process.env.DATABASE_URL;
    delete process.env.ADMIN_TOKEN;
    // Loaded only now: the configuration module reads the environment when the app module loads.
    const { AppModule } = await import('../apps/api/src/app.module.js');
    const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'fatal'] });
    const [{ companies }] = await app.get<Orm>(ORM).em.fork().execute<{ companies: number }[]>('select count(*)::int as companies from company');
    if (companies !== 1) throw new Error(`the seeded template should hold one company, not ${companies}`);
    await app.get<Orm>(ORM).em.fork().execute('delete from api_token');
    await app.close();
  });

  console.log(`PGlite templates made in ${Math.round(performance.now() - started)} ms: ${root}`);
}

/** Builds in a folder beside the template's place, and renames the database there once it is complete. */
async function makeTemplate(template: string, build: (dataDir: string) => Promise<void>): Promise<void> {
  const dataDir = mkdtempSync(join(dirname(template), '.building-'));
  try {
    await build(dataDir);
    markTemplate(pgliteDirectory(dataDir));
    renameSync(pgliteDirectory(dataDir), template);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
