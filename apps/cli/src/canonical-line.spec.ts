import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import canonicalize from 'canonicalize';
import { canonicalEntryText, chain, hashLedgerRecord, type ChainedLedgerRecord, type Json, type LedgerRecord } from '#domain';
import { entryLinePrefix, hashedLine } from './canonical-line';

/** A real ledger of every kind of entry (the recorded v1 export). */
const fixture: { companyId: string; entries: ChainedLedgerRecord[] } = JSON.parse(readFileSync(join(__dirname, '../../../test/fixtures/v1/ledger-export.json'), 'utf8'));
const prefix = entryLinePrefix(fixture.companyId);
const lineOf = (entry: ChainedLedgerRecord) => Buffer.from(canonicalEntryText(entry));
const record = (payload: Json): LedgerRecord => ({
  companyId: fixture.companyId, sequence: 7, kind: 'share.allotment', effectiveOn: '2026-02-03', recordedAt: '2026-02-03T10:00:00.000Z', recordedBy: 'secretary', payload,
});

describe('an export entry line read without parsing (canonical text, version 3)', () => {
  it('RM-1: every entry of every kind is written as its RFC 8785 text, and hashing its bytes gives the entry\'s hash', () => {
    const kinds = new Set<string>();
    for (const entry of fixture.entries) {
      const text = canonicalEntryText(entry);
      expect(text).toBe(canonicalize(entry));
      expect(hashedLine(Buffer.from(text), prefix)).toEqual({ sequence: entry.sequence, previousHash: entry.previousHash, hash: entry.hash, contentHash: entry.hash });
      kinds.add(entry.kind);
    }
    expect(kinds.size).toBe(25);
  });

  it('finds the entry\'s own links when the payload holds members and strings of the same names', () => {
    const payload = { note: 'x","previousHash":"' + 'f'.repeat(64) + '","sequence":9}', nested: { previousHash: 'a'.repeat(64), sequence: 99 }, sequence: 5 };
    const entry = chain(record(payload), { sequence: 6, hash: 'b'.repeat(64) });
    const read = hashedLine(lineOf(entry), prefix);
    expect(read).toEqual({ sequence: 7, previousHash: 'b'.repeat(64), hash: entry.hash, contentHash: hashLedgerRecord(entry, entry.previousHash) });
    expect(read?.contentHash).toBe(entry.hash);
  });

  it('a changed byte of the content gives another hash than the one the line carries', () => {
    const entry = chain(record({ shareNumber: 38, holder: 'Partners of the Surgery' }), { sequence: 6, hash: 'c'.repeat(64) });
    const line = lineOf(entry);
    const at = line.indexOf('Surgery');
    line[at] = 'B'.charCodeAt(0);
    const read = hashedLine(line, prefix);
    expect(read?.hash).toBe(entry.hash);
    expect(read?.contentHash).not.toBe(entry.hash);
  });

  it('a line in another layout, of another company or with a date it cannot read plainly is left to the parser', () => {
    const entry = chain(record({ shareNumber: 1 }), { sequence: 6, hash: 'c'.repeat(64) });
    expect(hashedLine(Buffer.from(JSON.stringify(entry)), prefix)).toBeNull();
    expect(hashedLine(lineOf(entry), entryLinePrefix('another-company'))).toBeNull();
    expect(hashedLine(lineOf({ ...entry, effectiveOn: '2026-02-03\\"' }), prefix)).toBeNull();
    expect(hashedLine(lineOf({ ...entry, sequence: 1.5 }), prefix)).toBeNull();
    expect(hashedLine(Buffer.from(canonicalEntryText(entry).slice(0, 120)), prefix)).toBeNull();
  });
});
