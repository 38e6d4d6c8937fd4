import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { Duty, DutyKind, FilingRecord } from './compliance-calendar';

/** One filing of a batch as entered; `row` is its 1-based place in the batch (a CSV's data line). */
export interface FilingRow {
  readonly row: number;
  readonly kind: DutyKind;
  readonly reference: string;
  readonly filedOn: CalendarDate;
}

/** A row of a batch that cannot be recorded, and why. */
export interface FilingRowProblem {
  readonly row: number;
  readonly problems: readonly string[];
}

/**
 * Past filings recorded all together or not at all, so that a company adopting the register part-way
 * through its life does not start with a wall of false "overdue" duties. Each row must answer a duty of
 * `duties` (the calendar computed with the batch's filings in place, so that confirmation statements
 * filed early move the later periods, FC-2), must not be recorded already nor twice in the batch, and
 * must not be dated after `recordedOn`. Returns the filings to record, in row order; throws
 * `FILINGS_INVALID` with `details.rows` listing every bad row and its problems.
 */
export function pastFilings(
  recorded: readonly FilingRecord[],
  duties: readonly Duty[],
  rows: readonly FilingRow[],
  recordedOn: CalendarDate,
): FilingRecord[] {
  const known = new Set(duties.map((d) => `${d.kind}|${d.reference}`));
  const already = new Map(recorded.map((f) => [`${f.kind}|${f.reference}`, f.filedOn]));
  const inBatch = new Map<string, number>();
  const bad: FilingRowProblem[] = [];
  for (const row of rows) {
    const key = `${row.kind}|${row.reference}`;
    const problems: string[] = [];
    if (compareDates(row.filedOn, recordedOn) > 0) problems.push(`filed on ${row.filedOn}, after today (${recordedOn})`);
    if (!known.has(key)) problems.push(`no ${row.kind} duty has the reference ${row.reference}`);
    const earlier = already.get(key);
    if (earlier !== undefined) problems.push(`the ${row.kind} for ${row.reference} was recorded as done on ${earlier}`);
    const twice = inBatch.get(key);
    if (twice !== undefined) problems.push(`the same filing is on row ${twice}`);
    else inBatch.set(key, row.row);
    if (problems.length > 0) bad.push({ row: row.row, problems });
  }
  if (bad.length > 0) {
    throw new DomainError('FILINGS_INVALID', `${bad.length} of ${rows.length} filings cannot be recorded; none was`, { rows: bad });
  }
  return rows.map((r) => ({ kind: r.kind, reference: r.reference, filedOn: r.filedOn }));
}
