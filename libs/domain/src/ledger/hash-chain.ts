import { createHash } from 'node:crypto';

/** A JSON value as it is hashed: no undefined, no functions, no non-finite numbers. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** The hashed content of one ledger entry. */
export interface LedgerRecord {
  readonly companyId: string;
  /** 1, 2, 3 … per company, without gaps. */
  readonly sequence: number;
  /** What happened, e.g. `share.transfer`. */
  readonly kind: string;
  readonly effectiveOn: string;
  readonly recordedAt: string;
  /** Who recorded it (the token's name). */
  readonly recordedBy: string;
  readonly payload: Json;
}

/** A ledger entry with its links: the previous entry's hash and its own. */
export interface ChainedLedgerRecord extends LedgerRecord {
  readonly previousHash: string;
  readonly hash: string;
}

/** The `previousHash` of a company's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted and no white space, so the same content always gives the same bytes.
 * Throws on values JSON cannot carry faithfully.
 */
export function canonicalJson(value: Json): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('non-finite numbers cannot be hashed');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const object = value as { readonly [key: string]: Json };
  const keys = Object.keys(object)
    .filter((k) => object[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(object[k])}`).join(',')}}`;
}

/** SHA-256 (hex) of an entry's content and the hash of the entry before it. */
export function hashLedgerRecord(record: LedgerRecord, previousHash: string): string {
  const content: Json = {
    companyId: record.companyId,
    sequence: record.sequence,
    kind: record.kind,
    effectiveOn: record.effectiveOn,
    recordedAt: record.recordedAt,
    recordedBy: record.recordedBy,
    payload: record.payload,
    previousHash,
  };
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

/** Links a new entry onto the chain whose head is `head` (or starts a chain). */
export function chain(record: LedgerRecord, head: { sequence: number; hash: string } | null): ChainedLedgerRecord {
  const expected = head === null ? 1 : head.sequence + 1;
  if (record.sequence !== expected) {
    throw new RangeError(`entry ${record.sequence} cannot follow ${head?.sequence ?? 'the start'}`);
  }
  const previousHash = head?.hash ?? GENESIS_HASH;
  return { ...record, previousHash, hash: hashLedgerRecord(record, previousHash) };
}

export type ChainBreak =
  | { readonly reason: 'sequence-gap'; readonly sequence: number; readonly expectedSequence: number }
  | { readonly reason: 'previous-hash-mismatch'; readonly sequence: number; readonly expected: string; readonly found: string }
  | { readonly reason: 'hash-mismatch'; readonly sequence: number; readonly expected: string; readonly found: string };

export type ChainVerification =
  | { readonly valid: true; readonly events: number; readonly headHash: string; readonly headSequence: number }
  | { readonly valid: false; readonly events: number; readonly firstBreak: ChainBreak };

/**
 * Checks a company's entries, in sequence order, link by link. Reports the first broken link:
 * a missing sequence number, an entry whose `previousHash` is not its predecessor's hash, or an
 * entry whose content no longer matches its own hash.
 */
export class ChainVerifier {
  private expectedSequence = 1;
  private previousHash = GENESIS_HASH;
  private broken: ChainBreak | null = null;
  private count = 0;

  /** Feeds the next entry; returns false once the chain is broken (later entries are not checked). */
  push(entry: ChainedLedgerRecord): boolean {
    if (this.broken) return false;
    this.count += 1;
    if (entry.sequence !== this.expectedSequence) {
      this.broken = { reason: 'sequence-gap', sequence: entry.sequence, expectedSequence: this.expectedSequence };
    } else if (entry.previousHash !== this.previousHash) {
      this.broken = {
        reason: 'previous-hash-mismatch',
        sequence: entry.sequence,
        expected: this.previousHash,
        found: entry.previousHash,
      };
    } else {
      const recomputed = hashLedgerRecord(entry, entry.previousHash);
      if (recomputed !== entry.hash) {
        this.broken = { reason: 'hash-mismatch', sequence: entry.sequence, expected: recomputed, found: entry.hash };
      }
    }
    if (this.broken) return false;
    this.expectedSequence += 1;
    this.previousHash = entry.hash;
    return true;
  }

  result(): ChainVerification {
    if (this.broken) return { valid: false, events: this.count, firstBreak: this.broken };
    return {
      valid: true,
      events: this.count,
      headHash: this.previousHash,
      headSequence: this.expectedSequence - 1,
    };
  }
}

/** Verifies a whole chain held in memory. */
export function verifyChain(entries: Iterable<ChainedLedgerRecord>): ChainVerification {
  const verifier = new ChainVerifier();
  for (const entry of entries) if (!verifier.push(entry)) break;
  return verifier.result();
}
