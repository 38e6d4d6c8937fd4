import { calendarDate, instant, type CalendarDate } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import { DomainError } from '../errors';
import { checkPracticeEligible, foldPractices, practiceList, type PracticeEvent, type PracticeList } from './practice-events';
import type { ShareEvent } from './share-event';
import { ShareRegister } from './share-register';
import { practicesEligibleOn, practicesThatMayReceiveAShare } from './share-recipients';

const d = calendarDate;
const company: Company = {
  id: 'c', name: 'Example CIC', companyNumber: null, incorporatedOn: d('2014-09-01'), registeredOffice: '1 Example Street',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice' },
};
let seq = 0;
const stamp = (on: string) => ({ eventId: `e${++seq}`, effectiveOn: d(on), recordedAt: instant(`${on}T09:00:00.000Z`) });
const holderOf = (practiceId: string, memberId = `m-${practiceId}`) => ({ memberId, name: `Partners of ${practiceId}`, address: '1 Road', practiceId });
const allot = (n: number, practiceId: string, on: string, memberId?: string): ShareEvent => ({ ...stamp(on), type: 'allotment', shareNumber: n, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: holderOf(practiceId, memberId) });
const cancel = (n: number, practiceId: string, on: string): ShareEvent => ({ ...stamp(on), type: 'cancellation', shareNumber: n, memberId: `m-${practiceId}`, reason: 'surrender', note: null });

const list: PracticeList = foldPractices(
  practiceList(['p1', 'p2', 'p3'].map((id, i) => ({ id, odsCode: `Z0000${i + 1}`, name: `Practice ${i + 1}`, address: `${i + 1} Road`, networkName: null }))),
  [
    { type: 'practice-admitted', effectiveOn: d('2026-04-01'), practiceId: 'p4', odsCode: 'Z00004', name: 'Practice 4', address: '4 Road', networkId: null },
    { type: 'practice-closed', effectiveOn: d('2026-06-30'), practiceId: 'p2', reason: 'merged', successorPracticeId: 'p1', eventId: 'close-p2' },
  ] satisfies PracticeEvent[],
);
const events = [allot(1, 'p1', '2015-01-01'), cancel(1, 'p1', '2026-08-01')];
const registerOn = (on: CalendarDate) => ShareRegister.fold(company, events.filter((e) => e.effectiveOn <= on));
const offered = (on: string) => practicesThatMayReceiveAShare(list, registerOn(d(on)), d(on)).map((p) => p.practiceId);

/** What an allotment of a new share to the practice (a new entry for it, as a recorded one makes) on `on` meets: the same checks a recorded one does. */
const allotting = (practiceId: string, on: string): string => {
  try {
    checkPracticeEligible(list, practiceId, d(on));
    registerOn(d(on)).apply(allot(99, practiceId, on, `new-${practiceId}`));
    return 'ACCEPTED';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
};

describe('SH-5: the practices that may receive a share on a day', () => {
  it('SH-5: neither a practice already a member, nor one not yet on the list, nor one that has ceased', () => {
    expect(offered('2026-03-31')).toEqual(['p2', 'p3']);
    expect(offered('2026-04-01')).toEqual(['p2', 'p3', 'p4']);
    expect(offered('2026-06-30')).toEqual(['p3', 'p4']);
    // p1 surrenders its share: it may receive one again.
    expect(offered('2026-08-01')).toEqual(['p1', 'p3', 'p4']);
  });

  it('SH-5: those offered are exactly those an allotment to them is not refused for, and the others are refused as the rules say', () => {
    for (const on of ['2026-03-31', '2026-04-01', '2026-06-30', '2026-08-01']) {
      const outcomes = Object.fromEntries(['p1', 'p2', 'p3', 'p4'].map((p) => [p, allotting(p, on)]));
      const accepted = Object.keys(outcomes).filter((p) => outcomes[p] === 'ACCEPTED');
      expect([on, accepted]).toEqual([on, offered(on)]);
      for (const code of Object.values(outcomes)) expect(['ACCEPTED', 'PRACTICE_ALREADY_A_MEMBER', 'PRACTICE_NOT_ELIGIBLE']).toContain(code);
    }
    expect(allotting('p1', '2026-04-01')).toBe('PRACTICE_ALREADY_A_MEMBER');
    expect(allotting('p2', '2026-06-30')).toBe('PRACTICE_NOT_ELIGIBLE');
  });
});

describe('the practices a corrected entry may name (SR-4, RM-1)', () => {
  it('are those eligible that day, holding a share or not: a practice closed by then, or admitted later, is left out', () => {
    const eligible = (on: string) => practicesEligibleOn(list, d(on)).map((p) => p.practiceId);
    expect(eligible('2026-03-01')).toEqual(['p1', 'p2', 'p3']);
    expect(eligible('2026-07-01')).toEqual(['p1', 'p3', 'p4']);
    // p1 holds share 1 on 2026-07-01, so it is offered to a correction and not to a new allotment.
    expect(offered('2026-07-01')).not.toContain('p1');
  });
});
