import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { canonicalJson, hashLedgerRecord, type ChainedLedgerRecord, type Json } from '#domain';

/**
 * The hash chain hashes RFC 8785 (JSON Canonicalization Scheme) bytes, so an auditor can re-verify
 * a ledger export with any JCS library. Checked here against a maintained implementation on every
 * kind of entry in a real ledger, and on arbitrary JSON.
 */
const fixture: { entries: ChainedLedgerRecord[] } = JSON.parse(
  readFileSync(join(__dirname, '../../../../test/fixtures/v1/ledger-export.json'), 'utf8'),
);

describe('canonical JSON is RFC 8785 (JCS)', () => {
  it('gives the same bytes as the canonicalize library for every entry of every kind, and the same hash', () => {
    const kinds = new Set<string>();
    for (const entry of fixture.entries) {
      const { previousHash, hash, ...content } = entry;
      const hashed = { ...content, previousHash };
      expect(canonicalJson(hashed as unknown as Json)).toBe(canonicalize(hashed));
      expect(hashLedgerRecord(content, previousHash)).toBe(hash);
      kinds.add(entry.kind);
    }
    expect(kinds.size).toBe(25);
  });

  it('agrees with it on arbitrary JSON: unicode keys, escapes, numbers, nesting', () => {
    const json = fc.jsonValue({ maxDepth: 4, noUnicodeString: false });
    fc.assert(
      fc.property(json, (value) => {
        expect(canonicalJson(value as Json)).toBe(canonicalize(value));
      }),
      { numRuns: 2000, seed: 8785 },
    );
  });
});
