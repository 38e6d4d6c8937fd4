import type { NextFunction, Request, Response } from 'express';
import { AppError } from './app-error';
import { answerWithError } from './error.filter';
import { IDEMPOTENCY_KEY_HEADER } from './idempotency-key';

/**
 * The request headers that carry one value (RFC 9110 §5.3: a field that is not a list may be sent
 * once): the bearer token, the body's media type and the write's idempotency key. Node keeps the first
 * `Authorization` or `Content-Type` of two and joins two `Idempotency-Key`s with ", ", so which one
 * the service read would be a guess.
 */
export const SINGLE_VALUED_HEADERS: readonly string[] = ['Authorization', 'Content-Type', IDEMPOTENCY_KEY_HEADER];

/**
 * The single-valued headers a request sent more than once, by name as listed in
 * {@link SINGLE_VALUED_HEADERS}, read from its header lines as sent (`rawHeaders`: name, value, name,
 * value …; names in any case). Empty when each was sent once or not at all.
 */
export function repeatedHeaders(rawHeaders: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i]!.toLowerCase();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return SINGLE_VALUED_HEADERS.filter((name) => (counts.get(name.toLowerCase()) ?? 0) > 1);
}

/**
 * Refuses, before any route, guard or body parser runs, a request that sends a single-valued header
 * more than once: `VALIDATION_FAILED` (400) naming each such header in `details` (`{field, problems}`,
 * as a bad `Idempotency-Key` is refused), or for a page the 400 error page. Nothing is read or done.
 */
export function refuseRepeatedHeaders(request: Request, response: Response, next: NextFunction): void {
  refuseRepeated(repeatedHeaders(request.rawHeaders), { noun: 'header', verb: 'sent' }, request, response, next);
}

/**
 * Refuses, before any route runs, an API request that gives a query parameter more than once
 * (`?asAt=2026-12-01&asAt=2026-12-02`), or in the bracket form (`asAt[]=…`): every query parameter of
 * the API takes one value, so which one was meant would be a guess. `VALIDATION_FAILED` (400) naming
 * each such parameter in `details` (`{field, problems}`); nothing is read or done.
 */
export function refuseRepeatedQuery(request: Request, response: Response, next: NextFunction): void {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const repeated = Object.keys(query).filter((name) => typeof query[name] !== 'string');
  refuseRepeated(repeated, { noun: 'query parameter', verb: 'given' }, request, response, next);
}

/** Passes the request on when nothing was repeated; else answers `VALIDATION_FAILED` naming each repeated field. */
function refuseRepeated(
  repeated: readonly string[],
  words: { readonly noun: string; readonly verb: string },
  request: Request,
  response: Response,
  next: NextFunction,
): void {
  if (repeated.length === 0) return next();
  const many = repeated.length > 1;
  const message = `the ${repeated.join(' and ')} ${words.noun}${many ? 's were' : ' was'} ${words.verb} more than once; ${many ? 'each takes' : 'it takes'} one value`;
  const details = repeated.map((field) => ({ field, problems: [`${field} must be ${words.verb} once`] }));
  response.setHeader('Cache-Control', 'no-store');
  answerWithError(new AppError('VALIDATION_FAILED', message, details), request, response);
}
