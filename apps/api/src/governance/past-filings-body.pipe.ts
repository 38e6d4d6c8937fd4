import { Injectable, type PipeTransform } from '@nestjs/common';
import { calendarDate, type FilingRow } from '#domain';
import { parse } from 'csv-parse/sync';
import { AppError } from '../common/app-error';
import { isStorableCalendarDate } from '../common/is-calendar-date';
import { FILING_KINDS, NOT_A_FILING_KIND } from './dto/deadlines.dto';

/** At most this many filings in one batch (a company's whole history is a few hundred). */
export const MAX_PAST_FILINGS = 5_000;

const COLUMNS = ['kind', 'reference', 'filedOn', 'lawfulPurposeStatement'] as const;

/**
 * Past filings as sent: a CSV with the header `kind,reference,filedOn` (as the deadlines list names
 * them) and, optionally, `lawfulPurposeStatement` (a confirmation statement's statement of lawful
 * purpose, CA 2006 s.853A), or JSON `{"filings": [{kind, reference, filedOn, lawfulPurposeStatement?}, …]}`. Every row whose shape is wrong is
 * listed in one 400; nothing is recorded. Rows are numbered as a spreadsheet numbers them, as in every
 * import: the header is row 1, the first filing row 2 (blank rows counted); a JSON filing has the row
 * it would have in the CSV (`filings[0]` is row 2). Each problem names `filings[i]` (from 0) and its `row`.
 */
@Injectable()
export class PastFilingsBodyPipe implements PipeTransform<unknown, FilingRow[]> {
  transform(body: unknown): FilingRow[] {
    const csv = typeof body === 'string';
    const records = csv ? fromCsv(body) : fromJson(body).map((record, i) => ({ record, row: i + 2 }));
    if (records.length === 0) throw invalid([{ field: 'filings', problems: ['there are no filings to record'] }]);
    if (records.length > MAX_PAST_FILINGS) throw invalid([{ field: 'filings', problems: [`at most ${MAX_PAST_FILINGS} filings at once`] }]);
    const rows: FilingRow[] = [];
    const problems: { field: string; row: number; problems: string[] }[] = [];
    records.forEach(({ record, row }, i) => {
      const wrong: string[] = [];
      const kind = record.kind;
      if (typeof kind !== 'string' || !(FILING_KINDS as readonly string[]).includes(kind)) wrong.push(NOT_A_FILING_KIND);
      const reference = record.reference;
      if (typeof reference !== 'string' || reference.length < 1 || reference.length > 200 || reference.includes('\u0000')) wrong.push('reference must be 1 to 200 characters');
      const filedOn = record.filedOn;
      if (!isStorableCalendarDate(filedOn)) wrong.push('filedOn must be a calendar date written YYYY-MM-DD');
      const statement = csv ? lawfulPurposeCell(record.lawfulPurposeStatement) : lawfulPurposeJson(record.lawfulPurposeStatement);
      if (statement === 'invalid') wrong.push(csv ? 'lawfulPurposeStatement must be yes, no or empty (or true or false)' : 'lawfulPurposeStatement must be true or false');
      else if (statement && kind !== 'confirmation-statement') wrong.push('a statement of lawful purpose is made only on a confirmation statement (CA 2006 s.853A): leave lawfulPurposeStatement empty for this filing');
      const extra = Object.keys(record).filter((k) => !(COLUMNS as readonly string[]).includes(k));
      if (extra.length > 0) wrong.push(`unknown field(s): ${extra.join(', ')}`);
      if (wrong.length > 0) problems.push({ field: `filings[${i}]`, row, problems: wrong });
      else rows.push({ row, kind: kind as FilingRow['kind'], reference: reference as string, filedOn: calendarDate(filedOn as string), ...(statement ? { lawfulPurposeStatement: true as const } : {}) });
    });
    if (problems.length > 0) throw invalid(problems);
    return rows;
  }
}

/** The CSV's records with their spreadsheet rows: 1 for the header, then each record after the blank rows before it. */
function fromCsv(text: string): { record: Record<string, unknown>; row: number }[] {
  if (text.includes('\u0000')) throw invalid([{ field: 'filings', problems: ['the CSV file contains NUL characters'] }]);
  try {
    const read = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true, info: true }) as { record: Record<string, unknown>; info: { records: number; empty_lines: number } }[];
    return read.map(({ record, info }) => ({ record, row: 1 + info.records + info.empty_lines }));
  } catch (error) {
    throw invalid([{ field: 'filings', problems: [`the CSV cannot be read: ${(error as Error).message}`] }]);
  }
}

function fromJson(body: unknown): Record<string, unknown>[] {
  const filings = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as { filings?: unknown }).filings : undefined;
  if (!Array.isArray(filings) || !filings.every((f) => typeof f === 'object' && f !== null && !Array.isArray(f))) {
    throw invalid([{ field: 'filings', problems: ['send text/csv with the header kind,reference,filedOn, or JSON {"filings": [{kind, reference, filedOn}]}'] }]);
  }
  return filings as Record<string, unknown>[];
}

/**
 * A confirmation statement's statement of lawful purpose (CA 2006 s.853A) in JSON: `true` or `false`
 * only, as `POST …/filings` takes it (a string such as `"yes"` is refused); absent is not made.
 */
function lawfulPurposeJson(value: unknown): boolean | 'invalid' {
  return value === undefined || value === false || value === true ? value === true : 'invalid';
}

/** The statement of lawful purpose in a CSV cell: `yes`/`true` or `no`/`false`/empty (any case); no column is not made. */
function lawfulPurposeCell(value: unknown): boolean | 'invalid' {
  if (value === undefined) return false;
  if (typeof value !== 'string') return 'invalid';
  const cell = value.trim().toLowerCase();
  if (cell === 'yes' || cell === 'true') return true;
  if (cell === '' || cell === 'no' || cell === 'false') return false;
  return 'invalid';
}

function invalid(details: { field: string; row?: number; problems: string[] }[]): AppError {
  return new AppError('VALIDATION_FAILED', 'the past filings are not valid; none was recorded', details);
}
