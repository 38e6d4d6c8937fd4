import { Injectable } from '@nestjs/common';
import type { Em } from '../database/orm';
import type { EntryRow, HoldingRow, TotalRow } from '../share-register/register-projection';

/** The register projection's three tables as stored, in key order: what the ledger export carries. */
export interface RegisterRows {
  readonly holdings: readonly HoldingRow[];
  readonly entries: readonly EntryRow[];
  readonly totals: readonly TotalRow[];
}

/**
 * Reads a company's register projection (share_holding, register_entry, register_total) row for row,
 * so that the ledger export can carry the register as it stood at the exported head and an auditor
 * can check offline that it equals the fold of the exported share entries.
 */
@Injectable()
export class RegisterRowsStore {
  async rows(em: Em, companyId: string): Promise<RegisterRows> {
    const holdings = await em.execute<HoldingRow[]>(
      `select share_number as "shareNumber", opened_by as "openedBy", member_id as "memberId", held_from::text as "heldFrom",
              held_to::text as "heldTo", share_class as "shareClass", nominal_pence as "nominalPence",
              paid_up_pence as "paidUpPence", authorised_by as "authorisedBy"
       from share_holding where company_id = ? order by share_number, opened_by`,
      [companyId],
    );
    const entries = await em.execute<EntryRow[]>(
      `select member_id as "memberId", opened_by as "openedBy", registered_on::text as "registeredOn", ceased_on::text as "ceasedOn",
              name, name_key as "nameKey", address, shown_from::text as "shownFrom", shown_to::text as "shownTo",
              joint_holders as "jointHolders"
       from register_entry where company_id = ? order by opened_by, shown_from`,
      [companyId],
    );
    const totals = await em.execute<TotalRow[]>(
      `select on_date::text as "onDate", issued_shares as "issuedShares", current_members as "currentMembers"
       from register_total where company_id = ? order by on_date`,
      [companyId],
    );
    return { holdings, entries, totals };
  }
}
