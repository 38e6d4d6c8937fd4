import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { SETTINGS, type Settings } from '../config/settings';
import { lockDataDirectory, secureDataDirectory } from './data-directory';
import { openDatabase, type Orm } from './orm';

export const ORM = Symbol('Orm');
/** The release of the PGlite data directory's lock (null on PostgreSQL, where nothing is locked). */
const DATA_DIRECTORY_LOCK = Symbol('DataDirectoryLock');

type Release = (() => Promise<void>) | null;

const logger = new Logger('Database');

/**
 * Makes DATA_DIR private and, on the embedded database, takes its lock before anything touches it:
 * a second process on the same directory stops here with a message saying so.
 */
async function takeDataDirectory(settings: Settings): Promise<Release> {
  const embedded = !settings.databaseUrl;
  secureDataDirectory(settings.dataDir, { create: embedded });
  if (!embedded) return null;
  return lockDataDirectory(
    settings.dataDir,
    (error) => {
      // Another process took the directory over (this one was frozen past the stale time): two
      // writers on one PGlite directory lose data, so this one stops at once.
      logger.fatal(`the lock on ${settings.dataDir} was lost (${error.message}); stopping`);
      process.exit(1);
    },
    (message) => logger.warn(message),
  );
}

/** The database connection, migrated on start and closed on shutdown, and the data directory's lock. */
@Global()
@Module({
  providers: [
    { provide: DATA_DIRECTORY_LOCK, inject: [SETTINGS], useFactory: takeDataDirectory },
    { provide: ORM, inject: [SETTINGS, DATA_DIRECTORY_LOCK], useFactory: (settings: Settings) => openDatabase(settings) },
  ],
  exports: [ORM],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    @Inject(DATA_DIRECTORY_LOCK) private readonly release: Release,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.orm.close(true);
    await this.release?.();
  }
}
