import { FAILED_BECAUSE, viewFilters } from './view-filters';

const whyFailed = viewFilters.whyFailed as (reason: string | null) => string;

describe('the words pages use for what the domain reports in codes', () => {
  it('MA-2: every reason a resolution can fail for reads as words, never its code', () => {
    for (const reason of Object.keys(FAILED_BECAUSE)) {
      const words = whyFailed(reason);
      expect([reason, words.includes(reason) || words.includes('-')]).toEqual([reason, false]);
    }
    expect(whyFailed('quorum-not-met')).toBe('the meeting was not quorate (no quorum present)');
    expect(whyFailed(null)).toBe('');
  });
});

describe('where a resolution stands, in words', () => {
  const outcomeWords = viewFilters.outcomeWords as (outcome: object | null) => string;
  const tally = (inFavour: number, against: number, abstaining: number) => ({ inFavour, against, abstaining, needed: 1, outOf: inFavour + against });

  it('MA-2: a meeting item held and quorate with no vote entered reads "no votes recorded yet", not failed; with votes against it failed', () => {
    expect(outcomeWords({ status: 'failed', failedBecause: 'majority-not-reached', tally: tally(0, 0, 0) })).toBe('no votes recorded yet');
    expect(outcomeWords({ status: 'failed', failedBecause: 'majority-not-reached', tally: tally(0, 1, 0) })).toBe('failed');
    expect(outcomeWords({ status: 'failed', failedBecause: 'majority-not-reached', tally: tally(0, 0, 2) })).toBe('failed');
    expect(outcomeWords({ status: 'failed', failedBecause: 'quorum-not-met', tally: null })).toBe('failed');
    expect(outcomeWords({ status: 'passed', failedBecause: null, tally: tally(2, 0, 0) })).toBe('passed');
    expect(outcomeWords(null)).toBe('');
  });
});

describe('a month of birth', () => {
  const monthYear = viewFilters.monthYear as (month: string | null) => string;

  it('EC-3: reads as the month and year in words, as the officers PDF gives it', () => {
    expect(monthYear('1975-04')).toBe('April 1975');
    expect(monthYear('1971-12')).toBe('December 1971');
    expect(monthYear(null)).toBe('');
  });
});
