import './compile-cache';
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { configureApp } from './bootstrap';
import { settingsFromEnv } from './config/settings';

async function main(): Promise<void> {
  const settings = settingsFromEnv();
  const app = configureApp(await NestFactory.create(AppModule, { bufferLogs: false }));
  await app.listen(settings.port);
  const { port } = app.getHttpServer().address() as AddressInfo;
  // performance.now() counts from the start of the process.
  Logger.log(
    `ready on http://localhost:${port} in ${Math.round(performance.now())} ms (database: ${settings.databaseUrl ? 'postgresql' : 'pglite'})`,
    'Main',
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
