import type { NextFunction, Request, Response } from 'express';
import type { ErrorBody } from './error.filter';

/** The body types the API reads: JSON everywhere, CSV where a route says so (TUPE staff lists, past filings). */
const READABLE = ['application/json', 'text/csv'];

/** The `charset` parameter of a Content-Type header, lower-cased, quotes removed; undefined when none is given. */
export function declaredCharset(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
  return match ? (match[1] ?? match[2]).toLowerCase() : undefined;
}

/**
 * Refuses, with 415 `UNSUPPORTED_MEDIA_TYPE`, an API request that carries a body of another type
 * (`text/plain`, a form): the body parsers would skip it and the route would see an empty body,
 * answering with a list of missing fields instead of saying what is wrong. A JSON or CSV body declared
 * in a charset other than UTF-8 (`utf-16le`, `latin1`) is refused the same way: the parsers would
 * decode it in that charset, or fail on it as malformed JSON, where the API reads UTF-8 only. A body
 * with no charset is read as UTF-8. Bodiless requests pass.
 */
export function requireReadableBody(request: Request, response: Response, next: NextFunction): void {
  const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  if (!hasBody) {
    next();
    return;
  }
  const contentType = request.headers['content-type'];
  const charset = declaredCharset(contentType);
  if (!request.is(READABLE)) {
    refuse(response, `the request body is ${contentType ?? 'of no stated type'}; send application/json (or text/csv where the route takes it)`);
  } else if (charset !== undefined && charset !== 'utf-8') {
    refuse(response, `the request body is declared in charset ${charset}; send it in UTF-8 (charset=utf-8, or no charset)`);
  } else {
    next();
  }
}

function refuse(response: Response, message: string): void {
  const body: ErrorBody = { statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message };
  response.status(415).json(body);
}
