/**
 * The first start is all or nothing: a seed stopped part-way (here after 7 of 37 shares) leaves the
 * database empty, and the next start seeds the whole company. On PostgreSQL, two instances started at
 * the same moment on an empty database both come up, and there is one company with 37 shares.
 * Each test starts the service twice from an empty database: on a loaded machine that can take more
 * than a minute, so each is given three.
 */
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ORM } from '../apps/api/src/database/database.module';
import type { Orm } from '../apps/api/src/database/orm';
import { SeedService } from '../apps/api/src/seed/seed.service';
import { SEEDED_ENTRIES } from './support/authority';
import { createTestDatabase, databaseKinds, postgresAvailable, type TestDatabase } from './support/databases';
import { ADMIN_TOKEN, bootApp, testSettings } from './support/boot';
import { COMPANY } from './support/test-app';

/** An instance of the service on `database`, started as `npm start` would (migrations, then first start). */
async function boot(database: TestDatabase, seed: boolean): Promise<INestApplication> {
  return bootApp(testSettings({ databaseUrl: database.databaseUrl, dataDir: database.dataDir, seed }));
}

const TABLES = ['company', 'practice', 'member', 'ledger_entry', 'share_holding', 'register_entry', 'register_total'] as const;

async function counts(app: INestApplication): Promise<Record<(typeof TABLES)[number], number>> {
  const [row] = await app.get<Orm>(ORM).em.fork().execute(`select ${TABLES.map((t) => `(select count(*)::int from ${t}) as ${t}`).join(', ')}`);
  return row as Record<(typeof TABLES)[number], number>;
}

async function expectWholeCompany(app: INestApplication): Promise<void> {
  expect(await counts(app)).toMatchObject({ company: 1, practice: 37, member: 37, ledger_entry: SEEDED_ENTRIES, share_holding: 37, register_entry: 37 });
  const verify = await request(app.getHttpServer()).get(`/api/companies/${COMPANY}/ledger/verify`).set('Authorization', `Bearer ${ADMIN_TOKEN}`).expect(200);
  expect(verify.body).toMatchObject({ valid: true, events: SEEDED_ENTRIES, projection: { matches: true } });
}

describe.each(databaseKinds())('the first start (%s)', (kind) => {
  let database: TestDatabase;
  const apps: INestApplication[] = [];
  beforeEach(async () => {
    database = await createTestDatabase(kind, 'empty');
  });
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    await database.drop();
  });

  it('a seed stopped after 7 of 37 shares leaves nothing behind, and the next start seeds the whole company', async () => {
    const first = await boot(database, false);
    apps.push(first);
    const interrupted = first.get(SeedService).firstStart(true, {
      afterShareAllotted: (allotted) => {
        if (allotted === 7) throw new Error('stopped after 7 shares');
      },
    });
    await expect(interrupted).rejects.toThrow('stopped after 7 shares');
    expect(await counts(first)).toEqual({ company: 0, practice: 0, member: 0, ledger_entry: 0, share_holding: 0, register_entry: 0, register_total: 0 });
    await apps.pop()!.close();

    const next = await boot(database, true);
    apps.push(next);
    await expectWholeCompany(next);
  }, 180_000);

  (kind === 'postgresql' && postgresAvailable() ? it : it.skip)('two instances started at the same moment on an empty database both come up, with one company of 37 shares', async () => {
    const both = await Promise.all([boot(database, true), boot(database, true)]);
    apps.push(...both);
    for (const app of both) await expectWholeCompany(app);
  }, 180_000);
});
