import { STATUS_CODES } from 'node:http';
import { HttpException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';
import express, { type RequestHandler, type Request, type Response } from 'express';
import { createScanner, SyntaxKind } from 'jsonc-parser';
import type { Observable } from 'rxjs';
import { AppError } from './app-error';
import { hasBody, JSON_ONLY, unreadableBodyType, utf8Text } from './request-body-type';

/** A batch of share events (up to 10,000 of them) is read up to 8 MB; every other JSON body up to 100 kB. */
const SHARE_EVENTS_BATCH = /^\/api\/companies\/[^/]+\/share-events\/batch\/?$/;
const batchBytes = express.raw({ type: () => true, limit: '8mb' });
const jsonBytes = express.raw({ type: () => true, limit: '100kb' });
/** TUPE staff lists arrive as the transferor's spreadsheet in CSV; larger bodies are a 413. */
const csvBytes = express.raw({ type: () => true, limit: '5mb' });
/** The content codings the body parser reads (besides none). */
const CONTENT_CODINGS = 'gzip, deflate, br or zstd';

/**
 * Reads an API request's body once the route is known and its guards have let the caller through, so a
 * request without a valid token is a 401, and a token without the route's role a 403, before anything
 * is read of its body. Then a body of a type the route does not take (its `@ApiConsumes`, or JSON), in
 * a charset other than UTF-8 or in a content coding not read is a 415; one too large a 413; and one
 * that is not UTF-8, not in the coding its Content-Encoding names, not JSON or not a JSON object a
 * 400: each logged with its route like any other answer of that route, and nothing of it reaches the
 * route. The app is made with Nest's own body parsers off (`APP_OPTIONS`); a page's form is read
 * before its CSRF check instead (configure-web.ts), and a file by its route.
 */
export class ReadBodyInterceptor implements NestInterceptor {
  private readonly reflector = new Reflector();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() === 'http') {
      const http = context.switchToHttp();
      const accepted = this.reflector.getAllAndOverride<string[] | undefined>(DECORATORS.API_CONSUMES, [context.getHandler(), context.getClass()]) ?? JSON_ONLY;
      await readApiBody(http.getRequest<Request>(), http.getResponse<Response>(), accepted);
    }
    return next.handle();
  }
}

async function readApiBody(request: Request, response: Response, accepted: readonly string[]): Promise<void> {
  if (!request.path.startsWith('/api/') || !hasBody(request)) return;
  const refusal = unreadableBodyType(request, accepted);
  if (refusal !== null) throw new AppError('UNSUPPORTED_MEDIA_TYPE', refusal);
  const csv = request.is('text/csv') !== false;
  const reader: RequestHandler = csv ? csvBytes : SHARE_EVENTS_BATCH.test(request.path) ? batchBytes : jsonBytes;
  await new Promise<void>((resolve, reject) => reader(request, response, (error?: unknown) => (error === undefined ? resolve() : reject(asRefusal(error, request)))));
  const text = utf8Text(Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0));
  if (text === null) throw badBody('the request body is not valid UTF-8: send its text encoded in UTF-8');
  request.body = csv ? text.normalize('NFC') : jsonObject(text);
}

/** A string value in NFC: how names are stored, so "Nguyễn" typed decomposed is recorded as typed precomposed (see jsonObject). */
const toNfc = (_key: string, value: unknown): unknown => (typeof value === 'string' ? value.normalize('NFC') : value);

/**
 * A JSON body as its route reads it: an object; an empty body is an empty object, as no body is no fields.
 * Its text is put in Unicode NFC (W3C character model): a name typed with combining accents is stored as
 * the same name typed with accented letters, and prints and exports as one. A `\u` escape is read before
 * it can be normalised, so a body holding one has each string value normalised after parsing as well.
 */
function jsonObject(raw: string): object {
  if (raw.length === 0) return {};
  const text = raw.normalize('NFC');
  let value: unknown;
  try {
    value = JSON.parse(text, text.includes('\\u') ? toNfc : undefined);
  } catch (error) {
    throw badBody(`the request body is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badBody(`the request body must be a JSON object ({...}), not ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}`);
  const repeated = repeatedNames(text);
  if (repeated.length > 0) {
    // JSON.parse keeps the last of a name given twice: a field sent twice would be half-read, so it is refused, as a form's is.
    throw new AppError('VALIDATION_FAILED', 'the request body names a field more than once', repeated.slice(0, 5).map((field) => ({ field, problems: [`${field} is sent more than once; it takes one value`] })));
  }
  return value;
}

/**
 * The paths (`holder.name`, `events.2.effectiveOn`) of the names an object of the JSON `text` (already
 * parsed, so well formed) gives more than once, in the order met. Read token by token with a stack of
 * its own, so that a body nested thousands deep costs no call stack.
 */
export function repeatedNames(text: string): string[] {
  /** An object (its names so far, awaiting a name) or an array; `at`, the name or index being read in it. */
  const open: { names: Set<string> | null; at: string | number; awaitingName: boolean }[] = [];
  const repeated: string[] = [];
  const scanner = createScanner(text, true);
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    const top = open.at(-1);
    if (token === SyntaxKind.OpenBraceToken) open.push({ names: new Set(), at: '', awaitingName: true });
    else if (token === SyntaxKind.OpenBracketToken) open.push({ names: null, at: 0, awaitingName: false });
    else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) open.pop();
    else if (token === SyntaxKind.CommaToken && top !== undefined) {
      if (top.names === null) top.at = (top.at as number) + 1;
      else top.awaitingName = true;
    } else if (token === SyntaxKind.StringLiteral && top?.names && top.awaitingName) {
      const name = scanner.getTokenValue();
      if (top.names.has(name)) repeated.push([...open.slice(0, -1).map((o) => o.at), name].join('.'));
      top.names.add(name);
      top.at = name;
      top.awaitingName = false;
    }
  }
  return repeated;
}

function badBody(message: string): HttpException {
  return new HttpException(message, 400);
}

/**
 * A body parser's refusal as the framework gives it when its own parsers refuse: an HttpException with
 * the parser's status and message, unless the parser marks the message as not for the client; and in
 * words of its own, a content coding the parser does not read (415) or a body that is not in the
 * coding its Content-Encoding names (400; zlib's own words are "incorrect header check").
 */
function asRefusal(error: unknown, request: Request): unknown {
  const { status, expose, message, type, errno } = error as { status?: unknown; expose?: unknown; message?: unknown; type?: unknown; errno?: unknown };
  const coding = String(request.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (type === 'encoding.unsupported') return new AppError('UNSUPPORTED_MEDIA_TYPE', `the request body is sent with Content-Encoding ${coding}, which the service does not read; send it uncompressed, or compressed with ${CONTENT_CODINGS}`);
  if (status === 400 && typeof errno === 'number' && coding !== 'identity') return badBody(`the request body is not valid ${coding} data, as its Content-Encoding says: send it compressed with ${coding}, or uncompressed without Content-Encoding`);
  if (typeof status !== 'number' || status >= 500) return error;
  return new HttpException(expose === false ? (STATUS_CODES[status] ?? 'Bad request') : String(message), status, { cause: error });
}
