import { errorCode } from '../../test/error-code';
import { calendarDate } from '../calendar/calendar-date';
import { appointDirector, boardAsAt, boardDuring, checkActingDirectorOn, notOnBoardError, recordResignation, type RegisterOfDirectors } from './directors';

const d = calendarDate;
const appoint = (register: RegisterOfDirectors, directorId: string, on: string) =>
  appointDirector(register, { directorId, name: `Dr ${directorId.toUpperCase()}`, serviceAddress: '1 Example Street, London E1 1AA', appointedOn: d(on) });
/** Three directors from incorporation; Dr C resigns on 1 June 2020. */
const founding = () => recordResignation(appoint(appoint(appoint([], 'a', '2014-09-01'), 'b', '2014-09-01'), 'c', '2014-09-01'), 'c', d('2020-06-01'));
const ids = (register: RegisterOfDirectors, on: string) => boardAsAt(register, d(on)).map((m) => m.directorId);

describe('Register of directors (s.162)', () => {
  it('s.162: each term records name, service address, appointed on and resigned on; earlier terms are kept', () => {
    const register = founding();
    expect(register).toHaveLength(3);
    expect(register[2]).toEqual({
      directorId: 'c', name: 'Dr C', serviceAddress: '1 Example Street, London E1 1AA', appointedOn: '2014-09-01', resignedOn: '2020-06-01',
    });
  });

  it('the board as at a date: appointed on or before it and not resigned by it; a director is off the board on the day of resignation', () => {
    const register = appoint(founding(), 'd', '2021-01-10');
    expect(ids(register, '2014-08-31')).toEqual([]);
    expect(ids(register, '2014-09-01')).toEqual(['a', 'b', 'c']);
    expect(ids(register, '2020-05-31')).toEqual(['a', 'b', 'c']);
    expect(ids(register, '2020-06-01')).toEqual(['a', 'b']);
    expect(ids(register, '2021-01-10')).toEqual(['a', 'b', 'd']);
  });

  it('EC-2, MA-2: the board during a day, as a meeting held that day counts it, includes a director who resigned that day (they leave at its end), not one who resigned the day before', () => {
    const register = appoint(founding(), 'd', '2021-01-10');
    const during = (on: string) => boardDuring(register, d(on)).map((m) => m.directorId);
    expect(during('2020-05-31')).toEqual(['a', 'b', 'c']);
    expect(during('2020-06-01')).toEqual(['a', 'b', 'c']);
    expect(during('2020-06-02')).toEqual(['a', 'b']);
    expect(errorCode(() => checkActingDirectorOn(register, 'c', d('2020-06-01'), 'the day of the meeting'))).toBe('ACCEPTED');
    expect(errorCode(() => checkActingDirectorOn(register, 'c', d('2020-06-02'), 'the day of the meeting'))).toBe('DIRECTOR_NOT_ON_BOARD');
  });

  it('DIRECTOR_ALREADY_ON_BOARD: a director in office cannot be appointed again; after resigning they can return', () => {
    expect(errorCode(() => appoint(founding(), 'a', '2016-01-01'))).toBe('DIRECTOR_ALREADY_ON_BOARD');
    expect(errorCode(() => appoint(founding(), 'c', '2020-05-01'))).toBe('DIRECTOR_ALREADY_ON_BOARD');
    const back = appoint(founding(), 'c', '2022-01-01');
    expect(back.filter((t) => t.directorId === 'c')).toHaveLength(2);
    expect(ids(back, '2021-01-01')).toEqual(['a', 'b']);
    expect(ids(back, '2022-01-01')).toEqual(['a', 'b', 'c']);
  });

  it('DIRECTOR_ALREADY_ON_BOARD and DIRECTOR_NOT_ON_BOARD say when the director held office, in words and by name', () => {
    const message = (work: () => unknown) => {
      try {
        work();
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(message(() => appoint(founding(), 'a', '2016-01-01'))).toBe('Dr A has held office since 2014-09-01 and has not resigned');
    expect(message(() => appoint(founding(), 'c', '2020-05-01'))).toBe('Dr C held office from 2014-09-01 until leaving on 2020-06-01');
    expect(message(() => recordResignation(founding(), 'c', d('2021-01-01')))).toBe('Dr C holds no office to resign from: they left it on 2020-06-01');
    expect(message(() => recordResignation(founding(), 'x', d('2021-01-01')))).toBe('there is no director with that reference');
  });

  it('DIRECTOR_NOT_ON_BOARD on a day: the director is named with the day they left office or were appointed, never by id', () => {
    const register = appoint(founding(), 'd', '2021-01-10');
    const why = (id: string, on: string) => notOnBoardError(register, id, d(on), 'the day of the meeting');
    expect(why('c', '2020-07-01')).toMatchObject({ code: 'DIRECTOR_NOT_ON_BOARD', details: { directorId: 'c', on: '2020-07-01' } });
    expect(why('c', '2020-07-01').message).toBe('Dr C was not on the board on 2020-07-01, the day of the meeting: they left office on 2020-06-01');
    expect(why('d', '2020-07-01').message).toBe('Dr D was not on the board on 2020-07-01, the day of the meeting: they were appointed on 2021-01-10');
    expect(why('x', '2020-07-01').message).toBe('there is no director with that reference');
  });

  it('DIRECTOR_NOT_ON_BOARD and RESIGNATION_BEFORE_APPOINTMENT: only a director in office resigns, and not before appointment', () => {
    expect(errorCode(() => recordResignation(founding(), 'c', d('2021-01-01')))).toBe('DIRECTOR_NOT_ON_BOARD');
    expect(errorCode(() => recordResignation(founding(), 'z', d('2021-01-01')))).toBe('DIRECTOR_NOT_ON_BOARD');
    expect(errorCode(() => recordResignation(founding(), 'a', d('2014-08-31')))).toBe('RESIGNATION_BEFORE_APPOINTMENT');
  });

  it('changes return a new register and leave the old one as it was', () => {
    const before = founding();
    const after = recordResignation(before, 'a', d('2023-01-01'));
    expect(before[0]!.resignedOn).toBeNull();
    expect(after[0]!.resignedOn).toBe('2023-01-01');
  });
});
