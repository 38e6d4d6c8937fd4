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
 * JSON with object keys sorted and no white space, so the same content always gives the same bytes
 * (RFC 8785, JCS, for the values a ledger holds). Throws on values JSON cannot carry faithfully.
 */
export function canonicalJson(value: Json): string {
  // Every entry of a ledger passes through here when it is verified: a copy with its keys inserted in
  // order, serialised by the engine's JSON.stringify, is about twice as fast as building the text here.
  // An object with an array-index key ("7") would not keep that order (the engine lists such keys
  // first, in numeric order), so then the text is built key by key.
  // A value read back from canonical text (a ledger entry as stored or exported) already has its keys in
  // order: then the engine's serialisation of it, with no copy, is the canonical text.
  if (inCanonicalOrder(value)) return JSON.stringify(value);
  const copy = sortedCopy(value);
  return copy === INDEX_KEY ? serialise(value) : JSON.stringify(copy);
}

/**
 * Whether JSON.stringify gives `value`'s canonical text as it is: every object a plain one with its keys
 * in ascending order of UTF-16 code units (as `Array.prototype.sort` orders them), none an array index
 * or holding undefined; a non-finite number throws, as in the other paths.
 */
function inCanonicalOrder(value: Json): boolean {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('non-finite numbers cannot be hashed');
    return true;
  }
  if (Array.isArray(value)) {
    for (const v of value as readonly Json[]) if (!inCanonicalOrder(v)) return false;
    return true;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const object = value as { readonly [key: string]: Json };
  let previous: string | null = null;
  for (const k in object) {
    if (!Object.hasOwn(object, k)) return false;
    if ((previous !== null && !(previous < k)) || ARRAY_INDEX.test(k)) return false;
    const v = object[k];
    if (v === undefined || !inCanonicalOrder(v)) return false;
    previous = k;
  }
  return true;
}

/** Returned by {@link sortedCopy} for a value holding an object with an array-index key. */
const INDEX_KEY = Symbol('index key');
const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

function sortedCopy(value: Json): Json | typeof INDEX_KEY {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('non-finite numbers cannot be hashed');
    return value;
  }
  if (Array.isArray(value)) {
    const out: Json[] = [];
    for (const v of value as readonly Json[]) {
      const c = sortedCopy(v);
      if (c === INDEX_KEY) return INDEX_KEY;
      out.push(c);
    }
    return out;
  }
  const object = value as { readonly [key: string]: Json };
  // A plain object (which the engine serialises faster than one without a prototype); a `__proto__` key
  // is defined as an own property, so it is written like any other.
  const out: { [key: string]: Json } = {};
  const keys = Object.keys(object);
  keys.sort();
  for (const k of keys) {
    if (ARRAY_INDEX.test(k)) return INDEX_KEY;
    const v = object[k];
    if (v === undefined) continue;
    const c = sortedCopy(v);
    if (c === INDEX_KEY) return INDEX_KEY;
    if (k === '__proto__') Object.defineProperty(out, k, { value: c, enumerable: true, writable: true, configurable: true });
    else out[k] = c;
  }
  return out;
}

/** The canonical text built key by key, for any value. */
function serialise(value: Json): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('non-finite numbers cannot be hashed');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + serialise(value[i] as Json);
    return `${out}]`;
  }
  const object = value as { readonly [key: string]: Json };
  let out = '{';
  let first = true;
  for (const k of Object.keys(object).sort()) {
    const v = object[k];
    if (v === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(k)}:${serialise(v)}`;
    first = false;
  }
  return `${out}}`;
}

/** SHA-256 (hex) of an entry's content and the hash of the entry before it. */
export function hashLedgerRecord(record: LedgerRecord, previousHash: string): string {
  // Keys in canonical order, so that only the payload's order is checked.
  const content: Json = {
    companyId: record.companyId,
    effectiveOn: record.effectiveOn,
    kind: record.kind,
    payload: record.payload,
    previousHash,
    recordedAt: record.recordedAt,
    recordedBy: record.recordedBy,
    sequence: record.sequence,
  };
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

/**
 * The RFC 8785 canonical JSON of a whole entry, its hash included: the text of an entry line of a ledger
 * export. Its members are in the order `companyId, effectiveOn, hash, kind, payload, previousHash,
 * recordedAt, recordedBy, sequence`, so the text with its `,"hash":"…"` member taken out is exactly the
 * text {@link hashLedgerRecord} hashes: a verifier can hash the line's bytes without parsing them.
 */
export function canonicalEntryText(entry: ChainedLedgerRecord): string {
  return canonicalJson({
    companyId: entry.companyId,
    effectiveOn: entry.effectiveOn,
    hash: entry.hash,
    kind: entry.kind,
    payload: entry.payload,
    previousHash: entry.previousHash,
    recordedAt: entry.recordedAt,
    recordedBy: entry.recordedBy,
    sequence: entry.sequence,
  });
}

/** The links of an entry: its sequence, the hash it names as its predecessor's, and its own. */
export interface ChainLink {
  readonly sequence: number;
  readonly previousHash: string;
  readonly hash: string;
}

/** A chain's head as someone holds it: the last entry's sequence number and its hash (SHA-256, hex). */
export interface ChainHead {
  readonly sequence: number;
  readonly hash: string;
}

/** Links a new entry onto the chain whose head is `head` (or starts a chain). */
export function chain(record: LedgerRecord, head: ChainHead | null): ChainedLedgerRecord {
  const expected = head === null ? 1 : head.sequence + 1;
  if (record.sequence !== expected) {
    throw new RangeError(`entry ${record.sequence} cannot follow ${head?.sequence ?? 'the start'}`);
  }
  const previousHash = head?.hash ?? GENESIS_HASH;
  return { ...record, previousHash, hash: hashLedgerRecord(record, previousHash) };
}

/**
 * The first broken link of a chain, at entry `sequence`: an entry missing (`expectedSequence` is the
 * sequence that should have come), an entry whose `previousHash` is not its predecessor's hash, or an entry whose
 * content no longer hashes to its own `hash` (hashes as lower-case hex SHA-256).
 */
export type ChainBreak =
  | { readonly reason: 'sequence-gap'; readonly sequence: number; readonly expectedSequence: number }
  | { readonly reason: 'previous-hash-mismatch'; readonly sequence: number; readonly expected: string; readonly found: string }
  | { readonly reason: 'hash-mismatch'; readonly sequence: number; readonly expected: string; readonly found: string };

/** What {@link verifyChain} found: valid, with the number of entries and the head, or the first broken link. */
export type ChainVerification =
  | { readonly valid: true; readonly events: number; readonly headHash: string; readonly headSequence: number }
  | { readonly valid: false; readonly events: number; readonly firstBreak: ChainBreak };

/**
 * Checks a company's entries, in sequence order, link by link. Reports the first broken link:
 * a missing sequence number, an entry whose `previousHash` is not its predecessor's hash, or an
 * entry whose content no longer matches its own hash.
 */
export class ChainVerifier {
  private expectedSequence: number;
  private previousHash: string;
  private broken: ChainBreak | null = null;
  private count = 0;

  /**
   * From the start of the chain, or from an entry already verified (`after`: its sequence and hash),
   * so that only the entries after it are checked and counted.
   */
  constructor(after: { readonly sequence: number; readonly hash: string } | null = null) {
    this.expectedSequence = (after?.sequence ?? 0) + 1;
    this.previousHash = after?.hash ?? GENESIS_HASH;
  }

  /** Feeds the next entry; returns false once the chain is broken (later entries are not checked). */
  push(entry: ChainedLedgerRecord): boolean {
    return this.check(entry, () => hashLedgerRecord(entry, entry.previousHash));
  }

  /**
   * Feeds the next entry by its links and `contentHash`, the SHA-256 (hex) the caller computed over the
   * entry's canonical content (its canonical text without the hash member; see {@link canonicalEntryText}),
   * as {@link push} would recompute it; returns false once the chain is broken.
   */
  pushHashed(link: ChainLink, contentHash: string): boolean {
    return this.check(link, () => contentHash);
  }

  private check(entry: ChainLink, recompute: () => string): boolean {
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
      const recomputed = recompute();
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
