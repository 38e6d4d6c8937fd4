import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { TokensService } from '../../apps/api/src/auth/tokens.service';
import type { Role } from '../../apps/api/src/auth/roles';
import type { Settings } from '../../apps/api/src/config/settings';
import { ORM } from '../../apps/api/src/database/database.module';
import type { Orm } from '../../apps/api/src/database/orm';
import { TOWER_HAMLETS_COMPANY_ID } from '../../apps/api/src/seed/tower-hamlets';
import { ADMIN_TOKEN, bootApp, testSettings } from './boot';
import { createTestDatabase, seedVariantOf, type DatabaseKind, type TestDatabase } from './databases';

export { ADMIN_TOKEN };
export const COMPANY = TOWER_HAMLETS_COMPANY_ID;

/**
 * The whole service over HTTP on a database of its own: a copy of a template that was seeded once, as
 * on first start, so the app finds the company there and seeds nothing.
 */
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
 * The whole service over HTTP on a database of its own, copied from the template seeded as the
 * settings ask. `logs`: a stream for the service's log lines (see `bootApp`).
 */
export async function startTestApp(
  kind: DatabaseKind,
  overrides: Partial<Settings> = {},
  options: { logs?: NodeJS.WritableStream } = {},
): Promise<TestApp> {
  const wanted = testSettings(overrides);
  const database = await createTestDatabase(kind, seedVariantOf(wanted));
  const settings: Settings = { ...wanted, databaseUrl: database.databaseUrl, dataDir: database.dataDir };
  let app: INestApplication | undefined;
  let tokens: Record<Role, string>;
  try {
    app = await bootApp(settings, options.logs ?? null);
    const tokensService = app.get(TokensService);
    tokens = {
      secretary: ADMIN_TOKEN,
      board: (await tokensService.create('test board member', 'board', 'test')).token,
      auditor: (await tokensService.create('test auditor', 'auditor', 'test')).token,
    };
  } catch (error) {
    // Nothing else can close what was started: the caller never gets it.
    await app?.close().catch(() => undefined);
    await database.drop();
    throw error;
  }
  const orm = app.get<Orm>(ORM);
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
