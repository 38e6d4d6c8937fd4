import type { CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { headerErrors, isStaffListColumn, normaliseHeader, readStaffRow, type StaffListColumn, type StaffListError } from './staff-list-row';
import type { TransferringEmployee } from './transferring-employee';

/** A staff list read in full, or every problem in it (then nothing should be saved). */
export type StaffListResult =
  | { readonly ok: true; readonly employees: readonly TransferringEmployee[] }
  | { readonly ok: false; readonly errors: readonly StaffListError[] };

/** One JSON row: column name (as in `STAFF_LIST_COLUMNS`) → text or number; null or absent is empty. */
export type StaffListRow = Readonly<Record<string, unknown>>;

/** What merging an imported list into the stored one did, by staff number. */
export interface StaffListMerge {
  readonly employees: readonly TransferringEmployee[];
  readonly added: readonly string[];
  readonly updated: readonly string[];
  readonly unchanged: readonly string[];
}

/**
 * Reads a transferor's staff list from the records of a CSV file (header record first, each record its
 * fields as written; the app reads the text with csv-parse). Rows are numbered as a spreadsheet shows
 * them: the header is row 1, the first employee row 2. Blank rows are skipped. Every row and field is
 * checked, and every problem listed; given the transfer date, each date of birth against it (`employeeProblems`).
 */
export function parseStaffListRecords(records: readonly (readonly string[])[], transferDate?: CalendarDate): StaffListResult {
  const [header, ...rest] = records;
  if (header === undefined) return { ok: false, errors: [{ row: 1, field: '*', problem: 'the file is empty' }] };
  const columns = header.map(normaliseHeader);
  const bad = headerErrors(columns);
  if (bad.length > 0) return { ok: false, errors: bad };
  const rows = rest.map((fields, i) => ({ row: i + 2, fields })).filter(({ fields }) => fields.some((f) => f.trim() !== ''));
  return readRows(
    rows.map(({ row, fields }) => {
      if (fields.length !== columns.length) return { row, error: `has ${fields.length} fields; the header has ${columns.length}` };
      const cells = new Map(columns.map((c, i) => [c, fields[i].trim()]));
      return { row, cell: (c: StaffListColumn) => cells.get(c) ?? '' };
    }),
    transferDate,
  );
}

/**
 * Reads a staff list given as JSON rows keyed by the CSV column names (numbers allowed, e.g.
 * `fte: 0.8`). Each row has the number it would have in the CSV, as every import numbers rows (the
 * header is row 1, so `rows[0]` is row 2). Checked exactly as {@link parseStaffListRecords}.
 */
export function parseStaffListRows(rows: readonly StaffListRow[], transferDate?: CalendarDate): StaffListResult {
  return readRows(
    rows.map((raw, i) => {
      const row = i + 2;
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { row, error: 'is not an object of column values' };
      const cells = new Map<string, string>();
      const errors: StaffListError[] = [];
      for (const [key, value] of Object.entries(raw)) {
        const column = normaliseHeader(key);
        if (!isStaffListColumn(column)) errors.push({ row, field: key, problem: 'not a staff list column' });
        else if (typeof value === 'string') cells.set(column, value.trim());
        else if (typeof value === 'number' && Number.isFinite(value)) cells.set(column, String(value));
        else if (value !== null && value !== undefined) errors.push({ row, field: column, problem: 'must be text or a number' });
      }
      return errors.length > 0 ? { row, errors } : { row, cell: (c: StaffListColumn) => cells.get(c) ?? '' };
    }),
    transferDate,
  );
}

type RowSource =
  | { row: number; cell: (c: StaffListColumn) => string }
  | { row: number; error: string }
  | { row: number; errors: StaffListError[] };

function readRows(rows: readonly RowSource[], transferDate: CalendarDate | undefined): StaffListResult {
  const errors: StaffListError[] = [];
  const employees: TransferringEmployee[] = [];
  const firstRowOf = new Map<string, number>();
  for (const source of rows) {
    if ('error' in source) errors.push({ row: source.row, field: '*', problem: source.error });
    if ('errors' in source) errors.push(...source.errors);
    if (!('cell' in source)) continue;
    const staffNumber = source.cell('staff_number');
    const first = firstRowOf.get(staffNumber);
    if (staffNumber !== '' && first !== undefined) errors.push({ row: source.row, field: 'staff_number', problem: `repeats the staff number of row ${first}` });
    else if (staffNumber !== '') firstRowOf.set(staffNumber, source.row);
    const read = readStaffRow(source.row, source.cell, transferDate);
    if ('errors' in read) errors.push(...read.errors);
    else employees.push(read.employee);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, employees };
}

/**
 * Merges an imported list into the stored one by staff number: a known staff number is replaced by
 * the imported record, a new one is appended in file order, and nobody is removed because a row is
 * absent. Importing the same list again changes nothing (every staff number comes back `unchanged`).
 */
export function mergeStaffList(existing: readonly TransferringEmployee[], imported: readonly TransferringEmployee[]): StaffListMerge {
  const incoming = new Map(imported.map((e) => [e.staffNumber, e]));
  const known = new Set(existing.map((e) => e.staffNumber));
  const updated: string[] = [];
  const unchanged: string[] = [];
  const kept = existing.map((e) => {
    const next = incoming.get(e.staffNumber);
    if (next === undefined) return e;
    (sameEmployee(e, next) ? unchanged : updated).push(e.staffNumber);
    return next;
  });
  const fresh = imported.filter((e) => !known.has(e.staffNumber));
  return { employees: [...kept, ...fresh], added: fresh.map((e) => e.staffNumber), updated, unchanged };
}

/**
 * Merges a staff list that was read (from CSV records or JSON rows) into the stored one. Throws
 * `STAFF_LIST_INVALID` with `details.errors` listing every bad row and field if any row is invalid,
 * so that either the whole list is taken in or none of it is.
 */
export function importStaffList(existing: readonly TransferringEmployee[], result: StaffListResult): StaffListMerge {
  if (!result.ok) {
    const rows = new Set(result.errors.map((e) => e.row)).size;
    throw new DomainError('STAFF_LIST_INVALID', `The staff list has problems in ${rows} row(s); nothing was imported`, { errors: result.errors });
  }
  return mergeStaffList(existing, result.employees);
}

const EXPORT_COLUMNS: readonly StaffListColumn[] = [
  'staff_number', 'name', 'role', 'band', 'fte', 'continuous_service_date', 'date_of_birth', 'annual_pay_pence', 'pension_scheme',
  'assigned_percent', 'objection_date', 's1_particulars', 'discipline_grievance_2y', 'claims_2y', 'collective_agreements',
];
const PENSION_CODE = { 'nhs-pension-scheme': 'nhs', 'other-occupational': 'other', none: 'none' } as const;

/** The full staff list as records in the import format, header first (personal data: for the secretary only). */
export function staffListRecords(employees: readonly TransferringEmployee[]): string[][] {
  const rows = employees.map((e) => [
    e.staffNumber, e.name, e.role, e.band, (e.fteHundredths / 100).toFixed(2), e.continuousServiceDate, e.dateOfBirth ?? '',
    e.annualPayPence === null ? '' : String(e.annualPayPence), PENSION_CODE[e.pensionScheme], String(e.assignedPercent), e.objectionDate ?? '',
    e.eli.s1Particulars ?? '', e.eli.disciplineGrievance2y ?? '', e.eli.claims2y ?? '', e.eli.collectiveAgreements ?? '',
  ]);
  return [[...EXPORT_COLUMNS], ...rows];
}

function sameEmployee(a: TransferringEmployee, b: TransferringEmployee): boolean {
  const keys = Object.keys(a) as (keyof TransferringEmployee)[];
  const eliKeys = Object.keys(a.eli) as (keyof TransferringEmployee['eli'])[];
  return keys.every((k) => k === 'eli' || a[k] === b[k]) && eliKeys.every((k) => a.eli[k] === b.eli[k]);
}
