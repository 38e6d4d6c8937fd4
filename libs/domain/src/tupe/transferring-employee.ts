import { addMonths, compareDates, isCalendarDate, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';

/** Agenda for Change pay bands, in order. Band 8 is split into 8a–8d; there is no plain "8". */
export const AFC_BANDS = ['1', '2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'] as const;
/** One Agenda for Change band, lower case: `5`, `8a`. */
export type AfcBand = (typeof AFC_BANDS)[number];

/** Reads `5`, `Band 5`, `8A`, `band 8a`; null if it is not an Agenda for Change band. */
export function parseAfcBand(text: string): AfcBand | null {
  const t = text.trim().toLowerCase().replace(/^band\s*/, '');
  return (AFC_BANDS as readonly string[]).includes(t) ? (t as AfcBand) : null;
}

/** The pension scheme an employee is in immediately before the transfer. */
export type PensionScheme = 'nhs-pension-scheme' | 'other-occupational' | 'none';

/**
 * The employee liability information a transferor must give about each employee (reg 11(2)), beyond
 * identity: each is the text given, `none` (or any text) when there is nothing to report, and null
 * when it was not supplied. A null is what the TU-4 completeness check reports.
 */
export interface EliDetails {
  /** The written particulars of employment under s.1 ERA 1996, or a reference to where they are. */
  readonly s1Particulars: string | null;
  /** Disciplinary action and grievances in the last two years. */
  readonly disciplineGrievance2y: string | null;
  /** Claims brought, or reasonably expected, in the last two years. */
  readonly claims2y: string | null;
  /** Collective agreements that will have effect after the transfer. */
  readonly collectiveAgreements: string | null;
}

/** The ELI items that can be missing: the four in {@link EliDetails} and age (date of birth). */
export type EliField = 'dateOfBirth' | keyof EliDetails;
/** Every {@link EliField}, in the order findings list them. */
export const ELI_FIELDS: readonly EliField[] = ['dateOfBirth', 's1Particulars', 'disciplineGrievance2y', 'claims2y', 'collectiveAgreements'];

/**
 * An employee on a transferor's staff list. The staff number identifies the employee within a
 * transfer. Personal data (name, date of birth, pay, ELI contents) is for the secretary only: share
 * {@link publicEmployeeRecord} instead.
 */
export interface TransferringEmployee {
  readonly staffNumber: string;
  readonly name: string;
  readonly role: string;
  readonly band: AfcBand;
  /** Full-time equivalent in hundredths: 100 is full time, 80 is 0.8. */
  readonly fteHundredths: number;
  readonly continuousServiceDate: CalendarDate;
  /** Part of the ELI ("age"); null when not supplied. */
  readonly dateOfBirth: CalendarDate | null;
  /** Annual salary in pence; null when not supplied. */
  readonly annualPayPence: number | null;
  readonly pensionScheme: PensionScheme;
  /** Share of working time assigned to the transferring service, 1–100. */
  readonly assignedPercent: number;
  /** The day the employee told an employer they object to transferring (reg 4(7)); null if not. */
  readonly objectionDate: CalendarDate | null;
  readonly eli: EliDetails;
}

/** What of an employee may be shown to anyone entitled to see the transfer: no name, birth date, pay or ELI contents. */
export interface PublicEmployeeRecord {
  readonly staffNumber: string;
  readonly role: string;
  readonly band: AfcBand;
  readonly fteHundredths: number;
  readonly assignedPercent: number;
  readonly objected: boolean;
  readonly eliMissing: readonly EliField[];
}

/** One problem with one field of an employee's record, named as in {@link TransferringEmployee}. */
export interface EmployeeProblem {
  readonly field: keyof TransferringEmployee | `eli.${keyof EliDetails}`;
  readonly problem: string;
}

/**
 * True when the employee objected before the transfer date, so does not transfer (reg 4(7)). An
 * objection on or after the transfer date comes too late: the contract has already passed over.
 */
export function isObjector(employee: TransferringEmployee, transferDate: CalendarDate): boolean {
  return employee.objectionDate !== null && compareDates(employee.objectionDate, transferDate) < 0;
}

/** The ELI items not supplied for this employee, in {@link ELI_FIELDS} order. */
export function missingEliFields(employee: TransferringEmployee): EliField[] {
  return ELI_FIELDS.filter((f) => (f === 'dateOfBirth' ? employee.dateOfBirth : employee.eli[f]) === null);
}

/** The record without personal data, for {@link PublicEmployeeRecord} readers. */
export function publicEmployeeRecord(employee: TransferringEmployee, transferDate: CalendarDate): PublicEmployeeRecord {
  return {
    staffNumber: employee.staffNumber,
    role: employee.role,
    band: employee.band,
    fteHundredths: employee.fteHundredths,
    assignedPercent: employee.assignedPercent,
    objected: isObjector(employee, transferDate),
    eliMissing: missingEliFields(employee),
  };
}

/** The youngest and oldest an employee on a staff list can be on the transfer date: school-leaving age (16) and 100. */
export const EMPLOYEE_AGE_YEARS = { min: 16, max: 100 } as const;

/**
 * Every problem with an employee's values (types, ranges, dates); empty when the record is sound.
 * Given the transfer date (TU-2: those employed immediately before it), a date of birth that makes
 * the employee younger than 16 or older than 100 that day is a problem of `dateOfBirth`, and a
 * continuous service date on or after it one of `continuousServiceDate`.
 */
export function employeeProblems(e: TransferringEmployee, transferDate?: CalendarDate): EmployeeProblem[] {
  const problems: EmployeeProblem[] = [];
  const add = (field: EmployeeProblem['field'], problem: string) => problems.push({ field, problem });
  if (typeof e.staffNumber !== 'string' || e.staffNumber.trim() === '') add('staffNumber', 'required');
  if (typeof e.name !== 'string' || e.name.trim() === '') add('name', 'required');
  if (typeof e.role !== 'string' || e.role.trim() === '') add('role', 'required');
  if (!(AFC_BANDS as readonly unknown[]).includes(e.band)) add('band', 'not an Agenda for Change band (1–7, 8a–8d, 9)');
  if (!isWhole(e.fteHundredths, 1, 100)) add('fteHundredths', 'must be a whole number of hundredths from 1 to 100');
  if (!isCalendarDate(e.continuousServiceDate)) add('continuousServiceDate', 'not a date (YYYY-MM-DD)');
  if (e.dateOfBirth !== null && !isCalendarDate(e.dateOfBirth)) add('dateOfBirth', 'not a date (YYYY-MM-DD)');
  if (isCalendarDate(e.dateOfBirth) && transferDate !== undefined) {
    const { min, max } = EMPLOYEE_AGE_YEARS;
    if (compareDates(addMonths(e.dateOfBirth, 12 * min), transferDate) > 0) add('dateOfBirth', `makes the employee under ${min} on the transfer date ${transferDate}`);
    else if (compareDates(addMonths(e.dateOfBirth, 12 * (max + 1)), transferDate) <= 0) add('dateOfBirth', `makes the employee over ${max} on the transfer date ${transferDate}`);
  }
  // TU-2 (reg 4(3)): only those employed immediately before the transfer transfer, so continuous service began before it.
  if (transferDate !== undefined && isCalendarDate(e.continuousServiceDate) && compareDates(e.continuousServiceDate, transferDate) >= 0) {
    add('continuousServiceDate', `is not before the transfer date ${transferDate}: only those employed immediately before the transfer transfer (TUPE reg 4(3))`);
  }
  if (isCalendarDate(e.dateOfBirth) && isCalendarDate(e.continuousServiceDate) && compareDates(e.continuousServiceDate, e.dateOfBirth) <= 0) {
    add('continuousServiceDate', 'is not after the date of birth');
  }
  if (e.annualPayPence !== null && !isWhole(e.annualPayPence, 0, Number.MAX_SAFE_INTEGER)) add('annualPayPence', 'must be a whole number of pence');
  if (!['nhs-pension-scheme', 'other-occupational', 'none'].includes(e.pensionScheme)) add('pensionScheme', 'not a known pension scheme');
  if (!isWhole(e.assignedPercent, 1, 100)) add('assignedPercent', 'must be a whole percentage from 1 to 100');
  if (e.objectionDate !== null && !isCalendarDate(e.objectionDate)) add('objectionDate', 'not a date (YYYY-MM-DD)');
  for (const f of ['s1Particulars', 'disciplineGrievance2y', 'claims2y', 'collectiveAgreements'] as const) {
    const v = e.eli?.[f];
    if (v !== null && (typeof v !== 'string' || v.trim() === '')) add(`eli.${f}`, 'must be text, or null when not supplied');
  }
  return problems;
}

/** Checks and returns an employee record; throws `INVALID_EMPLOYEE` listing each field's problem. */
export function transferringEmployee(input: TransferringEmployee): TransferringEmployee {
  const problems = employeeProblems(input);
  if (problems.length > 0) {
    throw new DomainError('INVALID_EMPLOYEE', `Employee ${String(input.staffNumber)} has ${problems.length} invalid field(s)`, { problems });
  }
  return { ...input, staffNumber: input.staffNumber.trim(), name: input.name.trim(), role: input.role.trim(), eli: { ...input.eli } };
}

/**
 * Adds an employee to a transfer's list; throws `EMPLOYEE_ALREADY_ON_TRANSFER` if the staff number is
 * already on it. (A re-imported staff list merges instead: see `mergeStaffList`.)
 */
export function addEmployee(list: readonly TransferringEmployee[], input: TransferringEmployee): TransferringEmployee[] {
  const employee = transferringEmployee(input);
  if (list.some((e) => e.staffNumber === employee.staffNumber)) {
    throw new DomainError('EMPLOYEE_ALREADY_ON_TRANSFER', `Staff number ${employee.staffNumber} is already on this transfer`, {
      staffNumber: employee.staffNumber,
    });
  }
  return [...list, employee];
}

function isWhole(n: unknown, min: number, max: number): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
}
