import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { AppLogger } from './common/logging';
import { REQUEST_LOGGING } from './common/logging.module';
import { requireReadableBody } from './common/request-body-type';
import { validationPipe } from './common/validation';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { configureWeb } from './web/configure-web';

const SHARE_EVENTS_BATCH = /^\/companies\/[^/]+\/share-events\/batch\/?$/;

/** What every instance of the app needs, in the service and in tests alike. */
export function configureApp(app: INestApplication): INestApplication {
  app.useLogger(app.get(AppLogger));
  // One log line per request, mounted first so that a request refused before any route is logged too.
  app.use(app.get<RequestHandler>(REQUEST_LOGGING));
  // Security headers (helmet), and nothing that names the framework.
  (app as NestExpressApplication).disable('x-powered-by');
  app.use(helmet());
  // API responses carry the registers and personal data: no cache, shared or private, may keep them.
  app.use('/api', (_request: unknown, response: { setHeader(name: string, value: string): void }, next: () => void) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use('/api', requireReadableBody);
  // TUPE staff lists arrive as the transferor's spreadsheet in CSV; larger bodies are a 413.
  (app as NestExpressApplication).useBodyParser('text', { type: 'text/csv', limit: '5mb' });
  // A batch of share events (up to 10,000 of them) is read up to 8 MB; every other JSON body up to the default 100 kB.
  const batchBody = express.json({ limit: '8mb' });
  app.use('/api', (request: Request, response: Response, next: NextFunction) => (SHARE_EVENTS_BATCH.test(request.path) ? batchBody(request, response, next) : next()));
  app.useGlobalPipes(validationPipe());
  // The web pages (sessions, CSRF, templates, the design system's files): see docs/web.md.
  configureWeb(app);
  app.enableShutdownHooks();
  // The OpenAPI document is built on its first request, not at start.
  let document: OpenAPIObject | undefined;
  const openApi = () => (document ??= buildOpenApiDocument(app));
  SwaggerModule.setup('docs', app, openApi, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
