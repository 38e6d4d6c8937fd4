import type { CalendarDate } from '../calendar/calendar-date';
import type { FilingRecord } from '../governance/compliance-calendar';
import { firstConfirmationOnOrAfter } from '../governance/filing-periods';
import type { Resolution } from '../governance/resolution-outcome';
import { verificationWarnings } from './officer-notifications';
import { ECCTA_REGISTERS_END_ON, type OfficersRecord } from './officers';

/**
 * The day by which directors already in office on 18 November 2025 must have confirmed their identity
 * is verified (EC-3): the due date of the company's first confirmation statement made up to a date on or
 * after that day, with review periods moved by statements delivered early (FC-2). `filings`: the
 * filings recorded, of which the confirmation statements count (`reference`: the review period's end, or its
 * earlier reference, `earlierStatementReference`).
 */
export function verificationDueWithStatement(incorporatedOn: CalendarDate, filings: readonly FilingRecord[]): CalendarDate {
  const filed = new Map(filings.filter((f) => f.kind === 'confirmation-statement').map((f) => [f.reference, f.filedOn]));
  return firstConfirmationOnOrAfter(incorporatedOn, (reference) => filed.get(reference), ECCTA_REGISTERS_END_ON).dueOn;
}

/** A director who took part in a board decision on a day they were acting as a director without a verified identity (EC-3). */
export interface UnverifiedParticipant {
  readonly directorId: string;
  /** The director's name on the register of directors that day. */
  readonly name: string;
  /** The calendar date they took part: the board meeting's, or the day they agreed a written board resolution. */
  readonly on: CalendarDate;
  /** Verification was due on this day (the appointment, or the first confirmation statement after 18 November 2025) and had not been given. */
  readonly verificationDueOn: CalendarDate;
  readonly message: string;
}

/**
 * EC-3: the directors who took part in a board resolution (present at its meeting, as its attendance
 * records them (`presentDirectorIds`) or by voting on it, or agreeing it in writing) on a day they were
 * acting as a director without a
 * verified identity after it was due, an offence under the Economic Crime and Corporate Transparency
 * Act. The decision itself stands; the secretary is warned so the board can consider it. Members'
 * resolutions give none. `firstStatementDueOn`: see {@link verificationDueWithStatement}.
 */
export function unverifiedParticipants(
  resolution: Resolution,
  officers: OfficersRecord,
  firstStatementDueOn: CalendarDate,
  presentDirectorIds: readonly string[] = [],
): UnverifiedParticipant[] {
  const atMeeting = resolution.procedure === 'board-meeting' ? [...new Set([...presentDirectorIds, ...resolution.votes.map((v) => v.directorId)])] : [];
  const taking =
    resolution.procedure === 'board-meeting'
      ? atMeeting.map((directorId) => ({ directorId, on: resolution.meetingOn }))
      : resolution.procedure === 'board-written'
        ? resolution.agreements.map((a) => ({ directorId: a.directorId, on: a.agreedOn }))
        : [];
  return taking.flatMap(({ directorId, on }) => {
    const warning = verificationWarnings(officers, on, firstStatementDueOn).find((w) => w.officerId === directorId && w.warning === 'acting-unverified');
    if (warning === undefined) return [];
    const how = resolution.procedure === 'board-meeting' ? 'took part in the board meeting' : 'agreed the written board resolution';
    return [{ directorId, name: warning.name, on, verificationDueOn: warning.dueOn, message: `${warning.name} ${how} on ${on} without a verified identity, which was due by ${warning.dueOn}: acting as a director unverified is an offence` }];
  });
}
