import { errorCode, refusalOf } from '../../test/error-code';
import { addDays, calendarDate, instant } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import type { BoardMeetingResolution } from '../governance/board-resolution';
import { companyAccountingPeriods } from '../governance/filing-periods';
import { proposeAtGeneralMeeting, recordMemberVote, type GeneralMeetingResolution } from '../governance/general-meeting';
import type { MembersResolutionKind, ResolutionMatter } from '../governance/resolution';
import { registerOfMembers } from '../share-register/register-of-members';
import type { ShareEvent } from '../share-register/share-event';
import {
  checkDividendDeclaration,
  dividendCapPence,
  dividendYears,
  financialYearStart,
  type DividendContext,
  type DividendDeclaration,
} from './dividends';

const d = calendarDate;
const INCORPORATED = d('2014-09-01');
/** The accounting reference date 31 March: the first period 1 September 2014 to 31 March 2015, then years to 31 March. */
const MARCH = companyAccountingPeriods(INCORPORATED, { accountingReferenceDate: { month: 3, day: 31 }, firstAccountsPeriodEndsOn: null });
const company: Company = {
  id: 'gpcg', name: 'Example GP Care Group CIC', companyNumber: null, incorporatedOn: INCORPORATED, registeredOffice: '1 Example Street, London E1 1AA',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice' },
};
const shares: ShareEvent[] = Array.from({ length: 5 }, (_, i) => ({
  eventId: `e${i + 1}`, effectiveOn: INCORPORATED, recordedAt: instant('2014-09-01T09:00:00.000Z'), type: 'allotment', shareNumber: i + 1,
  shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100,
  holder: { memberId: `m${i + 1}`, name: `Synthetic Practice ${i + 1}`, address: `${i + 1} Road, London E1`, practiceId: `p${i + 1}` },
}));

/** A members' resolution at a general meeting on `meetingOn` (19 clear days' notice), passed by three votes for. */
function members(kind: MembersResolutionKind, meetingOn: string, votes = 3, matter: ResolutionMatter = 'general'): GeneralMeetingResolution {
  const proposed = proposeAtGeneralMeeting({
    id: `gm-${meetingOn}`, text: 'THAT a final dividend be declared', kind, matter, noticeGivenOn: addDays(d(meetingOn), -20), meetingOn: d(meetingOn),
    members: registerOfMembers(company, shares, { asAt: d(meetingOn), status: 'current' }),
  });
  return Array.from({ length: votes }, (_, i) => i).reduce((r, i) => recordMemberVote(r, { memberId: `m${i + 1}`, vote: 'for' }), proposed);
}
const board: BoardMeetingResolution = {
  procedure: 'board-meeting', id: 'br-1', text: 'THAT a dividend be paid', authorises: [], meetingOn: d('2024-06-01'), quorum: 2, board: [], votes: [],
};

const APPROVED = members('ordinary', '2024-06-20');
const declaration = (more: Partial<DividendDeclaration> = {}): DividendDeclaration => ({
  id: 'dividend-2024-03-31-1', declaredOn: d('2024-07-01'), financialYearEnd: d('2024-03-31'), distributableProfitsPence: 10_000_000,
  totalPence: 3_500_000, resolutionId: APPROVED.id, articlesClause: ' Article 36 ', ...more,
});
const context = (more: Partial<DividendContext> = {}): DividendContext => ({
  incorporatedOn: INCORPORATED, recordedAt: instant('2026-12-02T10:00:00.000Z'), articlesAllowDividends: true, resolution: APPROVED, declared: [], accountingPeriods: MARCH, ...more,
});
const check = (more: Partial<DividendDeclaration> = {}, ctx: Partial<DividendContext> = {}) => () => checkDividendDeclaration(declaration(more), context(ctx));

describe('CI-3: the aggregate dividend cap (CIC Regulations 2005 reg 19)', () => {
  it('CI-3: a dividend of exactly 35% of the year\'s distributable profits is declared; the clause is kept trimmed', () => {
    expect(checkDividendDeclaration(declaration(), context())).toEqual({ ...declaration(), articlesClause: 'Article 36' });
  });

  it('CI-3: 1p over 35% is DIVIDEND_CAP_EXCEEDED, naming the cap and what is left in pence', () => {
    const error = refusalOf(check({ totalPence: 3_500_001 }));
    expect(error.code).toBe('DIVIDEND_CAP_EXCEEDED');
    expect(error.details).toMatchObject({ field: 'totalPence', capPence: 3_500_000, alreadyDeclaredPence: 0, headroomPence: 3_500_000, capPercent: 35 });
    expect(error.message).toContain('cap of 3500000 pence');
    expect(error.message).toContain('3500000 pence is left');
  });

  it('CI-3: the cap is rounded down to whole pence (35% of 101p is 35p, not 35.35p)', () => {
    expect(dividendCapPence(101, 35)).toBe(35);
    expect(errorCode(check({ distributableProfitsPence: 101, totalPence: 35 }))).toBe('ACCEPTED');
    expect(errorCode(check({ distributableProfitsPence: 101, totalPence: 36 }))).toBe('DIVIDEND_CAP_EXCEEDED');
    expect(dividendCapPence(Number.MAX_SAFE_INTEGER, 35)).toBe(3_152_519_739_159_346);
  });

  it('CI-3: two declarations out of one year add up: an interim and a final within the cap pass, a third over it is refused with what is left', () => {
    const interim = declaration({ id: 'i', totalPence: 2_000_000 });
    expect(errorCode(check({ totalPence: 1_500_000 }, { declared: [interim] }))).toBe('ACCEPTED');
    const error = refusalOf(check({ totalPence: 1_500_001 }, { declared: [interim] }));
    expect([error.code, error.details?.headroomPence, error.details?.alreadyDeclaredPence]).toEqual(['DIVIDEND_CAP_EXCEEDED', 1_500_000, 2_000_000]);
    // Another year's dividends do not count against this one.
    expect(errorCode(check({ financialYearEnd: d('2025-03-31'), declaredOn: d('2025-07-01') }, { declared: [declaration({ totalPence: 3_500_000 })] }))).toBe('ACCEPTED');
  });

  it('CI-3: one figure of distributable profits a year: a second declaration stating another is DISTRIBUTABLE_PROFITS_DIFFER', () => {
    const error = refusalOf(check({ distributableProfitsPence: 20_000_000, totalPence: 1 }, { declared: [declaration({ totalPence: 1 })] }));
    expect([error.code, error.details?.statedPence, error.details?.field]).toEqual(['DISTRIBUTABLE_PROFITS_DIFFER', 10_000_000, 'distributableProfitsPence']);
  });

  it('CI-3, s.390(3): a year overlapping one already declared out of (the same period ended on another day) is FINANCIAL_YEARS_OVERLAP', () => {
    expect(errorCode(check({ financialYearEnd: d('2024-04-05') }, { declared: [declaration()] }))).toBe('FINANCIAL_YEARS_OVERLAP');
    expect(errorCode(check({ financialYearEnd: d('2025-03-31'), declaredOn: d('2025-07-01') }, { declared: [declaration()] }))).toBe('ACCEPTED');
  });

  it("CI-3 / CI-5: each year's figures for the CIC34 report: total declared, cap at 35% rounded down, headroom", () => {
    const years = dividendYears([
      declaration({ id: 'a', totalPence: 1_000_000 }),
      declaration({ id: 'x', financialYearEnd: d('2025-03-31'), distributableProfitsPence: 1_001, totalPence: 100 }),
      declaration({ id: 'b', totalPence: 500_000 }),
    ], MARCH);
    expect(years).toEqual([
      { financialYearEnd: '2024-03-31', yearStart: '2023-04-01', distributableProfitsPence: 10_000_000, capPercent: 35, capPence: 3_500_000, declaredPence: 1_500_000, headroomPence: 2_000_000, withinCap: true, declarationIds: ['a', 'b'] },
      { financialYearEnd: '2025-03-31', yearStart: '2024-04-01', distributableProfitsPence: 1_001, capPercent: 35, capPence: 350, declaredPence: 100, headroomPence: 250, withinCap: true, declarationIds: ['x'] },
    ]);
    // A year end no longer one (an AA01 recorded after the dividend moved the periods) counts the 12 months to it.
    expect(financialYearStart(MARCH, d('2024-02-29'))).toBe('2023-03-01');
  });
});

describe('CI-3: approval by the members and the articles (reg 17)', () => {
  it('CI-3: a special resolution of the members approves a dividend as an ordinary one does', () => {
    const special = members('special', '2024-06-20', 4);
    expect(errorCode(check({ resolutionId: special.id }, { resolution: special }))).toBe('ACCEPTED');
  });

  it('CI-3: a board resolution does not approve a dividend: DIVIDEND_NOT_APPROVED naming the resolution field', () => {
    const error = refusalOf(check({ resolutionId: board.id }, { resolution: board, resolutionReference: 'BR-2024-01' }));
    expect([error.code, error.details?.field, error.details?.reason]).toEqual(['DIVIDEND_NOT_APPROVED', 'resolutionId', 'board']);
    expect(error.message).toContain('BR-2024-01 is a decision of the board');
  });

  it('CI-3: a members\' resolution passed to amend the articles approves no dividend: DIVIDEND_NOT_APPROVED, reason another-matter', () => {
    const amending = members('special', '2024-06-20', 4, 'amendment-of-articles');
    const error = refusalOf(check({ resolutionId: amending.id }, { resolution: amending, resolutionReference: 'SR-2024-01' }));
    expect([error.code, error.details?.reason, error.details?.matter]).toEqual(['DIVIDEND_NOT_APPROVED', 'another-matter', 'amendment-of-articles']);
    expect(error.message).toContain('SR-2024-01 is for the amendment of the articles, not a dividend');
  });

  it('CI-3: a members\' resolution passed to authorise changes to the shares approves no dividend: DIVIDEND_NOT_APPROVED, reason share-changes', () => {
    const reducing = { ...members('special', '2024-06-20', 4), authorises: [{ action: 'cancellation' as const, shareNumber: 1 }] };
    const error = refusalOf(check({ resolutionId: reducing.id }, { resolution: reducing, resolutionReference: 'SR-2024-02' }));
    expect([error.code, error.details?.reason]).toEqual(['DIVIDEND_NOT_APPROVED', 'share-changes']);
    expect(error.message).toContain('SR-2024-02 authorises the cancellation of share 1, not a dividend');
  });

  it('CI-3: a members\' resolution passed after the declaration date, or failed, is DIVIDEND_NOT_APPROVED; passed that very day it does', () => {
    const later = refusalOf(check({ declaredOn: d('2024-06-19') }));
    expect([later.code, later.details?.reason, later.details?.passedOn]).toEqual(['DIVIDEND_NOT_APPROVED', 'passed-later', '2024-06-20']);
    expect(errorCode(check({ declaredOn: d('2024-06-20') }))).toBe('ACCEPTED');
    const failed = members('ordinary', '2024-06-20', 1); // one vote is no quorum of 2
    expect(refusalOf(check({}, { resolution: failed })).details?.reason).toBe('failed');
  });

  it('CI-3: an unknown resolution is RESOLUTION_NOT_FOUND, naming the resolution field', () => {
    const error = refusalOf(check({ resolutionId: 'nothing' }, { resolution: undefined }));
    expect([error.code, error.details?.field]).toEqual(['RESOLUTION_NOT_FOUND', 'resolutionId']);
  });

  it('CI-3: unless the articles are confirmed to allow dividends, ARTICLES_DO_NOT_ALLOW_DIVIDENDS', () => {
    const error = refusalOf(check({}, { articlesAllowDividends: false }));
    expect([error.code, error.details?.field]).toEqual(['ARTICLES_DO_NOT_ALLOW_DIVIDENDS', 'articlesAllowDividends']);
  });

  it('CI-3: amounts not whole pence above 0, or an empty clause, are INVALID_DIVIDEND naming the field', () => {
    expect(refusalOf(check({ totalPence: 0 })).details).toMatchObject({ field: 'totalPence' });
    expect(refusalOf(check({ distributableProfitsPence: 10.5 })).details).toMatchObject({ field: 'distributableProfitsPence' });
    expect(refusalOf(check({ articlesClause: '  ' })).code).toBe('INVALID_DIVIDEND');
  });
});

describe('CI-3: the dates of a declaration', () => {
  it('CI-3: declared before 1 October 2014 is DIVIDEND_RULES_NOT_SUPPORTED, naming SI 2014/2483; on that day it is taken', () => {
    const old = refusalOf(check({ declaredOn: d('2014-09-30'), financialYearEnd: d('2015-03-31') }, { resolution: members('ordinary', '2014-09-20') }));
    expect([old.code, old.details?.field]).toEqual(['DIVIDEND_RULES_NOT_SUPPORTED', 'declaredOn']);
    expect(old.message).toContain('SI 2014/2483');
    const first = members('ordinary', '2014-09-20');
    expect(errorCode(check({ declaredOn: d('2014-10-01'), financialYearEnd: d('2015-03-31'), resolutionId: first.id }, { resolution: first }))).toBe('ACCEPTED');
  });

  it('CI-3: declared before incorporation is EVENT_BEFORE_INCORPORATION; after the day it is recorded, DATED_AFTER_RECORDING', () => {
    expect(refusalOf(check({ declaredOn: d('2014-08-31') })).details).toMatchObject({ field: 'declaredOn', incorporatedOn: '2014-09-01' });
    expect(refusalOf(check({ declaredOn: d('2014-08-31') })).code).toBe('EVENT_BEFORE_INCORPORATION');
    expect(refusalOf(check({ declaredOn: d('2026-12-03') })).code).toBe('DATED_AFTER_RECORDING');
    expect(errorCode(check({ declaredOn: d('2026-12-02'), financialYearEnd: d('2026-03-31') }))).toBe('ACCEPTED');
  });

  it('CI-3: a financial year ending before incorporation, or not begun by the declaration date, is refused naming financialYearEnd', () => {
    const before = refusalOf(check({ financialYearEnd: d('2014-03-31') }));
    expect([before.code, before.details?.field]).toEqual(['EVENT_BEFORE_INCORPORATION', 'financialYearEnd']);
    const ahead = refusalOf(check({ financialYearEnd: d('2026-03-31') }));
    expect([ahead.code, ahead.details?.field, ahead.details?.yearStart]).toEqual(['DIVIDEND_YEAR_NOT_BEGUN', 'financialYearEnd', '2025-04-01']);
    // An interim dividend out of the year under way is taken.
    expect(errorCode(check({ financialYearEnd: d('2025-03-31') }))).toBe('ACCEPTED');
  });
});

describe("CI-3, s.390: a dividend's year is one of the company's financial years (its accounting reference periods, CA 2006 ss.390–392)", () => {
  /** No accounting reference date set: the last day of the month of the anniversary of incorporation, 30 September (s.391(4)). */
  const SEPTEMBER = companyAccountingPeriods(INCORPORATED, { accountingReferenceDate: null, firstAccountsPeriodEndsOn: null });

  it('CI-3, s.391(5): the first financial year runs from incorporation to the first accounting reference date more than 6 months on (13 months here), and its cap is the one in force on the day of incorporation', () => {
    const first = members('ordinary', '2015-10-20');
    const out = declaration({ declaredOn: d('2015-10-21'), financialYearEnd: d('2015-09-30'), resolutionId: first.id });
    expect(errorCode(check(out, { accountingPeriods: SEPTEMBER, resolution: first }))).toBe('ACCEPTED');
    expect(dividendYears([out], SEPTEMBER)).toEqual([expect.objectContaining({ financialYearEnd: '2015-09-30', yearStart: '2014-09-01', capPercent: 35 })]);
    // The year ending 30 September 2014 would be a month, not a year: the first ends a year later.
    const short = refusalOf(check({ declaredOn: d('2014-10-01'), financialYearEnd: d('2014-09-30') }, { accountingPeriods: SEPTEMBER, resolution: members('ordinary', '2014-09-25') }));
    expect([short.code, short.details?.nearestBefore, short.details?.nearestAfter]).toEqual(['NOT_A_FINANCIAL_YEAR_END', null, '2015-09-30']);
  });

  it('CI-3, s.392: after an AA01 of 30 November 2020 moving the date to 31 December, the year from 1 April 2020 is shortened to end on 31 December 2020 and the next is the calendar year 2021; 31 March 2021 ends none', () => {
    const moved = companyAccountingPeriods(INCORPORATED, { accountingReferenceDate: { month: 3, day: 31 }, firstAccountsPeriodEndsOn: null }, [
      { effectiveOn: d('2020-11-30'), ard: { month: 12, day: 31 } },
    ]);
    const approved = members('ordinary', '2021-06-20');
    const at = (financialYearEnd: string, id: string) => declaration({ id, declaredOn: d('2021-07-01'), financialYearEnd: d(financialYearEnd), resolutionId: approved.id, totalPence: 1 });
    for (const end of ['2020-12-31', '2021-12-31']) expect(errorCode(check(at(end, end), { accountingPeriods: moved, resolution: approved }))).toBe('ACCEPTED');
    expect(dividendYears([at('2020-12-31', 'a'), at('2021-12-31', 'b')], moved).map((y) => [y.yearStart, y.financialYearEnd])).toEqual([
      ['2020-04-01', '2020-12-31'],
      ['2021-01-01', '2021-12-31'],
    ]);
    const old = refusalOf(check(at('2021-03-31', 'c'), { accountingPeriods: moved, resolution: approved }));
    expect([old.code, old.details?.field, old.details?.nearestBefore, old.details?.nearestAfter, old.details?.referenceDate]).toEqual([
      'NOT_A_FINANCIAL_YEAR_END', 'financialYearEnd', '2020-12-31', '2021-12-31', '31 December',
    ]);
  });

  it('CI-3, s.390(3): a year the directors end up to 7 days either side of 31 March is taken; 8 days is NOT_A_FINANCIAL_YEAR_END naming the nearest year ends; the next year begins the day after', () => {
    for (const end of ['2024-03-24', '2024-04-07']) expect([end, errorCode(check({ financialYearEnd: d(end) }))]).toEqual([end, 'ACCEPTED']);
    for (const [end, nearestBefore, nearestAfter] of [['2024-03-23', '2023-03-31', '2024-03-31'], ['2024-04-08', '2024-03-31', '2025-03-31']]) {
      const error = refusalOf(check({ financialYearEnd: d(end!) }));
      expect([error.code, error.details]).toEqual(['NOT_A_FINANCIAL_YEAR_END', { field: 'financialYearEnd', financialYearEnd: end, referenceDate: '31 March', nearestBefore, nearestAfter }]);
      expect(error.message).toContain(`they end on its accounting reference date, 31 March (CA 2006 ss.390–392), or on a day the directors choose up to 7 days either side of it (s.390(3)); the nearest are ${nearestBefore} and ${nearestAfter}`);
    }
    const late = declaration({ id: 'late', financialYearEnd: d('2024-04-07') });
    const next = declaration({ id: 'next', declaredOn: d('2025-07-01'), financialYearEnd: d('2025-03-31'), totalPence: 1 });
    expect(errorCode(check(next, { declared: [late] }))).toBe('ACCEPTED');
    expect(dividendYears([late, next], MARCH).map((y) => [y.yearStart, y.financialYearEnd])).toEqual([
      ['2023-04-01', '2024-04-07'],
      ['2024-04-08', '2025-03-31'],
    ]);
  });
});
