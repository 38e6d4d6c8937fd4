import { MikroORM, type Options } from '@mikro-orm/core';
import type { AbstractSqlDriver, SqlEntityManager } from '@mikro-orm/sql';
import { Migrator } from '@mikro-orm/migrations';
import { PgliteDriver } from '@mikro-orm/pglite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { migrationsList } from '../../../../migrations';
import type { Settings } from '../config/settings';
import { entities } from './entities';
import { schemaIsCurrent } from './migrations-state';
import { pgliteDirectory, preparePgliteDirectory, templatesFor } from './pglite-directory';
import { withStartupLock } from './startup-lock';

export type Orm = MikroORM<AbstractSqlDriver, SqlEntityManager>;
export type Em = SqlEntityManager;

/**
 * PostgreSQL when a URL is configured, otherwise PGlite persisted under the data directory (which
 * `preparePgliteDirectory` must have made ready).
 */
export function ormOptions(settings: Pick<Settings, 'databaseUrl' | 'dataDir'>): Partial<Options> {
  const common = {
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, snapshot: false, silent: true },
    debug: false,
    allowGlobalContext: false,
    ensureDatabase: false,
  } satisfies Partial<Options>;
  if (settings.databaseUrl) {
    return { ...common, driver: PostgreSqlDriver, clientUrl: settings.databaseUrl };
  }
  return { ...common, driver: PgliteDriver, dbName: pgliteDirectory(settings.dataDir) };
}

/**
 * Connects and brings the schema up to date (one instance at a time); the schema comes only from
 * migrations. An empty PGlite directory starts as a copy of one of the build's templates when there
 * is one (see `templatesFor`).
 */
export async function openDatabase(
  settings: Pick<Settings, 'databaseUrl' | 'dataDir'> & Partial<Pick<Settings, 'seed' | 'seedAlliance' | 'seedFilings'>>,
): Promise<Orm> {
  if (!settings.databaseUrl) preparePgliteDirectory(pgliteDirectory(settings.dataDir), templatesFor(settings));
  const orm = (await MikroORM.init(ormOptions(settings))) as unknown as Orm;
  // A database whose schema is current (every start but the first after an upgrade) is not migrated,
  // nor does it wait for the start-up lock: one query says so.
  if (!(await schemaIsCurrent(orm))) await withStartupLock(orm, () => orm.migrator.up());
  return orm;
}
