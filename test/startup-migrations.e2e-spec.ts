/**
 * A start on a database whose schema is current does not migrate it: one query over the migrations
 * table says so, and the start does not wait for the start-up lock that instances take to migrate
 * and to seed (on PostgreSQL, an instance starting while another seeds comes up without queueing
 * behind it for its migrations). A database missing a migration is still migrated under the lock.
 */
import { Client } from 'pg';
import { pendingMigrations } from '../apps/api/src/database/migrations-state';
import { openDatabase, type Orm } from '../apps/api/src/database/orm';
import { STARTUP_LOCK_KEY } from '../apps/api/src/database/startup-lock';
import { migrationsList } from '../migrations';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';

describe.each(databaseKinds())('the migrations check at start (%s)', (kind) => {
  let database: TestDatabase;
  const orms: Orm[] = [];
  beforeEach(async () => {
    database = await createTestDatabase(kind, 'empty');
  });
  afterEach(async () => {
    for (const orm of orms.splice(0)) await orm.close(true);
    await database.drop();
  });

  async function open(): Promise<Orm> {
    const orm = await openDatabase({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
    orms.push(orm);
    return orm;
  }

  it('names no migration on a migrated database, and names one whose record is gone', async () => {
    const orm = await open();
    expect(await pendingMigrations(orm)).toEqual([]);
    const last = migrationsList.at(-1)!.name;
    await orm.em.getConnection().execute('delete from mikro_orm_migrations where name = ?', [last]);
    expect(await pendingMigrations(orm)).toEqual([last]);
  });

  if (kind === 'postgresql') {
    it('a start on a current schema does not wait for another instance holding the start-up lock', async () => {
      const holder = new Client({ connectionString: database.databaseUrl! });
      await holder.connect();
      try {
        await holder.query('select pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
        const started = open().then(() => 'started' as const);
        const waited = new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 10_000).unref());
        expect(await Promise.race([started, waited])).toBe('started');
      } finally {
        await holder.query('select pg_advisory_unlock_all()');
        await holder.end();
      }
    }, 30_000);
  }
});
