import fc from 'fast-check';
import {
  canonicalJson,
  chain,
  ChainVerifier,
  GENESIS_HASH,
  hashLedgerRecord,
  verifyChain,
  type ChainedLedgerRecord,
  type Json,
  type LedgerRecord,
} from './hash-chain';

function record(sequence: number, overrides: Partial<LedgerRecord> = {}): LedgerRecord {
  return {
    companyId: 'company-1',
    sequence,
    kind: sequence === 1 ? 'share.allotment' : 'share.transfer',
    effectiveOn: `2014-09-${String(sequence).padStart(2, '0')}`,
    recordedAt: `2014-09-${String(sequence).padStart(2, '0')}T09:00:00.000Z`,
    recordedBy: 'company-secretary',
    payload: { shareNumber: sequence, holder: { memberId: `m${sequence}`, name: `Practice ${sequence}` } },
    ...overrides,
  };
}

/** A valid chain of `length` entries, linked one by one with chain(). */
function buildChain(length: number): ChainedLedgerRecord[] {
  const entries: ChainedLedgerRecord[] = [];
  for (let sequence = 1; sequence <= length; sequence += 1) {
    entries.push(chain(record(sequence), entries.at(-1) ?? null));
  }
  return entries;
}

/** The canonical text built key by key, the plain way. */
function reference(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(reference).join(',')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${reference(o[k])}`).join(',')}}`;
}

describe('canonicalJson', () => {
  it('gives the same text whatever the order of the keys, at any depth', () => {
    const a: Json = { b: 1, a: { y: [1, { q: true, p: null }], x: 'text' } };
    const b: Json = { a: { x: 'text', y: [1, { p: null, q: true }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"x":"text","y":[1,{"p":null,"q":true}]},"b":1}');
  });

  it('sorts keys that look like array indexes as text, as RFC 8785 does ("10" before "9")', () => {
    expect(canonicalJson({ 9: 'nine', 10: 'ten', b: { 2: true, 1: [{ 0: null }] } })).toBe('{"10":"ten","9":"nine","b":{"1":[{"0":null}],"2":true}}');
  });

  it('property: equals the text built key by key, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ noUnicodeString: false }), (v) => {
        expect(canonicalJson(v as never)).toBe(reference(v));
      }),
      { numRuns: 500 },
    );
  });

  it('property: a value read back from canonical text (keys already in order) gives that text again', () => {
    fc.assert(
      fc.property(fc.jsonValue({ noUnicodeString: false }), (v) => {
        const text = reference(v);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('serialises a non-plain object as the key-by-key path does, not through its toJSON', () => {
    const payload = { at: new Date('2026-01-01T00:00:00Z'), b: 1 } as never;
    expect(canonicalJson(payload)).toBe('{"at":{},"b":1}');
  });

  it('writes a "__proto__" key as an ordinary key, in its place', () => {
    expect(canonicalJson(JSON.parse('{"b":1,"__proto__":{"x":1}}'))).toBe('{"__proto__":{"x":1},"b":1}');
    expect(canonicalJson(JSON.parse('{"__proto__":{"y":2,"x":1},"b":1}'))).toBe('{"__proto__":{"x":1,"y":2},"b":1}');
  });

  it('keeps the order of array elements, which is meaningful', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('writes strings, numbers, booleans and null as JSON does', () => {
    expect(canonicalJson('a "quoted" \n line')).toBe(JSON.stringify('a "quoted" \n line'));
    expect(canonicalJson(1.5)).toBe('1.5');
    expect(canonicalJson(false)).toBe('false');
    expect(canonicalJson(null)).toBe('null');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('refuses the non-finite number %p', (n) => {
    expect(() => canonicalJson(n)).toThrow(TypeError);
    expect(() => canonicalJson({ amount: [n] })).toThrow(TypeError);
  });
});

describe('chain and verifyChain', () => {
  it('links five records into a valid chain whose head is the last hash', () => {
    const entries = buildChain(5);
    expect(entries[0].previousHash).toBe(GENESIS_HASH);
    for (let i = 1; i < entries.length; i += 1) expect(entries[i].previousHash).toBe(entries[i - 1].hash);
    expect(new Set(entries.map((e) => e.hash)).size).toBe(5);
    expect(verifyChain(entries)).toEqual({ valid: true, events: 5, headHash: entries[4].hash, headSequence: 5 });
  });

  it('from an entry already verified, checks and counts only the entries after it, linked to its hash', () => {
    const entries = buildChain(6);
    const from = (after: ChainedLedgerRecord, rest: readonly ChainedLedgerRecord[]) => {
      const verifier = new ChainVerifier({ sequence: after.sequence, hash: after.hash });
      for (const e of rest) if (!verifier.push(e)) break;
      return verifier.result();
    };
    expect(from(entries[3], entries.slice(4))).toEqual({ valid: true, events: 2, headHash: entries[5].hash, headSequence: 6 });
    expect(from(entries[5], [])).toEqual({ valid: true, events: 0, headHash: entries[5].hash, headSequence: 6 });
    // Held from another chain: the first entry after it does not link to it.
    const other = chain(record(4, { payload: { other: true } }), entries[2]);
    expect(from(other, entries.slice(4))).toMatchObject({ valid: false, firstBreak: { reason: 'previous-hash-mismatch', sequence: 5 } });
    // An entry after it changed: found.
    expect(from(entries[3], [entries[4], { ...entries[5], payload: { changed: true } }])).toMatchObject({ valid: false, firstBreak: { reason: 'hash-mismatch', sequence: 6 } });
    // Entries missing after it: a gap.
    expect(from(entries[2], entries.slice(4))).toMatchObject({ valid: false, firstBreak: { reason: 'sequence-gap', sequence: 5, expectedSequence: 4 } });
  });

  it('an empty chain is valid with the genesis hash as head', () => {
    expect(verifyChain([])).toEqual({ valid: true, events: 0, headHash: GENESIS_HASH, headSequence: 0 });
  });

  it('hashes the same record the same way whatever the order of its payload keys', () => {
    const a = record(1, { payload: { a: 1, b: 2 } });
    const b = record(1, { payload: { b: 2, a: 1 } });
    expect(hashLedgerRecord(a, GENESIS_HASH)).toBe(hashLedgerRecord(b, GENESIS_HASH));
  });

  it.each<[string, Partial<LedgerRecord>]>([
    ['payload', { payload: { shareNumber: 3, holder: { memberId: 'm99', name: 'Someone Else' } } }],
    ['effectiveOn', { effectiveOn: '2014-08-31' }],
    ['recordedBy', { recordedBy: 'intruder' }],
    ['recordedAt', { recordedAt: '2014-09-03T09:00:00.001Z' }],
    ['kind', { kind: 'share.cancellation' }],
    ['companyId', { companyId: 'company-2' }],
  ])('RM-3: altering the %s of a middle record is a hash-mismatch at that sequence', (_field, change) => {
    const entries = buildChain(5);
    const tampered = entries.map((e) => (e.sequence === 3 ? { ...e, ...change } : e));
    const result = verifyChain(tampered);
    expect(result).toMatchObject({ valid: false, events: 3, firstBreak: { reason: 'hash-mismatch', sequence: 3 } });
    if (!result.valid && result.firstBreak.reason === 'hash-mismatch') {
      expect(result.firstBreak.found).toBe(entries[2].hash);
      expect(result.firstBreak.expected).toBe(hashLedgerRecord(tampered[2], tampered[2].previousHash));
    }
  });

  it('RM-3: replacing a record and recomputing its own hash is caught at the next record', () => {
    const entries = buildChain(5);
    const forged = chain(record(3, { payload: { shareNumber: 3, forged: true } }), entries[1]);
    const tampered = [...entries.slice(0, 2), forged, ...entries.slice(3)];
    expect(verifyChain(tampered)).toEqual({
      valid: false,
      events: 4,
      firstBreak: { reason: 'previous-hash-mismatch', sequence: 4, expected: forged.hash, found: entries[2].hash },
    });
  });

  it('RM-4: a missing record is a sequence-gap', () => {
    const entries = buildChain(5);
    const withoutThird = entries.filter((e) => e.sequence !== 3);
    expect(verifyChain(withoutThird)).toEqual({
      valid: false,
      events: 3,
      firstBreak: { reason: 'sequence-gap', sequence: 4, expectedSequence: 3 },
    });
  });

  it('a chain that does not start at sequence 1 is a sequence-gap', () => {
    const entries = buildChain(3).slice(1);
    expect(verifyChain(entries)).toMatchObject({
      valid: false,
      firstBreak: { reason: 'sequence-gap', sequence: 2, expectedSequence: 1 },
    });
  });

  it('records in the wrong order are reported at the first one out of place', () => {
    const [a, b, c] = buildChain(3);
    expect(verifyChain([a, c, b])).toMatchObject({
      valid: false,
      firstBreak: { reason: 'sequence-gap', sequence: 3, expectedSequence: 2 },
    });
  });

  it('chain() refuses a record whose sequence number does not follow the head', () => {
    const [first, second] = buildChain(2);
    expect(() => chain(record(2), null)).toThrow(RangeError);
    expect(() => chain(record(3), first)).toThrow(RangeError);
    expect(() => chain(record(2), second)).toThrow(RangeError);
    expect(chain(record(3), second).previousHash).toBe(second.hash);
  });
});
