import { DomainError } from '../src/errors';

/** The code of the DomainError `fn` throws, or `ACCEPTED` when it throws none; any other error is rethrown. */
export function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'ACCEPTED';
}

/** The message of the DomainError `fn` throws, or `ACCEPTED` when it throws none; any other error is rethrown. */
export function errorMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.message;
    throw error;
  }
  return 'ACCEPTED';
}

/** The DomainError `fn` throws; fails the test (throws) when it throws none, and rethrows any other error. */
export function refusalOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('not refused');
}
