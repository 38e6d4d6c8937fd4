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
  let at = 0;
  const next = (piece: string): boolean => {
    if (!line.startsWith(piece, at)) return false;
    at += piece.length;
    return true;
  };
  const table = (name: string, list: readonly object[], order: Order): boolean => {
    // One serialisation of the whole table: about a third quicker than one a row.
    return next(`"${name}":`) && next(JSON.stringify(inOrder(list as readonly Row[], order)));
  };
  return (
    next('],"register":{') &&
    table('holdings', rows.holdings, byShareThenEntry) &&
    next(',') &&
    table('entries', rows.entries, byEntryThenDay) &&
    (rows.totals === undefined || (next(',') && table('totals', rows.totals, byDate))) &&
    next('}}') &&
    at === line.length
  );
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
