import './compile-cache';
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configureApp } from './bootstrap';
import { validateEnvironment } from './config/environment';
import { SETTINGS, type Settings } from './config/settings';

async function main(): Promise<void> {
  // The configuration module validates again, with any .env file; checking first gives a wrong
  // variable one plain message before anything else loads.
  validateEnvironment(process.env);
  const { AppModule } = await import('./app.module.js');
  const app = configureApp(await NestFactory.create(AppModule, { abortOnError: false }));
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
  console.error(error instanceof Error && error.message.startsWith('Configuration refused') ? error.message : error);
  process.exit(1);
});
