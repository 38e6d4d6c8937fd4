/**
 * Whether an error says the database is unavailable or out of resources (rather than that the
 * request was wrong or the service is at fault): such a request is answered 503 SERVICE_UNAVAILABLE
 * with Retry-After, and, its transaction having failed, nothing of it was saved.
 */
export type DatabaseUnavailability = 'unavailable' | 'out-of-space';

/** Node's own errors for a connection that could not be made or was lost. */
const NODE_CONNECTION_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

/** SQLSTATEs outside classes 08 and 53: the server shutting down or not yet accepting connections, the database gone. */
const UNAVAILABLE_STATES: ReadonlySet<string> = new Set(['57P01', '57P02', '57P03', '3D000']);

/** What the database's unavailability is, from the error or any error it wraps; null when it is not about that. */
export function databaseUnavailability(error: unknown): DatabaseUnavailability | null {
  return classify(error, 0);
}

function classify(error: unknown, depth: number): DatabaseUnavailability | null {
  if (depth > 4 || typeof error !== 'object' || error === null) return null;
  const fields = error as { code?: unknown; sqlState?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  const state = [fields.sqlState, fields.code].find((value): value is string => typeof value === 'string' && /^[0-9A-Z]{5}$/.test(value));
  if (state !== undefined) {
    if (state === '53100') return 'out-of-space';
    if (state.startsWith('08') || state.startsWith('53') || UNAVAILABLE_STATES.has(state)) return 'unavailable';
    // 55000 (object not in prerequisite state) is about connections only when it says so: "not currently accepting connections".
    if (state === '55000' && typeof fields.message === 'string' && /connection/i.test(fields.message)) return 'unavailable';
  }
  if (typeof fields.code === 'string' && NODE_CONNECTION_CODES.has(fields.code)) return 'unavailable';
  if (typeof fields.message === 'string' && /^Connection terminated|^Client has encountered a connection error|^timeout exceeded when trying to connect/.test(fields.message)) return 'unavailable';
  const inner = [fields.cause, ...(Array.isArray(fields.errors) ? fields.errors : [])];
  for (const wrapped of inner) {
    const found = classify(wrapped, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Seconds a client is asked to wait before trying again (the Retry-After header). */
export const DATABASE_RETRY_AFTER_SECONDS = 30;

/** The words of a 503 for the database's unavailability. */
export function databaseUnavailableMessage(kind: DatabaseUnavailability): string {
  return kind === 'out-of-space'
    ? 'the database is out of space; nothing was saved: try again later'
    : 'the database is not available just now; nothing was saved: try again shortly';
}
