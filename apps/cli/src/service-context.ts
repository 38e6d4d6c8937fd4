import { ConsoleLogger, type INestApplicationContext, type LoggerService } from '@nestjs/common';
import { DataDirectoryInUseError } from '../../api/src/database/data-directory';

/**
 * Nest's errors and fatal errors, except a data directory in use, which the command line words itself
 * in one line (Nest would print it again with its stack).
 */
function commandLogger(): LoggerService {
  const logger = new ConsoleLogger({ logLevels: ['error', 'fatal'] });
  const expected = (message: unknown) => message instanceof DataDirectoryInUseError;
  return {
    log: () => {},
    warn: () => {},
    error: (message: unknown, ...rest: unknown[]) => (expected(message) ? undefined : logger.error(message, ...rest)),
    fatal: (message: unknown, ...rest: unknown[]) => (expected(message) ? undefined : logger.fatal(message, ...rest)),
  };
}

/**
 * Runs `work` with the service's modules on the database the service uses (DATABASE_URL for
 * PostgreSQL, else PGlite in DATA_DIR), without its HTTP server: the same migrations, the same
 * first-start seed, the same services and rules. On PGlite the data directory's lock is taken as the
 * service takes it, so the command refuses at once while the service runs on that directory.
 * Logs below warnings are left out unless LOG_LEVEL says otherwise; the context is closed afterwards.
 */
export async function withService<T>(work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  process.env.LOG_LEVEL ??= 'warn';
  // Loaded here, not at the top: the offline commands never need Nest or the ORM.
  await import('reflect-metadata');
  const { validateEnvironment } = await import('../../api/src/config/environment.js');
  const { NestFactory } = await import('@nestjs/core');
  validateEnvironment(process.env);
  const { AppModule } = await import('../../api/src/app.module.js');
  const app = await NestFactory.createApplicationContext(AppModule, { logger: commandLogger(), abortOnError: false });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}
