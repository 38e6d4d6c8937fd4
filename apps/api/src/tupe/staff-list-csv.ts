import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { parseStaffListRecords, staffListRecords, type CalendarDate, type StaffListResult, type TransferringEmployee } from '#domain';

/**
 * Reads a transferor's staff list from CSV text (RFC 4180, header row first; CRLF, LF or CR line ends;
 * a byte order mark is dropped; quoted fields may hold commas, doubled quotes and line breaks) with
 * csv-parse, then checks every row with the domain's rules ({@link parseStaffListRecords}), listing
 * every bad row and field. Text that is not readable as CSV (an unclosed quote, a quote inside an
 * unquoted field, text after a closing quote) is one problem on the record where reading stopped,
 * numbered as a spreadsheet numbers rows (the header is row 1).
 */
export function parseStaffListCsv(text: string, transferDate?: CalendarDate): StaffListResult {
  let records: string[][];
  try {
    // A row with the wrong number of fields is the domain's to report, with the others.
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const row = ((error as CsvError & { records?: number }).records ?? 0) + 1;
    return { ok: false, errors: [{ row, field: '*', problem: `not readable as CSV: ${error.message}` }] };
  }
  return parseStaffListRecords(records, transferDate);
}

/**
 * The full staff list as CSV in the import format (csv-stringify: CRLF after each record, fields
 * quoted when they hold a comma, quote or line break). Personal data: for the secretary only.
 */
export function staffListToCsv(employees: readonly TransferringEmployee[]): string {
  return stringify(staffListRecords(employees), { record_delimiter: 'windows' });
}
