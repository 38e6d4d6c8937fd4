import type { CalendarDate } from '#domain';
import { shareCorrectionsFamily } from '../ledger/codecs/share-records.codec';

/** What a share write needs of the register before it builds its event (RM-2's order, RM-4, the next share number). */
export interface ShareWriteState {
  /** The latest effective date of any share event (null before the first). */
  readonly latest: CalendarDate | null;
  /** Whether the register was ever corrected (RM-4): the share entries are then not all in force. */
  readonly corrected: boolean;
  /** The highest share number ever used (0 before the first). */
  readonly highest: number;
}

/** The row {@link writeStateColumns} select (`highest` null before the first share). */
export interface WriteStateRow {
  readonly latest: CalendarDate | null;
  readonly corrected: boolean;
  readonly highest: number | null;
}

/** The columns of a select that read the {@link ShareWriteState}, in one round trip with whatever else the select reads. */
export function writeStateColumns(companyId: string): { sql: string; params: unknown[] } {
  return {
    sql: `(select on_date::text from register_total where company_id = ? order by register_total.on_date desc limit 1) as "latest",
      exists (select 1 from ledger_entry where company_id = ? and kind like ?) as "corrected",
      (select max(share_number) from share_holding where company_id = ?) as "highest"`,
    params: [companyId, companyId, `${shareCorrectionsFamily.prefix}%`, companyId],
  };
}

/** The state from its row (absent: a company with no share event yet). */
export function writeStateOf(row: WriteStateRow | undefined): ShareWriteState {
  return { latest: row?.latest ?? null, corrected: row?.corrected === true, highest: row?.highest ?? 0 };
}
