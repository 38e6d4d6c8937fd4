import { DomainError, ShareRegister, type ChainedLedgerRecord, type Company, type ShareCorrection, type ShareEvent } from '#domain';
import { CursorReader } from '../database/cursor';
import type { Em } from '../database/orm';
import { shareRegisterFamily } from '../ledger/codecs/share-register.codec';
import type { Ledger } from '../ledger/ledger';
import { sameFields } from './projection-difference';
import { HOLDING_COLUMNS, ENTRY_COLUMNS } from './projection.store';
import { ProjectionBuilder, projectionDelta, type EntryRow, type FinishedRows, type HoldingRow, type TotalRow } from './register-projection';

/**
 * Whether the stored register projection equals the fold of the share entries in force, read and folded
 * as a stream so that memory is bounded by the shares and members on the register, not by the length
 * of history (`GET …/ledger/verify` on a long ledger). The share entries come in effective order through
 * a cursor, with the corrections (RM-4, SR-4) applied as `correctedShareEvents` applies them; each
 * projection row is compared with the stored one as soon as no later event can change it, the stored
 * rows read through cursors in the same order (the day a row was finished, then its key).
 *
 * True only when the two are certainly equal. False when a row differs, and also whenever this cannot
 * tell (an entry that does not decode or breaks a rule, a correction of an entry not in force): the
 * caller then compares the whole projection with the whole fold, which names the difference or the
 * failure as before.
 */
export async function projectionEqualsFold(em: Em, ledger: Ledger, company: Company, corrections: readonly ShareCorrection[]): Promise<boolean> {
  const plan = correctionPlan(corrections);
  if (plan === null) return false;
  const stored = storedRows(em, company.id);
  const rows = new FinishedGroups();
  const builder = new ProjectionBuilder(rows);
  const stepper = ShareRegister.empty(company, 'latest').stepwise();
  let correctedSeen = 0;
  try {
    const replacements = plan.replacements[Symbol.iterator]();
    let replacement = replacements.next();
    const apply = (event: ShareEvent): boolean => {
      try {
        const before = stepper.step(event);
        builder.apply(event, projectionDelta(event, before, stepper.register));
        return true;
      } catch (error) {
        if (error instanceof DomainError) return false;
        throw error;
      }
    };
    for await (const batch of ledger.inEffectiveOrder(em, company.id, shareRegisterFamily.prefix, 'verify_share_entries')) {
      for (const entry of batch) {
        const event = decoded(entry);
        if (event === null) return false;
        // A replacement comes where its correction's sequence puts it among the entries of its day.
        while (!replacement.done && inEffectiveOrder(replacement.value, event)) {
          if (!apply(replacement.value)) return false;
          replacement = replacements.next();
        }
        if (plan.corrected.has(event.eventId)) correctedSeen += 1;
        else if (!apply(event)) return false;
        if (rows.anyReady && !(await rows.compareWith(stored))) return false;
      }
    }
    for (; !replacement.done; replacement = replacements.next()) if (!apply(replacement.value)) return false;
    // Every original entry a correction names must have been a share entry.
    if (correctedSeen !== plan.originals) return false;
    builder.finish();
    return (await rows.compareWith(stored)) && (await stored.holdings.next()) === null && (await stored.entries.next()) === null && (await stored.totals.next()) === null;
  } finally {
    await Promise.all([stored.holdings.close(), stored.entries.close(), stored.totals.close()]);
  }
}

/** The corrections' effect: the entries they set aside, how many of those are original share entries, and the replacements in force in effective order; null for a correction of an entry not in force. */
function correctionPlan(corrections: readonly ShareCorrection[]): { corrected: Set<string>; originals: number; replacements: ShareEvent[] } | null {
  const corrected = new Set<string>();
  const made = new Map<string, ShareEvent>();
  let originals = 0;
  for (const c of [...corrections].sort((a, b) => Number(a.eventId) - Number(b.eventId))) {
    if (corrected.has(c.correctsEventId)) return null;
    if (!made.has(c.correctsEventId)) originals += 1;
    corrected.add(c.correctsEventId);
    if (c.replacement) made.set(c.eventId, { ...c.replacement, eventId: c.eventId, recordedAt: c.recordedAt });
  }
  const replacements = [...made.values()].filter((e) => !corrected.has(e.eventId)).sort((a, b) => (a.effectiveOn === b.effectiveOn ? Number(a.eventId) - Number(b.eventId) : a.effectiveOn < b.effectiveOn ? -1 : 1));
  return { corrected, originals, replacements };
}

/** Whether `a` comes before `b` in the fold's order: effective date, then sequence. */
function inEffectiveOrder(a: ShareEvent, b: ShareEvent): boolean {
  return a.effectiveOn < b.effectiveOn || (a.effectiveOn === b.effectiveOn && Number(a.eventId) < Number(b.eventId));
}

function decoded(entry: ChainedLedgerRecord): ShareEvent | null {
  try {
    return shareRegisterFamily.decode(entry);
  } catch {
    return null;
  }
}

interface StoredRows {
  readonly holdings: CursorReader<HoldingRow>;
  readonly entries: CursorReader<EntryRow>;
  readonly totals: CursorReader<TotalRow>;
}

/** The stored rows in the order {@link FinishedGroups} hands the fold's: the day each was finished (still open last), then its key. */
function storedRows(em: Em, companyId: string): StoredRows {
  return {
    holdings: new CursorReader<HoldingRow>(em, 'verify_holdings', `select ${HOLDING_COLUMNS} from share_holding where company_id = ? order by held_to, share_number, opened_by`, [companyId]),
    entries: new CursorReader<EntryRow>(
      em,
      'verify_entries',
      `select ${ENTRY_COLUMNS} from register_entry where company_id = ? order by coalesce(shown_to, ceased_on), opened_by, shown_from`,
      [companyId],
    ),
    totals: new CursorReader<TotalRow>(
      em,
      'verify_totals',
      `select on_date::text as "onDate", issued_shares as "issuedShares", current_members as "currentMembers" from register_total where company_id = ? order by on_date`,
      [companyId],
    ),
  };
}

/** Still open: after every date. */
const OPEN = '\uffff';
const holdingOrder = (a: HoldingRow, b: HoldingRow) => compare(a.heldTo ?? OPEN, b.heldTo ?? OPEN) || a.shareNumber - b.shareNumber || a.openedBy - b.openedBy;
const entryOrder = (a: EntryRow, b: EntryRow) => compare(a.shownTo ?? a.ceasedOn ?? OPEN, b.shownTo ?? b.ceasedOn ?? OPEN) || a.openedBy - b.openedBy || compare(a.shownFrom, b.shownFrom);
const compare = (p: string, q: string) => (p === q ? 0 : p < q ? -1 : 1);

/**
 * The fold's finished rows, a day at a time: the rows finished on one day are compared once its
 * totals are (the next day has begun, or the fold has ended), in the stored rows' order.
 */
class FinishedGroups implements FinishedRows {
  private holdings: HoldingRow[] = [];
  private entries: EntryRow[] = [];
  private readonly ready: { holdings: HoldingRow[]; entries: EntryRow[]; total: TotalRow }[] = [];

  holding(row: HoldingRow): void {
    this.holdings.push(row);
  }

  entry(row: EntryRow): void {
    this.entries.push(row);
  }

  total(row: TotalRow): void {
    this.ready.push({ holdings: this.holdings.sort(holdingOrder), entries: this.entries.sort(entryOrder), total: row });
    this.holdings = [];
    this.entries = [];
  }

  /** Whether a day's rows are ready to compare. */
  get anyReady(): boolean {
    return this.ready.length > 0;
  }

  /** Compares the days ready with the stored rows that come next; false at the first difference. */
  async compareWith(stored: StoredRows): Promise<boolean> {
    for (let day = this.ready.shift(); day !== undefined; day = this.ready.shift()) {
      for (const row of day.holdings) if (!sameFields(row, stored.holdings.take() ?? (await stored.holdings.next()))) return false;
      for (const row of day.entries) if (!sameFields(row, stored.entries.take() ?? (await stored.entries.next()))) return false;
      if (!sameFields(day.total, stored.totals.take() ?? (await stored.totals.next()))) return false;
    }
    return true;
  }
}
