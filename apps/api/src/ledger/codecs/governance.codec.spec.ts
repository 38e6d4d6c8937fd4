import { canonicalJson, hashLedgerRecord, type CalendarDate, type Json, type RegulatorDecisionRecorded } from '#domain';
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
