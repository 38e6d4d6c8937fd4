import { AppError } from '../common/app-error';
import type { ChainedLedgerRecord } from '#domain';
import type { Em } from '../database/orm';
import type { CompanyWrite, Ledger } from './ledger';

/**
 * A request that must record once: the key it came with (an `Idempotency-Key` header, a page form's
 * one-time token), the scope the key is unique in (the route and, for the API, the caller's token) and
 * a fingerprint of what was asked (the body; a form's answers). A page form also names its `answers`:
 * a key for the answers, unique to the session, so that the same answers sent again under a new token
 * (back, then the form's button) find the record they made; `check` is false when the page said the
 * answers had just been recorded and the secretary sent them again to record them a second time.
 */
export interface RequestKey {
  readonly scope: string;
  readonly key: string;
  readonly fingerprint: string | null;
  readonly answers?: { readonly scope: string; readonly key: string; readonly check: boolean };
}

/**
 * How a request met an earlier one: `again`, its key with the same body (a double click, a reload);
 * `changed`, a form's token sent again with other answers; `answers`, a form's answers, under a new
 * token, that the session recorded within {@link ANSWERS_MINUTES} minutes. Nothing new is recorded.
 */
export type Sent = 'again' | 'changed' | 'answers';

/** The record an earlier request made, and how this one met it. */
interface Earlier {
  readonly recordId: string;
  readonly sent: Sent;
}

/** What a write keyed by a {@link RequestKey} gives: the record it made now, or the earlier request's. */
type Once<T> = { readonly made: T } | { readonly earlier: Earlier };

/** How long a key is kept: the same key sent after this records again. */
export const REQUEST_KEY_HOURS = 24;

/** How long a form's answers are kept: the same answers sent after this, under a new token, record again. */
export const ANSWERS_MINUTES = 30;

async function keptRow(em: Em, companyId: string, scope: string, key: string, minutes: number) {
  const [row] = await em.execute<{ recordId: string; fingerprint: string | null }[]>(
    `select record_id as "recordId", fingerprint from request_key
      where company_id = ? and scope = ? and key = ? and created_at > now() - make_interval(mins => ?)`,
    [companyId, scope, key, minutes],
  );
  return row;
}

/**
 * The record an earlier request with `key` made for the company in the last {@link REQUEST_KEY_HOURS}
 * hours, or, for a form, the record its answers made in the last {@link ANSWERS_MINUTES} minutes; null
 * when there was none. To be called inside the company's write (`Ledger.writeForCompany`), whose lock
 * makes a second request with the key wait for the first and then see its key. Throws
 * `IDEMPOTENCY_KEY_REUSED` (422) when an API key came with another body.
 */
async function earlierRecord(em: Em, companyId: string, key: RequestKey | undefined): Promise<Earlier | null> {
  if (key === undefined) return null;
  const row = await keptRow(em, companyId, key.scope, key.key, REQUEST_KEY_HOURS * 60);
  if (row) {
    if (key.fingerprint === null || row.fingerprint === null || row.fingerprint === key.fingerprint) return { recordId: row.recordId, sent: 'again' };
    if (key.answers !== undefined) return { recordId: row.recordId, sent: 'changed' };
    throw new AppError('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was sent before with another request body; nothing was recorded', { header: 'Idempotency-Key' });
  }
  const answered = key.answers?.check ? await keptRow(em, companyId, key.answers.scope, key.answers.key, ANSWERS_MINUTES) : undefined;
  return answered ? { recordId: answered.recordId, sent: 'answers' } : null;
}

/**
 * Keeps `key` (and a form's answers) as answered by the record `recordId`, in the company's write that
 * made the record (so both commit or neither), pruning the company's keys older than {@link REQUEST_KEY_HOURS} hours.
 */
async function keepRequestKey(em: Em, companyId: string, key: RequestKey | undefined, recordId: string): Promise<void> {
  if (key === undefined) return;
  await em.execute(`delete from request_key where company_id = ? and created_at <= now() - make_interval(hours => ?)`, [companyId, REQUEST_KEY_HOURS]);
  await em.execute(`insert into request_key (company_id, scope, key, fingerprint, record_id) values (?, ?, ?, ?, ?)`, [companyId, key.scope, key.key, key.fingerprint, recordId]);
  if (key.answers === undefined) return;
  await em.execute(
    `insert into request_key (company_id, scope, key, fingerprint, record_id) values (?, ?, ?, null, ?)
      on conflict (company_id, scope, key) do update set record_id = excluded.record_id, created_at = now()`,
    [companyId, key.answers.scope, key.answers.key, recordId],
  );
}

/** A keyed write's answer: the record, and false when this request made it, else how it met the earlier request that did. */
export interface Recorded<T> {
  readonly record: T;
  readonly replayed: false | Sent;
}

/** The record a keyed write gives: the one it made, or the earlier one read by `read` once the write has ended. */
async function settled<T>(once: Once<T>, read: (recordId: string) => Promise<T>): Promise<Recorded<T>> {
  return 'made' in once ? { record: once.made, replayed: false } : { record: await read(once.earlier.recordId), replayed: once.earlier.sent };
}

/** What a keyed write made: the record, and the id an earlier request's key is kept against to read it again. */
export interface Made<T> {
  readonly record: T;
  readonly recordId: string;
}

/**
 * Records once per `key` (an `Idempotency-Key`, a page form's one-time token) in the company's write:
 * when the key (or a form's answers) was answered before, nothing is written and the earlier record is
 * read with `read` once the write has ended (`replayed` says how the request met it); otherwise `write`
 * runs and the key is kept against the record it made, in the same transaction. Without a key, `write`
 * runs as a plain write. Throws what `write` throws, and `IDEMPOTENCY_KEY_REUSED` (422) for an API key
 * sent before with another body.
 */
export async function recordOnce<T>(
  ledger: Ledger,
  companyId: string,
  recordedBy: string,
  key: RequestKey | undefined,
  write: (write: CompanyWrite) => Promise<Made<T>>,
  read: (recordId: string) => Promise<T>,
): Promise<Recorded<T>> {
  const once = await ledger.writeForCompany(companyId, recordedBy, async (w): Promise<Once<T>> => {
    const earlier = await earlierRecord(w.em, companyId, key);
    if (earlier !== null) return { earlier };
    const made = await write(w);
    await keepRequestKey(w.em, companyId, key, made.recordId);
    return { made: made.record };
  });
  return settled(once, read);
}

/**
 * {@link recordOnce} for a write that appends ledger entries and gives them (one entry, or a batch):
 * the key is kept against the entries' sequence numbers (`812`, or `812-830`), and a request that met
 * an earlier one gives the entries that one appended, read back as recorded.
 */
export async function appendOnce<T extends ChainedLedgerRecord | readonly ChainedLedgerRecord[]>(
  ledger: Ledger,
  companyId: string,
  recordedBy: string,
  key: RequestKey | undefined,
  write: (write: CompanyWrite) => Promise<T>,
): Promise<Recorded<T>> {
  return recordOnce(
    ledger,
    companyId,
    recordedBy,
    key,
    async (w) => {
      const record = await write(w);
      const entries: readonly ChainedLedgerRecord[] = Array.isArray(record) ? record : [record as ChainedLedgerRecord];
      const first = entries[0]?.sequence ?? 0;
      const last = entries.at(-1)?.sequence ?? 0;
      return { record, recordId: Array.isArray(record) ? `${first}-${last}` : String(first) };
    },
    async (recordId) => {
      const [first, last = first] = recordId.split('-').map(Number);
      const entries = first === 0 ? [] : await ledger.entriesBetween(companyId, first, last);
      return (recordId.includes('-') ? entries : entries[0]) as T;
    },
  );
}
