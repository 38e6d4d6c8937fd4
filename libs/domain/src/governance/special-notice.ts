import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { clearDaysBetween } from './notice-delivery';
import type { ResolutionMatter } from './resolution';

/** s.312(1): special notice is given to the company at least this many days (clear days, s.360) before the meeting. */
export const SPECIAL_NOTICE_DAYS = 28;

/** Whether a members' resolution on `matter` needs special notice: removing a director (s.168(2)) or an auditor (s.511(1)). */
export function needsSpecialNotice(matter: ResolutionMatter | undefined): boolean {
  return matter === 'removal-of-director' || matter === 'removal-of-auditor';
}

/** A resolution put to a general meeting, with the day the company received special notice of it, if any. */
export interface SpecialNoticeFacts {
  readonly matter?: ResolutionMatter;
  /** The day the company received notice of the intention to move the resolution. */
  readonly specialNoticeReceivedOn?: CalendarDate;
  /** The day notice of the meeting was given: the day the meeting was called. */
  readonly noticeGivenOn: CalendarDate;
  readonly meetingOn: CalendarDate;
  /** The request's field a refusal names in its details (`field`); `specialNoticeReceivedOn` unless given. */
  readonly field?: string;
}

/**
 * s.168(2), s.511(1), s.312: a resolution at a general meeting to remove a director or an auditor is
 * effective only if the company received notice of the intention to move it at least 28 clear days
 * before the meeting (s.312(1), s.360); or, when less, before the meeting was called: a meeting called
 * after the special notice was received, for a day within 28 days of it, makes the notice properly
 * given (s.312(4)). Checked when the resolution is proposed.
 * @throws DomainError `SPECIAL_NOTICE_REQUIRED` (no day given), `SPECIAL_NOTICE_TOO_LATE` (received after
 *   the meeting was called, with fewer than 28 clear days before it), `SPECIAL_NOTICE_NOT_NEEDED` (a day
 *   given for a resolution on another matter); details name the `field`, the days and `clearDays`.
 */
export function checkSpecialNotice(facts: SpecialNoticeFacts): void {
  const { matter, specialNoticeReceivedOn: receivedOn, noticeGivenOn, meetingOn } = facts;
  const field = facts.field ?? 'specialNoticeReceivedOn';
  if (!needsSpecialNotice(matter)) {
    if (receivedOn === undefined) return;
    throw new DomainError('SPECIAL_NOTICE_NOT_NEEDED', 'special notice (s.312) is given only of a resolution to remove a director (s.168) or an auditor (s.511)', { field, specialNoticeReceivedOn: receivedOn });
  }
  const what = matter === 'removal-of-director' ? 'to remove a director (s.168(2))' : 'to remove an auditor (s.511(1))';
  if (receivedOn === undefined) {
    throw new DomainError('SPECIAL_NOTICE_REQUIRED', { text: `a resolution ${what} needs special notice: give the day the company received notice of the intention to move it (s.312)` }, { field, meetingOn });
  }
  if (compareDates(receivedOn, meetingOn) >= 0) {
    throw new DomainError(
      'SPECIAL_NOTICE_TOO_LATE',
      { text: `special notice received on {specialNoticeReceivedOn} is not before the meeting on {meetingOn}: a resolution ${what} is moved only on notice the company received before it (s.312(1), (4))` },
      { field, specialNoticeReceivedOn: receivedOn, noticeGivenOn, meetingOn, clearDays: 0 },
    );
  }
  const clearDays = clearDaysBetween(receivedOn, meetingOn);
  const calledAfter = compareDates(receivedOn, noticeGivenOn) <= 0;
  if (clearDays >= SPECIAL_NOTICE_DAYS || calledAfter) return;
  throw new DomainError(
    'SPECIAL_NOTICE_TOO_LATE',
    { text: `special notice received on {specialNoticeReceivedOn} is {clearDays} clear days before the meeting on {meetingOn}, and after it was called on {noticeGivenOn}: a resolution ${what} needs 28 (s.312(1), (4))` },
    { field, specialNoticeReceivedOn: receivedOn, noticeGivenOn, meetingOn, clearDays },
  );
}
