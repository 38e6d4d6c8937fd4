import { createHash } from 'node:crypto';
import type { ProjectionRows } from '../../api/src/share-register/projection-difference';

/*
 * The register an export carries is compared with the fold of its share entries. Parsing that register
 * (half the bytes of an export) and comparing it row by row is the one part of the check that need not
 * wait for the fold, so the chain-checking thread does it beside the fold: it digests the exported rows,
 * the main thread digests the fold's, and only when the two differ is the register parsed again and
 * compared row by row (sameRegister, firstDifference) to name the difference. Equal digests mean what
 * sameRegister means: the same rows, field by field, absent and null alike.
 */

type Row = Readonly<Record<string, unknown>>;

/** Each table's fields, in the order the fold's ProjectionBuilder writes them, and the order of its rows. */
const TABLES = {
  holdings: {
    fields: ['shareNumber', 'openedBy', 'memberId', 'heldFrom', 'heldTo', 'shareClass', 'nominalPence', 'paidUpPence', 'authorisedBy'],
    // The fold opens at most one holding per event, in effective order (then sequence): the order it writes them in.
    order: (x: Row, y: Row) => compare(x.heldFrom, y.heldFrom) || compare(x.openedBy, y.openedBy) || compare(x.shareNumber, y.shareNumber),
  },
  entries: {
    fields: ['memberId', 'openedBy', 'registeredOn', 'ceasedOn', 'name', 'nameKey', 'address', 'shownFrom', 'shownTo', 'jointHolders'],
    order: (x: Row, y: Row) => compare(x.shownFrom, y.shownFrom) || compare(x.openedBy, y.openedBy) || compare(x.memberId, y.memberId),
  },
  totals: {
    fields: ['onDate', 'issuedShares', 'currentMembers'],
    order: (x: Row, y: Row) => compare(x.onDate, y.onDate),
  },
} as const;

type Table = keyof typeof TABLES;

/** SHA-256 (hex) of each table's rows in the table's order, or null for a table the register does not carry. */
export type RegisterDigest = { readonly [T in Table]: string | null };

const compare = (p: unknown, q: unknown): number => (p === q ? 0 : (p as number | string) < (q as number | string) ? -1 : 1);

/** The rows in the table's order: as they are when already in it (the fold's always are), else a sorted copy. */
function inOrder(rows: readonly Row[], order: (x: Row, y: Row) => number): readonly Row[] {
  for (let i = 1; i < rows.length; i++) if (order(rows[i - 1]!, rows[i]!) > 0) return [...rows].sort(order);
  return rows;
}

/** SHA-256 of the rows' JSON, a line each, hashed 64 KB at a time (faster than one JSON of the whole list, or a hash update a row). */
function digestOf(rows: readonly object[]): string {
  const hash = createHash('sha256');
  let batch = '';
  for (const row of rows) {
    batch += `${JSON.stringify(row)}\n`;
    if (batch.length > 1 << 16) {
      hash.update(batch);
      batch = '';
    }
  }
  return hash.update(batch).digest('hex');
}

/**
 * The digest of the rows the fold gives (`foldProjection(…).rows`): each row's JSON as the builder made it,
 * every field present and in the builder's order.
 */
export function digestOfFold(rows: ProjectionRows): RegisterDigest {
  const table = (name: Table, list: readonly object[] | undefined) => {
    if (list === undefined) return null;
    return digestOf(inOrder(list as readonly Row[], TABLES[name].order));
  };
  return { holdings: table('holdings', rows.holdings), entries: table('entries', rows.entries), totals: table('totals', rows.totals) };
}

/**
 * The digest of an exported register, its rows rewritten with the fold's fields in the fold's order
 * (an absent field as null), so that it equals {@link digestOfFold} exactly when sameRegister holds;
 * null when a row has another field that is not null, or the register is not one (it is then compared
 * row by row, which names what differs).
 */
export function digestOfExport(register: unknown): RegisterDigest | null {
  if (register === null || typeof register !== 'object') return null;
  const tables = register as Readonly<Record<string, unknown>>;
  const digest: Record<Table, string | null> = { holdings: null, entries: null, totals: null };
  for (const name of Object.keys(TABLES) as Table[]) {
    const list = tables[name];
    if (list === undefined) continue;
    if (!Array.isArray(list)) return null;
    const { fields, order } = TABLES[name];
    const normal: Record<string, unknown>[] = [];
    for (const row of inOrder(list as Row[], order)) {
      if (row === null || typeof row !== 'object' || Array.isArray(row)) return null;
      for (const k in row) if (!(fields as readonly string[]).includes(k) && row[k] != null) return null;
      const copy: Record<string, unknown> = {};
      for (const f of fields) copy[f] = row[f] ?? null;
      normal.push(copy);
    }
    digest[name] = digestOf(normal);
  }
  return digest;
}

/** Whether two digests say the registers are the same (totals compared only when both carry them, as sameRegister does). */
export function sameDigest(fold: RegisterDigest, exported: RegisterDigest): boolean {
  const empty = digestOf([]);
  return (
    (fold.holdings ?? empty) === (exported.holdings ?? empty) &&
    (fold.entries ?? empty) === (exported.entries ?? empty) &&
    (fold.totals === null || exported.totals === null || fold.totals === exported.totals)
  );
}
