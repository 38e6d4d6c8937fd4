import './compile-cache';
import 'reflect-metadata';
import { createServer, type AddressInfo } from 'node:net';
import type { Server } from 'node:http';
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
  const environment = validateEnvironment(process.env);
  // A port already in use is found before anything is made (a secretary token, a signing key).
  await portFree(environment.PORT, environment.HOST ?? (environment.DATABASE_URL ? '0.0.0.0' : '127.0.0.1'));
  const { AppModule } = await import('./app.module.js');
  // Nest's own lines wait for the app's logger, and are dropped if the start fails: then the one
  // message below says why. A failure reaches it instead of aborting the process.
  const nest = await NestFactory.create(AppModule, { ...APP_OPTIONS, bufferLogs: true, autoFlushLogs: false, abortOnError: false });
  const app = configureApp(nest);
  app.flushLogs();
  const settings = app.get<Settings>(SETTINGS);
  await app.listen(settings.port, settings.host);
  const server = app.getHttpServer() as Server;
  const { port } = server.address() as AddressInfo;
  // SIGTERM or SIGINT: the server stops taking connections, finishes those in hand, then the app closes.
  server.once('close', () => Logger.log('stopped', 'Main'));
  // performance.now() counts from the start of the process.
  Logger.log(
    `ready on http://${settings.host}:${port} in ${Math.round(performance.now())} ms (database: ${settings.databaseUrl ? 'postgresql' : 'pglite'})`,
    'Main',
  );
}

/** Throws PortInUseError when `port` on `host` is taken (0: any free port, never taken). */
function portFree(port: number, host: string): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' || error.code === 'EACCES' ? new PortInUseError(`PORT ${port} on ${host} cannot be used (${error.code}): another process has it, or it needs privileges; stop that process or set PORT to another port.`) : error),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

class PortInUseError extends Error {}

main().catch((error: unknown) => {
  const database = startupDatabaseMessage(error, process.env.DATABASE_URL);
  if (database) {
    // One line, as the log's own lines are (JSON when LOG_FORMAT=json), and no stack.
    console.error(process.env.LOG_FORMAT === 'json' ? JSON.stringify({ level: 60, time: Date.now(), context: 'Main', msg: database }) : database);
  } else if (error instanceof PortInUseError || error instanceof DataDirectoryInUseError || error instanceof DataDirectoryRefusedError || (error instanceof Error && error.message.startsWith('Configuration refused'))) {
    console.error(error.message);
  } else {
    const { stack, message, code } = safeError(error);
    console.error(`The service could not start${code ? ` (${String(code)})` : ''}: ${String(stack ?? message)}`);
  }
  process.exit(1);
});
