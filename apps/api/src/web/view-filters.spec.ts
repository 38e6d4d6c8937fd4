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
