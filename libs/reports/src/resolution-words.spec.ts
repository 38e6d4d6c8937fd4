import { numberRanges, sellingMemberWords, shareChangesInWords, unverifiedDirectorWords, writtenAgreementWords } from './resolution-words';

describe('share numbers in runs', () => {
  it('gives a single share, a run of three or more as a range, two in a row as two, and gaps between', () => {
    expect(numberRanges([14])).toBe('14');
    expect(numberRanges(Array.from({ length: 37 }, (_, i) => i + 1))).toBe('1 to 37');
    expect(numberRanges([8, 9])).toBe('8 and 9');
    expect(numberRanges([3, 5, 8, 9, 10])).toBe('3, 5 and 8 to 10');
    expect(numberRanges([10, 3, 9, 8, 5, 9])).toBe('3, 5 and 8 to 10');
    expect(numberRanges([])).toBe('');
  });
});

describe('what a resolution authorises, in words', () => {
  it('the seeded board resolution: the allotment of shares 1 to 37, once, not 37 allotments of one share', () => {
    const words = shareChangesInWords(Array.from({ length: 37 }, (_, i) => ({ change: 'allotment', shareNumber: i + 1 })));
    expect(words).toBe('the allotment of shares 1 to 37');
  });

  it('a single share, and shares with gaps', () => {
    expect(shareChangesInWords([{ change: 'transfer', shareNumber: 14 }])).toBe('the transfer of share 14');
    expect(shareChangesInWords([3, 5, 8, 9, 10].map((shareNumber) => ({ change: 'buy-back', shareNumber })))).toBe('the buy-back of shares 3, 5 and 8 to 10');
  });

  it('mixed changes: each kind in the order first named, its shares together, a buy-back with its seller', () => {
    const words = shareChangesInWords([
      { change: 'buy-back', shareNumber: 14, from: 'Practice 14' },
      { change: 'allotment', shareNumber: 38 },
      { change: 'allotment', shareNumber: 39 },
      { change: 'buy-back', shareNumber: 20, from: 'Practice 20' },
      { change: 'allotment', shareNumber: 40 },
    ]);
    expect(words).toBe('the buy-back of share 14 from Practice 14; the allotment of shares 38 to 40; the buy-back of share 20 from Practice 20');
    expect(shareChangesInWords([])).toBe('');
  });
});

describe('SR-2, CA 2006 s.695: the selling member in words', () => {
  it('s.695(2): on a written resolution the seller is not an eligible member', () => {
    expect(sellingMemberWords(['Practice 14'], 'written')).toBe('Practice 14 sells the company the shares bought back: not an eligible member, its agreement does not count (CA 2006 s.695(2)).');
    expect(sellingMemberWords(['Practice 14', 'Practice 20', 'Practice 14'], 'written')).toBe('Practice 14 and Practice 20 sell the company the shares bought back: not eligible members, their agreements do not count (CA 2006 s.695(2)).');
  });

  it('s.695(3): at a meeting the resolution passes only if it would have passed without the seller’s votes', () => {
    expect(sellingMemberWords(['Practice 14'], 'meeting')).toBe('Practice 14 sells the company the shares bought back: the resolution passes only if it would have passed without its votes (CA 2006 s.695(3)).');
  });
});

describe('EC-3: a director who took part unverified, dates in words', () => {
  it('gives the day and the due day as the PDFs write dates elsewhere, not as ISO dates', () => {
    const u = { name: 'Dr One (synthetic)', on: '2026-11-30', verificationDueOn: '2026-09-14' };
    expect(unverifiedDirectorWords(u, 'meeting')).toBe('Dr One (synthetic) took part in the board meeting on 30 November 2026 without a verified identity, which was due by 14 September 2026: acting as a director unverified is an offence');
    expect(unverifiedDirectorWords(u, 'written')).toContain('agreed the written board resolution on 30 November 2026');
  });
});

describe('RS-2, RS-4: a written resolution’s agreements in words, no votes against or abstentions', () => {
  it('ordinary: more than half of the eligible members; special: at least 75%; the directors’: all', () => {
    expect(writtenAgreementWords({ inFavour: 19, outOf: 37, needed: 19 }, 'ordinary')).toBe('Agreed by 19 of the 37 eligible members (more than half needed: 19).');
    expect(writtenAgreementWords({ inFavour: 28, outOf: 37, needed: 28 }, 'special')).toBe('Agreed by 28 of the 37 eligible members (at least 75% needed: 28).');
    expect(writtenAgreementWords({ inFavour: 2, outOf: 3, needed: 3 }, 'directors')).toBe('Agreed by 2 of the 3 directors (all needed: 3).');
  });

  it('counts votes, not members, where a member has more than one vote', () => {
    expect(writtenAgreementWords({ inFavour: 19, outOf: 40, needed: 21 }, 'ordinary', false)).toBe('Agreed by members with 19 of the 40 eligible votes (more than half needed: 21).');
  });
});
