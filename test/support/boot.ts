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
  if (!settings.databaseUrl) holdsDirectory(settings.dataDir, app);
  await app.init();
  return app;
}

/**
 * The apps running on each PGlite data directory, kept on `globalThis` because Jest gives every test
 * file (and every seeding app, see databases.ts) modules of its own. A test file whose `beforeAll`
 * fails after its app started never closes that app; removing the directory under it would make the
 * app lose its data directory's lock, which stops the whole process (and the test run) by design.
 * `closeAppsOn` lets a database's `drop()` close such an app first.
 */
const running: Map<string, Set<INestApplication>> = ((globalThis as { cicTestApps?: Map<string, Set<INestApplication>> }).cicTestApps ??= new Map());

function holdsDirectory(dataDir: string, app: INestApplication): void {
  const apps = running.get(dataDir) ?? new Set<INestApplication>();
  running.set(dataDir, apps.add(app));
  const close = app.close.bind(app);
  app.close = async () => {
    apps.delete(app);
    await close();
  };
}

/** Closes every app still running on `dataDir` (one left by a failed set-up), so that the directory can go. */
export async function closeAppsOn(dataDir: string): Promise<void> {
  for (const app of running.get(dataDir) ?? []) await app.close().catch(() => undefined);
  running.delete(dataDir);
}
