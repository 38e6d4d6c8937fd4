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

describe('a dividend over the cap, in the page’s words (CI-3, reg 19)', () => {
  const over = (details: Record<string, unknown>) => new DomainError('DIVIDEND_CAP_EXCEEDED', 'refused', { field: 'totalPence', capPercent: 35, capPence: 3_500_000, alreadyDeclaredPence: 2_000_000, headroomPence: 1_500_000, ...details });

  it('names the dividend typed, the cap with its percentage, what is already declared and what is left, in £', () => {
    expect(dividendRefusalWords(over({ totalPence: 1_500_001 }))).toBe(
      "A dividend of £15,000.01 would take the year's dividends over the cap of £35,000.00 (35% of its distributable profits): £20,000.00 is already declared out of the year, so £15,000.00 is left to declare",
    );
    expect(dividendRefusalWords(over({ totalPence: undefined }))).toMatch(/^The dividend would take/);
    expect(dividendRefusalWords(over({ capPence: undefined }))).toBeUndefined();
  });
});
