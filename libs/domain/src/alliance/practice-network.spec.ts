import fc from 'fast-check';
import { addDays, calendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { isMemberOn } from './dated-period';
import { joinNetwork, leaveNetwork, movePractice, networkOf, networksAsAt, practiceNetworks, type PracticeNetworks } from './practice-network';

const d = calendarDate;
const code = (fn: () => unknown) => {
  try {
    fn();
    return 'ACCEPTED';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
};
const START = d('2009-04-01');
const two = (): PracticeNetworks => {
  const empty = practiceNetworks([{ id: 'n1', name: 'Network 1' }, { id: 'n2', name: 'Network 2' }]);
  return ['p1', 'p2', 'p3'].reduce((s, practiceId, i) => joinNetwork(s, { practiceId, networkId: i < 2 ? 'n1' : 'n2', on: START }), empty);
};

describe('Practice networks', () => {
  it('a practice that moves network is in the old one as at the day before the move, and the new one from the move', () => {
    const s = movePractice(two(), 'p2', 'n2', d('2018-04-01'));
    expect(networkOf(s, 'p2', d('2018-03-31'))).toBe('n1');
    expect(networkOf(s, 'p2', d('2018-04-01'))).toBe('n2');
    expect(networksAsAt(s, d('2018-04-01'))).toEqual([
      { networkId: 'n1', name: 'Network 1', practiceIds: ['p1'] },
      { networkId: 'n2', name: 'Network 2', practiceIds: ['p2', 'p3'] },
    ]);
    expect(networkOf(s, 'p2', d('2009-03-31'))).toBeNull();
  });

  it('PRACTICE_ALREADY_IN_A_NETWORK: a practice is in one network at a time', () => {
    expect(code(() => joinNetwork(two(), { practiceId: 'p1', networkId: 'n2', on: d('2012-01-01') }))).toBe('PRACTICE_ALREADY_IN_A_NETWORK');
  });

  it('PRACTICE_ALREADY_IN_THAT_NETWORK, NETWORK_UNKNOWN and PRACTICE_NOT_IN_A_NETWORK', () => {
    expect(code(() => movePractice(two(), 'p1', 'n1', d('2012-01-01')))).toBe('PRACTICE_ALREADY_IN_THAT_NETWORK');
    expect(code(() => movePractice(two(), 'p1', 'n9', d('2012-01-01')))).toBe('NETWORK_UNKNOWN');
    expect(code(() => leaveNetwork(two(), 'p9', d('2012-01-01')))).toBe('PRACTICE_NOT_IN_A_NETWORK');
    expect(code(() => movePractice(two(), 'p1', 'n2', START))).toBe('MEMBERSHIP_ENDS_BEFORE_START');
  });

  it('a practice that leaves (say, on closure) is in no network from that day', () => {
    const s = leaveNetwork(two(), 'p3', d('2020-01-01'));
    expect(networksAsAt(s, d('2020-01-01'))[1].practiceIds).toEqual([]);
    expect(networksAsAt(s, d('2019-12-31'))[1].practiceIds).toEqual(['p3']);
  });

  it('property: after any accepted sequence of moves and leavings, no practice is in two networks on any day', () => {
    const op = fc.record({ practice: fc.constantFrom('p1', 'p2', 'p3'), to: fc.constantFrom('n1', 'n2', null), day: fc.integer({ min: -5, max: 400 }) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 20 }), fc.integer({ min: -10, max: 420 }), (ops, probe) => {
        let s = two();
        for (const o of ops) {
          const on = addDays(START, o.day);
          try {
            s = o.to === null ? leaveNetwork(s, o.practice, on) : movePractice(s, o.practice, o.to, on);
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
          }
        }
        const on = addDays(START, probe);
        for (const p of ['p1', 'p2', 'p3']) {
          expect(s.memberships.filter((m) => m.practiceId === p && isMemberOn(m, on)).length).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
