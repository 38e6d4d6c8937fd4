import type { Type } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { AppError } from '../../api/src/common/app-error';
import { validationPipe } from '../../api/src/common/validation';
import { SHARE_EVENT_BODIES, type ShareEventRequest } from '../../api/src/share-register/dto/record-share-event.dto';

/**
 * The columns of a register history file, one share event a row, oldest first:
 * - `type`: `allotment`, `transfer` or `cancellation`; `effectiveOn` (YYYY-MM-DD); `shareNumber`;
 * - the holder an allotment or transfer enters: `memberId` (an existing member, or `row:N` for the
 *   member entered by row N of the same file, numbered as a spreadsheet numbers it: the header is
 *   row 1), or `practiceId`, or `name` and `address` (a cell over several lines is taken as one line:
 *   an address's lines joined with commas, a name's with spaces);
 * - transfers: `fromMemberId` (a member id or `row:N`) and `lodgedOn`;
 * - cancellations: `reason` (`surrender`, `buy-back`, `forfeiture`, `cancellation`), `note`, and `memberId` if given;
 *   a forfeiture `forfeitureNoticeOn` (the day the notice requiring payment was given); a surrender or a
 *   cancellation, each a reduction of capital (SR-1), `solvencyStatementOn` (the day of the directors'
 *   solvency statement) or `courtOrderReference` (the court's order confirming it);
 * - `paidUpPence`, `subscriber` (`true` for a subscriber's share), `authorisedBy` (the resolution's id).
 * Empty cells are absent values.
 */
export const HISTORY_COLUMNS = [
  'type', 'effectiveOn', 'shareNumber', 'memberId', 'practiceId', 'name', 'address', 'fromMemberId', 'lodgedOn',
  'reason', 'note', 'paidUpPence', 'subscriber', 'authorisedBy', 'forfeitureNoticeOn', 'solvencyStatementOn', 'courtOrderReference',
] as const;

export type HistoryEvent = ShareEventRequest;

/**
 * One row of the file: its number as a spreadsheet shows it (the header is row 1, so the first event
 * is row 2; blank rows count), as every import numbers rows, and the line of the file it ends on.
 */
export interface HistoryRow {
  readonly row: number;
  readonly line: number;
  readonly event: HistoryEvent;
}

/** What is wrong with a row: the field (or `row` for the whole row) and the problem. */
export interface RowProblem {
  readonly row: number;
  readonly line: number;
  readonly field: string;
  readonly problem: string;
}

const DTOS: Record<HistoryEvent['type'], Type<object>> = SHARE_EVENT_BODIES;

/**
 * Reads a history file (csv-parse, header line first) and checks each row's shape with the same DTOs
 * and validation as the API's share routes. Returns every row, or every problem of every row.
 */
export async function readHistory(text: string): Promise<{ rows: HistoryRow[]; problems: RowProblem[] }> {
  const problems: RowProblem[] = [];
  const skippedLines: number[] = [];
  let records: { record: Record<string, string>; info: { lines: number; records: number; empty_lines: number } }[];
  try {
    records = parse(text, {
      columns: (header: string[]) => {
        const unknown = header.filter((h) => !(HISTORY_COLUMNS as readonly string[]).includes(h));
        if (unknown.length > 0) throw new Error(`unknown column(s) ${unknown.join(', ')}; the columns are ${HISTORY_COLUMNS.join(', ')}`);
        if (!header.includes('type')) throw new Error('the header has no type column');
        return header;
      },
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (!error) return;
        // A skipped record is not counted in `records`: each one before a row moves it down one.
        const at = error as { records?: number; lines?: number; empty_lines?: number };
        const line = at.lines ?? 0;
        problems.push({ row: spreadsheetRow((at.records ?? 0) + 1, at.empty_lines ?? 0) + skippedLines.length, line, field: 'row', problem: error.message });
        skippedLines.push(line);
      },
    });
  } catch (error) {
    return { rows: [], problems: [{ row: 1, line: 1, field: 'header', problem: (error as Error).message }] };
  }
  const rows: HistoryRow[] = [];
  for (const { record, info } of records) {
    const at = { row: spreadsheetRow(info.records, info.empty_lines) + skippedLines.filter((l) => l < info.lines).length, line: info.lines };
    const type = record.type as HistoryEvent['type'];
    if (!(type in DTOS)) {
      problems.push({ ...at, field: 'type', problem: 'must be allotment, transfer or cancellation' });
      continue;
    }
    try {
      const dto = await validationPipe().transform(body(type, record), { type: 'body', metatype: DTOS[type] });
      rows.push({ ...at, event: { type, dto } as HistoryEvent });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const details = (error.details ?? []) as { field: string; problems: string[] }[];
      for (const d of details) for (const problem of d.problems) problems.push({ ...at, field: d.field, problem });
    }
  }
  return { rows, problems: problems.sort((a, b) => a.row - b.row) };
}

/** The spreadsheet row of the `records`-th data record (from 1) with `emptyLines` blank rows before it: the header is row 1. */
function spreadsheetRow(records: number, emptyLines: number): number {
  return 1 + records + emptyLines;
}

/**
 * A name or an address, which the register keeps on one line, from a cell a spreadsheet may hold over
 * several: an address's lines joined with commas ("1 Road" and "London E1" give "1 Road, London E1"), a
 * name's with spaces.
 */
function oneLine(text: string, field: 'name' | 'address'): string {
  const lines = text.split(/\r\n|[\r\n\u2028\u2029]/).map((line) => line.trim()).filter((line) => line !== '');
  return lines.length <= 1 ? text : lines.join(field === 'address' ? ', ' : ' ');
}

/** The row as the API's request body for its event type; empty cells left out. */
function body(type: HistoryEvent['type'], r: Record<string, string>): Record<string, unknown> {
  const given = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);
  const number = (v: string | undefined) => (given(v) === undefined ? undefined : /^-?\d+$/.test(v!) ? Number(v) : v);
  const holder = Object.fromEntries(
    (['memberId', 'practiceId', 'name', 'address'] as const).filter((k) => given(r[k]) !== undefined).map((k) => [k, k === 'name' || k === 'address' ? oneLine(r[k]!, k) : r[k]]),
  );
  const common = { effectiveOn: given(r.effectiveOn), shareNumber: number(r.shareNumber), authorisedBy: given(r.authorisedBy) };
  const extra = (fields: readonly string[]) => {
    const stray = fields.filter((f) => given(r[f]) !== undefined);
    return Object.fromEntries(stray.map((f) => [f, r[f]]));
  };
  switch (type) {
    case 'allotment':
      return prune({ ...common, holder, paidUpPence: number(r.paidUpPence), subscriber: given(r.subscriber) === undefined ? undefined : r.subscriber === 'true' ? true : r.subscriber, ...extra(['fromMemberId', 'lodgedOn', 'reason', 'note', 'forfeitureNoticeOn', 'solvencyStatementOn', 'courtOrderReference']) });
    case 'transfer':
      return prune({ ...common, to: holder, fromMemberId: given(r.fromMemberId), lodgedOn: given(r.lodgedOn), ...extra(['reason', 'note', 'paidUpPence', 'subscriber', 'forfeitureNoticeOn', 'solvencyStatementOn', 'courtOrderReference']) });
    case 'cancellation':
      return prune({ ...common, memberId: given(r.memberId), reason: given(r.reason), note: given(r.note), forfeitureNoticeOn: given(r.forfeitureNoticeOn), solvencyStatementOn: given(r.solvencyStatementOn), courtOrderReference: given(r.courtOrderReference), ...extra(['practiceId', 'name', 'address', 'fromMemberId', 'lodgedOn', 'paidUpPence', 'subscriber']) });
  }
}

function prune(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
