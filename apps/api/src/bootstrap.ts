import type { INestApplication, NestApplicationOptions } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { Server } from 'node:http';
import { SETTINGS, type Settings } from './config/settings';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { answerClientErrors } from './common/client-error';
import { answerWithError } from './common/error.filter';
import { AppLogger } from './common/logging';
import { REQUEST_LOGGING } from './common/logging.module';
import { methodNotAllowed } from './common/method-not-allowed';
import { ReadBodyInterceptor } from './common/read-body.interceptor';
import { refuseRepeatedHeaders, refuseRepeatedQuery } from './common/single-valued-headers';
import { validationPipe } from './common/validation';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { configureWeb } from './web/configure-web';

/**
 * What every instance of the app is made with: Nest's own body parsers off, so that no body is read
 * before the route's guards have run (API bodies: ReadBodyInterceptor; pages' forms: configureWeb).
 */
export const APP_OPTIONS: NestApplicationOptions = { bodyParser: false };

/** What every instance of the app needs, in the service and in tests alike; the app is made with {@link APP_OPTIONS}. */
export function configureApp(app: INestApplication): INestApplication {
  app.useLogger(app.get(AppLogger));
  // A request whose headers or body stall is answered 408 once REQUEST_TIMEOUT_SECONDS have passed (Node's default: 300 s).
  const server = app.getHttpServer() as Server;
  server.requestTimeout = app.get<Settings>(SETTINGS).requestTimeoutSeconds * 1000;
  server.headersTimeout = Math.min(server.headersTimeout, server.requestTimeout);
  // A request the server cannot read (headers too large, malformed) is answered in the one error shape (client-error.ts).
  answerClientErrors(server);
  // One log line per request, mounted first so that a request refused before any route is logged too.
  app.use(app.get<RequestHandler>(REQUEST_LOGGING));
  // Security headers (helmet), and nothing that names the framework.
  (app as NestExpressApplication).disable('x-powered-by');
  app.use(helmet());
  // A single-valued header (Authorization, Content-Type, Idempotency-Key) sent twice: 400 before anything reads it.
  app.use(refuseRepeatedHeaders);
  // Every query parameter of the API takes one value: one given twice is 400 before any route reads it.
  app.use('/api', refuseRepeatedQuery);
  // API responses carry the registers and personal data: no cache, shared or private, may keep them.
  app.use('/api', (_request: unknown, response: { setHeader(name: string, value: string): void }, next: () => void) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  // A method other than GET or HEAD on a path that is served, but not with it: 405 with Allow, before a page's
  // form check (CSRF) could answer 403 for a form no page takes. GET and HEAD reach the router; ErrorFilter answers those.
  app.use((request: Request, response: Response, next: () => void) => {
    const refusal = request.method === 'GET' || request.method === 'HEAD' ? undefined : methodNotAllowed(request);
    if (refusal) answerWithError(refusal, request, response);
    else next();
  });
  // API bodies are read by their route once its guards have passed (ReadBodyInterceptor).
  app.useGlobalInterceptors(new ReadBodyInterceptor());
  app.useGlobalPipes(validationPipe());
  // The web pages (sessions, CSRF, templates, the design system's files): see docs/web.md.
  configureWeb(app);
  // SIGTERM or SIGINT: the app closes, then the process exits 0 (by default Nest sends the signal again
  // once closed, which ended the process by the signal, exit code null, whenever nothing else held it).
  app.enableShutdownHooks(undefined, { useProcessExit: true });
  // The OpenAPI document is built on its first request, not at start.
  let document: OpenAPIObject | undefined;
  const openApi = () => (document ??= buildOpenApiDocument(app));
  SwaggerModule.setup('docs', app, openApi, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
