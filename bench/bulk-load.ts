import { Client } from 'pg';
import { chain, type ChainedLedgerRecord, type Holder, type ShareEvent } from '#domain';
import type { EntryRow, HoldingRow, TotalRow } from '../apps/api/src/share-register/register-projection';
import { shareRegisterFamily } from '../apps/api/src/ledger/codecs/share-register.codec';

/** Runs `work` with a `pg` client connected to `url`, closed afterwards. */
export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Drops a benchmark's database (with its connections), reporting a failure instead of throwing. */
export async function dropDatabase(adminUrl: string, name: string, log: (line: string) => void): Promise<void> {
  await withClient(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`)).catch((e: unknown) => console.error(`dropping ${name}:`, e));
  log(`dropped database ${name}`);
}

/** On SIGINT or SIGTERM, runs `cleanup` (dropping what the benchmark made) and exits 130. */
export function cleanUpOnSignal(cleanup: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`${signal}: cleaning up`);
      void cleanup().finally(() => process.exit(130));
    });
  }
}

/** Rows per INSERT … SELECT FROM unnest(…): one statement per batch, a handful of array parameters. */
const BATCH = 20_000;

async function inBatches<T>(rows: readonly T[], work: (batch: readonly T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await work(rows.slice(i, i + BATCH));
}

/** The member rows the app enters for new holders (ShareEventsService.resolveHolder). */
export async function insertMembers(client: Client, companyId: string, holders: readonly Holder[]): Promise<void> {
  await inBatches(holders, (batch) =>
    client.query(
      `insert into member (id, company_id, name, address, practice_id)
       select id, $1, name, address, practice_id from unnest($2::text[], $3::text[], $4::text[], $5::text[]) as t(id, name, address, practice_id)`,
      [companyId, batch.map((h) => h.memberId), batch.map((h) => h.name), batch.map((h) => h.address), batch.map((h) => h.practiceId)],
    ),
  );
}

/**
 * The ledger entries the app would have appended for these events, hash-chained with the domain's
 * `chain()` over the same canonical payloads (`shareRegisterFamily.encode`), in sequence order, after
 * `from` when given. Returns the head.
 */
export async function insertLedger(
  client: Client,
  companyId: string,
  events: readonly ShareEvent[],
  recordedBy: string,
  /** The head the events are appended to (none: they start the chain). */
  from: { sequence: number; hash: string } | null = null,
): Promise<{ sequence: number; hash: string } | null> {
  let head = from;
  for (let i = 0; i < events.length; i += BATCH) {
    const batch: ChainedLedgerRecord[] = [];
    for (const event of events.slice(i, i + BATCH)) {
      const entry = chain(
        { companyId, sequence: (head?.sequence ?? 0) + 1, ...shareRegisterFamily.encode(event), recordedAt: event.recordedAt, recordedBy },
        head,
      );
      if (String(entry.sequence) !== event.eventId) throw new Error(`event ${event.eventId} would get sequence ${entry.sequence}`);
      batch.push(entry);
      head = { sequence: entry.sequence, hash: entry.hash };
    }
    await client.query(
      `insert into ledger_entry (company_id, sequence, kind, effective_on, recorded_at, recorded_by, payload, previous_hash, hash)
       select $1, sequence, kind, effective_on, recorded_at, $2, payload::jsonb, previous_hash, hash
       from unnest($3::int[], $4::text[], $5::date[], $6::timestamptz[], $7::text[], $8::text[], $9::text[])
         as t(sequence, kind, effective_on, recorded_at, payload, previous_hash, hash)`,
      [
        companyId,
        recordedBy,
        batch.map((e) => e.sequence),
        batch.map((e) => e.kind),
        batch.map((e) => e.effectiveOn),
        batch.map((e) => e.recordedAt),
        batch.map((e) => JSON.stringify(e.payload)),
        batch.map((e) => e.previousHash),
        batch.map((e) => e.hash),
      ],
    );
  }
  return head;
}

/** The projection rows, column for column as RegisterStore.replace writes them. */
export async function insertProjection(
  client: Client,
  companyId: string,
  rows: { holdings: readonly HoldingRow[]; entries: readonly EntryRow[]; totals: readonly TotalRow[] },
): Promise<void> {
  await inBatches(rows.holdings, (batch) =>
    client.query(
      `insert into share_holding (company_id, share_number, opened_by, member_id, held_from, held_to, share_class, nominal_pence, paid_up_pence, authorised_by)
       select $1, * from unnest($2::int[], $3::int[], $4::text[], $5::date[], $6::date[], $7::text[], $8::int[], $9::int[], $10::text[])`,
      [
        companyId,
        batch.map((h) => h.shareNumber),
        batch.map((h) => h.openedBy),
        batch.map((h) => h.memberId),
        batch.map((h) => h.heldFrom),
        batch.map((h) => h.heldTo),
        batch.map((h) => h.shareClass),
        batch.map((h) => h.nominalPence),
        batch.map((h) => h.paidUpPence),
        batch.map((h) => h.authorisedBy),
      ],
    ),
  );
  await inBatches(rows.entries, (batch) =>
    client.query(
      `insert into register_entry (company_id, member_id, opened_by, registered_on, ceased_on, name, name_key, address, shown_from, shown_to, joint_holders)
       select $1, member_id, opened_by, registered_on, ceased_on, name, name_key, address, shown_from, shown_to, joint_holders::jsonb
       from unnest($2::text[], $3::int[], $4::date[], $5::date[], $6::text[], $7::text[], $8::text[], $9::date[], $10::date[], $11::text[])
         as t(member_id, opened_by, registered_on, ceased_on, name, name_key, address, shown_from, shown_to, joint_holders)`,
      [
        companyId,
        batch.map((e) => e.memberId),
        batch.map((e) => e.openedBy),
        batch.map((e) => e.registeredOn),
        batch.map((e) => e.ceasedOn),
        batch.map((e) => e.name),
        batch.map((e) => e.nameKey),
        batch.map((e) => e.address),
        batch.map((e) => e.shownFrom),
        batch.map((e) => e.shownTo),
        batch.map((e) => (e.jointHolders === null ? null : JSON.stringify(e.jointHolders))),
      ],
    ),
  );
  await inBatches(rows.totals, (batch) =>
    client.query(
      `insert into register_total (company_id, on_date, issued_shares, current_members)
       select $1, * from unnest($2::date[], $3::int[], $4::int[])`,
      [companyId, batch.map((t) => t.onDate), batch.map((t) => t.issuedShares), batch.map((t) => t.currentMembers)],
    ),
  );
}
