import fc from 'fast-check';
import { addDays, calendarDate, type CalendarDate } from '../calendar/calendar-date';
import type { RegisterEntry } from '../share-register/register-of-members';
import { meetingThreshold, writtenThreshold, type MembersResolutionKind } from './resolution';
import { resolutionAsAt, resolutionOutcome } from './resolution-outcome';
import { proposeWrittenResolution, recordWrittenAgreement, writtenResolutionOutcome } from './written-resolution';

const RUNS = { numRuns: 300 };
const CIRCULATED = calendarDate('2024-03-01');
const kind = fc.constantFrom<MembersResolutionKind>('ordinary', 'special');

/** A member holding `shares` shares from before circulation, as the register shows them. */
const entry = (i: number, shares: number): RegisterEntry => ({
  memberId: `m${i}`, name: `Member ${i}`, address: `${i} Road`, registeredOn: calendarDate('2014-09-01'), ceasedOn: null,
  shares: Array.from({ length: shares }, (_, n) => ({ shareNumber: i * 10 + n + 1, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100 })),
});

/** Members (1–40, holding 1–3 shares each) and, for each, the day of the period they agree on (0–27), or null. */
const scenario = fc
  .array(fc.record({ shares: fc.integer({ min: 1, max: 3 }), day: fc.option(fc.integer({ min: 0, max: 27 }), { freq: 3 }) }), {
    minLength: 1,
    maxLength: 40,
  })
  .chain((members) => fc.record({ members: fc.constant(members), kind, order: fc.shuffledSubarray(members.map((_, i) => i), { minLength: members.length }) }));

describe('Written resolutions, for any members and agreements (RS-2, WR-3)', () => {
  it('RS-2: the threshold is the least number of votes that is more than half (ordinary) or at least three quarters (special)', () => {
    fc.assert(
      fc.property(kind, fc.integer({ min: 1, max: 10_000 }), (k, total) => {
        const needed = writtenThreshold(k, total);
        const enough = (n: number) => (k === 'ordinary' ? 2 * n > total : 4 * n >= 3 * total);
        expect(enough(needed)).toBe(true);
        expect(enough(needed - 1)).toBe(false);
      }),
      RUNS,
    );
  });

  it('RS-2: at a meeting, the votes needed are the least that are more than half (ordinary, board) or at least three quarters (special) of votes cast', () => {
    fc.assert(
      fc.property(fc.constantFrom<MembersResolutionKind | 'board'>('ordinary', 'special', 'board'), fc.nat(1000), fc.nat(1000), (k, inFavour, against) => {
        const cast = inFavour + against;
        const passes = k === 'special' ? cast > 0 && 4 * inFavour >= 3 * cast : inFavour > against;
        expect(inFavour >= meetingThreshold(k, cast)).toBe(passes);
      }),
      RUNS,
    );
  });

  it('WR-3: a written resolution passes iff the agreeing voting rights reach the threshold, on the first day they do', () => {
    fc.assert(
      fc.property(scenario, ({ members, kind: k, order }) => {
        let r = proposeWrittenResolution({
          id: 'wr', text: 'That it be resolved', kind: k, circulatedOn: CIRCULATED, members: members.map((m, i) => entry(i, m.shares)),
        });
        for (const i of order) {
          const day = members[i]!.day;
          if (day !== null) r = recordWrittenAgreement(r, { memberId: `m${i}`, agreedOn: addDays(CIRCULATED, day) });
        }
        const total = members.reduce((sum, m) => sum + m.shares, 0);
        const needed = writtenThreshold(k, total);
        // Day by day, as a clerk would count: the first day the agreements so far reach the threshold.
        let expectedPassedOn: CalendarDate | null = null;
        for (let day = 0; day <= 27 && expectedPassedOn === null; day += 1) {
          const agreeing = members.filter((m) => m.day !== null && m.day <= day).reduce((sum, m) => sum + m.shares, 0);
          if (agreeing >= needed) expectedPassedOn = addDays(CIRCULATED, day);
        }
        const atEnd = writtenResolutionOutcome(r, r.lapsesOn);
        expect(atEnd.passedOn).toBe(expectedPassedOn);
        expect(atEnd.status).toBe(expectedPassedOn === null ? 'open' : 'passed');
        expect(writtenResolutionOutcome(r, addDays(r.lapsesOn, 1)).status).toBe(expectedPassedOn === null ? 'lapsed' : 'passed');
        // Before the day it passed it was open; from that day on it stays passed on that day.
        for (let day = 0; day <= 28; day += 1) {
          const asAt = addDays(CIRCULATED, day);
          const outcome = writtenResolutionOutcome(r, asAt);
          const passedBy = expectedPassedOn !== null && expectedPassedOn <= asAt;
          expect(outcome.status === 'passed').toBe(passedBy);
          expect(outcome.passedOn).toBe(passedBy ? expectedPassedOn : null);
        }
      }),
      RUNS,
    );
  });

  it('RS-1: the record as at a day holds the agreements dated by its end, and gives the same outcome as the whole record', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: -1, max: 30 }), ({ members, kind: k, order }, offset) => {
        let r = proposeWrittenResolution({
          id: 'wr', text: 'That it be resolved', kind: k, circulatedOn: CIRCULATED, members: members.map((m, i) => entry(i, m.shares)),
        });
        for (const i of order) {
          const day = members[i]!.day;
          if (day !== null) r = recordWrittenAgreement(r, { memberId: `m${i}`, agreedOn: addDays(CIRCULATED, day) });
        }
        const asAt = addDays(CIRCULATED, offset);
        const then = resolutionAsAt(r, asAt);
        if (then.procedure !== 'members-written') throw new Error('not a written resolution');
        expect(then.agreements).toEqual(r.agreements.filter((a) => a.agreedOn <= asAt));
        expect(resolutionOutcome(then, asAt)).toEqual(resolutionOutcome(r, asAt));
      }),
      RUNS,
    );
  });
});
