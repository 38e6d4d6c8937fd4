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
}

interface ShareEventBase {
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

export type CancellationReason = 'surrender' | 'buy-back' | 'cancellation';

/** A share ceases to exist: surrendered, bought back or cancelled. Its number is never used again. */
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
}

/** One entry of the append-only share ledger. */
export type ShareEvent = ShareAllotment | ShareTransfer | ShareCancellation;

/** The member ids an event touches, for finding the events a change depends on. */
export function membersOf(event: ShareEvent): string[] {
  switch (event.type) {
    case 'allotment':
      return [event.holder.memberId];
    case 'transfer':
      return [event.fromMemberId, event.to.memberId];
    case 'cancellation':
      return [event.memberId];
  }
}
