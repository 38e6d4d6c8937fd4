import { stringify, type Stringifier } from 'csv-stringify';
import type { RegisterEntry } from '#domain';

export const REGISTER_CSV_HEADER = ['name', 'address', 'registeredOn', 'ceasedOn', 'shareNumbers', 'shareClass', 'nominalPence', 'paidUpPence'];

/** One register entry as a CSV record (current and former entries alike). */
export function registerCsvRecord(e: RegisterEntry): string[] {
  return [
    e.name,
    e.address,
    e.registeredOn,
    e.ceasedOn ?? '',
    e.shares.map((s) => s.shareNumber).join(';'),
    [...new Set(e.shares.map((s) => s.shareClass))].join(';'),
    String(e.shares.reduce((n, s) => n + s.nominalPence, 0)),
    String(e.shares.reduce((n, s) => n + s.paidUpPence, 0)),
  ];
}

/** The first characters a spreadsheet reads as the start of a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet shows as text: one starting with `=`, `+`, `-`, `@`, a tab or a carriage return
 * gets a single quote in front (OWASP's neutralisation of CSV injection), and is quoted.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * The register's CSV writer (csv-stringify): RFC 4180 with CRLF line ends, a field quoted when it holds
 * a comma, a quote or any line break, or was neutralised; with `bom`, a UTF-8 byte-order mark first so
 * that spreadsheets read the names as UTF-8.
 */
export function registerCsvWriter(options: { bom: boolean }): Stringifier {
  return stringify({
    header: true,
    columns: REGISTER_CSV_HEADER,
    bom: options.bom,
    record_delimiter: 'windows',
    quoted_match: [/[\r\n]/, /^'[=+\-@\t\r]/],
    cast: { string: neutraliseFormula },
  });
}
