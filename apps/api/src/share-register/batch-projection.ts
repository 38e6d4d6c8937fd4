import { nameKey, type CalendarDate, type ShareEvent } from '#domain';
import type { EntryRow, HoldingRow, ProjectionDelta, TotalRow } from './register-projection';

/** What a batch changes in the projection, as rows: closings of rows it found open, and the rows it opens. */
export interface BatchProjection {
  /** Open holdings (before the batch) closed by it: the share and the day. */
  readonly closedHoldings: readonly { readonly shareNumber: number; readonly on: CalendarDate }[];
  /** Open entries (before the batch) closed by it: the member and the day. */
  readonly closedEntries: readonly { readonly memberId: string; readonly on: CalendarDate }[];
  readonly holdings: readonly HoldingRow[];
  readonly entries: readonly EntryRow[];
  /** The running totals of each day the batch touches. */
  readonly totals: readonly TotalRow[];
}

/**
 * The projection changes of a run of events, each dated on or after every earlier one, folded into
 * rows: what `RegisterStore.applyDelta` does event by event, as one set of rows per table. A row the
 * run opens and closes again is written closed; a row open before the run and closed by it is an update.
 */
export class BatchProjectionBuilder {
  private readonly holdings: HoldingRow[] = [];
  private readonly entries: EntryRow[] = [];
  private readonly openHoldings = new Map<number, HoldingRow>();
  private readonly openEntries = new Map<string, EntryRow>();
  private readonly closedHoldings: { shareNumber: number; on: CalendarDate }[] = [];
  private readonly closedEntries: { memberId: string; on: CalendarDate }[] = [];
  private readonly totals = new Map<CalendarDate, { onDate: CalendarDate; issuedShares: number; currentMembers: number }>();
  private issued: number;
  private members: number;

  /** `totals`: the latest day's totals before the run. */
  constructor(totals: { issuedShares: number; currentMembers: number }) {
    this.issued = totals.issuedShares;
    this.members = totals.currentMembers;
  }

  apply(event: ShareEvent, delta: ProjectionDelta): void {
    const openedBy = Number(event.eventId);
    for (const change of delta.changes) {
      switch (change.op) {
        case 'open-holding': {
          const { shareNumber, memberId, from, shareClass, nominalPence, paidUpPence, authorisedBy } = change;
          const row: HoldingRow = { shareNumber, openedBy, memberId, heldFrom: from, heldTo: null, shareClass, nominalPence, paidUpPence, authorisedBy };
          this.holdings.push(row);
          this.openHoldings.set(shareNumber, row);
          break;
        }
        case 'close-holding': {
          const open = this.openHoldings.get(change.shareNumber);
          if (open) open.heldTo = change.on;
          else this.closedHoldings.push({ shareNumber: change.shareNumber, on: change.on });
          this.openHoldings.delete(change.shareNumber);
          break;
        }
        case 'open-entry': {
          const { memberId, registeredOn, name, address, jointHolders } = change;
          const row: EntryRow = { memberId, openedBy, registeredOn, ceasedOn: null, name, nameKey: nameKey(name), address, shownFrom: registeredOn, shownTo: null, jointHolders };
          this.entries.push(row);
          this.openEntries.set(memberId, row);
          break;
        }
        case 'close-entry': {
          const open = this.openEntries.get(change.memberId);
          if (open) open.ceasedOn = change.on;
          else this.closedEntries.push({ memberId: change.memberId, on: change.on });
          this.openEntries.delete(change.memberId);
          break;
        }
        case 'change-particulars':
          // Not a batch event: a change of particulars has its own route.
          throw new Error('a batch of share events changes no particulars');
      }
    }
    this.issued += delta.issuedShares;
    this.members += delta.currentMembers;
    this.totals.set(event.effectiveOn, { onDate: event.effectiveOn, issuedShares: this.issued, currentMembers: this.members });
  }

  rows(): BatchProjection {
    return { closedHoldings: this.closedHoldings, closedEntries: this.closedEntries, holdings: this.holdings, entries: this.entries, totals: [...this.totals.values()] };
  }
}
