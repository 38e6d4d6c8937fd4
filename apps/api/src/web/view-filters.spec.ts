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

describe('an accounting reference date', () => {
  const dayMonth = viewFilters.dayMonth as (d: { day: number; month: number } | null) => string;

  it('FC-5, s.391: reads as the day and the month in words', () => {
    expect(dayMonth({ day: 30, month: 9 })).toBe('30 September');
    expect(dayMonth({ day: 31, month: 3 })).toBe('31 March');
    expect(dayMonth({ day: 1, month: 13 })).toBe('');
    expect(dayMonth(null)).toBe('');
  });
});

describe('what a resolution authorises, on its page', () => {
  const shareChanges = viewFilters.shareChanges as (authorises: object[] | null) => string;
  const unverifiedWords = viewFilters.unverifiedWords as (u: object | null, procedure: 'written' | 'meeting') => string;

  it('SR-2: the shares of each change in runs, a buy-back by name, as the copy PDF gives them', () => {
    expect(shareChanges(Array.from({ length: 37 }, (_, i) => ({ action: 'allotment', shareNumber: i + 1 })))).toBe('the allotment of shares 1 to 37');
    expect(shareChanges([{ action: 'cancellation', shareNumber: 14, reason: 'buy-back' }, { action: 'transfer', shareNumber: 20 }])).toBe('the buy-back of share 14; the transfer of share 20');
    expect(shareChanges(null)).toBe('');
  });

  it('hasChoice: a select offers a choice only with an item besides the empty "Choose" one', () => {
    const hasChoice = viewFilters.hasChoice as (items: unknown) => boolean;
    expect(hasChoice([{ value: '', text: 'Choose the practice' }])).toBe(false);
    expect(hasChoice([{ value: '', text: 'Choose the practice' }, { value: 'practice-f84001', text: 'Synthetic Practice 1' }])).toBe(true);
    expect(hasChoice([])).toBe(false);
    expect(hasChoice(undefined)).toBe(false);
  });

  it('EC-3: the warning of a director who took part unverified gives its dates in words', () => {
    const u = { name: 'Dr One (synthetic)', on: '2026-11-30', verificationDueOn: '2026-09-14', message: 'ignored' };
    expect(unverifiedWords(u, 'meeting')).toBe('Dr One (synthetic) took part in the board meeting on 30 November 2026 without a verified identity, which was due by 14 September 2026: acting as a director unverified is an offence');
  });
});

describe('which table cells may break a word anywhere', () => {
  const longWord = viewFilters.longWord as (html: unknown) => boolean;

  it('a cell breaks anywhere only for a word over 20 characters: an unbroken name or an email address, not tags, entities or ordinary words', () => {
    expect(longWord('Demo Director 1 (synthetic)')).toBe(false);
    expect(longWord('Synthetic registered office, 1 Demo Yard, London E1 0XX')).toBe(false);
    expect(longWord('a'.repeat(20))).toBe(false);
    expect(longWord('a'.repeat(21))).toBe(true);
    expect(longWord('governance@towerhamletsgpcare.nhs.uk')).toBe(true);
    // Tags and their attributes are not words of the cell; an entity counts as one character.
    expect(longWord('<a href="/practices/practice-z00036?asAt=2026-12-05">Whitechapel</a><br><span class="nhsuk-body-s">1 Road</span>')).toBe(false);
    expect(longWord(`Nguy&#7877;n${'x'.repeat(9)}`)).toBe(false);
    // Characters, not UTF-16 units: twenty Bengali letters with marks are still twenty.
    expect(longWord('\u09b8\u09c8'.repeat(10))).toBe(false);
    expect(longWord(null)).toBe(false);
  });
});
