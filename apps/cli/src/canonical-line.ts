import { createHash } from 'node:crypto';
import type { ChainLink } from '#domain';

/** An entry line's links and the SHA-256 (hex) of its content, read from its bytes without parsing them. */
export interface HashedLine extends ChainLink {
  readonly contentHash: string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const HASH_MEMBER = Buffer.from(',"hash":"');
const PREVIOUS_HASH_MEMBER = Buffer.from(',"previousHash":"');
const SEQUENCE_MEMBER = Buffer.from(',"sequence":');
/** A sequence number as canonical JSON writes it. */
const SEQUENCE = /^[1-9]\d{0,14}$/;

/**
 * Reads an export's entry line written as the canonical text of the entry, its hash included
 * (`canonicalEntryText`: `{"companyId":…,"effectiveOn":"…","hash":"…","kind":…,…,"previousHash":"…",
 * …,"sequence":N}`), for the company whose canonical prefix is `prefix` (`{"companyId":"…","effectiveOn":"`).
 * Gives the entry's links and the SHA-256 of the line's bytes with the hash member taken out, which for
 * such a line are the bytes the service hashed (RFC 8785; `hashLedgerRecord`). Null when the line is not
 * in that layout (an export written before version 3, re-indented, or of another company): the caller
 * then parses it.
 *
 * The bytes are hashed as they stand. The service hashes only canonical text, so a line that is not
 * canonical cannot carry a hash the service gave: it is caught where the chain meets a head held
 * outside the export (the checkpoint under the service's key, or `--known-sequence`/`--known-hash`).
 * The top-level `previousHash` and `sequence` are the last members of those names in the line: every
 * member after `payload` is a string or a number, and a quote inside a string is escaped.
 */
export function hashedLine(line: Buffer, prefix: Buffer): HashedLine | null {
  if (line.length <= prefix.length || line.compare(prefix, 0, prefix.length, 0, prefix.length) !== 0) return null;
  const dateEnd = line.indexOf(QUOTE, prefix.length);
  if (dateEnd === -1 || line.subarray(prefix.length, dateEnd).includes(BACKSLASH)) return null;
  const hashAt = dateEnd + 1;
  const hashEnd = hashAt + HASH_MEMBER.length + 64;
  if (hashEnd >= line.length || line.compare(HASH_MEMBER, 0, HASH_MEMBER.length, hashAt, hashAt + HASH_MEMBER.length) !== 0 || line[hashEnd] !== QUOTE) return null;
  const hash = line.toString('latin1', hashAt + HASH_MEMBER.length, hashEnd);
  const previousAt = line.lastIndexOf(PREVIOUS_HASH_MEMBER);
  const sequenceAt = line.lastIndexOf(SEQUENCE_MEMBER);
  if (previousAt <= hashEnd || sequenceAt <= previousAt || line[line.length - 1] !== 0x7d) return null;
  const previousStart = previousAt + PREVIOUS_HASH_MEMBER.length;
  if (line[previousStart + 64] !== QUOTE) return null;
  const previousHash = line.toString('latin1', previousStart, previousStart + 64);
  const sequence = line.toString('latin1', sequenceAt + SEQUENCE_MEMBER.length, line.length - 1);
  // A hash that is not 64 hex digits cannot equal one computed, so it breaks the chain as it would parsed.
  if (!SEQUENCE.test(sequence)) return null;
  const contentHash = createHash('sha256').update(line.subarray(0, hashAt)).update(line.subarray(hashEnd + 1)).digest('hex');
  return { sequence: Number(sequence), previousHash, hash, contentHash };
}

/** The canonical start of an entry line of company `companyId`, up to its effective date's value. */
export function entryLinePrefix(companyId: string): Buffer {
  return Buffer.from(`{"companyId":${JSON.stringify(companyId)},"effectiveOn":"`);
}
