import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/bootstrap';
import { SETTINGS, type Settings } from '../../apps/api/src/config/settings';

/** The secretary token every test app accepts (stored, as its hash, in each seeded template). */
export const ADMIN_TOKEN = 'test-secretary-token-0123456789';

/**
 * The whole service on the given settings, configured as `main.ts` configures it, and initialised:
 * migrations run and, on an empty database with `seed`, the Tower Hamlets company is seeded.
 */
export async function bootApp(settings: Settings): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(SETTINGS)
    .useValue(settings)
    .compile();
  const app = configureApp(moduleRef.createNestApplication({ logger: ['error', 'fatal'] }));
  await app.init();
  return app;
}
