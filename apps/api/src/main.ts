import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { configureApp } from './bootstrap';
import { settingsFromEnv } from './config/settings';

async function main(): Promise<void> {
  const settings = settingsFromEnv();
  const app = configureApp(await NestFactory.create(AppModule, { bufferLogs: false }));
  await app.listen(settings.port);
  Logger.log(
    `listening on http://localhost:${settings.port} (database: ${settings.databaseUrl ? 'PostgreSQL' : `PGlite in ${settings.dataDir}`}); API docs at /docs`,
    'Main',
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
