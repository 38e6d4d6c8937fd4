import { stringify, type Stringifier } from 'csv-stringify';
import type { RegisterEntry, RegisterEntryWithHistory } from '#domain';
import { shareHistoryLine } from '#reports';
import { formerParticulars, sharesHeldViews } from './report-mappers';

/**
 * The register CSV's column headings, in words a spreadsheet user reads (RM-1: name and address, the
 * dates entered and ceased, the shares with their class, nominal value and amount paid up; RM-2 joint
 * holders; RM-3 earlier particulars). Amounts are in pence, as the headings say.
 */
export const REGISTER_CSV_HEADER = [
  'Member name', 'Registered address', 'Date entered on register', 'Date ceased to be a member', 'Share numbers', 'Share class',
  'Nominal value (pence)', 'Amount paid up (pence)', 'Joint holders', 'Shares held and how each came and went', 'Earlier names and addresses',
];

/**
 * One register entry as a CSV record (current and former entries alike). The last three columns:
 * RM-2 joint holders (`; `-separated), RM-1 every share the entry held, one line per share as the PDF
 * prints it (`Share 9: acquired … from …; transferred … to …`, separated by ` | `), and RM-3 the
 * entry's earlier particulars (`until YYYY-MM-DD: name, address`).
 */
export function registerCsvRecord(e: RegisterEntry, history?: RegisterEntryWithHistory): string[] {
  return [
    e.name,
    e.address,
    e.registeredOn,
    e.ceasedOn ?? '',
    e.shares.map((s) => s.shareNumber).join(';'),
    [...new Set(e.shares.map((s) => s.shareClass))].join(';'),
    String(e.shares.reduce((n, s) => n + s.nominalPence, 0)),
    String(e.shares.reduce((n, s) => n + s.paidUpPence, 0)),
    (e.jointHolders ?? []).join('; '),
    history ? sharesHeldViews(history).map(shareHistoryLine).join(' | ') : '',
    history ? formerParticulars(history).map((p) => `until ${p.until}: ${p.name}, ${p.address}`).join(' | ') : '',
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
