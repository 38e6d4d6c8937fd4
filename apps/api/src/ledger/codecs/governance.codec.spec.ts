import { canonicalJson, hashLedgerRecord, type CalendarDate, type Json, type RegulatorDecisionRecorded, type ResolutionProposed } from '#domain';
import canonicalize from 'canonicalize';
import { decodeCode, stored } from '../../../../../test/support/stored-entries';
import { encodeGovernanceEvent, resolutionsFamily } from './governance.codec';

describe('the governance codec: the CIC Regulator\'s decision on a change of the objects (CI-6)', () => {
  const decided = (note?: string): RegulatorDecisionRecorded => ({
    type: 'regulator-decision',
    effectiveOn: '2026-03-03' as CalendarDate,
    decision: { resolutionId: 'r-7', decidedOn: '2026-03-03' as CalendarDate, outcome: 'approved', ...(note === undefined ? {} : { note }) },
  });

  it('CI-6: written as resolution.regulator-decision dated the day decided, its note only when given, and read back as the same event', () => {
    expect(encodeGovernanceEvent(decided('Ref CIC/123'))).toEqual({
      kind: 'resolution.regulator-decision', effectiveOn: '2026-03-03', payload: { resolutionId: 'r-7', outcome: 'approved', note: 'Ref CIC/123' },
    });
    expect(resolutionsFamily.encode(decided()).payload).toEqual({ resolutionId: 'r-7', outcome: 'approved' });
    for (const event of [decided(), decided('Ref CIC/123')]) expect(resolutionsFamily.decode(stored(resolutionsFamily.encode(event)))).toEqual(event);
    expect(resolutionsFamily.kindNames()).toContain('resolution.regulator-decision');
  });

  it('CI-6: its canonical bytes are RFC 8785 (JCS), so an export of it verifies with any JCS library', () => {
    const { previousHash, hash: _, ...content } = stored(encodeGovernanceEvent(decided('Ref “CIC” 123')));
    const hashed = { ...content, previousHash };
    expect(canonicalJson(hashed as unknown as Json)).toBe(canonicalize(hashed));
    expect(hashLedgerRecord(content, previousHash)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a stored decision with an unknown field, another outcome, a blank note or no resolution cannot be read', () => {
    const entry = encodeGovernanceEvent(decided());
    const code = (payload: object) => decodeCode(() => resolutionsFamily.decode(stored({ ...entry, payload: payload as Json })));
    expect(code(entry.payload as object)).toBe('ACCEPTED');
    expect(code({ ...(entry.payload as object), decidedOn: '2026-03-03' })).toBe('LEDGER_ENTRY_UNREADABLE');
    expect(code({ ...(entry.payload as object), outcome: 'deferred' })).toBe('LEDGER_ENTRY_UNREADABLE');
    expect(code({ ...(entry.payload as object), note: '' })).toBe('LEDGER_ENTRY_UNREADABLE');
    expect(code({ outcome: 'approved' })).toBe('LEDGER_ENTRY_UNREADABLE');
  });
});

describe('the governance codec: the day a buy-back contract was disclosed to members (SH-4, s.696(2))', () => {
  const proposed = (contractDisclosedOn?: string): ResolutionProposed => ({
    type: 'resolution-proposed',
    effectiveOn: '2026-03-03' as CalendarDate,
    resolution: {
      procedure: 'members-written', id: 'r-8', text: 'THAT the contract to buy back share 7 be approved (synthetic).', kind: 'ordinary', matter: 'general', mustBeFiled: false,
      authorises: [{ action: 'cancellation', shareNumber: 7, reason: 'buy-back' }], circulatedOn: '2026-03-03' as CalendarDate, lapsesOn: '2026-03-30' as CalendarDate,
      eligible: [{ memberId: 'm-1', name: 'Demo Practice (synthetic)', votes: 1, nominalPence: 100 }], agreements: [],
      ...(contractDisclosedOn === undefined ? {} : { contractDisclosedOn: contractDisclosedOn as CalendarDate }),
    },
  });

  it('written only when recorded, so a resolution proposed before it was kept encodes, and hashes, as it did; read back as the same event', () => {
    const without = encodeGovernanceEvent(proposed()).payload as { resolution: object };
    expect(Object.keys(without.resolution)).not.toContain('contractDisclosedOn');
    expect((encodeGovernanceEvent(proposed('2026-03-01')).payload as { resolution: object }).resolution).toMatchObject({ contractDisclosedOn: '2026-03-01' });
    for (const event of [proposed(), proposed('2026-03-01')]) expect(resolutionsFamily.decode(stored(resolutionsFamily.encode(event)))).toEqual(event);
  });

  it('a stored day that is no calendar date cannot be read', () => {
    const entry = encodeGovernanceEvent(proposed('2026-03-01'));
    const payload = entry.payload as { resolution: object };
    const code = (day: unknown) => decodeCode(() => resolutionsFamily.decode(stored({ ...entry, payload: { resolution: { ...payload.resolution, contractDisclosedOn: day } } as unknown as Json })));
    expect(code('2026-03-01')).toBe('ACCEPTED');
    expect(code('soon')).toBe('LEDGER_ENTRY_UNREADABLE');
  });
});
