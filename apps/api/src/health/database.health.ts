import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ORM } from '../database/database.module';
import { pendingMigrations } from '../database/migrations-state';
import type { Orm } from '../database/orm';

/** How long a check may wait: PGlite has one connection, so `select 1` queues behind a running transaction. */
const TIMEOUT_MS = 3000;

/** Readiness indicators for the database: it answers, and every migration the code knows has run. */
@Injectable()
export class DatabaseHealth {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly indicators: HealthIndicatorService,
  ) {}

  reachable() {
    return this.indicators
      .check('database')
      .attempt(async () => {
        await this.orm.em.fork().execute('select 1');
      })
      .withTimeout(TIMEOUT_MS);
  }

  async migrationsCurrent() {
    const check = this.indicators.check('migrations');
    try {
      const pending = await pendingMigrations(this.orm);
      return pending.length === 0 ? check.up() : check.down({ pending });
    } catch {
      return check.down({ message: 'the migrations table could not be read' });
    }
  }
}
