import type { Request } from 'express';

/** The body types the API reads: JSON everywhere, CSV where a route says so (TUPE staff lists, past filings). */
const READABLE = ['application/json', 'text/csv'];

/** The `charset` parameter of a Content-Type header, lower-cased, quotes removed; undefined when none is given. */
export function declaredCharset(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
  return match ? (match[1] ?? match[2]).toLowerCase() : undefined;
}

/** True when the request carries a body (a length over 0, or one sent in chunks). */
export function hasBody(request: Request): boolean {
  return Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
}

/**
 * Why an API request's body cannot be read, or null when it can (or there is none): a body of another
 * type (`text/plain`, a form), which the body parsers would skip, leaving the route an empty body to
 * answer with a list of missing fields instead of saying what is wrong; or a JSON or CSV body declared
 * in a charset other than UTF-8 (`utf-16le`, `latin1`), which the parsers would decode in that charset
 * or fail on as malformed JSON, where the API reads UTF-8 only. A body with no charset is read as UTF-8.
 * Answered with 415 `UNSUPPORTED_MEDIA_TYPE`.
 */
export function unreadableBodyType(request: Request): string | null {
  if (!hasBody(request)) return null;
  const contentType = request.headers['content-type'];
  if (!request.is(READABLE)) return `the request body is ${contentType ?? 'of no stated type'}; send application/json (or text/csv where the route takes it)`;
  const charset = declaredCharset(contentType);
  if (charset !== undefined && charset !== 'utf-8') return `the request body is declared in charset ${charset}; send it in UTF-8 (charset=utf-8, or no charset)`;
  return null;
}
