import { Injectable, type PipeTransform } from '@nestjs/common';
import type { StaffListRow } from '#domain';
import { AppError } from '../common/app-error';

/** A staff list as sent: the transferor's spreadsheet as CSV text, or JSON rows keyed by the same columns. */
export type StaffListInput = { readonly format: 'csv'; readonly text: string } | { readonly format: 'json'; readonly rows: readonly StaffListRow[] };

/** JSON bodies are limited to 100 kB by the body parser; this is a second bound on the row count. */
export const MAX_JSON_ROWS = 10_000;

/**
 * Tells the two body formats apart: the text/csv parser gives a string, the JSON parser an object.
 * Anything else (another content type, `{rows}` missing or not an array) is a 400. NUL characters
 * are refused here, as PostgreSQL cannot store them.
 */
@Injectable()
export class StaffListBodyPipe implements PipeTransform<unknown, StaffListInput> {
  transform(body: unknown): StaffListInput {
    if (typeof body === 'string') {
      if (body.includes('\u0000')) throw invalid('the CSV file contains NUL characters');
      return { format: 'csv', text: body };
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('send the staff list as text/csv, or as application/json {"rows": [...]}');
    const { rows, ...rest } = body as { rows?: unknown };
    const extra = Object.keys(rest);
    if (extra.length > 0) throw invalid(`unknown field(s): ${extra.join(', ')}`, extra[0]);
    if (!Array.isArray(rows)) throw invalid('rows must be an array of staff list rows (send text/csv for a spreadsheet)');
    if (rows.length > MAX_JSON_ROWS) throw invalid(`rows may hold at most ${MAX_JSON_ROWS} rows`);
    if (JSON.stringify(rows).includes('\\u0000')) throw invalid('rows contain NUL characters');
    return { format: 'json', rows: rows as StaffListRow[] };
  }
}

function invalid(problem: string, field = 'rows'): AppError {
  return new AppError('VALIDATION_FAILED', 'the staff list is not valid', [{ field, problems: [problem] }]);
}
