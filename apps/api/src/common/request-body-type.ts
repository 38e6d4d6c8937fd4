import type { Request } from 'express';

/** The body type of a route that declares none (`@ApiConsumes`): every API route takes JSON. */
export const JSON_ONLY: readonly string[] = ['application/json'];

/** Strict UTF-8: a byte sequence that is not UTF-8 is an error, never U+FFFD; a leading byte-order mark is dropped. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The `charset` parameter of a Content-Type header, lower-cased, quotes removed; undefined when none is given. */
export function declaredCharset(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
  return match ? (match[1] ?? match[2]).toLowerCase() : undefined;
}

/**
 * True when a charset names UTF-8 under any of the labels the WHATWG Encoding Standard gives it
 * (`utf-8`, `utf8`, `unicode-1-1-utf-8`, in any case), as browsers and HTTP clients read them.
 */
export function isUtf8Label(charset: string): boolean {
  try {
    return new TextDecoder(charset).encoding === 'utf-8';
  } catch {
    return false;
  }
}

/** The text of bytes sent as UTF-8, or null when they are not UTF-8 (an `\xff`, a truncated sequence, an encoded surrogate). */
export function utf8Text(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * True when a urlencoded form is UTF-8 both in its bytes and in the bytes its `%XX` escapes stand
 * for: a form field's `%FF` would otherwise be kept as the three characters `%FF`, and a raw `\xff`
 * read as U+FFFD.
 */
export function isUtf8Form(bytes: Buffer): boolean {
  const unescaped = bytes.toString('latin1').replace(/%([0-9a-f]{2})/gi, (_escape, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return utf8Text(Buffer.from(unescaped, 'latin1')) !== null;
}

/** True when the request carries a body (a length over 0, or one sent in chunks). */
export function hasBody(request: Request): boolean {
  return Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
}

/**
 * Why an API request's body cannot be read, or null when it can (or there is none): a body of a type
 * the route does not take (`text/plain`, a form, CSV on a JSON-only route), which would otherwise
 * reach the route as something else and be answered with a list of missing fields instead of saying
 * what is wrong; or a body declared in a charset other than UTF-8 (`utf-16le`, `latin1`), where the
 * API reads UTF-8 only. A body with no charset is read as UTF-8. Answered with 415 `UNSUPPORTED_MEDIA_TYPE`.
 * `accepted`: the media types the route takes (its `@ApiConsumes`, or JSON).
 */
export function unreadableBodyType(request: Request, accepted: readonly string[]): string | null {
  if (!hasBody(request)) return null;
  const contentType = request.headers['content-type'];
  if (!request.is([...accepted])) return `the request body is ${contentType ?? 'of no stated type'}; this route takes ${accepted.join(' or ')}`;
  const charset = declaredCharset(contentType);
  if (charset !== undefined && !isUtf8Label(charset)) return `the request body is declared in charset ${charset}; send it in UTF-8 (charset=utf-8, or no charset)`;
  return null;
}
