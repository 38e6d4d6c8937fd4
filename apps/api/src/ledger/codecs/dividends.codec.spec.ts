import type { CalendarDate, ChainedLedgerRecord, DividendDeclared, Json } from '#domain';
import { AppError } from '../../common/app-error';
import { dividendsFamily } from './dividends.codec';

const declared: DividendDeclared = {
  type: 'dividend-declared',
  effectiveOn: '2024-07-01' as CalendarDate,
  declaration: {
    id: 'dividend-2024-03-31-1', declaredOn: '2024-07-01' as CalendarDate, financialYearEnd: '2024-03-31' as CalendarDate,
    distributableProfitsPence: 10_000_000, totalPence: 3_500_000, resolutionId: 'r-1', articlesClause: 'Article 36',
  },
};
const stored = (payload: Json): ChainedLedgerRecord => ({
  companyId: 'c', sequence: 9, kind: 'dividend.declared', effectiveOn: '2024-07-01', recordedAt: '2024-07-02T09:00:00.000Z', recordedBy: 'secretary',
  payload, previousHash: '0'.repeat(64), hash: '1'.repeat(64),
} as ChainedLedgerRecord);
const decodeCode = (payload: Json) => {
  try {
    dividendsFamily.decode(stored(payload));
    return 'ACCEPTED';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
};

describe('the dividends codec (dividend.)', () => {
  it('CI-3: a declaration is written as dividend.declared, dated the day declared, amounts in pence, and reads back as the same event', () => {
    const entry = dividendsFamily.encode(declared);
    expect(entry).toEqual({
      kind: 'dividend.declared', effectiveOn: '2024-07-01',
      payload: { dividendId: 'dividend-2024-03-31-1', financialYearEnd: '2024-03-31', distributableProfitsPence: 10_000_000, totalPence: 3_500_000, resolutionId: 'r-1', articlesClause: 'Article 36' },
    });
    expect(dividendsFamily.decode(stored(entry.payload))).toEqual(declared);
    expect(dividendsFamily.kindNames()).toEqual(['dividend.declared']);
  });

  it('a stored payload with an unknown field, a missing one, an amount of 0 or in part pence, or a year end that is no date, cannot be read', () => {
    const payload = dividendsFamily.encode(declared).payload as Record<string, Json>;
    expect(decodeCode({ ...payload, extra: 1 })).toBe('LEDGER_ENTRY_UNREADABLE');
    expect(decodeCode({ ...payload, totalPence: 0 })).toBe('LEDGER_ENTRY_UNREADABLE');
    expect(decodeCode({ ...payload, distributableProfitsPence: 1.5 })).toBe('LEDGER_ENTRY_UNREADABLE');
    expect(decodeCode({ ...payload, financialYearEnd: '2024-02-30' })).toBe('LEDGER_ENTRY_UNREADABLE');
    const { resolutionId: _, ...withoutResolution } = payload;
    expect(decodeCode(withoutResolution)).toBe('LEDGER_ENTRY_UNREADABLE');
  });
});
