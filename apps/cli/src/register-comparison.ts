import { sameFields, type ProjectionRows } from '../../api/src/share-register/projection-difference';

/**
 * Whether two registers have the same rows, table by table in key order, field by field (absent and
 * null alike): a quick comparison for the usual case, so that {@link firstDifference}, which names the
 * difference, runs only when there is one.
 */
export function sameRegister(a: ProjectionRows, b: ProjectionRows): boolean {
  return (
    sameRows(a.holdings, b.holdings, byShareThenEntry) &&
    sameRows(a.entries, b.entries, byEntryThenDay) &&
    (a.totals === undefined || b.totals === undefined || sameRows(a.totals, b.totals, byDate))
  );
}

type Row = Readonly<Record<string, unknown>>;
type Order = (x: Row, y: Row) => number;

const compare = (p: unknown, q: unknown): number => (p === q ? 0 : (p as number | string) < (q as number | string) ? -1 : 1);
const byShareThenEntry: Order = (x, y) => compare(x.shareNumber, y.shareNumber) || compare(x.openedBy, y.openedBy);
const byEntryThenDay: Order = (x, y) => compare(x.openedBy, y.openedBy) || compare(x.shownFrom, y.shownFrom);
const byDate: Order = (x, y) => compare(x.onDate, y.onDate);

/** The same rows in the same key order, field by field. */
function sameRows(xs: readonly object[] = [], ys: readonly object[] = [], order: Order): boolean {
  if (xs.length !== ys.length) return false;
  const p = inOrder(xs as readonly Row[], order);
  const q = inOrder(ys as readonly Row[], order);
  for (let i = 0; i < p.length; i++) if (!sameFields(p[i]!, q[i]!)) return false;
  return true;
}

/** The rows in `order`: as they are when already in it (the usual case for both sides), else a sorted copy. */
function inOrder(rows: readonly Row[], order: Order): readonly Row[] {
  for (let i = 1; i < rows.length; i++) if (order(rows[i - 1]!, rows[i]!) > 0) return [...rows].sort(order);
  return rows;
}

/**
 * Whether an export's register line (`],"register":{…}}`) is exactly the text the service writes for
 * `rows` (LedgerExportService: each table in RegisterRowsStore's key order, each row's fields in the
 * fold's order): then it equals the fold with no need to parse it, which is half an export's bytes.
 * False says only that the text differs (another order, nulls left out): the rows are then compared.
 */
export function registerLineIs(line: string, rows: ProjectionRows): boolean {
  return registerBytesAre([Buffer.from(line, 'utf8')], rows);
}

/**
 * {@link registerLineIs} for the line's UTF-8 bytes, in the pieces they were read in (no newline): the
 * expected text is written some rows at a time and each piece compared with the bytes where it falls,
 * so that neither the line nor the expected text (each about half an export) is ever built whole.
 */
export function registerBytesAre(pieces: readonly Buffer[], rows: ProjectionRows): boolean {
  const bytes = new BytesCursor(pieces);
  const next = (text: string): boolean => bytes.next(text);
  const table = (name: string, list: readonly object[], order: Order): boolean => {
    const sorted = inOrder(list as readonly Row[], order);
    if (!next(`"${name}":[`)) return false;
    // A serialisation a few thousand rows at a time: as quick as one of the whole table, in small strings.
    for (let from = 0; from < sorted.length; from += ROWS_AT_A_TIME) {
      const text = JSON.stringify(sorted.slice(from, from + ROWS_AT_A_TIME));
      if ((from > 0 && !next(',')) || !next(text.slice(1, -1))) return false;
    }
    return next(']');
  };
  return (
    next('],"register":{') &&
    table('holdings', rows.holdings, byShareThenEntry) &&
    next(',') &&
    table('entries', rows.entries, byEntryThenDay) &&
    (rows.totals === undefined || (next(',') && table('totals', rows.totals, byDate))) &&
    next('}}') &&
    bytes.atEnd()
  );
}

const ROWS_AT_A_TIME = 2000;

/** Compares texts, one after another, with the bytes held in pieces, from the first byte on. */
class BytesCursor {
  private piece = 0;
  private at = 0;
  private scratch = Buffer.allocUnsafe(1 << 20);

  constructor(private readonly pieces: readonly Buffer[]) {}

  /** Whether the next bytes are the UTF-8 of `text`; past them if so. */
  next(text: string): boolean {
    let length = this.scratch.write(text, 'utf8');
    // A text that may not have fitted: the scratch grows to hold it.
    if (length > this.scratch.length - 4) {
      this.scratch = Buffer.from(text, 'utf8');
      length = this.scratch.length;
    }
    for (let from = 0; from < length; ) {
      const piece = this.pieces[this.piece];
      if (piece === undefined) return false;
      const n = Math.min(piece.length - this.at, length - from);
      if (this.scratch.compare(piece, this.at, this.at + n, from, from + n) !== 0) return false;
      from += n;
      this.at += n;
      if (this.at === piece.length) {
        this.piece += 1;
        this.at = 0;
      }
    }
    return true;
  }

  /** Whether every byte has been compared. */
  atEnd(): boolean {
    while (this.piece < this.pieces.length && this.at === this.pieces[this.piece]!.length) {
      this.piece += 1;
      this.at = 0;
    }
    return this.piece === this.pieces.length;
  }
}

/** The rows in the order the service's export lists them (RegisterRowsStore): the text {@link registerLineIs} expects. */
export function inExportOrder(rows: ProjectionRows): ProjectionRows {
  const sorted = <R extends object>(list: readonly R[], order: Order) => inOrder(list as readonly Row[], order) as unknown as readonly R[];
  return {
    holdings: sorted(rows.holdings, byShareThenEntry),
    entries: sorted(rows.entries, byEntryThenDay),
    ...(rows.totals === undefined ? {} : { totals: sorted(rows.totals, byDate) }),
  };
}
