import type { LedgerVerification } from '../ledger/ledger.service';
import { headAnswer, headAsked, verificationSummary } from './ledger-head-check';

const H = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);
const head = { sequence: 5, hash: H };

describe('"Check a head you wrote down earlier", in words', () => {
  it('a head held in an intact ledger: nothing up to it changed', () => {
    const result = { valid: true, events: 9, headHash: OTHER, headSequence: 9, projection: { matches: true }, knownHead: { ...head, found: 'same' } } as unknown as LedgerVerification;
    const answer = headAnswer(result, head);
    expect(answer.held).toBe(true);
    expect(answer.heading).toBe('The ledger still holds entry 5 with that hash');
    expect(answer.lines.join(' ')).toContain('The whole ledger verifies too: 9 entries, ending at entry 9.');
  });

  it('another hash, no such entry, or a break at or before the entry: not held, and what that means', () => {
    const different = { valid: false, events: 9, headHash: OTHER, headSequence: 9, knownHead: { ...head, found: 'different-hash', storedHash: OTHER, problem: '' } } as unknown as LedgerVerification;
    expect(headAnswer(different, head)).toMatchObject({ held: false, heading: 'The ledger does not hold entry 5 with that hash' });
    expect(headAnswer(different, head).lines[0]).toBe(`Entry 5 now has the hash ${OTHER}.`);
    const missing = { valid: false, events: 3, headHash: OTHER, headSequence: 3, knownHead: { ...head, found: 'missing', ledgerEndsAt: 3, problem: '' } } as unknown as LedgerVerification;
    expect(headAnswer(missing, head)).toMatchObject({ held: false, heading: 'The ledger does not hold entry 5' });
    expect(headAnswer(missing, head).lines[0]).toContain('The ledger ends at entry 3.');
    // Entry 2 rewritten without its hash: the stored hash of entry 5 is the one held, but what comes before it does not verify.
    const broken = { valid: false, events: 2, firstBreak: { reason: 'hash-mismatch', sequence: 2, expected: H, found: OTHER }, knownHead: { ...head, found: 'missing', ledgerEndsAt: 2, problem: '' } } as unknown as LedgerVerification;
    expect(headAnswer(broken, head)).toMatchObject({ held: false, heading: 'The ledger does not verify up to entry 5' });
    expect(headAnswer(broken, head).lines[0]).toContain('Entry 2 was changed after it was recorded');
    // A break after the entry held: held, with the later break said.
    const later = { valid: false, events: 7, firstBreak: { reason: 'sequence-gap', sequence: 8, expectedSequence: 7 }, knownHead: { ...head, found: 'same' } } as unknown as LedgerVerification;
    expect(headAnswer(later, head).held).toBe(true);
    expect(headAnswer(later, head).lines[1]).toContain('Later entries do not verify, though: Entry 7 is missing');
  });

  it('reads the head as written down (capitals, spaces) and words what it cannot use beside each field', async () => {
    expect(await headAsked({ entry: ' 5 ', hash: `${H.slice(0, 10).toUpperCase()} ${H.slice(10)}` })).toEqual({ head });
    expect(await headAsked({ entry: '', hash: '' })).toEqual({
      errors: [
        { field: 'entry', text: 'Enter the entry number you wrote down', href: '#entry' },
        { field: 'hash', text: 'Enter the hash you wrote down', href: '#hash' },
      ],
    });
    const bad = await headAsked({ entry: '0', hash: 'abc' });
    expect(bad).toEqual({
      errors: [
        { field: 'entry', text: 'The entry number must be a whole number from 1, such as 12: the No. column of the ledger', href: '#entry' },
        { field: 'hash', text: 'The hash must be 64 characters, each a digit 0 to 9 or a letter a to f: this one has 3', href: '#hash' },
      ],
    });
    expect(await headAsked({ entry: '5', hash: 'g'.repeat(64) })).toEqual({
      errors: [{ field: 'hash', text: 'The hash must be 64 characters, each a digit 0 to 9 or a letter a to f: this one has other characters', href: '#hash' }],
    });
  });
});

describe('"Verify now" on the ledger page, as kept in the session until shown', () => {
  it('an intact ledger gives its head; a broken one gives no head and the first break in words', () => {
    const intact = { valid: true, events: 9, headHash: H, headSequence: 9, projection: { matches: true } } as LedgerVerification;
    expect(verificationSummary(intact)).toEqual({ valid: true, events: 9, headSequence: 9, headHash: H, problem: null });
    const broken = { valid: false, events: 2, firstBreak: { reason: 'hash-mismatch', sequence: 2, expected: H, found: OTHER } } as unknown as LedgerVerification;
    expect(verificationSummary(broken)).toEqual({ valid: false, events: 2, headSequence: null, headHash: null, problem: 'Entry 2 was changed after it was recorded: its content no longer matches its hash' });
    const tables = { ...intact, projection: { matches: false } } as LedgerVerification;
    expect(verificationSummary(tables)).toMatchObject({ valid: true, problem: 'The register tables do not equal the ledger: they were changed outside the service' });
  });
});
