import { addDays, compareDates, type CalendarDate } from '../calendar/calendar-date';
import { checkInformation, checkRepresentation } from './tupe-consultation-checks';
import { daysBetween, findingsAsAt, type TupeCheck, type TupeFinding } from './tupe-finding';
import { isObjector, missingEliFields, type EliField, type TransferringEmployee } from './transferring-employee';
import { eliDeadline, type TupeTransfer } from './tupe-transfer';

const ELI_LABELS: Record<EliField, string> = {
  dateOfBirth: 'age (date of birth)',
  s1Particulars: 'section 1 particulars',
  disciplineGrievance2y: 'discipline and grievance in the last 2 years',
  claims2y: 'claims in the last 2 years',
  collectiveAgreements: 'collective agreements',
};

/**
 * TU-4 (reg 11(6)): ELI must reach the transferee at least 28 days before the transfer (14 for
 * transfers before 2014-05-01); received exactly 28 days before is on time. Late or missing ELI is a
 * breach, or a warning where special circumstances are recorded (then it is due as soon as reasonably
 * practicable, which a person must judge). Missing ELI is dated the day after the deadline; so is ELI
 * received later than `asAt`, which as at that day had not arrived.
 */
export const checkEliOnTime: TupeCheck = (transfer, _employees, asAt) => {
  const due = eliDeadline(transfer.transferDate);
  const required = `${daysBetween(due, transfer.transferDate)} days before the transfer on ${transfer.transferDate}`;
  const special = transfer.eliSpecialCircumstances !== null;
  const severity = special ? 'warning' : 'breach';
  const excuse = special ? '; special circumstances are recorded, so it was due as soon as reasonably practicable (reg 11(6))' : '';
  const received = transfer.eliReceivedOn;
  let finding: TupeFinding | null = null;
  // As at a day before the ELI arrived (or with none recorded), it is missing from the day after the deadline.
  if (received === null || compareDates(received, asAt) > 0) {
    finding = { rule: 'TU-4', severity, on: addDays(due, 1), message: `ELI was not received by ${due}, ${required}${excuse}` };
  } else if (compareDates(received, due) > 0) {
    const gap = daysBetween(received, transfer.transferDate);
    const when = gap >= 0 ? `${gap} days before` : `${-gap} days after`;
    finding = { rule: 'TU-4', severity, on: received, message: `ELI was received on ${received}, ${when} the transfer; it was due by ${due}, ${required}${excuse}` };
  }
  return findingsAsAt(finding ? [finding] : [], asAt);
};

/**
 * TU-4 (reg 11(2)): every transferring employee's ELI is complete: age and the four items of
 * `EliDetails`. Objectors do not transfer, so their ELI is not needed. Dated the day after the deadline.
 */
export const checkEliComplete: TupeCheck = (transfer, employees, asAt) => {
  const on = addDays(eliDeadline(transfer.transferDate), 1);
  const findings = employees
    .filter((e) => !isObjector(e, transfer.transferDate))
    .flatMap((e): TupeFinding[] => {
      const missing = missingEliFields(e);
      if (missing.length === 0) return [];
      const message = `ELI for ${e.staffNumber} lacks ${missing.map((f) => ELI_LABELS[f]).join(', ')}`;
      return [{ rule: 'TU-4', severity: 'breach', on, message, employeeId: e.staffNumber }];
    });
  return findingsAsAt(findings, asAt);
};

/**
 * TU-3 (reg 4(7)) and TU-4 (reg 11(5)). An objection dated on or after the transfer date came too
 * late to stop the transfer: a warning, and the employee counts as transferred. An objection made
 * after the ELI was given must be notified as a change: a warning if no ELI update is recorded on or
 * after the objection, dated the transfer date.
 */
export const checkObjections: TupeCheck = (transfer, employees, asAt) => {
  const findings: TupeFinding[] = [];
  for (const e of employees) {
    const objected = e.objectionDate;
    if (objected === null) continue;
    if (!isObjector(e, transfer.transferDate)) {
      findings.push({
        rule: 'TU-3', severity: 'warning', on: objected, employeeId: e.staffNumber,
        message: `${e.staffNumber} objected on ${objected}, not before the transfer on ${transfer.transferDate}: not an objection under reg 4(7), so the employee transferred`,
      });
      continue;
    }
    const eli = transfer.eliReceivedOn;
    if (eli !== null && compareDates(objected, eli) >= 0 && !transfer.eliUpdatesOn.some((d) => compareDates(d, objected) >= 0)) {
      findings.push({
        rule: 'TU-4', severity: 'warning', on: transfer.transferDate, employeeId: e.staffNumber,
        message: `${e.staffNumber} objected on ${objected}, after the ELI of ${eli}; no updated ELI is recorded since (reg 11(5))`,
      });
    }
  }
  return findingsAsAt(findings, asAt);
};

/**
 * TU-9: a pension arrangement is recorded by the transfer date (a breach if not). Warnings: New Fair
 * Deal or Access without an NHSBSA Direction or Determination reference; NHS Pension Scheme members
 * moving to a non-NHS route; and, under New Fair Deal, members assigned 50% or less to the service
 * (protection holds while more than half their time is on it).
 */
export const checkPension: TupeCheck = (transfer, employees, asAt) => {
  const on = transfer.transferDate;
  const pension = transfer.pension;
  if (pension === null) {
    return findingsAsAt([{ rule: 'TU-9', severity: 'breach', on, message: `No pension arrangement is recorded for the transfer on ${on}` }], asAt);
  }
  const findings: TupeFinding[] = [];
  const nhsRoute = pension.route === 'new-fair-deal' || pension.route === 'nhs-pension-access';
  if (nhsRoute && pension.reference === null) {
    findings.push({ rule: 'TU-9', severity: 'warning', on, message: `The ${pension.route} route is recorded without an NHSBSA Direction or Determination reference` });
  }
  const members = employees.filter((e) => !isObjector(e, on) && e.pensionScheme === 'nhs-pension-scheme');
  if (!nhsRoute && members.length > 0) {
    findings.push({
      rule: 'TU-9', severity: 'warning', on,
      message: `${members.length} transferring employees are in the NHS Pension Scheme but the route is ${pension.route}; New Fair Deal expects them to keep membership`,
    });
  }
  if (pension.route === 'new-fair-deal') {
    for (const e of members.filter((m) => m.assignedPercent <= 50)) {
      findings.push({
        rule: 'TU-9', severity: 'warning', on, employeeId: e.staffNumber,
        message: `${e.staffNumber} is assigned ${e.assignedPercent}% to the service; New Fair Deal protection holds while more than 50% of their time is on it`,
      });
    }
  }
  return findingsAsAt(findings, asAt);
};

/** Every check, named by what it checks; {@link checkTransfer} runs them all. */
export const TUPE_CHECKS: Readonly<Record<string, TupeCheck>> = {
  eliOnTime: checkEliOnTime,
  eliComplete: checkEliComplete,
  objections: checkObjections,
  information: checkInformation,
  representation: checkRepresentation,
  pension: checkPension,
};

/** All findings about a transfer as at the end of `asAt`, sorted by date; [] for a compliant transfer. */
export function checkTransfer(transfer: TupeTransfer, employees: readonly TransferringEmployee[], asAt: CalendarDate): TupeFinding[] {
  return findingsAsAt(Object.values(TUPE_CHECKS).flatMap((check) => check(transfer, employees, asAt)), asAt);
}
