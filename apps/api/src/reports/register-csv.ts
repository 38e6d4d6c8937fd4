import { stringify, type Stringifier } from 'csv-stringify';
import type { RegisterEntry, RegisterEntryWithHistory } from '#domain';
import { formerParticularsLine, jointHolderNames, shareHistoryLine, type RegisterCorrectionView } from '#reports';
import { formerParticulars, sharesHeldViews } from './report-mappers';

/** The entry columns (RM-1, RM-2, RM-3), first in every line. */
const ENTRY_COLUMNS = [
  'Member name', 'Registered address', 'Date entered on register', 'Date ceased to be a member', 'Share numbers', 'Share class',
  'Nominal value (pence)', 'Amount paid up (pence)', 'Joint holders', 'Shares held and how each came and went', 'Earlier names and addresses',
];

/** SR-4: the columns of a voided entry, last in every line; `Voided` is `no` on an entry's line and `yes` on a voided entry's. */
const VOIDED_COLUMNS = [
  'Voided', 'Voided ledger entry', 'What the voided entry recorded', 'Date voided', 'Reason voided', 'Court order reference',
  'Correcting ledger entry', 'Entered in its place',
];

/**
 * The register CSV's column headings, in words a spreadsheet user reads (RM-1: name and address, the
 * dates entered and ceased, the shares with their class, nominal value and amount paid up; RM-2 joint
 * holders; RM-3 earlier particulars; SR-4 the entries voided by a correction). Amounts are in pence, as
 * the headings say.
 */
export const REGISTER_CSV_HEADER = [...ENTRY_COLUMNS, ...VOIDED_COLUMNS];

/**
 * One register entry as a CSV record (current and former entries alike). After the shares: RM-2 (s.113(5))
 * every joint holder, the first-named holder first and marked (`Dr A (first-named holder); Dr B`), empty
 * for a sole holder; RM-1 every share the entry held, one line per share as the PDF prints it
 * (`Share 9: acquired … from …; transferred … to …`, separated by ` | `), RM-3 the entry's earlier
 * particulars in the order entered (`until YYYY-MM-DD: name, address`, with `; joint holders: …` in the joint
 * holders column's words where that version was held jointly; `superseded on YYYY-MM-DD: …` for a version
 * superseded the day it took effect, s.113), then `Voided` `no` and the voided entry's columns empty.
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
    jointHolderNames(e.name, e.jointHolders),
    history ? sharesHeldViews(history).map((h) => shareHistoryLine(h)).join(' | ') : '',
    history ? formerParticulars(history).map((p) => formerParticularsLine(p, { date: (day) => day, lowerCase: true })).join(' | ') : '',
    'no',
    ...VOIDED_COLUMNS.slice(1).map(() => ''),
  ];
}

/**
 * SR-4: a correcting entry as a CSV record, after the register's entries: the entry columns empty, `Voided`
 * `yes`, the ledger number of the entry voided and what it recorded (`transfer of share 9 from … to …, dated
 * YYYY-MM-DD`), the day the correction was recorded, its reason and any court order (s.125), the correcting
 * entry's number, and what it put in the voided entry's place (`nothing` when it put nothing).
 */
export function registerCsvCorrectionRecord(c: RegisterCorrectionView): string[] {
  const recorded = (e: RegisterCorrectionView['original']) => (e === null ? '' : `${e.text}, dated ${e.on}`);
  return [
    ...ENTRY_COLUMNS.map(() => ''),
    'yes',
    String(c.corrects),
    recorded(c.original),
    c.enteredOn,
    c.reason.trim(),
    c.courtOrderReference ?? '',
    String(c.sequence),
    c.replacement === null ? 'nothing' : recorded(c.replacement),
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
