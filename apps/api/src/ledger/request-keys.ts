import { AppError } from '../common/app-error';
import type { Em } from '../database/orm';

/**
 * A request that must record once: the key it came with (an `Idempotency-Key` header, a page form's
 * one-time token), the scope the key is unique in (the route and, for the API, the caller's token) and
 * a fingerprint of what was asked (the body; null for a form, whose token alone names the submission).
 */
export interface RequestKey {
  readonly scope: string;
  readonly key: string;
  readonly fingerprint: string | null;
}

/** What a write keyed by a {@link RequestKey} gives: the record it made now, or the id of the one an earlier request with the key made. */
export type Once<T> = { readonly made: T } | { readonly earlier: string };

/** How long a key is kept: the same key sent after this records again. */
export const REQUEST_KEY_HOURS = 24;

/**
 * The id of the record an earlier request with `key` made for the company, or null when there was none
 * in the last {@link REQUEST_KEY_HOURS} hours. To be called inside the company's write
 * (`Ledger.writeForCompany`), whose lock makes a second request with the key wait for the first and
 * then see its key. Throws `IDEMPOTENCY_KEY_REUSED` (422) when the key came with another body.
 */
export async function earlierRecord(em: Em, companyId: string, key: RequestKey | undefined): Promise<string | null> {
  if (key === undefined) return null;
  const [row] = await em.execute<{ recordId: string; fingerprint: string | null }[]>(
    `select record_id as "recordId", fingerprint from request_key
      where company_id = ? and scope = ? and key = ? and created_at > now() - make_interval(hours => ?)`,
    [companyId, key.scope, key.key, REQUEST_KEY_HOURS],
  );
  if (!row) return null;
  if (key.fingerprint !== null && row.fingerprint !== key.fingerprint) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was sent before with another request body; nothing was recorded', { header: 'Idempotency-Key' });
  }
  return row.recordId;
}

/**
 * Keeps `key` as answered by the record `recordId`, in the company's write that made the record (so
 * both commit or neither), pruning the company's keys older than {@link REQUEST_KEY_HOURS} hours.
 */
export async function keepRequestKey(em: Em, companyId: string, key: RequestKey | undefined, recordId: string): Promise<void> {
  if (key === undefined) return;
  await em.execute(`delete from request_key where company_id = ? and created_at <= now() - make_interval(hours => ?)`, [companyId, REQUEST_KEY_HOURS]);
  await em.execute(`insert into request_key (company_id, scope, key, fingerprint, record_id) values (?, ?, ?, ?, ?)`, [companyId, key.scope, key.key, key.fingerprint, recordId]);
}

/** A keyed write's answer: the record, and whether an earlier request with the key made it. */
export interface Recorded<T> {
  readonly record: T;
  readonly replayed: boolean;
}

/** The record a keyed write gives: the one it made, or the earlier one read by `read` once the write has ended. */
export async function settled<T>(once: Once<T>, read: (recordId: string) => Promise<T>): Promise<Recorded<T>> {
  return 'made' in once ? { record: once.made, replayed: false } : { record: await read(once.earlier), replayed: true };
}
