import { Injectable } from '@nestjs/common';
import type { Em } from '../database/orm';
import type { ProjectionRows } from './projection-difference';
import type { EntryRow, HoldingRow, TotalRow } from './register-projection';

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The projection's rows as stored, for comparing with the fold of the ledger. */
@Injectable()
export class ProjectionStore {
  /**
   * With `about`, the holdings of those shares and members and the members' entries (no totals); without,
   * every row of the company's three tables.
   */
  async rows(em: Em, companyId: string, about?: { shareNumbers: readonly number[]; memberIds: readonly string[] }): Promise<ProjectionRows> {
    if (about && about.memberIds.length > 0) return this.rowsAbout(em, companyId, about);
    const shares = about?.shareNumbers ?? [];
    const members = about?.memberIds ?? [];
    const holdingFilter = about
      ? `and (share_number in (${placeholders(shares.length) || 'null'}) or member_id in (${placeholders(members.length) || 'null'}))`
      : '';
    const holdings = await em.execute<HoldingRow[]>(
      `select ${HOLDING_COLUMNS}
       from share_holding where company_id = ? ${holdingFilter}`,
      [companyId, ...shares, ...members],
    );
    if (about) return { holdings, entries: [] };
    const entries = await em.execute<EntryRow[]>(`select ${ENTRY_COLUMNS} from register_entry where company_id = ?`, [companyId]);
    const totals = await em.execute<TotalRow[]>(
      `select on_date::text as "onDate", issued_shares as "issuedShares", current_members as "currentMembers"
       from register_total where company_id = ?`,
      [companyId],
    );
    return { holdings, entries, totals };
  }

  /** The holdings of these shares and members and the members' entries, in one round trip (a share write's check). */
  private async rowsAbout(em: Em, companyId: string, about: { shareNumbers: readonly number[]; memberIds: readonly string[] }): Promise<ProjectionRows> {
    const columns = rowsAboutColumns(companyId, about);
    const [row] = await em.execute<{ holdings: HoldingRow[]; entries: EntryRow[] }[]>(`select ${columns.sql}`, columns.params);
    return { holdings: row.holdings, entries: row.entries };
  }
}

/**
 * The holdings of these shares and members and the members' entries (at least one member) as two JSON
 * columns, `holdings` and `entries`, of a select list: for a statement that reads them with other things.
 */
export function rowsAboutColumns(companyId: string, about: { shareNumbers: readonly number[]; memberIds: readonly string[] }): { sql: string; params: unknown[] } {
  const shares = about.shareNumbers;
  const members = about.memberIds;
  return {
    sql: `(select coalesce(json_agg(h), '[]'::json) from (select ${HOLDING_COLUMNS} from share_holding where company_id = ?
            and (share_number in (${placeholders(shares.length) || 'null'}) or member_id in (${placeholders(members.length)}))) h) as holdings,
         (select coalesce(json_agg(e), '[]'::json) from (select ${ENTRY_COLUMNS} from register_entry where company_id = ?
            and member_id in (${placeholders(members.length)})) e) as entries`,
    params: [companyId, ...shares, ...members, companyId, ...members],
  };
}

export const HOLDING_COLUMNS = `share_number as "shareNumber", opened_by as "openedBy", member_id as "memberId", held_from::text as "heldFrom",
  held_to::text as "heldTo", share_class as "shareClass", nominal_pence as "nominalPence",
  paid_up_pence as "paidUpPence", authorised_by as "authorisedBy"`;
export const ENTRY_COLUMNS = `member_id as "memberId", opened_by as "openedBy", registered_on::text as "registeredOn", ceased_on::text as "ceasedOn",
  name, name_key as "nameKey", address, shown_from::text as "shownFrom", shown_to::text as "shownTo",
  joint_holders as "jointHolders"`;

