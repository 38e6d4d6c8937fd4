import { Injectable } from '@nestjs/common';
import { nameKey, type CalendarDate, type EntryStatus, type RegisterEntry, type RegisterShare } from '#domain';
import type { Em } from '../database/orm';
import type { EntryRow, HoldingRow, ProjectionDelta, TotalRow } from './register-projection';
import { nameSearchCondition } from './name-search-sql';

/** Where a page of the register starts: just after this entry, in register order. */
export interface RegisterCursor {
  readonly nameKey: string;
  readonly memberId: string;
  readonly registeredOn: string;
  /**
   * How many entries with this very name, member and date the pages so far returned: a member who
   * joined, left and joined again on one day has several. Null: after all of them.
   */
  readonly tied: number | null;
}

export interface RegisterPageQuery {
  readonly asAt: CalendarDate;
  readonly status: EntryStatus;
  readonly limit: number;
  readonly offset: number;
  readonly after: RegisterCursor | null;
  /**
   * True when `asAt` is on or after the last day the register changed (`totals().latest`): then the
   * particulars shown are those never replaced, and the page reads only them.
   */
  readonly shownNow?: boolean;
  /** RM-1: only the entries a word of whose name begins with this (`nameHasWordStarting`); absent or empty for every entry. */
  readonly name?: string | null;
}

interface EntryQueryRow {
  memberId: string;
  openedBy: number;
  registeredOn: CalendarDate;
  ceasedOn: CalendarDate | null;
  name: string;
  nameKey: string;
  address: string;
  jointHolders: string[] | null;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');
const BULK_ROWS = 1000;

/**
 * The projection of the ledger that register queries read: s.113 entries and share holdings by
 * effective date, and running totals per day. It can always be rebuilt from the ledger.
 */
@Injectable()
export class RegisterStore {
  /** Entries of the register as at a date, in register order, with the shares held that day. */
  async page(em: Em, companyId: string, q: RegisterPageQuery): Promise<{ entries: RegisterEntry[]; last: RegisterCursor | null }> {
    const params: unknown[] = [companyId, q.asAt];
    // One row per version of an entry's particulars: the version shown that day. On or after the
    // register's last change that is the version not yet replaced, which a partial index holds alone.
    let where = q.shownNow
      ? `company_id = ? and registered_on <= ? and shown_from <= ? and shown_to is null`
      : `company_id = ? and registered_on <= ? and shown_from <= ? and coalesce(shown_to, 'infinity'::date) > ?`;
    params.push(q.asAt);
    if (!q.shownNow) params.push(q.asAt);
    if (q.status === 'current') {
      where += ` and coalesce(ceased_on, 'infinity'::date) > ?`;
      params.push(q.asAt);
    } else if (q.status === 'former') {
      where += ` and coalesce(ceased_on, 'infinity'::date) <= ?`;
      params.push(q.asAt);
    }
    const search = nameSearchCondition(q.name);
    where += search.sql;
    params.push(...search.params);
    const filter = { where, params: [...params] };
    if (q.after) {
      // From the cursor's own key on, skipping the entries with that key already returned.
      where += ` and (name_key collate "C", member_id collate "C", registered_on) ${q.after.tied === null ? '>' : '>='} (? collate "C", ? collate "C", ?::date)`;
      params.push(q.after.nameKey, q.after.memberId, q.after.registeredOn);
    }
    params.push(q.limit, q.offset + (q.after?.tied ?? 0));
    // Entries with the same key are one member's periods begun on one day: in the order they began.
    const rows = await em.execute<EntryQueryRow[]>(
      `select member_id as "memberId", opened_by as "openedBy", registered_on::text as "registeredOn", ceased_on::text as "ceasedOn",
              name, name_key as "nameKey", address, joint_holders as "jointHolders"
       from register_entry where ${where}
       order by name_key collate "C", member_id collate "C", registered_on, coalesce(ceased_on, 'infinity'::date), opened_by
       limit ? offset ?`,
      params,
    );
    const current = rows.filter((r) => r.ceasedOn === null || r.ceasedOn > q.asAt).map((r) => r.memberId);
    const shares = await this.sharesHeld(em, companyId, current, q.asAt);
    const entries = rows.map((r) => {
      const isCurrent = r.ceasedOn === null || r.ceasedOn > q.asAt;
      return {
        memberId: r.memberId,
        name: r.name,
        address: r.address,
        ...(r.jointHolders ? { jointHolders: r.jointHolders } : {}),
        registeredOn: r.registeredOn,
        ceasedOn: isCurrent ? null : r.ceasedOn,
        shares: isCurrent ? (shares.get(r.memberId) ?? []) : [],
      };
    });
    const tail = rows[rows.length - 1];
    if (!tail) return { entries, last: null };
    const sameKey = (r: Omit<RegisterCursor, 'tied'>) => r.nameKey === tail.nameKey && r.memberId === tail.memberId && r.registeredOn === tail.registeredOn;
    let tied = 0;
    while (tied < rows.length && sameKey(rows[rows.length - 1 - tied])) tied += 1;
    if (tied === rows.length && q.offset > 0) {
      // The page began part-way through the entries with this key, after some the offset skipped: count them all.
      const counted = await em.execute<{ n: number }[]>(
        `select count(*)::int as n from register_entry where ${filter.where}
         and name_key = ? and member_id = ? and registered_on = ? and opened_by <= ?`,
        [...filter.params, tail.nameKey, tail.memberId, tail.registeredOn, tail.openedBy],
      );
      tied = counted[0].n;
    } else if (tied === rows.length && q.after?.tied != null && sameKey(q.after)) {
      tied += q.after.tied; // the page went on with the cursor's own key
    }
    return { entries, last: { nameKey: tail.nameKey, memberId: tail.memberId, registeredOn: tail.registeredOn, tied } };
  }

  /**
   * The totals as at `asAt`, and (in the same statement) the latest effective date of any share event:
   * null before the first.
   */
  async totals(em: Em, companyId: string, asAt: CalendarDate): Promise<{ issuedShares: number; currentMembers: number; latest: CalendarDate | null }> {
    const [row] = await em.execute<{ issuedShares: number | null; currentMembers: number | null; latest: CalendarDate | null }[]>(
      `select t.issued_shares as "issuedShares", t.current_members as "currentMembers",
              (select on_date::text from register_total where company_id = ? order by register_total.on_date desc limit 1) as "latest"
       from (select 1) one left join lateral (
         select issued_shares, current_members from register_total where company_id = ? and on_date <= ? order by on_date desc limit 1
       ) t on true`,
      [companyId, companyId, asAt],
    );
    return { issuedShares: row?.issuedShares ?? 0, currentMembers: row?.currentMembers ?? 0, latest: row?.latest ?? null };
  }

  /** The latest effective date of a share event on or before `on`, or null before the first. */
  async lastEffectiveOnOrBefore(em: Em, companyId: string, on: CalendarDate): Promise<CalendarDate | null> {
    const [row] = await em.execute<{ last: CalendarDate | null }[]>(
      `select (select max(on_date)::text from register_total where company_id = ? and on_date <= ?) as "last"`,
      [companyId, on],
    );
    return row?.last ?? null;
  }

  /**
   * IN-4 (s.120): whether the register as it stood at the end of `on` was corrected on a later day (in
   * England): a correcting entry (SR-4) recorded after `on` of an entry taking effect by then, or putting
   * one in its place that does. That rectification was still to be made on `on`. (Share entries recorded
   * late are not counted: a company's history entered when it adopts the service is all recorded then.)
   * Nothing is looked for when the ledger's head was recorded by the end of `on`.
   */
  async correctedAfter(em: Em, companyId: string, on: CalendarDate): Promise<boolean> {
    const [row] = await em.execute<{ late: boolean }[]>(
      `with since as (select ((?::date + 1)::timestamp at time zone 'Europe/London') as t)
       select exists (select 1 from company c, since where c.id = ? and c.head_recorded_at >= since.t)
          and exists (select 1 from ledger_entry k
                      join ledger_entry v on v.company_id = k.company_id and v.sequence = (k.payload->>'correctsSequence')::int, since
                      where k.company_id = ? and k.kind like 'share-correction.%' and k.recorded_at >= since.t
                        and (v.effective_on <= ? or (k.payload->'replacement'->>'effectiveOn')::date <= ?)) as "late"`,
      [on, companyId, companyId, on, on],
    );
    return row?.late === true;
  }

  /** The latest effective date of any share event, or null before the first. */
  async latestEffectiveOn(em: Em, companyId: string): Promise<CalendarDate | null> {
    const rows = await em.execute<{ onDate: CalendarDate }[]>(
      `select on_date::text as "onDate" from register_total where company_id = ? order by on_date desc limit 1`,
      [companyId],
    );
    return rows[0]?.onDate ?? null;
  }

  /** The latest name the register gives each of `memberIds` that it has ever entered, on any day. */
  async namesOf(em: Em, companyId: string, memberIds: readonly string[]): Promise<Map<string, string>> {
    if (memberIds.length === 0) return new Map();
    const rows = await em.execute<{ memberId: string; name: string }[]>(
      `select distinct on (member_id) member_id as "memberId", name from register_entry
       where company_id = ? and member_id in (${placeholders(memberIds.length)})
       order by member_id, registered_on desc, shown_from desc`,
      [companyId, ...memberIds],
    );
    return new Map(rows.map((r) => [r.memberId, r.name]));
  }

  /** Who holds a share now, or null if it is not in issue. */
  async currentHolder(em: Em, companyId: string, shareNumber: number): Promise<string | null> {
    const rows = await em.execute<{ memberId: string }[]>(
      `select member_id as "memberId" from share_holding where company_id = ? and share_number = ? and held_to is null`,
      [companyId, shareNumber],
    );
    return rows[0]?.memberId ?? null;
  }

  /** Applies one event's changes; only for an event dated on or after every earlier one. */
  async applyDelta(em: Em, companyId: string, openedBy: number, effectiveOn: CalendarDate, delta: ProjectionDelta): Promise<void> {
    for (const change of delta.changes) {
      switch (change.op) {
        case 'open-holding':
          await em.execute(
            `insert into share_holding (company_id, share_number, opened_by, member_id, held_from, held_to, share_class, nominal_pence, paid_up_pence, authorised_by)
             values (?, ?, ?, ?, ?, null, ?, ?, ?, ?)`,
            [companyId, change.shareNumber, openedBy, change.memberId, change.from, change.shareClass, change.nominalPence, change.paidUpPence, change.authorisedBy],
          );
          break;
        case 'close-holding':
          await em.execute(
            `update share_holding set held_to = ? where company_id = ? and share_number = ? and held_to is null`,
            [change.on, companyId, change.shareNumber],
          );
          break;
        case 'open-entry':
          await em.execute(
            `insert into register_entry (company_id, member_id, opened_by, registered_on, ceased_on, name, name_key, address, shown_from, joint_holders)
             values (?, ?, ?, ?, null, ?, ?, ?, ?, ?::jsonb)`,
            [companyId, change.memberId, openedBy, change.registeredOn, change.name, nameKey(change.name), change.address, change.registeredOn, jsonOrNull(change.jointHolders)],
          );
          break;
        case 'change-particulars':
          await em.execute(
            `insert into register_entry (company_id, member_id, opened_by, registered_on, ceased_on, name, name_key, address, shown_from, joint_holders)
             select company_id, member_id, ?, registered_on, null, ?, ?, ?, ?::date, ?::jsonb from register_entry
             where company_id = ? and member_id = ? and ceased_on is null and shown_to is null`,
            [openedBy, change.name, nameKey(change.name), change.address, change.from, jsonOrNull(change.jointHolders), companyId, change.memberId],
          );
          await em.execute(
            `update register_entry set shown_to = ? where company_id = ? and member_id = ? and ceased_on is null and shown_to is null and opened_by <> ?`,
            [change.from, companyId, change.memberId, openedBy],
          );
          break;
        case 'close-entry':
          await em.execute(
            `update register_entry set ceased_on = ? where company_id = ? and member_id = ? and ceased_on is null and shown_to is null`,
            [change.on, companyId, change.memberId],
          );
          break;
      }
    }
    // The day's totals: the last totals on or before it, plus this event's changes (one statement).
    await em.execute(
      `insert into register_total (company_id, on_date, issued_shares, current_members)
       select ?, ?::date, coalesce(b.issued_shares, 0) + ?, coalesce(b.current_members, 0) + ?
       from (select 1) one left join lateral (
         select issued_shares, current_members from register_total where company_id = ? and on_date <= ? order by on_date desc limit 1
       ) b on true
       on conflict (company_id, on_date) do update set issued_shares = excluded.issued_shares, current_members = excluded.current_members`,
      [companyId, effectiveOn, delta.issuedShares, delta.currentMembers, companyId, effectiveOn],
    );
  }

  /** Replaces the company's projection with rows built from the whole ledger. */
  async replace(em: Em, companyId: string, rows: { holdings: readonly HoldingRow[]; entries: readonly EntryRow[]; totals: readonly TotalRow[] }): Promise<void> {
    for (const table of ['share_holding', 'register_entry', 'register_total']) {
      await em.execute(`delete from ${table} where company_id = ?`, [companyId]);
    }
    await insertRows(em, 'share_holding', ['company_id', 'share_number', 'opened_by', 'member_id', 'held_from', 'held_to', 'share_class', 'nominal_pence', 'paid_up_pence', 'authorised_by'],
      rows.holdings.map((h) => [companyId, h.shareNumber, h.openedBy, h.memberId, h.heldFrom, h.heldTo, h.shareClass, h.nominalPence, h.paidUpPence, h.authorisedBy]));
    await insertRows(em, 'register_entry', ['company_id', 'member_id', 'opened_by', 'registered_on', 'ceased_on', 'name', 'name_key', 'address', 'shown_from', 'shown_to', 'joint_holders'],
      rows.entries.map((e) => [companyId, e.memberId, e.openedBy, e.registeredOn, e.ceasedOn, e.name, e.nameKey, e.address, e.shownFrom, e.shownTo, jsonOrNull(e.jointHolders)]));
    await insertRows(em, 'register_total', ['company_id', 'on_date', 'issued_shares', 'current_members'],
      rows.totals.map((t) => [companyId, t.onDate, t.issuedShares, t.currentMembers]));
  }

  private async sharesHeld(em: Em, companyId: string, memberIds: string[], asAt: CalendarDate): Promise<Map<string, RegisterShare[]>> {
    const byMember = new Map<string, RegisterShare[]>();
    if (memberIds.length === 0) return byMember;
    const rows = await em.execute<(RegisterShare & { memberId: string })[]>(
      `select member_id as "memberId", share_number as "shareNumber", share_class as "shareClass",
              nominal_pence as "nominalPence", paid_up_pence as "paidUpPence", authorised_by as "authorisedBy"
       from share_holding where company_id = ? and member_id in (${placeholders(memberIds.length)})
         and held_from <= ? and coalesce(held_to, 'infinity'::date) > ? order by share_number`,
      [companyId, ...memberIds, asAt, asAt],
    );
    for (const { memberId, authorisedBy, ...share } of rows) {
      const shown = authorisedBy ? { ...share, authorisedBy } : share;
      byMember.set(memberId, [...(byMember.get(memberId) ?? []), shown]);
    }
    return byMember;
  }
}

/** A jsonb parameter: the list as JSON text, or null. */
function jsonOrNull(list: readonly string[] | null): string | null {
  return list === null ? null : JSON.stringify(list);
}

async function insertRows(em: Em, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += BULK_ROWS) {
    const chunk = rows.slice(i, i + BULK_ROWS);
    const tuple = `(${placeholders(columns.length)})`;
    await em.execute(
      `insert into ${table} (${columns.join(', ')}) values ${chunk.map(() => tuple).join(', ')}`,
      chunk.flat(),
    );
  }
}

