import type { ProjectionRows } from '../../api/src/share-register/projection-difference';

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
  for (let i = 0; i < p.length; i++) if (!sameRow(p[i]!, q[i]!)) return false;
  return true;
}

function sameRow(r: Row, other: Row): boolean {
  for (const k in r) if (!sameValue(r[k], other[k])) return false;
  for (const k in other) if (!(k in r) && other[k] != null) return false;
  return true;
}

/** The rows in `order`: as they are when already in it (the usual case for both sides), else a sorted copy. */
function inOrder(rows: readonly Row[], order: Order): readonly Row[] {
  for (let i = 1; i < rows.length; i++) if (order(rows[i - 1]!, rows[i]!) > 0) return [...rows].sort(order);
  return rows;
}

/** Two field values alike: absent and null alike; primitives compared as they are, anything else by its JSON. */
function sameValue(p: unknown, q: unknown): boolean {
  const x = p ?? null;
  const y = q ?? null;
  if (x === y) return true;
  return typeof x === 'object' && typeof y === 'object' && x !== null && y !== null && JSON.stringify(x) === JSON.stringify(y);
}
