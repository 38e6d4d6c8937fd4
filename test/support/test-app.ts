import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { AppModule } from '../../apps/api/src/app.module';
import { TokensService } from '../../apps/api/src/auth/tokens.service';
import type { Role } from '../../apps/api/src/auth/roles';
import { configureApp } from '../../apps/api/src/bootstrap';
import { LOG_DESTINATION } from '../../apps/api/src/common/logging.module';
import { SETTINGS, settingsFromEnv, type Settings } from '../../apps/api/src/config/settings';
import { ORM } from '../../apps/api/src/database/database.module';
import type { Orm } from '../../apps/api/src/database/orm';
import { TOWER_HAMLETS_COMPANY_ID } from '../../apps/api/src/seed/tower-hamlets';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from './databases';

export const ADMIN_TOKEN = 'test-secretary-token-0123456789';
export const COMPANY = TOWER_HAMLETS_COMPANY_ID;

/** The whole service over HTTP on a database of its own, seeded as on first start. */
export interface TestApp {
  readonly app: INestApplication;
  readonly http: TestAgent;
  readonly orm: Orm;
  readonly database: TestDatabase;
  /** A bearer token for each role. */
  readonly tokens: Record<Role, string>;
  /** `Authorization` header for a role. */
  auth(role: Role): { Authorization: string };
  /** Runs SQL directly against the service's database, outside the API. */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * `logs`: a stream that receives the service's log lines (pino's output) instead of standard output,
 * at the `logLevel` of the settings (`error` unless overridden). nestjs-pino keeps one pino logger
 * per process, made for the first app: every app a test file starts then logs with that app's level
 * and stream, so a file that reads logs passes one stream, and the same log settings, to every app.
 */
export async function startTestApp(
  kind: DatabaseKind,
  overrides: Partial<Settings> = {},
  options: { logs?: NodeJS.WritableStream } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  const settings: Settings = {
    ...settingsFromEnv({}),
    databaseUrl: database.databaseUrl,
    dataDir: database.dataDir,
    port: 0,
    adminToken: ADMIN_TOKEN,
    seed: true,
    // Tests that count the seeded share ledger expect the company and its shares only.
    seedAlliance: false,
    seedFilings: false,
    // Off: tests send many failed authentications and writes from one address (security.e2e-spec turns them on).
    throttleAuthFailures: 0,
    throttleWrites: 0,
    // Only failures (5xx, unexpected errors) reach the test output.
    logLevel: 'error',
    logFormat: 'json',
    ...overrides,
  };
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(SETTINGS)
    .useValue(settings)
    .overrideProvider(LOG_DESTINATION)
    .useValue(options.logs ?? null)
    .compile();
  const app = configureApp(moduleRef.createNestApplication({ logger: ['error', 'fatal'] }));
  await app.init();
  const orm = app.get<Orm>(ORM);
  const tokensService = app.get(TokensService);
  const tokens: Record<Role, string> = {
    secretary: ADMIN_TOKEN,
    board: (await tokensService.create('test board member', 'board', 'test')).token,
    auditor: (await tokensService.create('test auditor', 'auditor', 'test')).token,
  };
  return {
    app,
    http: request(app.getHttpServer()),
    orm,
    database,
    tokens,
    auth: (role) => ({ Authorization: `Bearer ${tokens[role]}` }),
    sql: (query, params = []) => orm.em.fork().execute(query, params) as never,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
