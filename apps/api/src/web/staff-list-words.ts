import type { StaffListColumn, StaffListError } from '#domain';
import { STAFF_LIST_COLUMNS } from '#domain';
import { inWords } from './view-filters';

/** A column of the staff list as the upload page lists it: the header as the import reads it, whether it must be there, what it holds. */
export interface StaffListColumnWords {
  readonly header: StaffListColumn;
  readonly needed: string;
  readonly holds: string;
}

const DATE = 'as DD/MM/YYYY or YYYY-MM-DD';
const ELI = 'Employee liability information: leave the cell empty when it was not supplied, write none when there is nothing to report';

/**
 * Every column of a staff list (TU-1), in the order a spreadsheet would have them, for people: the
 * compiler refuses a column the import takes that the page does not describe.
 */
const COLUMNS: Readonly<Record<StaffListColumn, { needed: string; holds: string; expected?: string }>> = {
  staff_number: { needed: 'Required', holds: "The transferor's staff or assignment number; no two rows may have the same", expected: 'the staff or assignment number' },
  name: { needed: 'Required', holds: "The employee's full name", expected: "the employee's name" },
  role: { needed: 'Required', holds: 'Job title', expected: 'the job title' },
  band: { needed: 'Required', holds: 'Agenda for Change band: 1 to 7, 8a to 8d, or 9 (“Band 5” and “8A” are read too)', expected: 'the Agenda for Change band (1 to 7, 8a to 8d, or 9)' },
  fte: { needed: 'Required, or fte_hundredths instead', holds: 'Working hours as a fraction of full time, more than 0 and at most 1, up to 2 decimals (for example 0.8)', expected: 'the working hours as a fraction of full time, such as 0.8' },
  fte_hundredths: { needed: 'Instead of fte', holds: 'Working hours in whole hundredths of full time, 1 to 100 (for example 80)', expected: 'the working hours in hundredths of full time, 1 to 100' },
  continuous_service_date: { needed: 'Required', holds: `The date continuous employment began, ${DATE}`, expected: `the date continuous employment began, ${DATE}` },
  date_of_birth: { needed: 'Optional (employee liability information)', holds: `Date of birth, ${DATE}` },
  annual_pay_pence: { needed: 'Optional', holds: 'Annual pay in whole pence (for example 2845000 for £28,450.00)' },
  annual_pay: { needed: 'Optional, instead of annual_pay_pence', holds: 'Annual pay in pounds, up to 2 decimals (for example 28,450.00)' },
  pension_scheme: { needed: 'Required', holds: 'The pension scheme: nhs, other or none', expected: 'the pension scheme: nhs, other or none' },
  assigned_percent: { needed: 'Required', holds: 'The percentage of working time assigned to the transferring service, 1 to 100', expected: 'the percentage of working time assigned to the service, 1 to 100' },
  objection_date: { needed: 'Optional', holds: `The date the employee objected to transferring, if they did, ${DATE}` },
  s1_particulars: { needed: 'Optional', holds: `Written particulars of employment (s.1 Employment Rights Act 1996). ${ELI}` },
  discipline_grievance_2y: { needed: 'Optional', holds: `Disciplinary action and grievances in the last 2 years. ${ELI}` },
  claims_2y: { needed: 'Optional', holds: `Claims brought in the last 2 years. ${ELI}` },
  collective_agreements: { needed: 'Optional', holds: `Collective agreements that apply. ${ELI}` },
};

/** The columns of a staff list for the upload page, headers exactly as the import expects them. */
export const STAFF_LIST_COLUMN_WORDS: readonly StaffListColumnWords[] = (Object.keys(STAFF_LIST_COLUMNS) as StaffListColumn[]).map((header) => ({
  header,
  needed: COLUMNS[header].needed,
  holds: COLUMNS[header].holds,
}));

const isColumn = (name: string): name is StaffListColumn => Object.hasOwn(COLUMNS, name);
const quoted = (name: string) => `“${name}”`;

/** A header the import does not take that is a column written without its underscores (`staffnumber`): the column meant. */
function meant(header: string): StaffListColumn | undefined {
  const squeezed = header.replace(/[^a-z0-9]/gi, '').toLowerCase();
  return (Object.keys(COLUMNS) as StaffListColumn[]).find((c) => c.replace(/_/g, '') === squeezed);
}

/** The import's words for what is wrong, each column named as in the header (in quotes) and each date in words. */
function problemWords(problem: string): string {
  const columns = problem.replace(/\b[a-z0-9]+(?:_[a-z0-9]+)+\b|\bfte\b/g, (name) => (isColumn(name) ? quoted(name) : name));
  return columns.replace(/\((YYYY-MM-DD(?: or DD\/MM\/YYYY)?)\)/, `(${DATE})`).replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => inWords(iso));
}

/**
 * One problem of a staff list refused (`STAFF_LIST_INVALID`) for the upload page: the row, the column
 * as the header names it, and what is expected, never the import's own shorthand ("staffnumber: not a
 * staff list column", "continuous_service_date: required").
 */
export function staffListProblem(e: StaffListError): string {
  const column = e.field;
  if (e.problem === 'not a staff list column') {
    const guess = meant(column);
    const where = e.row === 1 ? 'The header row has a column' : `Row ${e.row} has a column`;
    return `${where} ${quoted(column)} that a staff list does not have: ${guess ? `write it ${quoted(guess)}` : 'check its spelling against the list of columns below, or remove the column'}`;
  }
  if (e.problem === 'the column is missing') return `The header row has no ${quoted(column)} column: add it, with ${COLUMNS[column as StaffListColumn]?.expected ?? 'its value'} in each row`;
  if (e.problem === 'the column is missing (or fte_hundredths)') return `The header row has no ${quoted('fte')} column (nor ${quoted('fte_hundredths')}): add one, with ${COLUMNS.fte.expected} in each row`;
  if (e.problem === 'the column appears twice') return `The header row has the ${quoted(column)} column twice: keep one`;
  if (column === '*') return e.problem === 'the file is empty' ? 'The file has no header row: the first row names the columns' : `Row ${e.row} ${problemWords(e.problem)}`;
  if (e.problem === 'required') return `Row ${e.row}: the ${quoted(column)} cell is empty: enter ${(isColumn(column) && COLUMNS[column].expected) || 'a value'}`;
  return `Row ${e.row}, column ${quoted(column)}: ${problemWords(e.problem)}`;
}
