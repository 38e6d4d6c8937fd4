import { createHash } from 'node:crypto';
import { applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { canonicalJson, type Json } from '#domain';
import type { Request } from 'express';
import type { Caller } from '../auth/roles';
import type { RequestKey } from '../ledger/request-keys';
import { AppError } from './app-error';

/** The header's name (IETF draft "The Idempotency-Key HTTP Header Field"). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** 1–255 printable ASCII characters (space to tilde). */
const KEY = /^[\x20-\x7e]{1,255}$/;

/**
 * The key a request carries in its `Idempotency-Key` header: the value as sent, or the content of a
 * structured-field string (`"…"`, its `\"` and `\\` unescaped) as the draft writes it; undefined without the header. Throws
 * `VALIDATION_FAILED` (400) naming the header when it is empty, longer than 255 characters or not
 * printable ASCII. (A header sent twice never reaches a route: `refuseRepeatedHeaders` answers it.)
 */
export function idempotencyKeyOf(request: Request): string | undefined {
  const raw = request.get(IDEMPOTENCY_KEY_HEADER);
  if (raw === undefined) return undefined;
  const value = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? sfStringContent(raw.slice(1, -1)) : raw;
  if (value === null || !KEY.test(value) || value.trim() === '') {
    const problem = `${IDEMPOTENCY_KEY_HEADER} must be 1 to 255 printable ASCII characters`;
    throw new AppError('VALIDATION_FAILED', `the ${IDEMPOTENCY_KEY_HEADER} header is not valid`, [{ field: IDEMPOTENCY_KEY_HEADER, problems: [problem] }]);
  }
  return value;
}

/**
 * The characters of a structured-field string's content (RFC 8941 §3.3.3): `\"` is `"` and `\\` is `\`;
 * null for content no sf-string has (a bare `"`, or a backslash before anything else).
 */
function sfStringContent(content: string): string | null {
  if (!/^(?:[^"\\]|\\["\\])*$/.test(content)) return null;
  return content.replace(/\\(["\\])/g, '$1');
}

/**
 * The {@link RequestKey} of an API request to the route `route`: its `Idempotency-Key`, unique for the
 * caller's token, with the SHA-256 of the body's canonical JSON and the route's path as fingerprint.
 * Undefined without the header (the request then records as it always did).
 */
export const RequestKeyOf = createParamDecorator((route: string, context: ExecutionContext): RequestKey | undefined => {
  const request = context.switchToHttp().getRequest<Request & { caller?: Caller }>();
  const key = idempotencyKeyOf(request);
  if (key === undefined) return undefined;
  const asked = canonicalJson({ path: request.path, body: (request.body ?? null) as Json });
  return { scope: `api ${route} ${request.caller?.tokenId ?? ''}`, key, fingerprint: createHash('sha256').update(asked, 'utf8').digest('hex') };
});

/** Documents the optional `Idempotency-Key` header of a write that records once per key. */
export function AcceptsIdempotencyKey(): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: IDEMPOTENCY_KEY_HEADER,
      required: false,
      description:
        'Optional; 1 to 255 printable ASCII characters, unique to the request (a UUID, say). The same key sent again by the same token within 24 hours with the same body records nothing new and is answered as the first was (the same status and the same record, as it stands now); with another body it is refused with 422 `IDEMPOTENCY_KEY_REUSED`. An invalid key is a 400 naming the header. Without it the route records each request.',
      schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x20-\\x7E]+$' },
    }),
  );
}
