import type { Request } from 'express';
import { AppError } from './app-error';
import { idempotencyKeyOf } from './idempotency-key';

/** A request whose `Idempotency-Key` header is `value` (absent when undefined). */
const sent = (value: string | undefined) => ({ get: (name: string) => (name === 'Idempotency-Key' ? value : undefined) }) as unknown as Request;
const refusal = (value: string) => {
  try {
    idempotencyKeyOf(sent(value));
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
  return 'accepted';
};

describe('the Idempotency-Key header (IETF draft: a structured-field string)', () => {
  it('a plain key is the key as sent; a structured-field string is its content, with \\" and \\\\ unescaped', () => {
    expect(idempotencyKeyOf(sent(undefined))).toBeUndefined();
    expect(idempotencyKeyOf(sent('a1-b2'))).toBe('a1-b2');
    expect(idempotencyKeyOf(sent('"a1-b2"'))).toBe('a1-b2');
    expect(idempotencyKeyOf(sent('"a\\"b"'))).toBe('a"b');
    expect(idempotencyKeyOf(sent('"a\\\\b"'))).toBe('a\\b');
    // A plain key is taken as sent, backslashes and all: only the quoted form is a structured-field string.
    expect(idempotencyKeyOf(sent('a\\"b'))).toBe('a\\"b');
  });

  it('a structured-field string no sf-string could be (a bare quote, a backslash before another character), or empty, is a 400', () => {
    for (const bad of ['"a"b"', '"a\\b"', '"a\\"', '""', '" "']) expect([bad, refusal(bad)]).toEqual([bad, 'VALIDATION_FAILED']);
  });
});
