import { Controller, Get, Inject, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiResponse, ApiTags, type SchemaObject } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import { HealthCheck, HealthCheckService, type HealthCheckResult, type HealthIndicatorFunction } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '../auth/roles';
import { SETTINGS, type Settings } from '../config/settings';
import { DatabaseHealth } from './database.health';
import { DataDirectoryHealth } from './data-directory.health';

/** The body of `GET /health` when the database does not answer (a 503). */
const UNAVAILABLE_SUMMARY: SchemaObject = {
  type: 'object',
  required: ['status', 'database'],
  properties: { status: { type: 'string', enum: ['unavailable'] }, database: { type: 'string', enum: ['pglite', 'postgresql'] } },
};

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(SETTINGS) private readonly settings: Settings,
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealth,
    private readonly dataDirectory: DataDirectoryHealth,
  ) {}

  /** `{status, database}`: whether the service can reach its database, and which kind it is. */
  @ApiRoute({ summary: 'Service health', description: '`{status, database}`: whether the service can reach its database, and which kind it is.' })
  @ApiResponse({ status: 200, description: 'The database answers: `{status: "ok", database}`.' })
  @ApiResponse({ status: 503, description: 'The database does not answer: `{status: "unavailable", database}`.', schema: UNAVAILABLE_SUMMARY })
  @Get()
  @Public()
  async summary(@Res({ passthrough: true }) response: Response) {
    const database = this.settings.databaseUrl ? 'postgresql' : 'pglite';
    const result = await this.database.reachable();
    if (result.database.status === 'up') return { status: 'ok', database };
    response.status(503);
    return { status: 'unavailable', database };
  }

  /** Liveness: the process is up and serving HTTP (200 `{status: "ok"}`); restart it if this fails. */
  @ApiRoute({ summary: 'Liveness', description: 'Liveness: the process is up and serving HTTP (200 `{status: "ok"}`); restart it if this fails.' })
  @Get('live')
  @Public()
  @HealthCheck()
  live(@Res({ passthrough: true }) response: Response) {
    return answer(response, this.health.check([]));
  }

  /**
   * Readiness: the database answers, its migrations are current and, on the embedded database, its
   * data directory can be written and has the space DATA_DIR_MIN_FREE_MB asks; 503 with the failing
   * checks otherwise.
   */
  @ApiRoute({
    summary: 'Readiness',
    description:
      'Readiness: the database answers (`database`), its migrations are current (`migrations`) and, on the embedded database, its data directory can be written and has at least `DATA_DIR_MIN_FREE_MB` free (`dataDirectory`); 503 with the failing checks otherwise.',
  })
  @Get('ready')
  @Public()
  @HealthCheck()
  ready(@Res({ passthrough: true }) response: Response) {
    const checks: HealthIndicatorFunction[] = [() => this.database.reachable(), () => this.database.migrationsCurrent()];
    if (this.dataDirectory.applies) checks.push(() => this.dataDirectory.writable());
    return answer(response, this.health.check(checks));
  }
}

/** Terminus throws its 503 with the check's result as the body; that body is the answer, not an error's. */
async function answer(response: Response, check: Promise<HealthCheckResult>): Promise<unknown> {
  try {
    return await check;
  } catch (error) {
    if (!(error instanceof ServiceUnavailableException)) throw error;
    response.status(503);
    return error.getResponse();
  }
}
