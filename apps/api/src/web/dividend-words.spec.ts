import { DomainError } from '#domain';
import { dividendRefusalWords } from './dividend-words';

const refusal = (details: Record<string, unknown>) =>
  new DomainError('DIVIDEND_NOT_APPROVED', 'refused', { field: 'resolutionId', resolutionId: 'r1', reference: 'SR-2026-01', declaredOn: '2026-06-01', ...details });

describe('a dividend refused for its resolution, in the page’s words (CI-3, reg 17(1)(b))', () => {
  it('says why the resolution does not approve it: for another matter, for changes to the shares, passed later, not passed', () => {
    expect(dividendRefusalWords(refusal({ reason: 'another-matter', matter: 'amendment-of-articles' }))).toBe(
      'A dividend needs an ordinary or special resolution of the members passed on or before 1 June 2026: SR-2026-01 is for the amendment of the articles, not a dividend',
    );
    expect(dividendRefusalWords(refusal({ reason: 'share-changes' }))).toContain('SR-2026-01 authorises changes to the shares, not a dividend');
    expect(dividendRefusalWords(refusal({ reason: 'passed-later', passedOn: '2026-06-02' }))).toContain('SR-2026-01 was passed only on 2 June 2026');
    expect(dividendRefusalWords(refusal({ reason: 'failed' }))).toContain('SR-2026-01 had not passed by then');
  });
});
