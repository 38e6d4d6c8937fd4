/**
 * Writes the OpenAPI document of the built app to a file (default dist/openapi.json), for
 * `npm run lint:openapi` (Redocly) and `npm run openapi:types` (the typed client of the tests):
 *
 *   node dist/scripts/write-openapi.js [file]
 *
 * The app is created on an embedded database in a fresh temporary directory (from the pre-migrated
 * template) and never initialised: no migration, no seed, no port.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';

async function main(): Promise<void> {
  const file = process.argv[2] ?? join(__dirname, '..', 'openapi.json');
  const dataDir = mkdtempSync(join(tmpdir(), 'cic-openapi-'));
  Object.assign(process.env, { DATA_DIR: dataDir, LOG_LEVEL: 'error' });
  delete process.env.DATABASE_URL;
  try {
    const { AppModule } = await import('../apps/api/src/app.module.js');
    const { APP_OPTIONS, configureApp } = await import('../apps/api/src/bootstrap.js');
    const { buildOpenApiDocument } = await import('../apps/api/src/openapi/openapi-document.js');
    const app = configureApp(await NestFactory.create(AppModule, { ...APP_OPTIONS, logger: ['error', 'fatal'] }));
    writeFileSync(file, `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`);
    await app.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
