import { ArgumentsHost, Catch, HttpException, Logger, NotFoundException, Optional, type ExceptionFilter, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DomainError } from '#domain';
import type { Request, Response } from 'express';
import { AppError, type AppErrorCode } from './app-error';
import { DATABASE_RETRY_AFTER_SECONDS, databaseUnavailability, databaseUnavailableMessage } from './database-unavailable';
import { DOMAIN_ERROR_STATUS } from './domain-error-status';
import { allowedMethodsOf, allowOf, methodNotAllowed } from './method-not-allowed';

/** The one shape every error response has. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
}

export function statusOfAppError(code: AppErrorCode): number {
  switch (code) {
    case 'VALIDATION_FAILED':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
    case 'ROUTE_NOT_FOUND':
      return 404;
    case 'METHOD_NOT_ALLOWED':
      return 405;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'UNSUPPORTED_MEDIA_TYPE':
      return 415;
    case 'REQUEST_HEADER_FIELDS_TOO_LARGE':
      return 431;
    case 'TOO_MANY_REQUESTS':
      return 429;
    case 'CONCURRENT_WRITE':
    case 'ALREADY_RECORDED':
    case 'SHARE_NOT_IN_ISSUE':
    case 'MEETING_NOT_YET_HELD':
      return 409;
    case 'IDEMPOTENCY_KEY_REUSED':
      return 422;
    case 'LEDGER_ENTRY_UNREADABLE':
    case 'PROJECTION_OUT_OF_STEP':
    case 'LEDGER_DOES_NOT_FOLD':
    case 'PERSONAL_RECORD_ALTERED':
      return 500;
    case 'SERVICE_UNAVAILABLE':
      return 503;
  }
}

/**
 * Maps every error to `{statusCode, code, message, details?}`; anything unexpected is logged and is a 500.
 * A request no route answered (the router's 404) whose path is served with other methods is 405.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter, OnApplicationBootstrap {
  constructor(@Optional() private readonly adapterHost?: HttpAdapterHost) {}

  /** The methods each path is served with are read from the router once, when the app has started. */
  onApplicationBootstrap(): void {
    const app = this.adapterHost?.httpAdapter?.getInstance<object>();
    if (app) allowedMethodsOf(app);
  }

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const refusal = error instanceof NotFoundException ? methodNotAllowed(request) : undefined;
    answerWithError(refusal ?? error, request, http.getResponse<Response>());
  }
}

const logger = new Logger('Errors');

/**
 * Answers `request` with `error` in the one error shape (JSON), or, for a browser asking for a page,
 * with the error page of its status. Used by {@link ErrorFilter} and by refusals made before any
 * route runs (a single-valued header sent twice, single-valued-headers.ts).
 */
export function answerWithError(error: unknown, request: Request, response: Response): void {
  const body = toBody(error);
  // The request's log line (pino-http) names the error of a 500, through safeError.
  if (body.statusCode >= 500) response.err = error instanceof Error ? error : new Error(String(error));
  if (body.statusCode === 503) response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
  const allow = allowOf(error);
  if (allow) response.setHeader('Allow', allow.join(', '));
  // A page's form refused before it reached the page (a body too large to read): a page, not JSON.
  if (isPageRequest(request)) {
    // No page's guard has run: whether the visitor has signed in is read from the session, for the link home.
    const signedIn = Boolean((request as Request & { session?: { user?: unknown } }).session?.user);
    const page = { title: body.statusCode === 404 ? 'Page not found' : 'This could not be done', message: pageMessage(body.statusCode), signedIn };
    response.status(body.statusCode).render('error.njk', page, (failed: Error | null, html: string) => (failed ? response.json(body) : response.send(html)));
    return;
  }
  response.status(body.statusCode).json(body);
}

function toBody(error: unknown): ErrorBody {
  if (error instanceof DomainError) {
    return withDetails(DOMAIN_ERROR_STATUS[error.code], error.code, error.message, error.details);
  }
  if (error instanceof AppError) {
    return withDetails(statusOfAppError(error.code), error.code, error.message, error.details);
  }
  if (error instanceof HttpException) {
    // Raised by the framework itself: unknown routes, malformed JSON, bodies over the size limit, the write limit.
    const statusCode = error.getStatus();
    return { statusCode, code: FRAMEWORK_CODES[statusCode] ?? 'BAD_REQUEST', message: error.message };
  }
  const status = (error as { status?: unknown; type?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // body-parser errors (malformed JSON, too large) arrive as plain errors with a status.
    return { statusCode: status, code: FRAMEWORK_CODES[status] ?? 'BAD_REQUEST', message: 'the request body could not be read' };
  }
  // The database refusing connections, shut down or out of space: the request's transaction failed, nothing was saved.
  const unavailable = databaseUnavailability(error);
  if (unavailable) return { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: databaseUnavailableMessage(unavailable) };
  // The logger keeps only what is safe to log of it (see safeError in logging.ts).
  logger.error(error);
  return { statusCode: 500, code: 'INTERNAL_ERROR', message: 'an unexpected error occurred' };
}

/** The code of a refusal by the framework or the body parser, by status; any other 4xx is BAD_REQUEST. */
const FRAMEWORK_CODES: Readonly<Record<number, AppErrorCode>> = {
  404: 'ROUTE_NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

function withDetails(statusCode: number, code: string, message: string, details: unknown): ErrorBody {
  return details === undefined ? { statusCode, code, message } : { statusCode, code, message, details };
}

/** What a page says for a request refused before any page handled it, by status. */
const PAGE_MESSAGES: Readonly<Record<number, string>> = {
  400: 'The form could not be read. Go back and try again.',
  404: 'There is no such page.',
  405: 'This page cannot be used that way, so nothing was done. Go back and use the page\'s own links and buttons.',
  413: 'What was sent is too large: shorten the text, or send a smaller file.',
  415: 'The form could not be read. Go back and try again.',
  429: 'Too many requests at once: wait a minute and try again.',
  500: 'Try again later. Nothing was saved.',
  503: 'The service cannot reach its database just now. Nothing was saved: try again in a minute.',
};

/** What a page says for a request refused before any page handled it (its status's words, else a 500's). */
export function pageMessage(status: number): string {
  return PAGE_MESSAGES[status] ?? PAGE_MESSAGES[500]!;
}

/** A browser asking for a page (not the API, and HTML preferred to JSON). */
function isPageRequest(request: Request | undefined): boolean {
  return request !== undefined && typeof request.path === 'string' && !request.path.startsWith('/api') && request.accepts(['json', 'html']) === 'html';
}
