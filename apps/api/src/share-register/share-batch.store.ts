import { Injectable } from '@nestjs/common';
import type { CalendarDate, Holder, ShareEvent } from '#domain';
import { BatchProjectionBuilder, type BatchProjection } from './batch-projection';
import { JSON_PARAM, jsonParam } from '../database/json-param';
import type { Em } from '../database/orm';
import type { WritesWithEntry } from '../ledger/ledger';
import type { ProjectionRows } from './projection-difference';
import { ENTRY_COLUMNS, HOLDING_COLUMNS } from './projection.store';
import type { EntryRow, HoldingRow, ProjectionDelta } from './register-projection';
import type { MemberRow } from './share-event-builders';
import { writeStateColumns, writeStateOf, type WriteStateRow } from './write-state';

/** What a batch of share events reads first, in one statement, about the company and what the batch names. */
export interface BatchState {
  /** The latest effective date of any share event (null before the first). */
  readonly latest: CalendarDate | null;
  /** Whether the register was ever corrected (RM-4): the share entries are then not all in force. */
  readonly corrected: boolean;
  /** The highest share number ever used, or 0. */
  readonly highestShare: number;
  /** The totals of the latest day. */
  readonly totals: { readonly issuedShares: number; readonly currentMembers: number };
  /** The members of the company among the ids asked for. */
  readonly members: readonly MemberRow[];
  /** Who holds each share asked for that is in issue. */
  readonly holders: readonly { readonly shareNumber: number; readonly memberId: string }[];
  /** The ids asked for that are practices of the company. */
  readonly practices: readonly string[];
}

/**
 * The projection changes of `rows` (`r`: the JSON rows, `company`), as `data-modifying WITH` queries,
 * which all see the tables as they were before the statement, so the closings touch only rows open
 * before it: holdings and entries closed (`ch`, `ce`), holdings and entries opened (`h`, `e`).
 */
const PROJECTION_CHANGES = `closed_holdings as (
    update share_holding h set held_to = t.d from rows, jsonb_to_recordset(r->'ch') as t(n integer, d date)
    where h.company_id = company and h.share_number = t.n and h.held_to is null),
  closed_entries as (
    update register_entry e set ceased_on = t.d from rows, jsonb_to_recordset(r->'ce') as t(m text, d date)
    where e.company_id = company and e.member_id = t.m and e.ceased_on is null and e.shown_to is null),
  holdings as (
    insert into share_holding (company_id, share_number, opened_by, member_id, held_from, held_to, share_class, nominal_pence, paid_up_pence, authorised_by)
    select company, "shareNumber", "openedBy", "memberId", "heldFrom", "heldTo", "shareClass", "nominalPence", "paidUpPence", "authorisedBy"
    from rows, jsonb_to_recordset(r->'h') as t("shareNumber" integer, "openedBy" integer, "memberId" text, "heldFrom" date, "heldTo" date,
      "shareClass" text, "nominalPence" integer, "paidUpPence" integer, "authorisedBy" text)),
  entries as (
    insert into register_entry (company_id, member_id, opened_by, registered_on, ceased_on, name, name_key, address, shown_from, shown_to, joint_holders)
    select company, "memberId", "openedBy", "registeredOn", "ceasedOn", name, "nameKey", address, "shownFrom", "shownTo", "jointHolders"
    from rows, jsonb_to_recordset(r->'e') as t("memberId" text, "openedBy" integer, "registeredOn" date, "ceasedOn" date, name text, "nameKey" text,
      address text, "shownFrom" date, "shownTo" date, "jointHolders" jsonb))`;

/** New holders entered as members (`m`: id, name, address, practice, joint holders). */
const MEMBERS = `members as (
    insert into member (id, company_id, name, address, practice_id, joint_holders)
    select id, company, n, a, p, j from rows, jsonb_to_recordset(r->'m') as t(id text, n text, a text, p text, j jsonb))`;

/**
 * The batch route's reads and writes: one statement for what the checks need about the company and
 * the names the batch uses, and one multi-row statement per table for what it changes (rows passed as
 * one JSON parameter, read with `jsonb_to_recordset`).
 */
@Injectable()
export class ShareBatchStore {
  async state(em: Em, companyId: string, about: { memberIds: readonly string[]; shareNumbers: readonly number[]; practiceIds: readonly string[] }): Promise<BatchState> {
    const state = writeStateColumns(companyId);
    const [row] = await em.execute<(Omit<BatchState, 'totals' | 'latest' | 'corrected' | 'highestShare'> & WriteStateRow & { totals: BatchState['totals'] | null })[]>(
      `select ${state.sql},
         (select json_build_object('issuedShares', issued_shares, 'currentMembers', current_members) from register_total
            where company_id = ? order by on_date desc limit 1) as "totals",
         (select coalesce(json_agg(json_build_object('id', id, 'name', name, 'address', address, 'practiceId', practice_id, 'jointHolders', joint_holders)), '[]'::json)
            from member where company_id = ? and id = any(?::text[])) as "members",
         (select coalesce(json_agg(json_build_object('shareNumber', share_number, 'memberId', member_id)), '[]'::json)
            from share_holding where company_id = ? and held_to is null and share_number = any(?::integer[])) as "holders",
         (select coalesce(json_agg(id), '[]'::json) from practice where company_id = ? and id = any(?::text[])) as "practices"`,
      [
        ...state.params, companyId,
        companyId, pgArray(about.memberIds),
        companyId, pgArray(about.shareNumbers),
        companyId, pgArray(about.practiceIds),
      ],
    );
    const { latest, corrected, highest } = writeStateOf(row);
    const totals = row.totals ?? { issuedShares: 0, currentMembers: 0 };
    return { latest, corrected, highestShare: highest, totals, members: row.members, holders: row.holders, practices: row.practices };
  }

  /** The projection's holdings of these shares and members and the members' entries, in one statement (as `ProjectionStore.rows` with `about`). */
  async rowsAbout(em: Em, companyId: string, shareNumbers: readonly number[], memberIds: readonly string[]): Promise<ProjectionRows> {
    const [row] = await em.execute<{ holdings: HoldingRow[]; entries: EntryRow[] }[]>(
      `select
         (select coalesce(json_agg(h), '[]'::json) from (select ${HOLDING_COLUMNS} from share_holding where company_id = ?
            and (share_number = any(?::integer[]) or member_id = any(?::text[]))) h) as holdings,
         (select coalesce(json_agg(e), '[]'::json) from (select ${ENTRY_COLUMNS} from register_entry where company_id = ? and member_id = any(?::text[])) e) as entries`,
      [companyId, pgArray(shareNumbers), pgArray(memberIds), companyId, pgArray(memberIds)],
    );
    return { holdings: row.holdings, entries: row.entries };
  }

  /**
   * The batch's new holders entered as members and its projection changes, as WITH queries to send
   * with the batch's ledger entries (`CompanyWrite.appendAll`): each table's rows from one JSON
   * parameter (`data-modifying WITH` queries, which all see the tables as they were before the
   * statement, so the closings touch only rows open before the batch).
   */
  writes(companyId: string, holders: readonly Holder[], p: BatchProjection): WritesWithEntry {
    const rows = {
      m: holders.map(memberRow),
      ch: p.closedHoldings.map((c) => ({ n: c.shareNumber, d: c.on })),
      ce: p.closedEntries.map((c) => ({ m: c.memberId, d: c.on })),
      h: p.holdings,
      e: p.entries,
      t: p.totals,
    };
    return {
      sql: `rows as (select ${JSON_PARAM} as r, ?::text as company),
       ${MEMBERS},
       ${PROJECTION_CHANGES},
       totals as (
         insert into register_total (company_id, on_date, issued_shares, current_members)
         select company, "onDate", "issuedShares", "currentMembers" from rows, jsonb_to_recordset(r->'t') as t("onDate" date, "issuedShares" integer, "currentMembers" integer)
         on conflict (company_id, on_date) do update set issued_shares = excluded.issued_shares, current_members = excluded.current_members)`,
      params: [jsonParam(rows), companyId],
    };
  }

  /** Enters `holder`, a new member (its id just made), as a member of the company. */
  async insertMember(em: Em, companyId: string, holder: Holder): Promise<void> {
    await em.execute(`with rows as (select ${JSON_PARAM} as r, ?::text as company), ${MEMBERS} select 1`, [jsonParam({ m: [memberRow(holder)] }), companyId]);
  }

  /**
   * One event's projection changes (an event dated on or after every earlier one, changing no
   * particulars: what `RegisterStore.applyDelta` writes change by change), as WITH queries to send with
   * the event's ledger entry (`CompanyWrite.append`): the holdings and entries closed and opened, the
   * day's totals (the latest totals on or before `event.effectiveOn` plus the delta's) and, for a new
   * holder (`newMember`, its id just made), its member row.
   */
  eventWrites(companyId: string, event: ShareEvent, delta: ProjectionDelta, newMember: Holder | null): WritesWithEntry {
    const builder = new BatchProjectionBuilder({ issuedShares: 0, currentMembers: 0 });
    builder.apply(event, delta);
    const p = builder.rows();
    const rows = {
      m: newMember === null ? [] : [memberRow(newMember)],
      ch: p.closedHoldings.map((c) => ({ n: c.shareNumber, d: c.on })),
      ce: p.closedEntries.map((c) => ({ m: c.memberId, d: c.on })),
      h: p.holdings,
      e: p.entries,
    };
    return {
      sql: `rows as (select ${JSON_PARAM} as r, ?::text as company, ?::date as day, ?::integer as issued, ?::integer as joined),
       ${MEMBERS},
       ${PROJECTION_CHANGES},
       totals as (
         insert into register_total (company_id, on_date, issued_shares, current_members)
         select company, day, coalesce(b.issued_shares, 0) + issued, coalesce(b.current_members, 0) + joined
         from rows left join lateral (
           select issued_shares, current_members from register_total where company_id = company and on_date <= day order by on_date desc limit 1
         ) b on true
         on conflict (company_id, on_date) do update set issued_shares = excluded.issued_shares, current_members = excluded.current_members)`,
      params: [jsonParam(rows), companyId, event.effectiveOn, delta.issuedShares, delta.currentMembers],
    };
  }
}

/** A new holder's member row, as {@link MEMBERS} reads it. */
function memberRow(h: Holder) {
  return { id: h.memberId, n: h.name, a: h.address, p: h.practiceId, j: h.jointHolders && h.jointHolders.length > 0 ? h.jointHolders : null };
}

/** A PostgreSQL array literal of these values, for one `?::text[]` or `?::integer[]` parameter. */
function pgArray(values: readonly (string | number)[]): string {
  return `{${values.map((v) => (typeof v === 'number' ? String(v) : `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}
