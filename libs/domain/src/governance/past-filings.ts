import { compareDates, isCalendarDate, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { checkFilingContents, type FilingFacts } from '../officers/filing-contents';
import type { Duty, DutyKind, FilingRecord } from './compliance-calendar';
import { filingRecord } from './filing-record';
import { statementRecordedAs } from './filing-periods';

/** One filing of a batch as entered; `row` is its row as a spreadsheet numbers it (the header is row 1, the first filing row 2). */
export interface FilingRow {
  readonly row: number;
  readonly kind: DutyKind;
  readonly reference: string;
  readonly filedOn: CalendarDate;
  /** A confirmation statement's statement of lawful purpose, recorded as made (CA 2006 s.853A). */
  readonly lawfulPurposeStatement?: true;
}

/**
 * The filings with one more; throws `FILING_ALREADY_RECORDED` (details `kind`, `reference`, `filedOn`)
 * when that duty's filing is already there: of its kind and reference, or, for a confirmation statement
 * of a company incorporated on `incorporatedOn`, under its period's earlier reference
 * (`statementRecordedAs`, s.854).
 */
export function recordFiling(filings: readonly FilingRecord[], filing: FilingRecord, incorporatedOn?: CalendarDate): FilingRecord[] {
  const earlier = recordedFor(filings, filing, incorporatedOn);
  if (earlier) {
    throw new DomainError(
      'FILING_ALREADY_RECORDED',
      `the ${filing.kind} for ${filing.reference} was recorded as done on ${earlier.filedOn}`,
      { kind: filing.kind, reference: filing.reference, filedOn: earlier.filedOn },
    );
  }
  return [...filings, filing];
}

/** The filing recorded for `filing`'s duty, if any (see {@link recordFiling}). */
function recordedFor(filings: readonly FilingRecord[], filing: Pick<FilingRecord, 'kind' | 'reference'>, incorporatedOn: CalendarDate | undefined): FilingRecord | undefined {
  const exact = filings.find((f) => f.kind === filing.kind && f.reference === filing.reference);
  if (exact !== undefined || filing.kind !== 'confirmation-statement' || incorporatedOn === undefined || !isCalendarDate(filing.reference)) return exact;
  const statements = new Map(filings.filter((f) => f.kind === 'confirmation-statement').map((f) => [f.reference, f.filedOn]));
  const earlier = statementRecordedAs(incorporatedOn, (reference) => statements.get(reference), filing.reference);
  return earlier === null ? undefined : filings.find((f) => f.kind === filing.kind && f.reference === earlier);
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
 * filed early move the later periods, FC-2), must not be recorded already (a confirmation statement of a
 * company incorporated on `incorporatedOn`, nor under its earlier reference) nor twice in the batch, and
 * must not be dated after `recordedOn` nor before the duty arises (`checkFiledNotBeforeDuty`), and must
 * state only what `facts` bear out, as a filing recorded alone must (`checkFilingContents`: an AP01 of a
 * verified director, EC-3; a confirmation statement with a registered email address on record and the statement of lawful
 * purpose, CA 2006 s.853A).
 * Returns the filings to record, in row order; throws `FILINGS_INVALID` with `details.rows` listing
 * every bad row and its problems.
 */
export function pastFilings(
  recorded: readonly FilingRecord[],
  duties: readonly Duty[],
  rows: readonly FilingRow[],
  recordedOn: CalendarDate,
  facts: FilingFacts,
  incorporatedOn?: CalendarDate,
): FilingRecord[] {
  const known = new Map(duties.map((d) => [`${d.kind}|${d.reference}`, d]));
  const inBatch = new Map<string, number>();
  const bad: FilingRowProblem[] = [];
  for (const row of rows) {
    const key = `${row.kind}|${row.reference}`;
    const problems: string[] = [];
    if (compareDates(row.filedOn, recordedOn) > 0) problems.push(`filed on ${row.filedOn}, after today (${recordedOn})`);
    const duty = known.get(key);
    if (duty === undefined) problems.push(`no ${row.kind} duty has the reference ${row.reference}`);
    else {
      if (compareDates(row.filedOn, duty.arisesOn) < 0) problems.push(filedBeforeDuty(duty, row.filedOn));
      const contents = refusal(() => checkFilingContents(duty, row, facts));
      if (contents !== null) problems.push(contents);
    }
    const earlier = recordedFor(recorded, row, incorporatedOn);
    if (earlier !== undefined) problems.push(`the ${row.kind} for ${row.reference} was recorded as done on ${earlier.filedOn}`);
    const twice = inBatch.get(key);
    if (twice !== undefined) problems.push(`the same filing is on row ${twice}`);
    else inBatch.set(key, row.row);
    if (problems.length > 0) bad.push({ row: row.row, problems });
  }
  if (bad.length > 0) {
    throw new DomainError('FILINGS_INVALID', `${bad.length} of ${rows.length} filings cannot be recorded; none was`, { rows: bad });
  }
  return rows.map(filingRecord);
}

/**
 * A filing cannot be made before what it files: accounts only after their period ends, a
 * confirmation statement not before its review period begins (filed within the period it is early,
 * FC-2, and its date becomes the confirmation date), a return not before the allotment, buy-back or
 * change it reports, a resolution not before it passed. Throws `FILING_BEFORE_DUTY` naming the duty,
 * the field `filedOn` and the first day it could be filed.
 */
export function checkFiledNotBeforeDuty(duty: Duty, filedOn: CalendarDate): void {
  if (compareDates(filedOn, duty.arisesOn) >= 0) return;
  throw new DomainError('FILING_BEFORE_DUTY', filedBeforeDuty(duty, filedOn), { field: 'filedOn', kind: duty.kind, reference: duty.reference, filedOn, arisesOn: duty.arisesOn });
}

/** The message of the domain rule `check` breaks, or null when it holds. */
function refusal(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.message;
    throw error;
  }
}

function filedBeforeDuty(duty: Duty, filedOn: CalendarDate): string {
  const what =
    duty.kind === 'annual-accounts' || duty.kind === 'cic34-report' ? `the accounting period it reports on ends (${duty.reference})`
    : duty.kind === 'confirmation-statement' ? `the review period it confirms begins (${duty.arisesOn})`
    : `what it files took place (${duty.arisesOn})`;
  return `filedOn ${filedOn} is before ${what}: the ${duty.kind} for ${duty.reference} can be filed from ${duty.arisesOn}`;
}
