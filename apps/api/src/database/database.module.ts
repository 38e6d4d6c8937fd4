import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { SETTINGS, settingsFromEnv, type Settings } from '../config/settings';
import { openDatabase, type Orm } from './orm';

export const ORM = Symbol('Orm');

/** The settings and the database connection, migrated on start and closed on shutdown. */
@Global()
@Module({
  providers: [
    { provide: SETTINGS, useFactory: () => settingsFromEnv() },
    { provide: ORM, inject: [SETTINGS], useFactory: (settings: Settings) => openDatabase(settings) },
  ],
  exports: [SETTINGS, ORM],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(ORM) private readonly orm: Orm) {}

  async onApplicationShutdown(): Promise<void> {
    await this.orm.close(true);
  }
}
