import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { officerChangeDuties } from './officer-notifications';
import { ECCTA_REGISTERS_END_ON, inOfficeOn, officerAsAt, type OfficersRecord } from './officers';

/**
 * EC-3: a director appointed on or after 18 November 2025 is notified to Companies House (AP01) with a
 * statement that the director's identity is verified, so such an AP01 cannot have been filed before the
 * verification. `reference` is the AP01 duty's, as `officerChangeDuties` makes it (EC-2); a filing of it
 * on `filedOn` by a director not verified by then throws `IDENTITY_NOT_VERIFIED` (details `officerId`,
 * `appointedOn`). Any other reference, or an appointment before that day, passes.
 */
export function checkAppointmentNotifiable(record: OfficersRecord, reference: string, filedOn: CalendarDate): void {
  const officer = record.find((o) => officerChangeDuties(o).some(({ duty }) => duty.kind === 'ap01' && duty.reference === reference));
  if (officer === undefined || compareDates(officer.appointedOn, ECCTA_REGISTERS_END_ON) < 0) return;
  // The verification in force on the day filed; failing one, the one recorded last, to say when it was.
  const verification = officerAsAt(officer, filedOn).verification ?? officer.verification;
  if (verification !== null && compareDates(verification.verifiedOn, filedOn) <= 0) return;
  throw new DomainError(
    'IDENTITY_NOT_VERIFIED',
    `${officer.particulars.name}'s appointment is notified (AP01) with a statement that their identity is verified (EC-3): ` +
      (verification === null ? 'record the verification first' : `it was verified on ${verification.verifiedOn}, after ${filedOn}`),
    { officerId: officer.officerId, appointedOn: officer.appointedOn },
  );
}

/**
 * EC-3: existing directors confirm their verified identity with the company's first confirmation
 * statement after 18 November 2025, and from then every confirmation statement is made with every
 * director verified. A confirmation statement filed on `filedOn` (a calendar date), on or after that day,
 * while a director in office that day has no verification in force by it throws `IDENTITY_NOT_VERIFIED`
 * naming the first such director (details `officerId`, `appointedOn`, and `unverified`: how many
 * directors are unverified). A statement filed before that day passes.
 */
export function checkDirectorsVerifiedForStatement(record: OfficersRecord, filedOn: CalendarDate): void {
  if (compareDates(filedOn, ECCTA_REGISTERS_END_ON) < 0) return;
  const unverified = record.filter((o) => {
    if (o.role !== 'director' || !inOfficeOn(o, filedOn)) return false;
    const verification = officerAsAt(o, filedOn).verification;
    return verification === null || compareDates(verification.verifiedOn, filedOn) > 0;
  });
  const first = unverified[0];
  if (first === undefined) return;
  const others = unverified.length - 1;
  throw new DomainError(
    'IDENTITY_NOT_VERIFIED',
    `a confirmation statement filed from 18 November 2025 confirms that every director's identity is verified (EC-3): ${first.particulars.name}` +
      `${others > 0 ? ` and ${others} other director${others === 1 ? '' : 's'}` : ''} had no verification recorded by ${filedOn}; record the verification first`,
    { officerId: first.officerId, appointedOn: first.appointedOn, unverified: unverified.length },
  );
}
