import { calendarDate, foldPractices, practiceList, type PracticeEvent, type ShareCancellation } from '#domain';
import { dutySubject, type DutyFacts } from './duty-subjects';

const practices = practiceList(['07', '08', '09'].map((n) => ({ id: `practice-${n}`, odsCode: `Z000${n}`, name: `Practice ${n}`, address: `${n} Road`, networkName: null })));
const close = (n: string, reason: 'closed' | 'merged', successor: string | null): PracticeEvent => ({
  type: 'practice-closed', effectiveOn: calendarDate('2026-11-30'), practiceId: `practice-${n}`, reason, successorPracticeId: successor, eventId: `e${n}`,
});
const facts = (events: PracticeEvent[]): DutyFacts => ({
  shareEvents: new Map(), memberNames: new Map(), lodgedTransfers: new Map(), resolutions: new Map(), officers: new Map(),
  practices: foldPractices(practices, events), particularsChanges: [],
});

describe("the home page's words for a ceased practice's share", () => {
  it('SH-5: a merger (practice 07 into 08) names the successor and what the merger makes of the share', () => {
    const merged = facts([close('07', 'merged', 'practice-08')]);
    expect(dutySubject({ kind: 'practice-share', reference: 'practice-closure-e07-share-7', action: 'surrender' }, merged)).toBe(
      'Share 7 held for Practice 07, which merged into Practice 08 on 30 November 2026: surrender it (Practice 08, the successor, already holds its one share), a reduction of capital needing a special resolution and a solvency statement (s.641)',
    );
    expect(dutySubject({ kind: 'practice-share', reference: 'practice-closure-e07-share-7', action: 'transfer to the successor' }, merged)).toBe(
      'Share 7 held for Practice 07, which merged into Practice 08 on 30 November 2026: transfer it to Practice 08, the successor',
    );
  });

  it('SH-5: a closure without a successor reads as before: the practice ceased, and the share is bought back', () => {
    const closed = facts([close('09', 'closed', null)]);
    expect(dutySubject({ kind: 'practice-share', reference: 'practice-closure-e09-share-9', action: 'buy-back' }, closed)).toBe(
      'Share 9 held for Practice 09, which ceased on 30 November 2026: buy-back',
    );
  });
});

describe("the words for a resolution's duties", () => {
  it('s.26, FR-1: the articles as amended, like the resolution filed, are named by the resolution\'s reference and text', () => {
    const withResolution: DutyFacts = { ...facts([]), resolutions: new Map([['r-1', { reference: 'SR-7', text: 'THAT the articles be amended as annexed.' }]]) };
    expect(dutySubject({ kind: 'articles-filing', reference: 'r-1' }, withResolution)).toBe('SR-7: THAT the articles be amended as annexed.');
    expect(dutySubject({ kind: 'resolution-filing', reference: 'r-1' }, withResolution)).toBe('SR-7: THAT the articles be amended as annexed.');
    expect(dutySubject({ kind: 'articles-filing', reference: 'r-2' }, withResolution)).toBe('r-2');
  });
});

describe("the words for a reduction of capital's SH19", () => {
  const cancelled = (eventId: string, shareNumber: number, effectiveOn: string): ShareCancellation =>
    ({ type: 'cancellation', eventId, shareNumber, memberId: `m-${shareNumber}`, reason: 'cancellation', effectiveOn: calendarDate(effectiveOn), recordedAt: '2026-03-01T10:00:00.000Z', authorisedBy: 'sr-1', solvencyStatementOn: calendarDate('2026-02-27') }) as unknown as ShareCancellation;
  const reduction: DutyFacts = {
    ...facts([]),
    shareEvents: new Map([cancelled('30', 13, '2026-03-20'), cancelled('31', 14, '2026-04-20')].map((e) => [e.eventId, e])),
    memberNames: new Map([['m-13', 'Practice 13']]),
  };

  it('SR-1 (s.644): read as at a day, the SH19 lists only the shares its resolution has cancelled by then', () => {
    const duty = { kind: 'sh19', reference: 'share-cancellation-30' } as const;
    expect(dutySubject(duty, reduction)).toBe('Shares 13 and 14 cancelled in one reduction of capital, from 20 March 2026');
    expect(dutySubject(duty, { ...reduction, asAt: calendarDate('2026-04-20') })).toBe('Shares 13 and 14 cancelled in one reduction of capital, from 20 March 2026');
    expect(dutySubject(duty, { ...reduction, asAt: calendarDate('2026-04-19') })).toBe('Share 13, held by Practice 13, cancelled in a reduction of capital on 20 March 2026');
  });
});
