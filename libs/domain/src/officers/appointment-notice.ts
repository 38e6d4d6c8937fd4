import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { officerChangeDuties } from './officer-notifications';
import { ECCTA_REGISTERS_END_ON, officerAsAt, type OfficersRecord } from './officers';

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
