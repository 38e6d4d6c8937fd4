import type { CalendarDate } from '../calendar/calendar-date';
import { addWorkingDays, type IsWorkingDay } from '../calendar/working-days';
import { DomainError } from '../errors';

/**
 * How the company sent a notice to its members: handed to them (or left at their address), posted
 * in the United Kingdom prepaid and properly addressed, or sent by electronic means such as email
 * (Companies Act 2006 s.1147(2), (3)).
 */
export type NoticeSentBy = 'hand' | 'post' | 'electronic';

/** Every way of sending a notice, in the order a form offers them. */
export const NOTICE_SENT_BY: readonly NoticeSentBy[] = ['hand', 'post', 'electronic'];

/** The day a notice was sent or handed over (a calendar date in England) and how. */
export interface NoticeSent {
  readonly on: CalendarDate;
  readonly by: NoticeSentBy;
}

/**
 * MT-2 (s.1147): a meeting refused as not after the day its notice is given (`MEETING_BEFORE_NOTICE`),
 * worded with that day and, when recorded, how the notice was sent and when: "a meeting on 2026-12-08
 * must be after the day its notice is given, 2026-12-08: posted on 2026-12-04, it is deemed delivered
 * 48 hours later, not counting weekends and bank holidays (s.1147)". Details: `meetingOn`,
 * `noticeGivenOn`, and `noticeSentOn`, `noticeSentBy` when sent.
 */
export function meetingBeforeNotice(meetingOn: CalendarDate, noticeGivenOn: CalendarDate, sent: NoticeSent | undefined): DomainError {
  const how =
    sent === undefined ? '' : sent.by === 'hand' ? ', the day it was handed over' : `: ${NOTICE_SENT_BY_IN_WORDS[sent.by]} on {noticeSentOn}, it is deemed delivered ${DEEMED_DELIVERY_WORDS} (s.1147)`;
  return new DomainError(
    'MEETING_BEFORE_NOTICE',
    { text: `a meeting on {meetingOn} must be after the day its notice is given, {noticeGivenOn}${how}` },
    { meetingOn, noticeGivenOn, ...(sent !== undefined ? { noticeSentOn: sent.on, noticeSentBy: sent.by } : {}) },
  );
}

/** How long after posting or sending a notice is deemed delivered, in words (s.1147(2), (3), (5)). */
export const DEEMED_DELIVERY_WORDS = '48 hours later, not counting weekends and bank holidays';

/** How each way of sending reads in a sentence: "posted". */
export const NOTICE_SENT_BY_IN_WORDS: Readonly<Record<NoticeSentBy, string>> = { hand: 'handed over', post: 'posted', electronic: 'sent electronically' };

/** Hours after posting or sending at which a notice is deemed received, counted on working days only (s.1147(2), (3), (5)). */
export const DEEMED_DELIVERY_WORKING_HOURS = 48;

/**
 * MT-2 (s.1147): the day a notice is deemed delivered, from which its clear days are counted (s.360).
 *
 * - By hand: the day it was handed over.
 * - By post or electronic means: 48 hours after it was sent, not counting any part of a day that is
 *   not a working day (s.1147(5)). Sent at any hour of a working day, the 48 hours end at that hour
 *   two working days later; sent on a day that is not a working day, they start at the beginning of
 *   the next working day and end at the beginning of the second working day after it, which is taken
 *   as the day of delivery (the later of the two days the instant falls between, so that the clear
 *   days are never overstated). Sent on Friday 6 March 2026: delivered Tuesday 10 March.
 *
 * The model articles make no contrary provision (s.1147(6)); notice by website (s.1147(4)) is not
 * covered. `isWorkingDay` says which days are working days (s.1173). Pure; throws nothing.
 */
export function deemedDeliveryOn(sent: NoticeSent, isWorkingDay: IsWorkingDay): CalendarDate {
  if (sent.by === 'hand') return sent.on;
  const workingDays = DEEMED_DELIVERY_WORKING_HOURS / 24;
  if (isWorkingDay(sent.on)) return addWorkingDays(sent.on, workingDays, isWorkingDay);
  const firstWorkingDay = addWorkingDays(sent.on, 1, isWorkingDay);
  return addWorkingDays(firstWorkingDay, workingDays, isWorkingDay);
}

/** MT-2: clear days between notice and meeting, leaving out both days (s.360): notice on the 1st, meeting on the 16th: 14. */
export function clearDaysBetween(noticeGivenOn: CalendarDate, meetingOn: CalendarDate): number {
  const day = 24 * 60 * 60 * 1000;
  return Math.round((Date.parse(meetingOn) - Date.parse(noticeGivenOn)) / day) - 1;
}
