import fc from 'fast-check';
import { errorCode, refusalOf } from '../../test/error-code';
import { addDays, calendarDate, compareDates, instant, type CalendarDate } from '../calendar/calendar-date';
import {
  centralRegisterAsAt,
  checkCentralRegisterEvent,
  foldCentralRegister,
  type CentralRegisterElectionMade,
  type CentralRegisterElectionWithdrawn,
  type CentralRegisterEvent,
  type MemberOnTheDay,
} from './central-register-election';

const d = calendarDate;
const INCORPORATED = d('2014-09-01');
const RECORDED_AT = instant('2026-12-01T10:00:00.000Z');
const members: MemberOnTheDay[] = Array.from({ length: 37 }, (_, i) => ({ memberId: `m${i + 1}`, name: `Synthetic Practice ${i + 1}` }));
const all = members.map((m) => m.memberId);
const elect = (effectiveOn: string, assentedBy: readonly string[] = all): CentralRegisterElectionMade => ({ type: 'central-register-election-made', effectiveOn: d(effectiveOn), assentedBy });
const withdraw = (effectiveOn: string): CentralRegisterElectionWithdrawn => ({ type: 'central-register-election-withdrawn', effectiveOn: d(effectiveOn) });
const check = (event: CentralRegisterEvent, recorded: readonly CentralRegisterEvent[] = []) => () =>
  checkCentralRegisterEvent({ incorporatedOn: INCORPORATED, recordedAt: RECORDED_AT, recorded, event, members });

describe('the option to keep the register of members\' information at Companies House (RM-7, EC-6)', () => {
  it('RM-1: with no election the company keeps its own register, on any day', () => {
    expect(centralRegisterAsAt([], d('2020-01-01'))).toEqual({ asAt: '2020-01-01', keptAt: 'company', electedOn: null, history: [] });
  });

  it('RM-7: an election assented to by every member puts the information at Companies House from its day; the day before it is still the company\'s', () => {
    expect(errorCode(check(elect('2017-06-01')))).toBe('ACCEPTED');
    const events = [elect('2017-06-01')];
    expect(centralRegisterAsAt(events, d('2017-05-31')).keptAt).toBe('company');
    expect(centralRegisterAsAt(events, d('2020-01-01'))).toEqual({
      asAt: '2020-01-01', keptAt: 'companies-house', electedOn: '2017-06-01',
      history: [{ effectiveOn: '2017-06-01', change: 'election-made', keptAt: 'companies-house', assentedBy: all }],
    });
  });

  it('RM-7 (s.128B(2)(a)): an election with one member\'s assent missing is refused, naming the member', () => {
    const refusal = refusalOf(check(elect('2017-06-01', all.filter((id) => id !== 'm12'))));
    expect(refusal.code).toBe('CENTRAL_REGISTER_ASSENT_MISSING');
    expect(refusal.details).toMatchObject({ field: 'assentedBy', missing: [{ memberId: 'm12', name: 'Synthetic Practice 12' }], count: 1 });
    expect(refusal.message).toContain('Synthetic Practice 12 (m12)');
    expect(refusal.message).toContain('(RM-7)');
  });

  it('RM-7: an assent from someone not on the register that day is refused', () => {
    const refusal = refusalOf(check(elect('2017-06-01', [...all, 'stranger'])));
    expect(refusal.code).toBe('CENTRAL_REGISTER_ASSENT_NOT_MEMBER');
    expect(refusal.details).toMatchObject({ notMembers: ['stranger'] });
  });

  it('RM-7 (s.128J): a withdrawal takes the register back to the company from its day; without an election in force it is refused', () => {
    expect(errorCode(check(withdraw('2019-03-01')))).toBe('CENTRAL_REGISTER_NO_ELECTION');
    expect(errorCode(check(withdraw('2019-03-01'), [elect('2017-06-01')]))).toBe('ACCEPTED');
    const events = [elect('2017-06-01'), withdraw('2019-03-01')];
    expect(centralRegisterAsAt(events, d('2019-02-28')).keptAt).toBe('companies-house');
    expect(centralRegisterAsAt(events, d('2019-03-01'))).toMatchObject({ keptAt: 'company', electedOn: null });
    expect(centralRegisterAsAt(events, d('2019-03-01')).history.map((c) => c.change)).toEqual(['election-made', 'election-withdrawn']);
    expect(errorCode(check(withdraw('2017-05-31'), [elect('2017-06-01')]))).toBe('CENTRAL_REGISTER_NO_ELECTION');
  });

  it('RM-7 (s.128C(2)): no second election while one is in force; a new one after a withdrawal is accepted', () => {
    expect(errorCode(check(elect('2018-01-01'), [elect('2017-06-01')]))).toBe('CENTRAL_REGISTER_ELECTION_IN_FORCE');
    expect(errorCode(check(elect('2020-01-01'), [elect('2017-06-01'), withdraw('2019-03-01')]))).toBe('ACCEPTED');
    // Back-dated before a recorded election, it would leave that one made while this is in force.
    expect(errorCode(check(elect('2016-07-01'), [elect('2017-06-01')]))).toBe('CENTRAL_REGISTER_ELECTION_IN_FORCE');
  });

  it('RM-7: an election or withdrawal back-dated before a later one it would leave invalid is refused naming its own day and the later entry\'s', () => {
    const early = refusalOf(check(elect('2022-06-01'), [elect('2023-01-01')]));
    expect([early.code, early.details]).toEqual(['CENTRAL_REGISTER_ELECTION_IN_FORCE', { field: 'effectiveOn', effectiveOn: '2022-06-01', laterEntryOn: '2023-01-01', laterEntry: 'election' }]);
    expect(early.message).toContain('an election dated 2022-06-01 would still be in force on 2023-01-01, the day of the election already recorded');
    const withdrawal = refusalOf(check(withdraw('2023-06-01'), [elect('2023-01-01'), withdraw('2024-01-01')]));
    expect([withdrawal.code, withdrawal.details]).toEqual(['CENTRAL_REGISTER_NO_ELECTION', { field: 'effectiveOn', effectiveOn: '2023-06-01', laterEntryOn: '2024-01-01', laterEntry: 'withdrawal of the election' }]);
    // Its own clash, on its own day, is named as before.
    expect(refusalOf(check(elect('2023-06-01'), [elect('2023-01-01')])).details).toMatchObject({ effectiveOn: '2023-06-01', electedOn: '2023-01-01' });
  });

  it('RM-7: no election before 30 June 2016, when ss.128A–128K (SBEEA 2015 Sch 5) came into force; that day is the first one could be made', () => {
    const refusal = refusalOf(check(elect('2016-06-29')));
    expect([refusal.code, refusal.details]).toEqual(['CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE', { field: 'effectiveOn', effectiveOn: '2016-06-29', from: '2016-06-30' }]);
    expect(refusal.message).toContain('came into force on 2016-06-30 (RM-7)');
    expect(errorCode(check(elect('2016-06-30')))).toBe('ACCEPTED');
  });

  it('EC-6: no election on or after 18 November 2025, when ECCTA removed the option; 17 November 2025 is the last day one could be made', () => {
    const refusal = refusalOf(check(elect('2026-01-15')));
    expect(refusal.code).toBe('CENTRAL_REGISTER_OPTION_REMOVED');
    expect(refusal.message).toContain('(EC-6)');
    expect(errorCode(check(elect('2025-11-18')))).toBe('CENTRAL_REGISTER_OPTION_REMOVED');
    expect(errorCode(check(elect('2025-11-17')))).toBe('ACCEPTED');
  });

  it('EC-6: an election in force on 17 November 2025 ends by force of law on 18 November 2025, and cannot then be withdrawn', () => {
    const events = [elect('2017-06-01')];
    expect(centralRegisterAsAt(events, d('2025-11-17')).keptAt).toBe('companies-house');
    const after = centralRegisterAsAt(events, d('2025-11-18'));
    expect(after).toMatchObject({ keptAt: 'company', electedOn: null });
    expect(after.history.at(-1)).toEqual({ effectiveOn: '2025-11-18', change: 'election-ended-by-law', keptAt: 'company' });
    const late = refusalOf(check(withdraw('2026-01-15'), events));
    expect(late.code).toBe('CENTRAL_REGISTER_NO_ELECTION');
    expect(late.message).toContain('ECCTA');
    // A withdrawal before that day is still a withdrawal, and nothing ends by law.
    expect(foldCentralRegister([...events, withdraw('2025-11-17')]).changes.map((c) => c.change)).toEqual(['election-made', 'election-withdrawn']);
  });

  it('dates: not before incorporation, not after the day recorded', () => {
    expect(refusalOf(check(elect('2014-08-31'))).details).toMatchObject({ field: 'effectiveOn' });
    expect(errorCode(check(elect('2014-08-31')))).toBe('EVENT_BEFORE_INCORPORATION');
    expect(errorCode(check(withdraw('2026-12-02'), [elect('2017-06-01')]))).toBe('DATED_AFTER_RECORDING');
  });

  it('RM-7, EC-6: for any accepted sequence, the register is at Companies House exactly while an election made before 18 November 2025 stands unwithdrawn', () => {
    const day = fc.integer({ min: 0, max: 4500 }).map((n) => addDays(INCORPORATED, n));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), day), { maxLength: 8 }), day, (steps, asAt) => {
        const accepted: CentralRegisterEvent[] = [];
        for (const [isElection, on] of steps) {
          const event = isElection ? elect(on) : withdraw(on);
          if (errorCode(check(event, accepted)) === 'ACCEPTED') accepted.push(event);
        }
        const position = centralRegisterAsAt(accepted, asAt);
        const inForce = accepted
          .filter((e): e is CentralRegisterElectionMade => e.type === 'central-register-election-made' && compareDates(e.effectiveOn, asAt) <= 0)
          .filter((e) => !accepted.some((w) => w.type === 'central-register-election-withdrawn' && compareDates(w.effectiveOn, e.effectiveOn) >= 0 && compareDates(w.effectiveOn, asAt) <= 0));
        const expected: CalendarDate | null = inForce.length > 0 && compareDates(asAt, d('2025-11-18')) < 0 ? inForce.at(-1)!.effectiveOn : null;
        expect(position.electedOn).toBe(expected);
        expect(position.keptAt).toBe(expected === null ? 'company' : 'companies-house');
      }),
    );
  });
});
