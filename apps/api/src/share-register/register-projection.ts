import { nameKey, ShareRegister, type CalendarDate, type Company, type MemberRecord, type ShareEvent, type ShareRecord } from '#domain';
import { emitChanges, issuedBy, type ChangeSink, type ProjectionDelta } from './projection-delta';

export { projectionDelta, type ProjectionChange, type ProjectionDelta } from './projection-delta';

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
export class ProjectionBuilder implements ChangeSink {
  readonly holdings: HoldingRow[] = [];
  readonly entries: EntryRow[] = [];
  private readonly openHoldings = new Map<number, HoldingRow>();
  private readonly openEntries = new Map<string, EntryRow>();
  private readonly totals = new Map<string, TotalRow>();
  private lastTotal: TotalRow | null = null;
  private issued = 0;
  private members = 0;
  /** The entry number of the event being applied (`openedBy` of the rows it opens). */
  private openedBy = 0;

  constructor(private readonly finished?: FinishedRows) {}

  /** Applies the changes {@link projectionDelta} gave for `event`. */
  apply(event: ShareEvent, delta: ProjectionDelta): void {
    this.begin(event);
    for (const change of delta.changes) {
      switch (change.op) {
        case 'open-holding':
          this.openRow(change.shareNumber, change.memberId, change.from, change.shareClass, change.nominalPence, change.paidUpPence, change.authorisedBy);
          break;
        case 'close-holding':
          this.closeHolding(change.shareNumber, change.on);
          break;
        case 'open-entry':
          this.openEntry(change.memberId, change.registeredOn, change.name, change.address, change.jointHolders);
          break;
        case 'change-particulars':
          this.changeParticulars(change.memberId, change.from, change.name, change.address, change.jointHolders);
          break;
        case 'close-entry':
          this.closeEntry(change.memberId, change.on);
          break;
      }
    }
    this.end(event, delta.issuedShares, delta.currentMembers);
  }

  /**
   * Applies an accepted event given its members' records just before it and the register just after
   * it: the same rows as `apply(event, projectionDelta(event, memberBefore, after))`, without building
   * the delta.
   */
  applyEvent(event: ShareEvent, memberBefore: (memberId: string) => MemberRecord | undefined, after: ShareRegister): void {
    this.begin(event);
    const currentMembers = emitChanges(event, memberBefore, after, this);
    this.end(event, issuedBy(event), currentMembers);
  }

  private begin(event: ShareEvent): void {
    this.openedBy = Number(event.eventId);
    const last = this.lastTotal;
    if (this.finished !== undefined && last !== null && last.onDate !== event.effectiveOn) this.finished.total(last);
  }

  /** The day's totals after the event: the row of the event's day, updated in place while that day's events come. */
  private end(event: ShareEvent, issuedShares: number, currentMembers: number): void {
    this.issued += issuedShares;
    this.members += currentMembers;
    const last = this.lastTotal;
    if (last !== null && last.onDate === event.effectiveOn) {
      last.issuedShares = this.issued;
      last.currentMembers = this.members;
      return;
    }
    const total = { onDate: event.effectiveOn, issuedShares: this.issued, currentMembers: this.members };
    if (this.finished === undefined) this.totals.set(event.effectiveOn, total);
    this.lastTotal = total;
  }

  /** @internal {@link ChangeSink} */
  openHolding(memberId: string, from: CalendarDate, share: ShareRecord): void {
    this.openRow(share.shareNumber, memberId, from, share.shareClass, share.nominalPence, share.paidUpPence, share.authorisedBy ?? null);
  }

  private openRow(shareNumber: number, memberId: string, from: CalendarDate, shareClass: string, nominalPence: number, paidUpPence: number, authorisedBy: string | null): void {
    const row: HoldingRow = { shareNumber, openedBy: this.openedBy, memberId, heldFrom: from, heldTo: null, shareClass, nominalPence, paidUpPence, authorisedBy };
    if (this.finished === undefined) this.holdings.push(row);
    this.openHoldings.set(shareNumber, row);
  }

  /** @internal {@link ChangeSink} */
  closeHolding(shareNumber: number, on: CalendarDate): void {
    const row = this.openHoldings.get(shareNumber)!;
    row.heldTo = on;
    this.openHoldings.delete(shareNumber);
    this.finished?.holding(row);
  }

  /** @internal {@link ChangeSink} */
  openEntry(memberId: string, registeredOn: CalendarDate, name: string, address: string, jointHolders: readonly string[] | null): void {
    this.keepOpen({ memberId, openedBy: this.openedBy, registeredOn, ceasedOn: null, name, nameKey: nameKey(name), address, shownFrom: registeredOn, shownTo: null, jointHolders });
  }

  /** @internal {@link ChangeSink} */
  changeParticulars(memberId: string, from: CalendarDate, name: string, address: string, jointHolders: readonly string[] | null): void {
    const open = this.openEntries.get(memberId)!;
    open.shownTo = from;
    this.finished?.entry(open);
    this.keepOpen({ ...open, openedBy: this.openedBy, name, nameKey: nameKey(name), address, jointHolders, shownFrom: from, shownTo: null });
  }

  /** An entry row opened: kept (when every row is kept) and open until it ceases or is replaced. */
  private keepOpen(row: EntryRow): void {
    if (this.finished === undefined) this.entries.push(row);
    this.openEntries.set(row.memberId, row);
  }

  /** @internal {@link ChangeSink} */
  closeEntry(memberId: string, on: CalendarDate): void {
    const row = this.openEntries.get(memberId)!;
    row.ceasedOn = on;
    this.openEntries.delete(memberId);
    this.finished?.entry(row);
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
  const register = ShareRegister.fold(company, events, (event, memberBefore, after) => builder.applyEvent(event, memberBefore, after), periods);
  return { register, rows: { holdings: builder.holdings, entries: builder.entries, totals: builder.totalRows() } };
}
