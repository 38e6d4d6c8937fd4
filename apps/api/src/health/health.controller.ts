import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { SETTINGS, type Settings } from '../config/settings';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/roles';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  /** `{status, database}`: whether the service can reach its database, and which kind it is. */
  @Get()
  @Public()
  async health(@Res({ passthrough: true }) response: Response) {
    const database = this.settings.databaseUrl ? 'postgresql' : 'pglite';
    try {
      await this.orm.em.fork().execute('select 1');
      return { status: 'ok', database };
    } catch {
      response.status(503);
      return { status: 'unavailable', database };
    }
  }
}
