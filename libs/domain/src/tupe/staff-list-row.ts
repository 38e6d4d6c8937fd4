import { isCalendarDate, type CalendarDate } from '../calendar/calendar-date';
import { employeeProblems, parseAfcBand, type PensionScheme, type TransferringEmployee } from './transferring-employee';

/** One problem in a staff list: the row, the column (`*` for the whole row) and what is wrong. */
export interface StaffListError {
  readonly row: number;
  readonly field: string;
  readonly problem: string;
}

/**
 * The columns of a transferor's staff list (ELI spreadsheet), by header name. Headers are matched
 * ignoring case, and spaces or hyphens count as underscores (`Staff Number` is `staff_number`).
 * Give FTE as `fte`, a fraction of full time (`1`, `0.8`, `0.45`), or as `fte_hundredths` (`100`,
 * `80`, `45`); pay as `annual_pay_pence` (`2845000`) or `annual_pay` in pounds (`28,450.00`). Dates are
 * `YYYY-MM-DD` or the UK `DD/MM/YYYY`. An empty ELI cell means "not supplied" (the TU-4 check reports
 * it); write `none` when there is nothing to report. Any other column is refused, so that a misspelt
 * header (say, of the objection date) cannot be silently dropped.
 */
export const STAFF_LIST_COLUMNS = {
  staff_number: 'required: the transferor\'s staff or assignment number, unique in the list',
  name: 'required',
  role: 'required: job title',
  band: 'required: Agenda for Change band 1–7, 8a–8d or 9 (`Band 5` and `8A` are read too)',
  fte: 'this or fte_hundredths required: fraction of full time, more than 0 and at most 1, up to 2 decimals',
  fte_hundredths: 'this or fte required: whole hundredths of full time, 1–100',
  continuous_service_date: 'required',
  date_of_birth: 'ELI (age)',
  annual_pay_pence: 'optional: annual salary in whole pence',
  annual_pay: 'optional: annual salary in pounds, up to 2 decimals',
  pension_scheme: 'required: nhs, other or none',
  assigned_percent: 'required: percentage of time assigned to the transferring service, 1–100',
  objection_date: 'optional: the day the employee objected to transferring',
  s1_particulars: 'ELI: written particulars of employment (s.1 ERA 1996)',
  discipline_grievance_2y: 'ELI: disciplinary action and grievances in the last 2 years',
  claims_2y: 'ELI: claims in the last 2 years',
  collective_agreements: 'ELI: collective agreements',
} as const;
/** A column a staff list may have. */
export type StaffListColumn = keyof typeof STAFF_LIST_COLUMNS;

/** Pay above this (about £90 billion) is refused, so pence stay exact as JavaScript numbers. */
const MAX_PENCE = 10 ** 13;
const REQUIRED: readonly StaffListColumn[] = ['staff_number', 'name', 'role', 'band', 'continuous_service_date', 'pension_scheme', 'assigned_percent'];

/** `Staff Number` → `staff_number`. */
export function normaliseHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** True when `name` (already normalised) is one of {@link STAFF_LIST_COLUMNS}. */
export function isStaffListColumn(name: string): name is StaffListColumn {
  return Object.hasOwn(STAFF_LIST_COLUMNS, name);
}

/** Problems with a CSV header row: unknown, repeated or missing columns (all reported as row 1). */
export function headerErrors(columns: readonly string[]): StaffListError[] {
  const errors: StaffListError[] = [];
  columns.forEach((c, i) => {
    if (!isStaffListColumn(c)) errors.push({ row: 1, field: c || `column ${i + 1}`, problem: 'not a staff list column' });
    else if (columns.indexOf(c) !== i) errors.push({ row: 1, field: c, problem: 'the column appears twice' });
  });
  for (const c of REQUIRED) if (!columns.includes(c)) errors.push({ row: 1, field: c, problem: 'the column is missing' });
  if (!columns.includes('fte') && !columns.includes('fte_hundredths')) errors.push({ row: 1, field: 'fte', problem: 'the column is missing (or fte_hundredths)' });
  return errors;
}

const FTE_PROBLEM =
  'must be a fraction of full time above 0 and at most 1, up to 2 decimals (e.g. 0.8); put whole hundredths (80) under fte_hundredths';
const PENSION: Readonly<Record<string, PensionScheme>> = {
  nhs: 'nhs-pension-scheme', 'nhs-pension-scheme': 'nhs-pension-scheme', 'nhs-pension': 'nhs-pension-scheme', nhsps: 'nhs-pension-scheme',
  other: 'other-occupational', 'other-occupational': 'other-occupational', none: 'none',
};
const PROPERTY_COLUMN: Readonly<Record<string, StaffListColumn>> = {
  staffNumber: 'staff_number', name: 'name', role: 'role', band: 'band', fteHundredths: 'fte', continuousServiceDate: 'continuous_service_date',
  dateOfBirth: 'date_of_birth', annualPayPence: 'annual_pay_pence', pensionScheme: 'pension_scheme', assignedPercent: 'assigned_percent',
  objectionDate: 'objection_date', 'eli.s1Particulars': 's1_particulars', 'eli.disciplineGrievance2y': 'discipline_grievance_2y',
  'eli.claims2y': 'claims_2y', 'eli.collectiveAgreements': 'collective_agreements',
};

/**
 * Reads one row (column → trimmed text; a column not given reads as empty) into an employee, or
 * lists every problem with it.
 */
export function readStaffRow(row: number, cell: (c: StaffListColumn) => string, transferDate?: CalendarDate): { employee: TransferringEmployee } | { errors: StaffListError[] } {
  const errors: StaffListError[] = [];
  const fail = (field: string, problem: string) => {
    errors.push({ row, field, problem });
    return null;
  };
  const text = (c: StaffListColumn) => cell(c) || (REQUIRED.includes(c) ? fail(c, 'required') : null);
  const date = (c: StaffListColumn) => {
    const t = text(c);
    return t === null ? null : (readDate(t) ?? fail(c, 'not a date (YYYY-MM-DD or DD/MM/YYYY)'));
  };
  const whole = (c: StaffListColumn, min: number, max: number) => {
    const t = text(c);
    if (t === null) return null;
    const digits = c === 'assigned_percent' ? t.replace(/\s*%$/, '') : t;
    const n = /^\d+$/.test(digits) ? Number(digits) : NaN;
    return n >= min && n <= max ? n : fail(c, `must be a whole number from ${min} to ${max}`);
  };
  const either = (a: StaffListColumn, b: StaffListColumn, required: boolean) => {
    if (cell(a) && cell(b)) return fail(a, `give ${a} or ${b}, not both`);
    if (!cell(a) && !cell(b)) return required ? fail(a, 'required') : null;
    return cell(a) ? a : b;
  };

  const staffNumber = text('staff_number');
  const name = text('name');
  const role = text('role');
  const bandText = text('band');
  const band = bandText === null ? null : (parseAfcBand(bandText) ?? fail('band', 'not an Agenda for Change band (1–7, 8a–8d, 9)'));
  const fteColumn = either('fte', 'fte_hundredths', true);
  const fteHundredths =
    fteColumn === 'fte'
      ? (hundredths(cell('fte'), 1, 100) ?? fail('fte', FTE_PROBLEM))
      : fteColumn === 'fte_hundredths' ? whole('fte_hundredths', 1, 100) : null;
  const continuousServiceDate = date('continuous_service_date');
  const dateOfBirth = date('date_of_birth');
  const payColumn = either('annual_pay_pence', 'annual_pay', false);
  const annualPayPence =
    payColumn === 'annual_pay'
      ? (hundredths(cell('annual_pay').replace(/^£/, '').replace(/,/g, ''), 0, MAX_PENCE) ?? fail('annual_pay', 'must be pounds, up to 2 decimals'))
      : payColumn === 'annual_pay_pence' ? whole('annual_pay_pence', 0, MAX_PENCE) : null;
  const pensionText = text('pension_scheme');
  const pensionCode = pensionText === null ? null : normaliseHeader(pensionText).replace(/_/g, '-');
  const pensionScheme = pensionCode === null ? null : (PENSION[pensionCode] ?? fail('pension_scheme', 'must be nhs, other or none'));
  const assignedPercent = whole('assigned_percent', 1, 100);
  const objectionDate = date('objection_date');
  const eli = {
    s1Particulars: text('s1_particulars'), disciplineGrievance2y: text('discipline_grievance_2y'),
    claims2y: text('claims_2y'), collectiveAgreements: text('collective_agreements'),
  };
  if (errors.length > 0) return { errors };

  const employee = {
    staffNumber, name, role, band, fteHundredths, continuousServiceDate, dateOfBirth, annualPayPence, pensionScheme, assignedPercent, objectionDate, eli,
  } as TransferringEmployee; // every required value is non-null here: a null would have added an error
  const column = (field: string) =>
    field === 'fteHundredths' ? (fteColumn ?? 'fte') : field === 'annualPayPence' ? (payColumn ?? 'annual_pay_pence') : PROPERTY_COLUMN[field];
  const problems = employeeProblems(employee, transferDate).map((p) => ({ row, field: column(p.field), problem: p.problem }));
  return problems.length > 0 ? { errors: problems } : { employee };
}

/** `YYYY-MM-DD` or `DD/MM/YYYY` (day first, as in the UK); null otherwise. */
export function readDate(text: string): CalendarDate | null {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = uk ? `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}` : text;
  return isCalendarDate(iso) ? iso : null;
}

/** A decimal with up to 2 places as whole hundredths, if from `min` to `max` hundredths; null otherwise. */
function hundredths(text: string, min: number, max: number): number | null {
  const m = /^(\d*)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m || (m[1] === '' && m[2] === undefined)) return null;
  const value = Number(m[1] || '0') * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return value >= min && value <= max ? value : null;
}
