import type { NextFunction, Request, Response } from 'express';
import type { ErrorBody } from './error.filter';

/** The body types the API reads: JSON everywhere, CSV where a route says so (TUPE staff lists, past filings). */
const READABLE = ['application/json', 'text/csv'];

/**
 * Refuses, with 415 `UNSUPPORTED_MEDIA_TYPE`, an API request that carries a body of another type
 * (`text/plain`, a form): the body parsers would skip it and the route would see an empty body,
 * answering with a list of missing fields instead of saying what is wrong. Bodiless requests pass.
 */
export function requireReadableBody(request: Request, response: Response, next: NextFunction): void {
  const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  if (!hasBody || request.is(READABLE)) {
    next();
    return;
  }
  const body: ErrorBody = {
    statusCode: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: `the request body is ${request.headers['content-type'] ?? 'of no stated type'}; send application/json (or text/csv where the route takes it)`,
  };
  response.status(415).json(body);
}
