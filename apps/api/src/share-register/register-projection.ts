import { nameKey, ShareRegister, type CalendarDate, type Company, type MemberRecord, type ShareEvent } from '#domain';

/** One change to the projection tables that an accepted share event causes. */
export type ProjectionChange =
  | {
      readonly op: 'open-holding';
      readonly shareNumber: number;
      readonly memberId: string;
      readonly from: CalendarDate;
      readonly shareClass: string;
      readonly nominalPence: number;
      readonly paidUpPence: number;
      readonly authorisedBy: string | null;
    }
  | { readonly op: 'close-holding'; readonly shareNumber: number; readonly on: CalendarDate }
  | { readonly op: 'open-entry'; readonly memberId: string; readonly registeredOn: CalendarDate; readonly name: string; readonly address: string; readonly jointHolders: readonly string[] | null }
  | { readonly op: 'close-entry'; readonly memberId: string; readonly on: CalendarDate }
  /** RM-3: the open entry's particulars change from `from`: its row stops being shown that day and a new one is shown from it. */
  | { readonly op: 'change-particulars'; readonly memberId: string; readonly from: CalendarDate; readonly name: string; readonly address: string; readonly jointHolders: readonly string[] | null };

export interface ProjectionDelta {
  readonly changes: readonly ProjectionChange[];
  readonly issuedShares: number;
  readonly currentMembers: number;
}

/**
 * What an accepted event changes in the projection, given the members' records just before it and
 * the register just after it.
 */
export function projectionDelta(
  event: ShareEvent,
  memberBefore: (memberId: string) => MemberRecord | undefined,
  after: ShareRegister,
): ProjectionDelta {
  const changes: ProjectionChange[] = [];
  let currentMembers = 0;
  const isCurrent = (m: MemberRecord | undefined) => m !== undefined && m.shareNumbers.length > 0;

  const leave = (memberId: string) => {
    const before = memberBefore(memberId);
    if (isCurrent(before) && !isCurrent(after.member(memberId))) {
      changes.push({ op: 'close-entry', memberId, on: event.effectiveOn });
      currentMembers -= 1;
    }
  };
  const join = (memberId: string, shareNumber: number) => {
    const member = after.member(memberId)!;
    if (!isCurrent(memberBefore(memberId))) {
      const period = member.periods[member.periods.length - 1];
      changes.push({ op: 'open-entry', memberId, registeredOn: event.effectiveOn, name: period.name, address: period.address, jointHolders: period.jointHolders ?? null });
      currentMembers += 1;
    }
    const share = after.share(shareNumber)!;
    changes.push({
      op: 'open-holding',
      shareNumber: share.shareNumber,
      memberId,
      from: event.effectiveOn,
      shareClass: share.shareClass,
      nominalPence: share.nominalPence,
      paidUpPence: share.paidUpPence,
      authorisedBy: share.authorisedBy ?? null,
    });
  };

  switch (event.type) {
    case 'allotment':
      join(event.holder.memberId, event.shareNumber);
      return { changes, issuedShares: 1, currentMembers };
    case 'transfer':
      changes.push({ op: 'close-holding', shareNumber: event.shareNumber, on: event.effectiveOn });
      leave(event.fromMemberId);
      join(event.to.memberId, event.shareNumber);
      return { changes, issuedShares: 0, currentMembers };
    case 'cancellation':
      changes.push({ op: 'close-holding', shareNumber: event.shareNumber, on: event.effectiveOn });
      leave(event.memberId);
      return { changes, issuedShares: -1, currentMembers };
    case 'particulars-change': {
      const member = after.member(event.memberId)!;
      changes.push({ op: 'change-particulars', memberId: event.memberId, from: event.effectiveOn, name: member.name, address: member.address, jointHolders: member.jointHolders ?? null });
      return { changes, issuedShares: 0, currentMembers };
    }
  }
}

export interface HoldingRow {
  shareNumber: number;
  openedBy: number;
  memberId: string;
  heldFrom: CalendarDate;
  heldTo: CalendarDate | null;
  shareClass: string;
  nominalPence: number;
  paidUpPence: number;
  authorisedBy: string | null;
}

export interface EntryRow {
  memberId: string;
  openedBy: number;
  registeredOn: CalendarDate;
  ceasedOn: CalendarDate | null;
  name: string;
  nameKey: string;
  address: string;
  /** The first day these particulars are shown; the day the next version replaced them (null: still shown). */
  shownFrom: CalendarDate;
  shownTo: CalendarDate | null;
  jointHolders: readonly string[] | null;
}

export interface TotalRow {
  onDate: CalendarDate;
  issuedShares: number;
  currentMembers: number;
}

/**
 * Where a {@link ProjectionBuilder} hands each row once no later event can change it: a holding when it
 * closes, an entry when it ceases or its particulars are replaced, a day's totals when the next day's
 * first event comes; the rows still open when the fold ends, at `finish`.
 */
export interface FinishedRows {
  holding(row: HoldingRow): void;
  entry(row: EntryRow): void;
  total(row: TotalRow): void;
}

/**
 * Builds the whole projection in memory from events folded in effective order; used to rebuild it
 * after a back-dated entry and to load large ledgers in bulk. Given `finished`, it keeps only the rows
 * still open and hands each row on as it is finished instead (memory bounded by the shares and members
 * on the register, not by the length of history).
 */
export class ProjectionBuilder {
  readonly holdings: HoldingRow[] = [];
  readonly entries: EntryRow[] = [];
  private readonly openHoldings = new Map<number, HoldingRow>();
  private readonly openEntries = new Map<string, EntryRow>();
  private readonly totals = new Map<string, TotalRow>();
  private lastTotal: TotalRow | null = null;
  private issued = 0;
  private members = 0;

  constructor(private readonly finished?: FinishedRows) {}

  apply(event: ShareEvent, delta: ProjectionDelta): void {
    const openedBy = Number(event.eventId);
    const finished = this.finished;
    if (finished !== undefined && this.lastTotal !== null && this.lastTotal.onDate !== event.effectiveOn) finished.total(this.lastTotal);
    for (const change of delta.changes) {
      switch (change.op) {
        case 'open-holding': {
          const row: HoldingRow = {
            shareNumber: change.shareNumber,
            openedBy,
            memberId: change.memberId,
            heldFrom: change.from,
            heldTo: null,
            shareClass: change.shareClass,
            nominalPence: change.nominalPence,
            paidUpPence: change.paidUpPence,
            authorisedBy: change.authorisedBy,
          };
          if (finished === undefined) this.holdings.push(row);
          this.openHoldings.set(change.shareNumber, row);
          break;
        }
        case 'close-holding': {
          const row = this.openHoldings.get(change.shareNumber)!;
          row.heldTo = change.on;
          this.openHoldings.delete(change.shareNumber);
          finished?.holding(row);
          break;
        }
        case 'open-entry': {
          const row: EntryRow = {
            memberId: change.memberId,
            openedBy,
            registeredOn: change.registeredOn,
            ceasedOn: null,
            name: change.name,
            nameKey: nameKey(change.name),
            address: change.address,
            shownFrom: change.registeredOn,
            shownTo: null,
            jointHolders: change.jointHolders,
          };
          if (finished === undefined) this.entries.push(row);
          this.openEntries.set(change.memberId, row);
          break;
        }
        case 'change-particulars': {
          const open = this.openEntries.get(change.memberId)!;
          open.shownTo = change.from;
          finished?.entry(open);
          const row: EntryRow = {
            ...open,
            openedBy,
            name: change.name,
            nameKey: nameKey(change.name),
            address: change.address,
            jointHolders: change.jointHolders,
            shownFrom: change.from,
            shownTo: null,
          };
          if (finished === undefined) this.entries.push(row);
          this.openEntries.set(change.memberId, row);
          break;
        }
        case 'close-entry': {
          const row = this.openEntries.get(change.memberId)!;
          row.ceasedOn = change.on;
          this.openEntries.delete(change.memberId);
          finished?.entry(row);
          break;
        }
      }
    }
    this.issued += delta.issuedShares;
    this.members += delta.currentMembers;
    const total = { onDate: event.effectiveOn, issuedShares: this.issued, currentMembers: this.members };
    if (finished === undefined) this.totals.set(event.effectiveOn, total);
    else this.lastTotal = total;
  }

  /** With `finished`: hands on the rows still open (holdings by share number, entries by opening entry) and the last day's totals. */
  finish(): void {
    const finished = this.finished;
    if (finished === undefined) return;
    for (const row of [...this.openHoldings.values()].sort((a, b) => a.shareNumber - b.shareNumber)) finished.holding(row);
    for (const row of [...this.openEntries.values()].sort((a, b) => a.openedBy - b.openedBy)) finished.entry(row);
    if (this.lastTotal !== null) finished.total(this.lastTotal);
  }

  totalRows(): TotalRow[] {
    return [...this.totals.values()];
  }
}

/**
 * Folds share events in effective order into the register and the projection rows they give; throws
 * the first rule an event breaks. `periods: 'latest'` when only the rows are wanted: the register then
 * keeps each member's latest membership period only (`ShareRegister.empty`), which the rows need.
 */
export function foldProjection(company: Company, events: readonly ShareEvent[], periods: 'all' | 'latest' = 'all') {
  const builder = new ProjectionBuilder();
  const register = ShareRegister.fold(company, events, (event, memberBefore, after) => builder.apply(event, projectionDelta(event, memberBefore, after)), periods);
  return { register, rows: { holdings: builder.holdings, entries: builder.entries, totals: builder.totalRows() } };
}
