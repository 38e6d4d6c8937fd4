/**
 * A database error that stops the service at start, in one line naming DATABASE_URL and what in it
 * is wrong: the database, the user, or the host and port. Built from the URL and the error's code
 * only, never from the error's message or the URL's password.
 */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const KNOWN = new Set(['3D000', '28000', '28P01', ...UNREACHABLE]);

/** The line for a start stopped by `error` on the database at `databaseUrl`; null when the error is not one of these. */
export function startupDatabaseMessage(error: unknown, databaseUrl: string | undefined): string | null {
  if (!databaseUrl) return null;
  const code = codeOf(error, 0);
  if (!code) return null;
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    return null;
  }
  const name = decodeURIComponent(url.pathname.replace(/^\//, '')) || decodeURIComponent(url.username);
  if (code === '3D000') return `DATABASE_URL: database "${name}" does not exist`;
  if (code === '28000' || code === '28P01') return `DATABASE_URL: authentication failed for user "${decodeURIComponent(url.username)}"`;
  return `DATABASE_URL: cannot reach ${url.hostname}:${url.port || '5432'} (${code})`;
}

/** The first known code on the error or on any error it wraps (`cause`, an AggregateError's `errors`). */
function codeOf(error: unknown, depth: number): string | undefined {
  if (depth > 4 || typeof error !== 'object' || error === null) return undefined;
  const fields = error as { code?: unknown; sqlState?: unknown; cause?: unknown; errors?: unknown };
  const own = [fields.sqlState, fields.code].find((value): value is string => typeof value === 'string' && KNOWN.has(value));
  if (own) return own;
  for (const inner of [fields.cause, ...(Array.isArray(fields.errors) ? fields.errors : [])]) {
    const found = codeOf(inner, depth + 1);
    if (found) return found;
  }
  return undefined;
}
