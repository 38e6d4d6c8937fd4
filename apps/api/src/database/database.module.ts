import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { SETTINGS, type Settings } from '../config/settings';
import { openDatabase, type Orm } from './orm';

export const ORM = Symbol('Orm');

/** The database connection, migrated on start and closed on shutdown. */
@Global()
@Module({
  providers: [{ provide: ORM, inject: [SETTINGS], useFactory: (settings: Settings) => openDatabase(settings) }],
  exports: [ORM],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(ORM) private readonly orm: Orm) {}

  async onApplicationShutdown(): Promise<void> {
    await this.orm.close(true);
  }
}
