import { checkNotBeforeIncorporation, checkNotDatedAfterRecording, deemedDeliveryOn, type CalendarDate, type Instant, type IsWorkingDay, type NoticeSent, type NoticeSentBy } from '#domain';
import { invalid } from './resolution-fields';

/** The notice fields of a general meeting as a request gives them. */
export interface NoticeFields {
  readonly noticeGivenOn?: CalendarDate;
  readonly noticeSentOn?: CalendarDate;
  readonly noticeSentBy?: NoticeSentBy;
}

/** Why a general meeting without its notice is refused (400 naming `noticeGivenOn`). */
export const NOTICE_NEEDED = 'a general meeting needs the day its notice was sent with how (noticeSentOn, noticeSentBy), or the day it was deemed delivered (noticeGivenOn)';

/** The notice of a general meeting: the day it is deemed delivered and, when given, the day it was sent and how. */
export interface NoticeOf {
  /** Undefined when neither the day of delivery nor the day sent was given. */
  readonly givenOn: CalendarDate | undefined;
  readonly sent: NoticeSent | undefined;
  /** The field a refusal about the notice's day names: `noticeSentOn` when the day sent was given. */
  readonly field: 'noticeGivenOn' | 'noticeSentOn';
}

/**
 * The notice as given: `noticeGivenOn` as it stands, or worked out from `noticeSentOn` and
 * `noticeSentBy` (MT-2, s.1147: `deemedDeliveryOn`, with the working days of England and Wales).
 * Throws 400 `VALIDATION_FAILED` naming the field for one of the pair without the other, or for the
 * day of delivery given with the day sent.
 */
export function noticeOf(dto: NoticeFields, isWorkingDay: IsWorkingDay): NoticeOf {
  const { noticeGivenOn, noticeSentOn, noticeSentBy } = dto;
  if (noticeSentOn === undefined && noticeSentBy === undefined) return { givenOn: noticeGivenOn, sent: undefined, field: 'noticeGivenOn' };
  if (noticeSentOn === undefined) invalid('noticeSentOn', 'noticeSentBy needs noticeSentOn, the day the notice was sent');
  if (noticeSentBy === undefined) invalid('noticeSentBy', 'noticeSentOn needs noticeSentBy, how the notice was sent: hand, post or electronic');
  if (noticeGivenOn !== undefined) {
    invalid('noticeGivenOn', 'give the day the notice was sent (noticeSentOn, noticeSentBy) or the day it was deemed delivered (noticeGivenOn), not both');
  }
  const sent = { on: noticeSentOn, by: noticeSentBy };
  return { givenOn: deemedDeliveryOn(sent, isWorkingDay), sent, field: 'noticeSentOn' };
}

/**
 * A meeting's notice dated in the company's life: the day it was sent, when given, not before
 * incorporation nor after today (422 naming `noticeSentOn`; the day it is deemed delivered may be
 * after today); else the day it was given, not before incorporation (naming `noticeGivenOn`).
 */
export function checkNoticeDated(notice: NoticeOf, incorporatedOn: CalendarDate, recordedAt: Instant): void {
  if (notice.sent !== undefined) {
    checkNotBeforeIncorporation('the sending of the notice', notice.sent.on, incorporatedOn, 'noticeSentOn');
    checkNotDatedAfterRecording('the sending of the notice', notice.sent.on, recordedAt, 'noticeSentOn');
  } else if (notice.givenOn !== undefined) checkNotBeforeIncorporation('the notice of the meeting', notice.givenOn, incorporatedOn, 'noticeGivenOn');
}
