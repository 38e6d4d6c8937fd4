import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { stdSerializers } from 'pino';
import { safeError, scrub } from './logging';

const HASH = 'a'.repeat(40) + '0123456789abcdef01234567';

describe('what may be logged', () => {
  it.each([
    ['Authorization: Bearer cic_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', 'Authorization: Bearer [redacted]'],
    ['bearer my-own-admin-token-value, then more', 'Bearer [redacted], then more'],
    ['token cic_abcdefghijklmnopqrstuvwxyz made', 'token cic_[redacted] made'],
    [`Key (token_hash)=(${HASH}) already exists.`, 'Key (token_hash)=([redacted]) already exists.'],
    [`{"tokenHash":"${HASH}"}`, '{"tokenHash":"[redacted]"}'],
  ])('scrub(%p) takes the secret out', (text, expected) => {
    expect(scrub(text)).toBe(expected);
  });

  it('scrub leaves a ledger hash, which is not a secret, alone', () => {
    expect(scrub(`head ${HASH}`)).toBe(`head ${HASH}`);
  });

  it('a database error keeps only its kind and where it happened: its message, detail and query may hold row values', () => {
    const cause = Object.assign(
      new Error(`insert into "tupe_employee_personal" ("name") values ('Private Person') - duplicate key value violates unique constraint`),
      { code: '23505', detail: `Key (token_hash)=(${HASH}) already exists.`, constraint: 'api_token_token_hash_unique', table: 'api_token', routine: '_bt_check_unique' },
    );
    for (const error of [new UniqueConstraintViolationException(cause), cause]) {
      const logged = safeError(error);
      expect(logged).toMatchObject({ code: '23505', constraint: 'api_token_token_hash_unique', table: 'api_token' });
      expect(JSON.stringify(logged)).not.toMatch(/Private Person|[0-9a-f]{64}|insert into/);
    }
  });

  it('another error keeps its message and stack, scrubbed', () => {
    const logged = safeError(new Error('refused Bearer cic_abcdefghijklmnopqrstuvwxyz0123'));
    expect(logged.message).toBe('refused Bearer [redacted]');
    expect(logged.stack).toContain('refused Bearer [redacted]');
    expect(JSON.stringify(logged)).not.toContain('abcdefghijklmnop');
  });

  it('an error as pino-http hands it over (already serialised by pino) is read as the error itself', () => {
    // pino-http wraps the err serialiser: it is given pino's serialisation, with the error as `raw`.
    const asRequestLog = stdSerializers.wrapErrorSerializer(safeError);
    const logged = asRequestLog(new Error('projection out of step at Bearer cic_abcdefghijklmnopqrstuvwxyz0123'));
    expect(logged.message).toBe('projection out of step at Bearer [redacted]');
    expect(logged.type).toBe('Error');
    const cause = Object.assign(new Error(`duplicate key: Key (token_hash)=(${HASH})`), { code: '23505', detail: 'Key (name)=(Private Person)', routine: '_bt_check_unique' });
    const database = asRequestLog(cause);
    expect(database).toMatchObject({ code: '23505', routine: '_bt_check_unique' });
    expect(JSON.stringify(database)).not.toMatch(/Private Person|[0-9a-f]{64}/);
  });
});
