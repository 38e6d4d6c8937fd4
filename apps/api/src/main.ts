import './compile-cache';
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { APP_OPTIONS, configureApp } from './bootstrap';
import { safeError } from './common/logging';
import { validateEnvironment } from './config/environment';
import { SETTINGS, type Settings } from './config/settings';
import { DataDirectoryInUseError, DataDirectoryRefusedError } from './database/data-directory';
import { startupDatabaseMessage } from './database/startup-error';

async function main(): Promise<void> {
  // The configuration module validates again, with any .env file; checking first gives a wrong
  // variable one plain message before anything else loads.
  validateEnvironment(process.env);
  const { AppModule } = await import('./app.module.js');
  // Nest's own lines wait for the app's logger, and are dropped if the start fails: then the one
  // message below says why. A failure reaches it instead of aborting the process.
  const nest = await NestFactory.create(AppModule, { ...APP_OPTIONS, bufferLogs: true, autoFlushLogs: false, abortOnError: false });
  const app = configureApp(nest);
  app.flushLogs();
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
  const database = startupDatabaseMessage(error, process.env.DATABASE_URL);
  if (database) {
    // One line, as the log's own lines are (JSON when LOG_FORMAT=json), and no stack.
    console.error(process.env.LOG_FORMAT === 'json' ? JSON.stringify({ level: 60, time: Date.now(), context: 'Main', msg: database }) : database);
  } else if (error instanceof DataDirectoryInUseError || error instanceof DataDirectoryRefusedError || (error instanceof Error && error.message.startsWith('Configuration refused'))) {
    console.error(error.message);
  } else {
    const { stack, message, code } = safeError(error);
    console.error(`The service could not start${code ? ` (${String(code)})` : ''}: ${String(stack ?? message)}`);
  }
  process.exit(1);
});
