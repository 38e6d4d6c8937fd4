import type { CalendarDate, ChainedLedgerRecord, CentralRegisterEvent, Json } from '#domain';
import { AppError } from '../../common/app-error';
import { centralRegisterFamily } from './central-register.codec';

const stored = (entry: { kind: string; effectiveOn: string; payload: Json }): ChainedLedgerRecord => ({
  companyId: 'c', sequence: 12, recordedAt: '2026-12-01T09:00:00.000Z', recordedBy: 'secretary', previousHash: '0'.repeat(64), hash: '1'.repeat(64), ...entry,
} as ChainedLedgerRecord);
const decodeCode = (entry: { kind: string; effectiveOn: string; payload: Json }) => {
  try {
    centralRegisterFamily.decode(stored(entry));
    return 'ACCEPTED';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
};

describe('the central register codec (central-register.)', () => {
  it('RM-7: an election is written with its assents and a withdrawal with nothing else, each dated its day, and reads back as the same event', () => {
    const made: CentralRegisterEvent = { type: 'central-register-election-made', effectiveOn: '2017-06-01' as CalendarDate, assentedBy: ['m1', 'm2'] };
    const withdrawn: CentralRegisterEvent = { type: 'central-register-election-withdrawn', effectiveOn: '2019-03-01' as CalendarDate };
    expect(centralRegisterFamily.encode(made)).toEqual({ kind: 'central-register.election-made', effectiveOn: '2017-06-01', payload: { assentedBy: ['m1', 'm2'] } });
    expect(centralRegisterFamily.encode(withdrawn)).toEqual({ kind: 'central-register.election-withdrawn', effectiveOn: '2019-03-01', payload: {} });
    expect(centralRegisterFamily.decode(stored(centralRegisterFamily.encode(made)))).toEqual(made);
    expect(centralRegisterFamily.decode(stored(centralRegisterFamily.encode(withdrawn)))).toEqual(withdrawn);
    expect(centralRegisterFamily.kindNames()).toEqual(['central-register.election-made', 'central-register.election-withdrawn']);
  });

  it('a stored payload with an unknown field, an empty member id, assents that are no list, or an entry with no date, cannot be read', () => {
    const kind = 'central-register.election-made';
    expect(decodeCode({ kind, effectiveOn: '2017-06-01', payload: { assentedBy: ['m1'], extra: 1 } })).toBe('LEDGER_ENTRY_UNREADABLE');
    expect(decodeCode({ kind, effectiveOn: '2017-06-01', payload: { assentedBy: [''] } })).toBe('LEDGER_ENTRY_UNREADABLE');
    expect(decodeCode({ kind, effectiveOn: '2017-06-01', payload: { assentedBy: 'm1' } })).toBe('LEDGER_ENTRY_UNREADABLE');
    expect(decodeCode({ kind, effectiveOn: '2017-02-30', payload: { assentedBy: ['m1'] } })).toBe('LEDGER_ENTRY_UNREADABLE');
    expect(decodeCode({ kind: 'central-register.election-withdrawn', effectiveOn: '2019-03-01', payload: { assentedBy: [] } })).toBe('LEDGER_ENTRY_UNREADABLE');
    expect(decodeCode({ kind, effectiveOn: '2017-06-01', payload: { assentedBy: ['m1'] } })).toBe('ACCEPTED');
  });
});
