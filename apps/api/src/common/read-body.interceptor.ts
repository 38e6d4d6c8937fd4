import { STATUS_CODES } from 'node:http';
import { HttpException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import express, { type RequestHandler, type Request, type Response } from 'express';
import type { Observable } from 'rxjs';
import { AppError } from './app-error';
import { hasBody, unreadableBodyType } from './request-body-type';

/** A batch of share events (up to 10,000 of them) is read up to 8 MB; every other JSON body up to 100 kB. */
const SHARE_EVENTS_BATCH = /^\/api\/companies\/[^/]+\/share-events\/batch\/?$/;
const batchJson = express.json({ limit: '8mb' });
const json = express.json({ limit: '100kb' });
/** TUPE staff lists arrive as the transferor's spreadsheet in CSV; larger bodies are a 413. */
const csv = express.text({ type: 'text/csv', limit: '5mb' });

/**
 * Reads an API request's body once the route is known and its guards have let the caller through, so a
 * request without a valid token is a 401, and a token without the route's role a 403, before anything
 * is read of its body; then a body of the wrong type or charset is a 415, one too large a 413 and
 * malformed JSON a 400, each logged with its route like any other answer of that route. The app is made
 * with Nest's own body parsers off (`APP_OPTIONS`); a page's form is read before its CSRF check
 * instead (configure-web.ts), and a file by its route.
 */
export class ReadBodyInterceptor implements NestInterceptor {
  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() === 'http') {
      const http = context.switchToHttp();
      await readApiBody(http.getRequest<Request>(), http.getResponse<Response>());
    }
    return next.handle();
  }
}

async function readApiBody(request: Request, response: Response): Promise<void> {
  if (!request.path.startsWith('/api/') || !hasBody(request)) return;
  const refusal = unreadableBodyType(request);
  if (refusal !== null) throw new AppError('UNSUPPORTED_MEDIA_TYPE', refusal);
  const parser: RequestHandler = request.is('text/csv') ? csv : SHARE_EVENTS_BATCH.test(request.path) ? batchJson : json;
  await new Promise<void>((resolve, reject) => parser(request, response, (error?: unknown) => (error === undefined ? resolve() : reject(asRefusal(error)))));
}

/**
 * A body parser's refusal (malformed JSON, too large, an unknown content encoding) as the framework
 * gives it when its own parsers refuse: an HttpException with the parser's status and message, unless
 * the parser marks the message as not for the client.
 */
function asRefusal(error: unknown): unknown {
  const { status, expose, message } = error as { status?: unknown; expose?: unknown; message?: unknown };
  if (typeof status !== 'number' || status >= 500) return error;
  return new HttpException(expose === false ? (STATUS_CODES[status] ?? 'Bad request') : String(message), status, { cause: error });
}
