import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { resolutionOutcome, type Resolution } from '../governance/resolution-outcome';
import { addWorkingDays } from '../calendar/working-days';
import { type InspectionAppointmentNamed, type InspectionRequestReceived } from './inspection';

/** IN-5: working days' notice of the day named for an inspection (SI 2008/3006 reg 4). */
export const INSPECTION_NOTICE_WORKING_DAYS = 10;
/** IN-5: the notice when it is given during a general meeting's notice period or a written resolution's circulation period. */
export const INSPECTION_SHORT_NOTICE_WORKING_DAYS = 2;
/** IN-5: the shortest inspection, in minutes, and the hours it falls within (local time, `HH:MM`). */
export const INSPECTION_MINIMUM_MINUTES = 120;
/** IN-5: the hours an inspection falls within, on a working day (local time in England, `HH:MM`). */
export const INSPECTION_HOURS = { from: '09:00', until: '17:00' } as const;

/** A period during which two working days' notice is enough (IN-5): from its first day to its last, both included. */
export interface ShortNoticePeriod {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  /** What the period is, for the message: e.g. "the notice period of the general meeting of 2026-12-10". */
  readonly what: string;
}

/**
 * IN-5 (reg 4(4)): the periods in which two working days' notice of an inspection is enough: a general
 * meeting's, from the day notice was given to the day it is held (the last day it sits, when
 * adjourned); a members' written resolution's, from its circulation to the day it passes or lapses.
 */
export function shortNoticePeriods(resolutions: Iterable<Resolution>): ShortNoticePeriod[] {
  const periods: ShortNoticePeriod[] = [];
  for (const r of resolutions) {
    if (r.procedure === 'general-meeting') periods.push({ from: r.noticeGivenOn, to: r.meetingOn, what: `the notice period of the general meeting of ${r.meetingOn}` });
    if (r.procedure === 'members-written') {
      const to = resolutionOutcome(r, r.lapsesOn).passedOn ?? r.lapsesOn;
      periods.push({ from: r.circulatedOn, to, what: `the period of the written resolution circulated on ${r.circulatedOn}` });
    }
  }
  return periods;
}

/**
 * IN-5 (SI 2008/3006 reg 4): checks the day and hours a requester named for an inspection. Throws
 * `INSPECTION_APPOINTMENT_INVALID` (a copy request, named before the request was received, a day that
 * is not a working day, hours outside 9am–5pm or shorter than two hours) and `INSPECTION_NOTICE_TOO_SHORT`
 * (fewer than 10 working days after the notice, or 2 when the notice was given in a `ShortNoticePeriod`),
 * naming the first day that could be named. Returns the notice that applied, in working days.
 */
export function checkInspectionAppointment(
  request: InspectionRequestReceived,
  appointment: InspectionAppointmentNamed,
  isWorkingDay: (d: CalendarDate) => boolean,
  periods: readonly ShortNoticePeriod[],
): number {
  const invalid = (why: string): never => {
    throw new DomainError('INSPECTION_APPOINTMENT_INVALID', why, { requestId: request.requestId });
  };
  if (request.kind !== 'inspect') invalid('a day and hours are named only for a request to inspect, not for a copy');
  if (compareDates(appointment.effectiveOn, request.effectiveOn) < 0) invalid(`the notice cannot be dated before the request was received on ${request.effectiveOn}`);
  if (!isWorkingDay(appointment.on)) invalid(`${appointment.on} is not a working day (a weekend day or an England and Wales bank holiday)`);
  const from = minutesOf(appointment.from) ?? invalid(`from must be a time of day as HH:MM, not ${appointment.from}`);
  const until = minutesOf(appointment.until) ?? invalid(`until must be a time of day as HH:MM, not ${appointment.until}`);
  if (from < minutesOf(INSPECTION_HOURS.from)! || until > minutesOf(INSPECTION_HOURS.until)!) invalid(`an inspection is between 9am and 5pm, not ${appointment.from}–${appointment.until}`);
  if (until - from < INSPECTION_MINIMUM_MINUTES) invalid(`an inspection lasts at least 2 hours, not ${appointment.from}–${appointment.until}`);
  const period = periods.find((p) => compareDates(p.from, appointment.effectiveOn) <= 0 && compareDates(appointment.effectiveOn, p.to) <= 0);
  const notice = period ? INSPECTION_SHORT_NOTICE_WORKING_DAYS : INSPECTION_NOTICE_WORKING_DAYS;
  const earliest = addWorkingDays(appointment.effectiveOn, notice, isWorkingDay);
  if (compareDates(appointment.on, earliest) < 0) {
    const why = period ? `notice given during ${period.what}` : 'notice';
    throw new DomainError(
      'INSPECTION_NOTICE_TOO_SHORT',
      `an inspection needs ${notice} working days' ${why} (IN-5, SI 2008/3006 reg 4): with notice on ${appointment.effectiveOn} the earliest day is ${earliest}, not ${appointment.on}`,
      { requestId: request.requestId, noticeWorkingDays: notice, earliest },
    );
  }
  return notice;
}

function minutesOf(time: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}
