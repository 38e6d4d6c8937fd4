import { ConnectionException, DriverException } from '@mikro-orm/core';
import { databaseUnavailability } from './database-unavailable';

/** A pg error as the driver raises it: a message and its SQLSTATE in `code`. */
function pgError(code: string, message = 'a database error'): Error {
  return Object.assign(new Error(message), { code, severity: 'FATAL', routine: 'x' });
}

/** MikroORM's wrapping of it (DriverException copies the pg error's fields, `code` among them). */
const wrapped = (error: Error) => new DriverException(error);

describe('databaseUnavailability: which driver errors mean the database is unavailable (503)', () => {
  it.each(['08000', '08003', '08006', '08001', '08004', '08P01'])('class 08, connection exception %s', (code) => {
    expect(databaseUnavailability(wrapped(pgError(code)))).toBe('unavailable');
  });

  it.each(['53000', '53200', '53300', '53400'])('class 53, insufficient resources %s', (code) => {
    expect(databaseUnavailability(wrapped(pgError(code)))).toBe('unavailable');
  });

  it('53100 disk full: out of space', () => {
    expect(databaseUnavailability(wrapped(pgError('53100', 'could not extend file')))).toBe('out-of-space');
  });

  it.each(['57P01', '57P02', '57P03', '3D000'])('%s: shut down, cannot connect now, or no such database', (code) => {
    expect(databaseUnavailability(wrapped(pgError(code)))).toBe('unavailable');
  });

  it('55000 about connections, and not otherwise', () => {
    expect(databaseUnavailability(wrapped(pgError('55000', 'database "x" is not currently accepting connections')))).toBe('unavailable');
    expect(databaseUnavailability(wrapped(pgError('55000', 'cannot ALTER TABLE because it has pending trigger events')))).toBeNull();
  });

  it.each(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND'])('node connection error %s, bare, wrapped, or in an AggregateError', (code) => {
    const error = Object.assign(new Error(`connect ${code} 127.0.0.1:1`), { code, errno: -111, syscall: 'connect' });
    expect(databaseUnavailability(error)).toBe('unavailable');
    expect(databaseUnavailability(new ConnectionException(error))).toBe('unavailable');
    expect(databaseUnavailability(Object.assign(new AggregateError([error]), { code }))).toBe('unavailable');
    expect(databaseUnavailability(new Error('query failed', { cause: error }))).toBe('unavailable');
  });

  it("'Connection terminated' from pg", () => {
    expect(databaseUnavailability(new Error('Connection terminated unexpectedly'))).toBe('unavailable');
    expect(databaseUnavailability(new Error('Connection terminated due to connection timeout'))).toBe('unavailable');
  });

  it.each(['23505', '40001', '42P01', '22P02', '23503'])('%s (a constraint, a conflict, a bug) is not', (code) => {
    expect(databaseUnavailability(wrapped(pgError(code)))).toBeNull();
  });

  it('errors not from the database are not', () => {
    expect(databaseUnavailability(new Error('boom'))).toBeNull();
    expect(databaseUnavailability(undefined)).toBeNull();
    expect(databaseUnavailability('ECONNREFUSED')).toBeNull();
  });
});
