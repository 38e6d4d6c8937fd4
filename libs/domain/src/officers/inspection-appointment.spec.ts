import { errorCode } from '../../test/error-code';
import { calendarDate, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { GeneralMeetingResolution } from '../governance/general-meeting';
import type { Resolution } from '../governance/resolution-outcome';
import type { InspectionAppointmentNamed, InspectionRequestReceived } from './inspection';
import { checkInspectionAppointment, shortNoticePeriods } from './inspection-appointment';

const d = calendarDate;
/** Weekdays, less the England and Wales bank holidays of Christmas 2026 (Friday 25th, Monday 28th, substitute for Boxing Day). */
const HOLIDAYS = new Set(['2026-12-25', '2026-12-28']);
const isWorkingDay = (day: CalendarDate) => ![0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay()) && !HOLIDAYS.has(day);

const request: InspectionRequestReceived = {
  type: 'inspection-request-received',
  effectiveOn: d('2026-12-01'),
  requestId: 'q-1',
  kind: 'inspect',
  requesterName: 'A. Researcher (synthetic)',
  requesterAddress: { commitment: 'a'.repeat(64) },
  member: false,
  purpose: 'a study',
  onwardRecipients: [],
};
const named = (on: string, from = '10:00', until = '12:00', namedOn = '2026-12-01'): InspectionAppointmentNamed => ({
  type: 'inspection-appointment-named',
  effectiveOn: d(namedOn),
  requestId: 'q-1',
  on: d(on),
  from,
  until,
});
const check = (a: InspectionAppointmentNamed, periods = shortNoticePeriods([])) => checkInspectionAppointment(request, a, isWorkingDay, periods);

describe('IN-5: the day and hours named for an inspection (SI 2008/3006 reg 4)', () => {
  it('IN-5: 10 working days after the notice is the earliest day; the 9th is refused naming the earliest', () => {
    // Notice on Tuesday 1 December 2026: ten working days later is Tuesday 15 December.
    expect(check(named('2026-12-15'))).toBe(10);
    expect(errorCode(() => check(named('2026-12-14')))).toBe('INSPECTION_NOTICE_TOO_SHORT');
    try {
      check(named('2026-12-14'));
    } catch (error) {
      expect((error as DomainError).message).toContain('the earliest day is 2026-12-15');
      expect((error as DomainError).details).toMatchObject({ noticeWorkingDays: 10, earliest: '2026-12-15' });
    }
  });

  it('IN-5: bank holidays are not working days, for the notice or for the day named', () => {
    // Notice on Friday 18 December: 21, 22, 23, 24, 29, 30, 31 December, 1 (a holiday in the real calendar, not in this one), 4, 5 January.
    expect(errorCode(() => check(named('2026-12-25', '10:00', '12:00', '2026-12-02')))).toBe('INSPECTION_APPOINTMENT_INVALID');
    expect(errorCode(() => check(named('2027-01-04', '10:00', '12:00', '2026-12-18')))).toBe('INSPECTION_NOTICE_TOO_SHORT');
    expect(check(named('2027-01-05', '10:00', '12:00', '2026-12-18'))).toBe(10);
  });

  it('IN-5: at least 2 hours between 9am and 5pm', () => {
    expect(check(named('2026-12-15', '09:00', '11:00'))).toBe(10);
    expect(check(named('2026-12-15', '15:00', '17:00'))).toBe(10);
    for (const [from, until] of [['08:59', '11:00'], ['15:30', '17:30'], ['10:00', '11:59'], ['12:00', '10:00']]) {
      expect(errorCode(() => check(named('2026-12-15', from, until)))).toBe('INSPECTION_APPOINTMENT_INVALID');
    }
    expect(errorCode(() => check(named('2026-12-19')))).toBe('INSPECTION_APPOINTMENT_INVALID');
  });

  it('IN-5: 2 working days suffice for notice given during a general meeting’s notice period, not after the meeting', () => {
    const meeting = { procedure: 'general-meeting', noticeGivenOn: d('2026-11-25'), meetingOn: d('2026-12-10') } as GeneralMeetingResolution;
    const periods = shortNoticePeriods([meeting as Resolution]);
    expect(check(named('2026-12-03'), periods)).toBe(2);
    expect(errorCode(() => check(named('2026-12-02'), periods))).toBe('INSPECTION_NOTICE_TOO_SHORT');
    expect(errorCode(() => check(named('2026-12-14', '10:00', '12:00', '2026-12-11'), periods))).toBe('INSPECTION_NOTICE_TOO_SHORT');
  });

  it('IN-5: a copy request names no day, and a notice cannot precede the request', () => {
    expect(errorCode(() => checkInspectionAppointment({ ...request, kind: 'copy' }, named('2026-12-15'), isWorkingDay, []))).toBe('INSPECTION_APPOINTMENT_INVALID');
    expect(errorCode(() => check(named('2026-12-15', '10:00', '12:00', '2026-11-30')))).toBe('INSPECTION_APPOINTMENT_INVALID');
  });
});
