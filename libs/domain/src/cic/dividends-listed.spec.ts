import { refusalOf } from '../../test/error-code';
import { calendarDate } from '../calendar/calendar-date';
import { companyAccountingPeriods } from '../governance/filing-periods';
import { dividendYears, type DividendDeclaration } from './dividends';
import { dividendsListed } from './dividends-listed';

const d = calendarDate;
const INCORPORATED = d('2014-09-01');
/** No accounting reference date set: years end on 30 September (s.391(4)). */
const SEPTEMBER = companyAccountingPeriods(INCORPORATED, { accountingReferenceDate: null, firstAccountsPeriodEndsOn: null });

const declaration = (id: string, declaredOn: string, financialYearEnd = '2023-09-30'): DividendDeclaration => ({
  id, declaredOn: d(declaredOn), financialYearEnd: d(financialYearEnd), distributableProfitsPence: 10_000_000, totalPence: 100, resolutionId: 'r', articlesClause: 'Article 36',
});

/** Recorded in this order: a final dividend, then an interim one declared earlier, then two on one day, the second out of the next year. */
const RECORDED = [
  declaration('dividend-2023-09-30-1', '2024-07-15'),
  declaration('dividend-2023-09-30-2', '2024-03-01'),
  declaration('dividend-2024-09-30-1', '2025-06-30', '2024-09-30'),
  declaration('dividend-2023-09-30-3', '2024-03-01'),
];
const ids = (list: readonly DividendDeclaration[]) => list.map((x) => x.id);

describe('CI-3, CI-5: the dividends declared, as a list gives them', () => {
  it('CI-3: in the order of the days they were declared, and on one day in the order recorded, not the order recorded alone', () => {
    expect(ids(dividendsListed(RECORDED, SEPTEMBER, {}))).toEqual(['dividend-2023-09-30-2', 'dividend-2023-09-30-3', 'dividend-2023-09-30-1', 'dividend-2024-09-30-1']);
    // A year's declarations follow the list's order.
    expect(dividendYears(dividendsListed(RECORDED, SEPTEMBER, {}), SEPTEMBER)[0]!.declarationIds).toEqual(['dividend-2023-09-30-2', 'dividend-2023-09-30-3', 'dividend-2023-09-30-1']);
  });

  it('CI-3: as at a day, those declared by its end; of a financial year, that year\'s only', () => {
    expect(ids(dividendsListed(RECORDED, SEPTEMBER, { asAt: d('2024-03-01') }))).toEqual(['dividend-2023-09-30-2', 'dividend-2023-09-30-3']);
    expect(ids(dividendsListed(RECORDED, SEPTEMBER, { financialYearEnd: d('2024-09-30') }))).toEqual(['dividend-2024-09-30-1']);
    expect(ids(dividendsListed(RECORDED, SEPTEMBER, { asAt: d('2024-12-31'), financialYearEnd: d('2024-09-30') }))).toEqual([]);
    // A year the company has, with nothing declared out of it, lists nothing (s.390(3): up to 7 days from 30 September).
    expect(dividendsListed(RECORDED, SEPTEMBER, { financialYearEnd: d('2022-10-07') })).toEqual([]);
  });

  it('CI-3, s.390: a day that ends none of the company\'s financial years is NOT_A_FINANCIAL_YEAR_END, as a declaration out of it would be', () => {
    for (const [end, nearestBefore, nearestAfter] of [['2024-03-31', '2023-09-30', '2024-09-30'], ['2024-10-08', '2024-09-30', '2025-09-30']] as const) {
      const error = refusalOf(() => dividendsListed(RECORDED, SEPTEMBER, { financialYearEnd: d(end) }));
      expect([error.code, error.details]).toEqual(['NOT_A_FINANCIAL_YEAR_END', { field: 'financialYearEnd', financialYearEnd: end, referenceDate: '30 September', nearestBefore, nearestAfter }]);
    }
  });

  it('CI-3, CI-5, s.390(3): a year whose period a declaration names as ending on another day is FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY, as the asset transfers\' years are; the next year begins the day after', () => {
    const early = [...RECORDED, declaration('dividend-2025-10-03-1', '2025-09-01', '2025-10-03')];
    const error = refusalOf(() => dividendsListed(early, SEPTEMBER, { financialYearEnd: d('2025-09-30') }));
    expect([error.code, error.details]).toEqual(['FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY', { field: 'financialYearEnd', financialYearEnd: '2025-09-30', recordedYearEnd: '2025-10-03', periodEndsOn: '2025-09-30' }]);
    expect(ids(dividendsListed(early, SEPTEMBER, { financialYearEnd: d('2025-10-03') }))).toEqual(['dividend-2025-10-03-1']);
    expect(dividendsListed(early, SEPTEMBER, { financialYearEnd: d('2026-09-30') })).toEqual([]);
    // Without it, 30 September 2025 ends a year as ever.
    expect(dividendsListed(RECORDED, SEPTEMBER, { financialYearEnd: d('2025-09-30') })).toEqual([]);
  });

  it('s.392: a year a declaration was recorded out of is still listed after an AA01 moved the periods so that it ends none', () => {
    const moved = companyAccountingPeriods(INCORPORATED, { accountingReferenceDate: null, firstAccountsPeriodEndsOn: null }, [{ effectiveOn: d('2023-08-01'), ard: { month: 12, day: 31 } }]);
    expect(refusalOf(() => dividendsListed([], moved, { financialYearEnd: d('2023-09-30') })).code).toBe('NOT_A_FINANCIAL_YEAR_END');
    expect(ids(dividendsListed(RECORDED, moved, { financialYearEnd: d('2023-09-30') }))).toEqual(['dividend-2023-09-30-2', 'dividend-2023-09-30-3', 'dividend-2023-09-30-1']);
  });
});
