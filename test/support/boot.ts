import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../apps/api/src/app.module';
import { APP_OPTIONS, configureApp } from '../../apps/api/src/bootstrap';
import { LOG_DESTINATION } from '../../apps/api/src/common/logging.module';
import { SETTINGS, settingsFromEnv, type Settings } from '../../apps/api/src/config/settings';

/** The secretary token every test app accepts (stored, as its hash, in each seeded template). */
export const ADMIN_TOKEN = 'test-secretary-token-0123456789';

/**
 * The settings of a test app: the defaults of an empty environment with what tests need instead,
 * then `overrides`. The seed gives the company and its shares only unless a test asks for more, and
 * the throttles are off (tests send many failed authentications and writes from one address;
 * security.e2e-spec turns them on). Only failures reach the test output.
 */
export function testSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    ...settingsFromEnv({}),
    port: 0,
    adminToken: ADMIN_TOKEN,
    seed: true,
    seedAlliance: false,
    seedFilings: false,
    throttleAuthFailures: 0,
    throttleWrites: 0,
    logLevel: 'error',
    logFormat: 'json',
    ...overrides,
  };
}

/**
 * The whole service on the given settings, configured as `main.ts` configures it, and initialised:
 * migrations run and, on an empty database with `seed`, the Tower Hamlets company is seeded.
 * `logs`: a stream that receives the service's log lines instead of standard output (nestjs-pino
 * keeps one logger per process, made for the first app: a file that reads logs passes one stream,
 * and the same log settings, to every app it starts; a template's seeding app is loaded apart from
 * the file's modules, see databases.ts).
 */
export async function bootApp(settings: Settings, logs: NodeJS.WritableStream | null = null): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(SETTINGS)
    .useValue(settings)
    .overrideProvider(LOG_DESTINATION)
    .useValue(logs)
    .compile();
  const app = configureApp(moduleRef.createNestApplication({ ...APP_OPTIONS, logger: ['error', 'fatal'] }));
  await app.init();
  return app;
}
