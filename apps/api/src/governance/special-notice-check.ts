import { type CalendarDate, checkDatedInCompanyLife, checkSpecialNotice, type Instant, type ResolutionMatter } from '#domain';

/**
 * s.168(2), s.511, s.312: a resolution (or a meeting's item) at a general meeting removing a director or
 * an auditor names the day the company received special notice of it, in the company's life and not
 * after today, and in time (`checkSpecialNotice`); any other names none. `field`: the request's field,
 * named in a refusal's details (`specialNoticeReceivedOn`, `items.1.specialNoticeReceivedOn`).
 * @throws DomainError EVENT_BEFORE_INCORPORATION, DATED_AFTER_RECORDING,
 *   SPECIAL_NOTICE_REQUIRED, SPECIAL_NOTICE_TOO_LATE, SPECIAL_NOTICE_NOT_NEEDED.
 */
export function checkSpecialNoticeOf(
  item: { readonly matter?: ResolutionMatter; readonly specialNoticeReceivedOn?: CalendarDate },
  meeting: { readonly noticeGivenOn: CalendarDate; readonly meetingOn: CalendarDate },
  incorporatedOn: CalendarDate,
  recordedAt: Instant,
  field: string,
): void {
  const receivedOn = item.specialNoticeReceivedOn;
  if (receivedOn !== undefined) {
    checkDatedInCompanyLife('the special notice', receivedOn, recordedAt, incorporatedOn, field);
  }
  checkSpecialNotice({ matter: item.matter, specialNoticeReceivedOn: receivedOn, ...meeting, field });
}
