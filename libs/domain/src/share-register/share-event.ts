import type { CalendarDate, Instant } from '../calendar/calendar-date';

/**
 * The holder as entered on the register (Companies Act 2006 s.113): a member's name and address.
 * A practice-owned company enters the practice (through its partners' names or its company) and
 * links the member to it.
 */
export interface Holder {
  readonly memberId: string;
  readonly name: string;
  readonly address: string;
  readonly practiceId: string | null;
  /**
   * RM-2 (s.113(5)): a share held jointly names every holder, with one address. `name` is the
   * first-named holder; these are the others, in the order named. Absent for a sole holder.
   */
  readonly jointHolders?: readonly string[];
}

/** What every share event carries: its id, the day it takes effect (a calendar date) and when it was recorded (a UTC instant). */
export interface ShareEventBase {
  /** Identifies the event in the ledger. */
  readonly eventId: string;
  /** The date the change takes effect on the register. */
  readonly effectiveOn: CalendarDate;
  /** When the change was entered, in UTC. */
  readonly recordedAt: Instant;
  /** The resolution that authorised the change, where the articles require one. */
  readonly authorisedBy?: string | null;
}

/** Shares issued to a holder (s.554): registered on `effectiveOn`. */
export interface ShareAllotment extends ShareEventBase {
  readonly type: 'allotment';
  readonly shareNumber: number;
  readonly shareClass: string;
  readonly nominalPence: number;
  readonly paidUpPence: number;
  readonly holder: Holder;
  /**
   * Taken by a subscriber to the memorandum on incorporation (FC-1): it is in the statement of
   * capital delivered with the application to register, so no SH01 return is due for it.
   */
  readonly subscriber?: boolean;
}

/** A share passes from one member to a holder on a proper instrument (s.770), lodged then registered. */
export interface ShareTransfer extends ShareEventBase {
  readonly type: 'transfer';
  readonly shareNumber: number;
  readonly fromMemberId: string;
  readonly to: Holder;
  /** The day the transfer was lodged with the company; `effectiveOn` is the day it was registered. */
  readonly lodgedOn: CalendarDate;
}

/**
 * Why a share ceases to exist: surrendered, bought back (SR-2), forfeited under the articles (SR-1:
 * not a reduction of capital), or otherwise cancelled (`cancellation`: a reduction of capital, SR-1).
 */
export type CancellationReason = 'surrender' | 'buy-back' | 'forfeiture' | 'cancellation';

/** A share ceases to exist: surrendered, bought back, forfeited or cancelled. Its number is never used again. */
export interface ShareCancellation extends ShareEventBase {
  readonly type: 'cancellation';
  readonly shareNumber: number;
  readonly memberId: string;
  readonly reason: CancellationReason;
  readonly note: string | null;
  /** SR-1: for a reduction of capital (`cancellation`), the day the directors' solvency statement was made (s.642). */
  readonly solvencyStatementOn?: CalendarDate;
  /** SR-1: for a reduction of capital confirmed by the court instead (s.645–648), the order's reference. */
  readonly courtOrderReference?: string;
  /** SR-1: for a forfeiture, the day the notice requiring payment of the call was given (the articles' `forfeiture` setting). */
  readonly forfeitureNoticeOn?: CalendarDate;
  /** SH-4: for a buy-back, the price paid for the share, in integer pence; for a CIC no more than its paid-up value. Absent in entries written before it, and when not given. */
  readonly pricePence?: number;
}

/**
 * RM-3 (s.113(6A)): a member's name or address (or joint holders' names) changes from `effectiveOn`.
 * No share moves: the member's entry shows the old particulars before that day and these from it,
 * and `recordedAt` is when the change was entered. A practice's change is entered this way for the
 * member that holds its share.
 */
export interface ParticularsChange extends ShareEventBase {
  readonly type: 'particulars-change';
  readonly memberId: string;
  readonly name: string;
  readonly address: string;
  readonly jointHolders?: readonly string[];
}

/** A change that moves a share, and so needs the authority the articles give for its action. */
export type ShareMovement = ShareAllotment | ShareTransfer | ShareCancellation;

/** One entry of the append-only share ledger. */
export type ShareEvent = ShareAllotment | ShareTransfer | ShareCancellation | ParticularsChange;

/** The share an event moves, or null for one that moves none (a change of particulars). */
export function shareOf(event: ShareEvent): number | null {
  return event.type === 'particulars-change' ? null : event.shareNumber;
}

/** The member ids an event touches, for finding the events a change depends on. */
export function membersOf(event: ShareEvent): string[] {
  switch (event.type) {
    case 'allotment':
      return [event.holder.memberId];
    case 'transfer':
      return [event.fromMemberId, event.to.memberId];
    case 'cancellation':
      return [event.memberId];
    case 'particulars-change':
      return [event.memberId];
  }
}
