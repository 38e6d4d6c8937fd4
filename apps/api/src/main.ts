import './compile-cache';
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configureApp } from './bootstrap';
import { safeError } from './common/logging';
import { validateEnvironment } from './config/environment';
import { SETTINGS, type Settings } from './config/settings';

async function main(): Promise<void> {
  // The configuration module validates again, with any .env file; checking first gives a wrong
  // variable one plain message before anything else loads.
  validateEnvironment(process.env);
  const { AppModule } = await import('./app.module.js');
  // Nest's own lines wait for the app's logger; a failure reaches the handler below instead of aborting.
  const app = configureApp(await NestFactory.create(AppModule, { bufferLogs: true, abortOnError: false }));
  const settings = app.get<Settings>(SETTINGS);
  await app.listen(settings.port, settings.host);
  const { port } = app.getHttpServer().address() as AddressInfo;
  // performance.now() counts from the start of the process.
  Logger.log(
    `ready on http://${settings.host}:${port} in ${Math.round(performance.now())} ms (database: ${settings.databaseUrl ? 'postgresql' : 'pglite'})`,
    'Main',
  );
}

main().catch((error: unknown) => {
  if (error instanceof Error && error.message.startsWith('Configuration refused')) console.error(error.message);
  else console.error('The service could not start:', safeError(error));
  process.exit(1);
});
