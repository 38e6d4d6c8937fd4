import type { MikroORM } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';

/** The advisory lock instances of the service take to migrate and to seed: one at a time per database. */
export const STARTUP_LOCK_KEY = 4_730_110_914;

/**
 * Runs `work` while holding PostgreSQL's advisory lock STARTUP_LOCK_KEY, so that instances started
 * together on one database migrate it and seed it one after the other: the second finds the schema
 * up to date and the company there. The lock is held by a transaction on a connection of its own,
 * which PostgreSQL ends (and so releases the lock) if the process dies. On PGlite it does nothing:
 * one process and one connection per directory.
 */
export async function withStartupLock<T>(orm: MikroORM, work: () => Promise<T>): Promise<T> {
  if (!(orm.driver instanceof PostgreSqlDriver)) return work();
  const connection = orm.driver.getConnection();
  return connection.transactional(async (trx) => {
    await connection.execute('select pg_advisory_xact_lock(?)', [STARTUP_LOCK_KEY], 'run', trx);
    return work();
  });
}
