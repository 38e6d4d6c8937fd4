import { addDays, compareDates, type CalendarDate } from '../calendar/calendar-date';
import type { NotificationDuty, OfficerDutyKind } from './notification-duty';
import type { FilingRecord } from '../governance/compliance-calendar';
import { ECCTA_REGISTERS_END_ON, inOfficeOn, officerAsAt, type Officer, type OfficerChange, type OfficerChangeKind, type OfficersRecord } from './officers';

/** Days within which a change of officers is notified to Companies House (EC-2). */
export const OFFICER_NOTIFICATION_DAYS = 14;


const FORMS: Record<Officer['role'], Record<OfficerChangeKind, OfficerDutyKind>> = {
  director: { appointed: 'ap01', resigned: 'tm01', 'particulars-changed': 'ch01' },
  secretary: { appointed: 'ap03', resigned: 'tm02', 'particulars-changed': 'ch03' },
};

/**
 * EC-2: every appointment (AP01 / AP03), termination (TM01 / TM02) and change of particulars
 * (CH01 / CH03) of a director or secretary is notified within 14 days of the change. The reference
 * is `<officerId>-<kind>-<date>`; several changes of one officer on one day are one notification.
 * FC-1: the first officers, appointed on `incorporatedOn`, were named in the application to register
 * (IN01's statement of proposed officers, s.12): their appointments owe no AP01 or AP03.
 */
export function officerNotificationDuties(record: OfficersRecord, incorporatedOn?: CalendarDate): NotificationDuty<OfficerDutyKind>[] {
  const duties = new Map<string, NotificationDuty<OfficerDutyKind>>();
  for (const officer of record) for (const { duty } of officerChangeDuties(officer, incorporatedOn)) duties.set(duty.reference, duty);
  return [...duties.values()];
}

/**
 * Each change of one officer with the notification duty it raises (EC-2); an appointment on
 * `incorporatedOn` raises none (FC-1: the officer was named in the IN01).
 */
export function officerChangeDuties(officer: Officer, incorporatedOn?: CalendarDate): { change: OfficerChange; duty: NotificationDuty<OfficerDutyKind> }[] {
  return officer.changes
    .filter((change) => !(change.kind === 'appointed' && change.on === incorporatedOn))
    .map((change) => {
      const reference = `${officer.officerId}-${change.kind}-${change.on}`;
      return { change, duty: { kind: FORMS[officer.role][change.kind], reference, arisesOn: change.on, dueOn: addDays(change.on, OFFICER_NOTIFICATION_DAYS) } };
    });
}

/** A dated warning about a director's identity verification (EC-3). */
export interface VerificationWarning {
  readonly officerId: string;
  readonly name: string;
  /**
   * `verification-due`: not yet verified, and the day it must be confirmed by has not passed;
   * `acting-unverified`: in office while unverified after the day it was due (an offence);
   * `appointment-not-notified`: appointed since 18 November 2025 and in office with the appointment
   * not yet notified to Companies House (no AP01 recorded as filed): acting before it is, an offence.
   */
  readonly warning: 'verification-due' | 'acting-unverified' | 'appointment-not-notified';
  /** The day verification was (or is) due: the appointment for a director appointed since 18 November 2025, else the first confirmation statement's; for `appointment-not-notified`, the AP01's due day. */
  readonly dueOn: CalendarDate;
  readonly message: string;
}

/**
 * EC-3: a director appointed on or after 18 November 2025 is verified when the appointment is
 * notified, so from the day appointed; a director already in office then confirms verification
 * with the company's first confirmation statement after that day, due `firstStatementDueOn`.
 * Lists every director in office at the end of `asAt` who is not verified by then.
 */
export function verificationWarnings(record: OfficersRecord, asAt: CalendarDate, firstStatementDueOn: CalendarDate): VerificationWarning[] {
  const warnings: VerificationWarning[] = [];
  for (const term of record) {
    if (term.role !== 'director' || !inOfficeOn(term, asAt)) continue;
    const officer = officerAsAt(term, asAt);
    if (officer.verification !== null) continue;
    const newDirector = compareDates(officer.appointedOn, ECCTA_REGISTERS_END_ON) >= 0;
    const dueOn = newDirector ? officer.appointedOn : firstStatementDueOn;
    const { name } = officer.particulars;
    if (compareDates(asAt, dueOn) >= 0 && newDirector) {
      warnings.push({ officerId: officer.officerId, name, warning: 'acting-unverified', dueOn, message: `${name} has acted as a director since ${dueOn} without a verified identity: Companies House requires every director's identity to be verified` });
    } else if (compareDates(asAt, dueOn) > 0) {
      warnings.push({ officerId: officer.officerId, name, warning: 'acting-unverified', dueOn, message: `${name}'s identity verification was due with the confirmation statement due on ${dueOn}` });
    } else {
      warnings.push({ officerId: officer.officerId, name, warning: 'verification-due', dueOn, message: `${name}'s identity verification is due with the confirmation statement due on ${dueOn}` });
    }
  }
  return warnings;
}

/**
 * EC-2, EC-3: a director appointed on or after 18 November 2025 must not act before the appointment is
 * notified to Companies House. Lists every such director in office at the end of `asAt` (a calendar
 * date) whose AP01 (the duty `officerChangeDuties` makes) is not among `filings` filed by then, as
 * `appointment-not-notified`, `dueOn` the AP01's due day (14 days after the appointment).
 */
export function appointmentNotificationWarnings(record: OfficersRecord, filings: readonly Pick<FilingRecord, 'kind' | 'reference' | 'filedOn'>[], asAt: CalendarDate): VerificationWarning[] {
  const notified = new Set(filings.filter((f) => f.kind === 'ap01' && compareDates(f.filedOn, asAt) <= 0).map((f) => f.reference));
  const warnings: VerificationWarning[] = [];
  for (const term of record) {
    if (term.role !== 'director' || !inOfficeOn(term, asAt) || compareDates(term.appointedOn, ECCTA_REGISTERS_END_ON) < 0) continue;
    const ap01 = officerChangeDuties(term).find(({ duty }) => duty.kind === 'ap01' && duty.arisesOn === term.appointedOn)?.duty;
    if (ap01 === undefined || notified.has(ap01.reference)) continue;
    const { name } = officerAsAt(term, asAt).particulars;
    warnings.push({
      officerId: term.officerId,
      name,
      warning: 'appointment-not-notified',
      dueOn: ap01.dueOn,
      message: `${name}'s appointment on ${term.appointedOn} is not yet notified to Companies House (AP01, due by ${ap01.dueOn}): a director must not act before it is notified`,
    });
  }
  return warnings;
}

export type { NotificationDuty, OfficerDutyKind, PscDutyKind, ParticularsDutyKind } from './notification-duty';
