/** Errors the service raises itself (as opposed to the domain's rule errors), each with a code. */
export type AppErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'ROUTE_NOT_FOUND'
  /** A path the service serves, asked with a method none of its routes takes (the methods it takes: `Allow`). */
  | 'METHOD_NOT_ALLOWED'
  | 'PAYLOAD_TOO_LARGE'
  /** A request body that is neither JSON nor (where a route takes it) CSV. */
  | 'UNSUPPORTED_MEDIA_TYPE'
  /** A request whose headers, its address included, are larger than the HTTP server reads (Node's `--max-http-header-size`). */
  | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
  /** Too many failed authentications from one address, or too many writes from one token. */
  | 'TOO_MANY_REQUESTS'
  | 'CONCURRENT_WRITE'
  /** A record with this id is already in the ledger (partnerships, contracts, networks, transfers). */
  | 'ALREADY_RECORDED'
  /** An `Idempotency-Key` sent again with another request body: nothing recorded. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** A share certificate was asked for a share that has been cancelled (no holder to certify). */
  | 'SHARE_NOT_IN_ISSUE'
  /** The minutes of a meeting were asked for before its first sitting: there is nothing to minute yet (FR-2). */
  | 'MEETING_NOT_YET_HELD'
  /** A stored ledger entry does not match the schema of its kind: the database was changed outside the service. */
  | 'LEDGER_ENTRY_UNREADABLE'
  /** The projection rows a write relies on are not what the ledger folds to: the database was changed outside the service. */
  | 'PROJECTION_OUT_OF_STEP'
  /** The ledger's own entries break a rule when folded: it was changed outside the service. */
  | 'LEDGER_DOES_NOT_FOLD'
  | 'PERSONAL_RECORD_ALTERED'
  /** The database is unavailable or out of resources (refusing connections, shut down, disk full): nothing was saved; try again (see Retry-After). */
  | 'SERVICE_UNAVAILABLE';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  /**
   * 404 `NOT_FOUND` for a record the request names that the company does not have. The message names
   * only what kind of record it is ("there is no practice with that reference"), as every refusal about
   * a record does; the reference given is in `details`, under the request's own field name.
   */
  static notFound(what: string, details: Record<string, string | number>): AppError {
    return new AppError('NOT_FOUND', `there is no ${what} with that reference`, details);
  }

  static alreadyRecorded(what: string, id: string): AppError {
    return new AppError('ALREADY_RECORDED', `${what} ${id} is already recorded`, { [what]: id });
  }
}
