import { Inject, Injectable } from '@nestjs/common';
import { chain, GENESIS_HASH, instant, type ChainedLedgerRecord, type Company, type GovernanceSettingsOverrides, type Instant, type Json } from '#domain';
import { AppError } from '../common/app-error';
import { useCaseEm } from '../common/use-case-em';
import { companyFromRow, type CompanyParticularsRow } from '../companies/company.mapper';
import type { LedgerFamily, NewLedgerEntry } from './ledger-codec';

export type { NewLedgerEntry } from './ledger-codec';
import { cursorBatches } from '../database/cursor';
import { ORM } from '../database/database.module';
import type { Em, Orm } from '../database/orm';
import { JSON_PARAM, jsonParam } from '../database/json-param';

/** The head of a company's chain: its last entry's sequence, hash and recording instant. */
export interface ChainHead {
  readonly sequence: number;
  readonly hash: string;
  readonly recordedAt: Instant;
}


/** A write in progress for one company, with its chain head locked until the transaction ends. */
export interface CompanyWrite {
  readonly em: Em;
  readonly companyId: string;
  /** The company as read when its row was locked (it cannot change until this write ends). */
  readonly company: Company;
  /** The articles' governance settings overriding the Act's defaults, read with the lock (`governanceSettings` completes them). */
  readonly governanceOverrides: GovernanceSettingsOverrides;
  /** The sequence the next appended entry will get. */
  readonly nextSequence: number;
  /** The instant this write is recorded at (never before the chain head's). */
  readonly recordedAt: Instant;
  /**
   * Appends `entry`, chained onto the head. `alongside`: writes the entry goes with (the projection
   * changes a share event makes, a new holder's member row), sent in the same statement as its
   * insert, so that the change and its entry take one round trip and stand or fall together.
   */
  append(entry: NewLedgerEntry, alongside?: WritesWithEntry): Promise<ChainedLedgerRecord>;
  /**
   * Appends `entries` in order, each chained onto the one before as `append` would, in a few multi-row
   * statements; `alongside` goes in the first of them, as with `append`.
   */
  appendAll(entries: readonly NewLedgerEntry[], alongside?: WritesWithEntry): Promise<ChainedLedgerRecord[]>;
}

/**
 * Data-modifying queries sent with a ledger entry's insert (`CompanyWrite.append`): `sql` is one or
 * more `name as (insert … | update …)` WITH queries, comma-separated, whose `?` parameters are `params`
 * in order. They see the tables as they stood before the statement, as the entry's insert does; their
 * names must not be `appended`.
 */
export interface WritesWithEntry {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** Entries a multi-row insert of {@link CompanyWrite.appendAll} takes. */
const APPEND_ROWS = 2000;

const SELECT_ENTRY = `select company_id as "companyId", sequence, kind, effective_on::text as "effectiveOn",
  to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "recordedAt",
  recorded_by as "recordedBy", payload, previous_hash as "previousHash", hash
  from ledger_entry`;

/**
 * The company's row, locked for the write, with the head of its chain, which a trigger on
 * `ledger_entry` keeps on the row (Migration20261201001100_company_chain_head). Read with the lock: a
 * `select … for update` that waited for another writer returns the row as that writer committed it,
 * head included.
 */
const LOCK_COMPANY = `select id, name, company_number as "companyNumber", incorporated_on::text as "incorporatedOn",
    registered_office as "registeredOffice", share_class as "shareClass", nominal_value_pence as "nominalValuePence",
    one_share_per_member as "oneSharePerMember", member_eligibility as "memberEligibility", governance,
    head_sequence as "headSequence", head_hash as "headHash",
    to_char(head_recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "headRecordedAt"
  from company where id = ? for update`;

interface LockedCompanyRow extends CompanyParticularsRow {
  governance: GovernanceSettingsOverrides | null;
  headSequence: number | null;
  headHash: string | null;
  headRecordedAt: string | null;
}

/** A chain's head by its links only: the last entry's sequence and hash (0 and 64 zeros before the first). */
export interface ChainLinkHead {
  readonly sequence: number;
  readonly hash: string;
}

/**
 * Told of the entries a write appended, before it commits: the company, the head before and after,
 * and the kinds appended. The write may yet roll back: a listener keys what it keeps by head hash.
 */
export type AppendListener = (companyId: string, from: ChainLinkHead, to: ChainLinkHead, kinds: readonly string[]) => void;

/** The append-only, hash-chained ledger. There is no update or delete here, by design. */
@Injectable()
export class Ledger {
  /** The company and the head each write in progress has reached, by its transaction's entity manager. */
  private readonly writes = new WeakMap<Em, { readonly companyId: string; readonly head: () => ChainLinkHead }>();
  private readonly appendListeners: AppendListener[] = [];

  constructor(@Inject(ORM) private readonly orm: Orm) {}

  /**
   * The chain's head as the write running in `em` has it (read with the company's row lock, moved by
   * the write's own entries), so the whole chain up to it is what that transaction reads; undefined
   * when `em` is not a write's (a read, which must ask the database).
   */
  headOfWrite(em: Em, companyId: string): ChainLinkHead | undefined {
    const write = this.writes.get(em);
    return write?.companyId === companyId ? write.head() : undefined;
  }

  /** Calls `listener` each time a write appends entries (see {@link AppendListener}). */
  onAppend(listener: AppendListener): void {
    this.appendListeners.push(listener);
  }

  /**
   * Runs `work` in one transaction holding the company's row lock, so writers to one company queue
   * and each appends onto the head the previous one left. Anything thrown rolls the whole write back.
   * Inside an outer transaction (the first-start seed) it is a savepoint of that one.
   */
  async writeForCompany<T>(companyId: string, recordedBy: string, work: (write: CompanyWrite) => Promise<T>): Promise<T> {
    return useCaseEm(this.orm).transactional(async (em) => {
      // The lock, with the company's particulars, governance settings and chain head (no other write can change them now).
      const [locked] = await em.execute<LockedCompanyRow[]>(LOCK_COMPANY, [companyId]);
      if (!locked) throw AppError.notFound('company', { companyId });
      let head: ChainHead | null =
        locked.headSequence === null ? null : { sequence: locked.headSequence, hash: locked.headHash!, recordedAt: instant(locked.headRecordedAt!) };
      const links = (): ChainLinkHead => ({ sequence: head?.sequence ?? 0, hash: head?.hash ?? GENESIS_HASH });
      this.writes.set(em, { companyId, head: links });
      const recordedAt = nextInstant(head?.recordedAt ?? null);
      const appendAll = async (entries: readonly NewLedgerEntry[], alongside?: WritesWithEntry): Promise<ChainedLedgerRecord[]> => {
        const from = links();
        const chained: ChainedLedgerRecord[] = [];
        for (const entry of entries) {
          const record = { companyId, sequence: (head?.sequence ?? 0) + 1, kind: entry.kind, effectiveOn: entry.effectiveOn, recordedAt, recordedBy, payload: entry.payload };
          const next = chain(record, head);
          chained.push(next);
          head = { sequence: next.sequence, hash: next.hash, recordedAt };
        }
        // The writes alongside are sent even with no entry to append.
        for (let i = 0; i < chained.length || (i === 0 && alongside !== undefined); i += APPEND_ROWS) {
          const rows = chained.slice(i, i + APPEND_ROWS).map((e) => ({ s: e.sequence, k: e.kind, e: e.effectiveOn, p: e.payload, ph: e.previousHash, h: e.hash }));
          const withQueries = i === 0 && alongside !== undefined ? alongside : null;
          await em.execute(
            `${withQueries === null ? '' : `with ${withQueries.sql}\n`}insert into ledger_entry (company_id, sequence, kind, effective_on, recorded_at, recorded_by, payload, previous_hash, hash)
             select ?, s, k, e, ?::timestamptz, ?, p, ph, h from jsonb_to_recordset(${JSON_PARAM}) as t(s integer, k text, e date, p jsonb, ph text, h text)`,
            [...(withQueries?.params ?? []), companyId, recordedAt, recordedBy, jsonParam(rows)],
          );
        }
        if (chained.length > 0) for (const listener of this.appendListeners) listener(companyId, from, links(), chained.map((e) => e.kind));
        return chained;
      };
      const write: CompanyWrite = {
        em,
        companyId,
        company: companyFromRow(locked),
        governanceOverrides: locked.governance ?? {},
        recordedAt,
        get nextSequence() {
          return (head?.sequence ?? 0) + 1;
        },
        append: async (entry, alongside) => (await appendAll([entry], alongside))[0],
        appendAll,
      };
      try {
        return await work(write);
      } finally {
        this.writes.delete(em);
      }
    });
  }

  async head(em: Em, companyId: string): Promise<ChainHead | null> {
    const rows = await em.execute<ChainedLedgerRecord[]>(
      `${SELECT_ENTRY} where company_id = ? order by sequence desc limit 1`,
      [companyId],
    );
    return rows[0] ? { sequence: rows[0].sequence, hash: rows[0].hash, recordedAt: instant(rows[0].recordedAt) } : null;
  }

  /** When the last entry of one of these kinds was recorded, or null if there is none. */
  async lastRecordedAt(em: Em, companyId: string, kinds: readonly string[]): Promise<Instant | null> {
    let latest: Instant | null = null;
    for (const kind of kinds) {
      const rows = await em.execute<{ recordedAt: Instant }[]>(
        `select to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "recordedAt"
         from ledger_entry where company_id = ? and kind = ? order by sequence desc limit 1`,
        [companyId, kind],
      );
      const at = rows[0]?.recordedAt ?? null;
      if (at !== null && (latest === null || at > latest)) latest = at;
    }
    return latest;
  }

  /**
   * Entries after `afterSequence`, in order, at most `limit`; optionally only kinds starting with
   * `kindPrefix` (or with any of several, read in one statement).
   */
  async page(em: Em, companyId: string, afterSequence: number, limit: number, kindPrefix?: string | readonly string[]): Promise<ChainedLedgerRecord[]> {
    const prefixes = kindPrefix === undefined ? [] : typeof kindPrefix === 'string' ? [kindPrefix] : kindPrefix;
    const kindFilter = prefixes.length === 0 ? '' : `and (${prefixes.map(() => 'kind like ?').join(' or ')})`;
    const params: unknown[] = [companyId, afterSequence, ...prefixes.map((prefix) => `${prefix}%`), limit];
    return em.execute<ChainedLedgerRecord[]>(
      `${SELECT_ENTRY} where company_id = ? and sequence > ? ${kindFilter} order by sequence limit ?`,
      params,
    );
  }

  /**
   * The entries `first` to `last` (sequence numbers, inclusive) as recorded, read outside any write;
   * 404 NOT_FOUND when the chain does not reach `last`.
   */
  async entriesBetween(companyId: string, first: number, last: number): Promise<ChainedLedgerRecord[]> {
    const entries = await this.page(this.orm.em.fork(), companyId, first - 1, last - first + 1);
    if (entries.length !== last - first + 1) throw AppError.notFound('ledger entry', { sequence: last });
    return entries;
  }

  /**
   * The share entries about these shares, and about every share ever held by these members or entered
   * for these practices, and every entry naming these members, in sequence order: all a share event's checks depend on. Found through the
   * `share_entry_keys` index, which PostgreSQL derives from the entries themselves.
   */
  async shareHistory(em: Em, companyId: string, about: ShareHistoryAbout): Promise<ChainedLedgerRecord[]> {
    const query = shareHistoryQuery(companyId, about);
    return em.execute<ChainedLedgerRecord[]>(query.sql, query.params);
  }

  /**
   * The entries of one family (kinds starting with `kindPrefix`) in effective order, those of one day
   * in sequence order, as the register is folded, in batches; read through a cursor, so memory stays bounded.
   * Inside a transaction only; `cursor` names the cursor (unique among those open in it).
   */
  inEffectiveOrder(em: Em, companyId: string, kindPrefix: string, cursor: string): AsyncGenerator<readonly ChainedLedgerRecord[]> {
    return cursorBatches<ChainedLedgerRecord>(em, cursor, `${SELECT_ENTRY} where company_id = ? and kind like ? order by effective_on, sequence`, [companyId, `${kindPrefix}%`]);
  }

  /** The events of one family, decoded from its entries in sequence order (optionally only those recorded by `knownAt`). */
  async *events<E extends { readonly type: string; readonly effectiveOn: string }>(
    em: Em,
    companyId: string,
    family: LedgerFamily<E>,
    knownAt?: Instant,
  ): AsyncGenerator<E> {
    for await (const entry of this.all(em, companyId, family.prefix)) {
      if (knownAt !== undefined && entry.recordedAt > knownAt) continue;
      yield family.decode(entry);
    }
  }

  /** Every entry of the company (after `afterSequence`) in sequence order, read in batches. */
  async *all(em: Em, companyId: string, kindPrefix?: string | readonly string[], batch = 5000, afterSequence = 0): AsyncGenerator<ChainedLedgerRecord> {
    let after = afterSequence;
    for (;;) {
      const rows = await this.page(em, companyId, after, batch, kindPrefix);
      yield* rows;
      if (rows.length < batch) return;
      after = rows[rows.length - 1].sequence;
    }
  }
}

/** What {@link Ledger.shareHistory} finds the entries about. */
export interface ShareHistoryAbout {
  readonly shareNumbers: readonly number[];
  readonly memberIds: readonly string[];
  readonly practiceIds: readonly string[];
}

/** The statement of {@link Ledger.shareHistory}, for a caller that reads it with other things in one round trip. */
export function shareHistoryQuery(companyId: string, about: ShareHistoryAbout): { sql: string; params: unknown[] } {
  const keys = JSON.stringify([
    ...about.shareNumbers.map((n) => `${companyId}/share:${n}`),
    ...about.memberIds.map((id) => `${companyId}/member:${id}`),
    ...about.practiceIds.map((id) => `${companyId}/practice:${id}`),
  ]);
  return {
    sql: `${SELECT_ENTRY} where company_id = ? and kind like 'share.%' and (share_entry_keys(company_id, kind, payload) && (
         select coalesce(array_agg(distinct company_id || '/share:' || (payload->>'shareNumber')), '{}') from ledger_entry
         where company_id = ? and kind like 'share.%'
           and share_entry_keys(company_id, kind, payload) && array(select jsonb_array_elements_text(?::jsonb)))
         -- entries that move no share (a change of particulars) are found by the member they name
         or share_entry_keys(company_id, kind, payload) && array(select jsonb_array_elements_text(?::jsonb)))
       order by sequence`,
    params: [companyId, companyId, keys, keys],
  };
}

/** Now, but never before the previous entry: recording instants only move forward along a chain. */
function nextInstant(previous: Instant | null): Instant {
  const now = instant(new Date());
  return previous !== null && previous > now ? previous : now;
}
