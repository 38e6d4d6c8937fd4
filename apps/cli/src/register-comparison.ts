import type { ProjectionRows } from '../../api/src/share-register/projection-difference';

/**
 * Whether two registers have the same rows, table by table in key order, field by field (absent and
 * null alike): a quick comparison for the usual case, so that {@link firstDifference}, which names the
 * difference, runs only when there is one.
 */
export function sameRegister(a: ProjectionRows, b: ProjectionRows): boolean {
  const byNumbers = (...keys: string[]) => (x: object, y: object) => {
    for (const k of keys) {
      const p = (x as Record<string, number | string>)[k];
      const q = (y as Record<string, number | string>)[k];
      if (p !== q) return p < q ? -1 : 1;
    }
    return 0;
  };
  const same = (xs: readonly object[] = [], ys: readonly object[] = [], order: (x: object, y: object) => number) => {
    if (xs.length !== ys.length) return false;
    const p = inOrder(xs, order);
    const q = inOrder(ys, order);
    return p.every((row, i) => {
      const other = q[i] as Record<string, unknown>;
      const r = row as Record<string, unknown>;
      for (const k in r) if (!sameValue(r[k], other[k])) return false;
      for (const k in other) if (!(k in r) && other[k] != null) return false;
      return true;
    });
  };
  return (
    same(a.holdings, b.holdings, byNumbers('shareNumber', 'openedBy')) &&
    same(a.entries, b.entries, byNumbers('openedBy', 'shownFrom')) &&
    (a.totals === undefined || b.totals === undefined || same(a.totals, b.totals, byNumbers('onDate')))
  );
}

/** The rows in `order`: as they are when already in it (the usual case for both sides), else a sorted copy. */
function inOrder(rows: readonly object[], order: (x: object, y: object) => number): readonly object[] {
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
