import type { CalendarDate } from '../calendar/calendar-date';

/** A share as the register knows it. `holderId` is null once the share is cancelled. */
export interface ShareRecord {
  readonly shareNumber: number;
  readonly shareClass: string;
  readonly nominalPence: number;
  readonly paidUpPence: number;
  readonly holderId: string | null;
  readonly issuedOn: CalendarDate;
  readonly cancelledOn: CalendarDate | null;
  /** Effective date of the last event that touched this share. */
  readonly lastChangedOn: CalendarDate;
  /** The resolution that authorised the event by which the holder got the share, if one was needed. */
  readonly authorisedBy?: string;
}

/**
 * One period of membership: an entry on the register from the day registered to the day ceased,
 * with the name and address entered for it.
 */
export interface MembershipPeriod {
  readonly name: string;
  readonly address: string;
  readonly registeredOn: CalendarDate;
  readonly ceasedOn: CalendarDate | null;
  /** RM-2: the other joint holders' names, after the first-named `name`; absent for a sole holder. */
  readonly jointHolders?: readonly string[];
}

/** A member as the register's fold keeps it: particulars, periods on the register and the shares held now (RM-1, RM-2). */
export interface MemberRecord {
  readonly memberId: string;
  readonly name: string;
  readonly address: string;
  readonly practiceId: string | null;
  /** RM-2: the other joint holders' names, after the first-named `name`; absent for a sole holder. */
  readonly jointHolders?: readonly string[];
  readonly periods: readonly MembershipPeriod[];
  /** Numbers of the shares the member holds now, ascending. */
  readonly shareNumbers: readonly number[];
  /** Effective date of the last event that touched this member. */
  readonly lastChangedOn: CalendarDate;
}

/** The part of a register a change needs to be checked against (see {@link ShareRegister.fromSnapshot}). */
export interface RegisterSnapshot {
  readonly shares: readonly ShareRecord[];
  readonly members: readonly MemberRecord[];
}
