import { errorCode } from '../../test/error-code';
import { calendarDate } from '../calendar/calendar-date';
import { accountingReferenceDateIn, DEFAULT_GOVERNANCE_SETTINGS, governanceSettings, type GovernanceSettingsOverrides } from './governance-settings';

describe("The articles' governance settings", () => {
  it('the defaults are the Act\'s and the model articles\': quorums of 2, 28 days, 14 clear days, 90%, board approval of share events, the chair\'s casting vote and interested directors left out (MA-2)', () => {
    expect(DEFAULT_GOVERNANCE_SETTINGS).toEqual({
      boardQuorum: 2, chairCastingVote: true, excludeInterestedDirectors: true, membersQuorum: 2, writtenResolutionLapseDays: 28, noticeClearDays: 14, shortNoticePercent: 90,
      shareEventAuthority: { allotment: 'board', transfer: 'board', cancellation: 'board' },
      capitalAuthority: { 'buy-back': 'members-ordinary', reduction: 'members-special' },
      forfeiture: null,
      accountingReferenceDate: null, firstAccountsPeriodEndsOn: null,
    });
    expect(Object.isFrozen(DEFAULT_GOVERNANCE_SETTINGS)).toBe(true);
  });

  it('an override keeps the other defaults, including the other share events', () => {
    const settings = governanceSettings({ boardQuorum: 3, shareEventAuthority: { cancellation: 'members-special' } });
    expect(settings.boardQuorum).toBe(3);
    expect(settings.membersQuorum).toBe(2);
    expect(settings.shareEventAuthority).toEqual({ allotment: 'board', transfer: 'board', cancellation: 'members-special' });
    expect(governanceSettings({ membersQuorum: undefined, accountingReferenceDate: undefined })).toEqual(DEFAULT_GOVERNANCE_SETTINGS);
  });

  it.each<[string, GovernanceSettingsOverrides]>([
    ['MT-1: notice shorter than 14 clear days', { noticeClearDays: 13 }],
    ['MT-1: short notice below 90%', { shortNoticePercent: 89 }],
    ['MT-1: short notice above 95%', { shortNoticePercent: 96 }],
    ['MT-3: a quorum of none', { membersQuorum: 0 }],
    ['a board quorum that is not a whole number', { boardQuorum: 1.5 }],
    ['WR-3: a lapse period of no days', { writtenResolutionLapseDays: 0 }],
    ['an accounting reference month 13', { accountingReferenceDate: { month: 13, day: 1 } }],
    ['a first period end off the accounting reference date', { accountingReferenceDate: { month: 3, day: 31 }, firstAccountsPeriodEndsOn: calendarDate('2015-09-30') }],
  ])('INVALID_GOVERNANCE_SETTINGS: %s is refused', (_, overrides) => {
    expect(errorCode(() => governanceSettings(overrides))).toBe('INVALID_GOVERNANCE_SETTINGS');
  });

  it('the accounting reference date falls on the last day of a shorter month: 31 September is 30 September, 29 February is 28 February in 2015', () => {
    expect(accountingReferenceDateIn({ month: 9, day: 31 }, 2015)).toBe('2015-09-30');
    expect(accountingReferenceDateIn({ month: 2, day: 29 }, 2015)).toBe('2015-02-28');
    expect(accountingReferenceDateIn({ month: 2, day: 29 }, 2016)).toBe('2016-02-29');
    expect(accountingReferenceDateIn({ month: 3, day: 31 }, 2016)).toBe('2016-03-31');
  });
});
