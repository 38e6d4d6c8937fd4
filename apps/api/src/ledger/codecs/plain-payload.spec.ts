import { instant, type ChainedLedgerRecord } from '#domain';
import fc from 'fast-check';
import type { EntryKind } from '../ledger-codec';
import { allotment, cancellation, shareRegisterFamily, transfer } from './share-register.codec';

type Payload = Record<string, unknown>;
const holder = { memberId: 'm1', name: 'Partners of Example Surgery', address: '1 Road', practiceId: 'p1' };
const bases: [EntryKind<unknown, unknown>, Payload][] = [
  [allotment, { type: 'allotment', authorisedBy: 'r1', shareNumber: 1, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder }],
  [allotment, { type: 'allotment', shareNumber: 2, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 0, holder: { ...holder, practiceId: null }, subscriber: true }],
  [allotment, { type: 'allotment', authorisedBy: null, shareNumber: 3, shareClass: '', nominalPence: 0, paidUpPence: 0, holder }],
  [transfer, { type: 'transfer', authorisedBy: 'r1', shareNumber: 3, fromMemberId: 'm0', to: holder, lodgedOn: '2024-05-01' }],
  [transfer, { type: 'transfer', shareNumber: 3, fromMemberId: 'm0', to: holder, lodgedOn: '2024-02-29' }],
  [cancellation, { type: 'cancellation', authorisedBy: null, shareNumber: 4, memberId: 'm1', reason: 'surrender', note: null }],
  [
    cancellation,
    {
      type: 'cancellation', authorisedBy: 'r2', shareNumber: 4, memberId: '', reason: 'forfeiture', note: 'n',
      solvencyStatementOn: '2024-01-31', courtOrderReference: 'C1', forfeitureNoticeOn: '2023-12-01',
    },
  ],
] as never;

/** Values put in each field in turn: right and wrong types, edges of numbers, dates, the enum. */
const odd: unknown[] = [
  undefined, null, '', 'x', 'allotment', 'surrender', 'buy-back', 'other', '2024-02-30', '2023-02-29', '2024-1-01', '2024-01-01',
  0, -0, 1, -1, 1.5, 2 ** 53, Number.MAX_SAFE_INTEGER, Infinity, NaN, true, false, [], ['a'], {}, { ...holder }, { ...holder, jointHolders: ['j'] },
  { ...holder, jointHolders: [] }, { ...holder, practiceId: '' }, { ...holder, memberId: '' }, { ...holder, extra: 1 }, { memberId: 'm1', name: 'n', address: 'a' },
];
const keys = ['type', 'authorisedBy', 'shareNumber', 'shareClass', 'nominalPence', 'paidUpPence', 'holder', 'subscriber', 'fromMemberId', 'to', 'lodgedOn',
  'memberId', 'reason', 'note', 'solvencyStatementOn', 'courtOrderReference', 'forfeitureNoticeOn', 'jointHolders', 'extra'];

function variants(base: Payload): unknown[] {
  const out: unknown[] = [base, [base], JSON.parse(`{"__proto__":{},${JSON.stringify(base).slice(1)}`)];
  for (const key of keys) {
    const { [key]: _, ...without } = base;
    out.push(without);
    for (const value of odd) out.push({ ...base, [key]: value });
    for (const inner of ['memberId', 'name', 'address', 'practiceId', 'jointHolders']) {
      for (const value of odd) if (typeof base[key] === 'object' && base[key] !== null) out.push({ ...base, [key]: { ...(base[key] as Payload), [inner]: value } });
    }
  }
  return out;
}

/** What the hand check passes, the schema passes and gives back unchanged. */
function agrees(kind: EntryKind<unknown, unknown>, payload: unknown): void {
  if (!kind.plain!(payload)) return;
  const checked = kind.schema.safeParse(payload);
  expect(checked.success).toBe(true);
  expect(checked.data).toStrictEqual(payload);
}

describe('share payloads checked by hand (the bulk path of a fold and an export verify)', () => {
  it('SH-3: passes the usual payloads of each kind, which the schema passes unchanged', () => {
    for (const [kind, payload] of bases) {
      expect(kind.plain!(payload)).toBe(true);
      agrees(kind, payload);
    }
  });

  it('SH-3: passes nothing the schema refuses or changes, field by field', () => {
    let passed = 0;
    let refused = 0;
    for (const [kind, base] of bases) {
      for (const payload of variants(base)) {
        agrees(kind, payload);
        if (kind.plain!(payload)) passed += 1;
        else refused += 1;
      }
    }
    expect(passed).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(1000);
  });

  it('SH-3: passes nothing the schema refuses or changes, for any JSON value in any field', () => {
    const field = fc.constantFrom(...keys);
    fc.assert(
      fc.property(fc.nat(bases.length - 1), field, fc.jsonValue(), fc.boolean(), (i, key, value, inHolder) => {
        const [kind, base] = bases[i]!;
        const holderKey = 'holder' in base ? 'holder' : 'to' in base ? 'to' : null;
        const payload = inHolder && holderKey !== null ? { ...base, [holderKey]: { ...(base[holderKey] as Payload), [key]: value } } : { ...base, [key]: value };
        agrees(kind, JSON.parse(JSON.stringify(payload)));
      }),
      { numRuns: 3000 },
    );
  });

  it('SH-3: a payload it does not pass is still read, or refused with the schema\'s message', () => {
    const entry = (payload: unknown): ChainedLedgerRecord =>
      ({ companyId: 'c', sequence: 7, kind: 'share.transfer', effectiveOn: '2024-05-02', recordedAt: instant('2024-06-01T10:00:00.000Z'), recordedBy: 's', payload, previousHash: '0'.repeat(64), hash: '1'.repeat(64) }) as never;
    const joint = { type: 'transfer', shareNumber: 3, fromMemberId: 'm0', to: { ...holder, jointHolders: ['j'] }, lodgedOn: '2024-05-01' };
    expect(transfer.plain!(joint)).toBe(false);
    expect(shareRegisterFamily.decode(entry(joint))).toMatchObject({ type: 'transfer', to: { jointHolders: ['j'] }, eventId: '7' });
    expect(() => shareRegisterFamily.decode(entry({ ...joint, shareNumber: 0 }))).toThrow(/cannot be read: shareNumber: /);
    expect(() => shareRegisterFamily.decode(entry({ ...joint, lodgedOn: '2024-02-30' }))).toThrow(/cannot be read: lodgedOn: not a calendar date/);
  });

  it('SH-3: an event decoded by either path has the same members in the same order', () => {
    const entry = (kind: string, payload: unknown): ChainedLedgerRecord =>
      ({ companyId: 'c', sequence: 9, kind, effectiveOn: '2024-05-02', recordedAt: '2024-06-01T10:00:00.000Z', recordedBy: 's', payload, previousHash: '0'.repeat(64), hash: '1'.repeat(64) }) as never;
    for (const [kind, payload] of bases) {
      const plain = shareRegisterFamily.decode(entry(kind.kind, payload));
      // Through the schema: the same payload with joint holders, which the hand check leaves to it.
      const holderKey = 'holder' in payload ? 'holder' : 'to' in payload ? 'to' : null;
      if (holderKey === null) continue;
      const joint = shareRegisterFamily.decode(entry(kind.kind, { ...payload, [holderKey]: { ...(payload[holderKey] as Payload), jointHolders: ['j'] } }));
      const { jointHolders, ...jointHolder } = (joint as never as Payload)[holderKey] as Payload;
      expect(jointHolders).toEqual(['j']);
      expect(JSON.stringify({ ...joint, [holderKey]: jointHolder })).toBe(JSON.stringify(plain));
      expect(Object.keys(plain).slice(-3)).toEqual(['eventId', 'effectiveOn', 'recordedAt']);
    }
  });
});
