/** A CSV text read into records, or the first place it could not be read. */
export type CsvParseResult =
  | { readonly ok: true; readonly records: string[][] }
  | { readonly ok: false; readonly record: number; readonly problem: string };

/**
 * Reads CSV as RFC 4180 describes it: fields separated by commas, records by CRLF (a bare LF or CR is
 * accepted too), a field in double quotes may hold commas, quotes (doubled) and line breaks. A leading
 * byte order mark is dropped; a line break at the end of the text does not start another record; a
 * blank line is a record of one empty field. Fields are returned as written, not trimmed. A quote
 * inside an unquoted field, text after a closing quote, or an unclosed quote is an error, reported
 * with the 1-based record number.
 */
export function parseCsv(text: string): CsvParseResult {
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < s.length) {
    const c = s[i];
    if (c === '"' && field === '') {
      const start = records.length + 1;
      i += 1;
      for (;;) {
        if (i >= s.length) return { ok: false, record: start, problem: 'a quoted field is not closed' };
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += s[i];
        i += 1;
      }
      const next = s[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        return { ok: false, record: records.length + 1, problem: 'text follows a closing quote' };
      }
      // The quoted field is complete; an empty quoted field must still count as a field.
      if (next === undefined) {
        endRecord();
        break;
      }
      continue;
    }
    if (c === ',') {
      endField();
      i += 1;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
    } else if (c === '"') {
      return { ok: false, record: records.length + 1, problem: 'a quote inside an unquoted field' };
    } else {
      field += c;
      i += 1;
    }
  }
  if (field !== '' || record.length > 0) endRecord();
  return { ok: true, records };
}

/**
 * Writes records as CSV with CRLF after each record, quoting a field only when it holds a comma, a
 * quote, a line break, or when a record's only field is empty (so the blank line survives reading).
 * `parseCsv(formatCsv(r))` gives back `r` for any records with at least one field each.
 */
export function formatCsv(records: readonly (readonly string[])[]): string {
  return records
    .map((r) => r.map((f) => (/[",\r\n]/.test(f) || (r.length === 1 && f === '') ? `"${f.replace(/"/g, '""')}"` : f)).join(',') + '\r\n')
    .join('');
}
