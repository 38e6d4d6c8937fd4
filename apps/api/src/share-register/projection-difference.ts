import type { EntryRow, HoldingRow, TotalRow } from './register-projection';

/** Rows of the three projection tables; `totals` absent when only some shares and members are compared. */
export interface ProjectionRows {
  readonly holdings: readonly HoldingRow[];
  readonly entries: readonly EntryRow[];
  readonly totals?: readonly TotalRow[];
}

export type ProjectionTable = 'share_holding' | 'register_entry' | 'register_total';

/** The first row where the stored projection and the fold of the ledger disagree. */
export interface ProjectionDifference {
  readonly table: ProjectionTable;
  /** The row's key: share number and opening entry; opening entry and first day shown; or date. */
  readonly row: Readonly<Record<string, string | number>>;
  /** As the ledger gives it; null when the ledger gives no such row. */
  readonly expected: Readonly<Record<string, unknown>> | null;
  /** As stored; null when the row is missing. */
  readonly found: Readonly<Record<string, unknown>> | null;
}

interface TableSpec<R> {
  readonly table: ProjectionTable;
  readonly key: (row: R) => Record<string, string | number>;
}

const HOLDINGS: TableSpec<HoldingRow> = { table: 'share_holding', key: (r) => ({ shareNumber: r.shareNumber, openedBy: r.openedBy }) };
const ENTRIES: TableSpec<EntryRow> = { table: 'register_entry', key: (r) => ({ openedBy: r.openedBy, shownFrom: r.shownFrom }) };
const TOTALS: TableSpec<TotalRow> = { table: 'register_total', key: (r) => ({ onDate: r.onDate }) };

/**
 * The first difference between the projection the ledger folds to (`expected`) and the one stored
 * (`found`), table by table and in key order; null when they are the same. Totals are compared only
 * when both sides have them.
 */
export function firstDifference(expected: ProjectionRows, found: ProjectionRows): ProjectionDifference | null {
  return (
    differenceIn(HOLDINGS, expected.holdings, found.holdings) ??
    differenceIn(ENTRIES, expected.entries, found.entries) ??
    (expected.totals && found.totals ? differenceIn(TOTALS, expected.totals, found.totals) : null)
  );
}

/** The rows of a fold that concern these shares and members: their holdings and the members' entries. */
export function rowsAbout(rows: ProjectionRows, shareNumbers: readonly number[], memberIds: readonly string[]): ProjectionRows {
  const shares = new Set(shareNumbers);
  const members = new Set(memberIds);
  return {
    holdings: rows.holdings.filter((h) => shares.has(h.shareNumber) || members.has(h.memberId)),
    entries: rows.entries.filter((e) => members.has(e.memberId)),
  };
}

function differenceIn<R extends object>(spec: TableSpec<R>, expected: readonly R[], found: readonly R[]): ProjectionDifference | null {
  const keyed = (rows: readonly R[]) => new Map(rows.map((r) => [keyText(spec.key(r)), r]));
  const want = keyed(expected);
  const have = keyed(found);
  const keys = [...new Set([...want.keys(), ...have.keys()])].sort();
  for (const key of keys) {
    const a = want.get(key);
    const b = have.get(key);
    if (a !== undefined && b !== undefined && sameRow(a, b)) continue;
    return { table: spec.table, row: spec.key((a ?? b)!), expected: a ? plain(a) : null, found: b ? plain(b) : null };
  }
  return null;
}

/** Sortable text of a key: numbers zero-padded so that share 9 comes before share 10. */
function keyText(key: Record<string, string | number>): string {
  return Object.values(key)
    .map((v) => (typeof v === 'number' ? String(v).padStart(12, '0') : v))
    .join('\u0001');
}

function sameRow(a: object, b: object): boolean {
  return JSON.stringify(plain(a)) === JSON.stringify(plain(b));
}

/** A row with its fields in one order and absent values as null. */
function plain(row: object): Record<string, unknown> {
  const entries = Object.entries(row).map(([k, v]) => [k, v ?? null] as const);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Whether two rows have the same fields with the same values: absent and null alike, primitives compared
 * as they are, anything else (a list of joint holders) by its JSON. `other` may be absent (no such row).
 */
export function sameFields(row: object, other: object | null): boolean {
  if (other === null) return false;
  const a = row as Readonly<Record<string, unknown>>;
  const b = other as Readonly<Record<string, unknown>>;
  for (const k in a) if (!sameValue(a[k], b[k])) return false;
  for (const k in b) if (!(k in a) && b[k] != null) return false;
  return true;
}

function sameValue(p: unknown, q: unknown): boolean {
  const x = p ?? null;
  const y = q ?? null;
  if (x === y) return true;
  return typeof x === 'object' && typeof y === 'object' && x !== null && y !== null && JSON.stringify(x) === JSON.stringify(y);
}
