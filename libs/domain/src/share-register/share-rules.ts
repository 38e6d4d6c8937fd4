import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import type { ArticlesSettings } from '../company/company';
import { DomainError } from '../errors';
import type { ShareRecord } from './register-records';
import { shareOf, type ShareAllotment, type ShareCancellation, type ShareEvent, type ShareTransfer } from './share-event';

/*
 * The rules a share event must meet that need nothing but the event, the articles and dates the
 * register already knows; ShareRegister applies them with its own state.
 */

/** Every event: on or after incorporation, and a positive whole share number (RM-5). */
export function checkEventBasics(event: ShareEvent, incorporatedOn: CalendarDate): void {
  if (compareDates(event.effectiveOn, incorporatedOn) < 0) {
    throw new DomainError(
      'EVENT_BEFORE_INCORPORATION',
      `${event.effectiveOn} is before the company was incorporated on ${incorporatedOn}`,
      { field: 'effectiveOn', eventId: event.eventId, effectiveOn: event.effectiveOn, incorporatedOn },
    );
  }
  const shareNumber = shareOf(event);
  if (shareNumber !== null && (!Number.isSafeInteger(shareNumber) || shareNumber < 1)) {
    throw new DomainError('INVALID_SHARE_NUMBER', `share number must be a positive whole number`, { shareNumber });
  }
}

/**
 * An allotment's terms against the articles: class, nominal value, amounts in pence, paid up at most
 * nominal (RM-1, SH-1); a subscriber's share only on the day of incorporation (FC-1).
 */
export function checkAllotmentTerms(event: ShareAllotment, articles: ArticlesSettings, incorporatedOn: CalendarDate): void {
  if (event.subscriber && event.effectiveOn !== incorporatedOn) {
    throw new DomainError(
      'SUBSCRIBER_SHARE_NOT_ON_INCORPORATION',
      `a subscriber's share is taken on incorporation (${incorporatedOn}), not on ${event.effectiveOn}; later shares are allotted`,
      { shareNumber: event.shareNumber },
    );
  }
  if (event.shareClass !== articles.shareClass) {
    throw new DomainError(
      'SHARE_CLASS_NOT_IN_ARTICLES',
      `the articles provide for ${articles.shareClass} shares, not "${event.shareClass}"`,
    );
  }
  if (!isPence(event.nominalPence) || !isPence(event.paidUpPence)) {
    throw new DomainError('INVALID_AMOUNT', 'amounts are whole numbers of pence, not negative');
  }
  if (event.nominalPence !== articles.nominalValuePence) {
    throw new DomainError(
      'NOMINAL_VALUE_NOT_IN_ARTICLES',
      `the articles set a nominal value of ${articles.nominalValuePence}p a share, not ${event.nominalPence}p`,
    );
  }
  if (event.paidUpPence > event.nominalPence) {
    throw new DomainError(
      'PAID_UP_EXCEEDS_NOMINAL',
      `paid up ${event.paidUpPence}p is more than the nominal value ${event.nominalPence}p`,
      { field: 'paidUpPence', paidUpPence: event.paidUpPence, nominalPence: event.nominalPence },
    );
  }
}

/**
 * RM-3: a change cannot take effect before the last change to what it depends on (`what`: "share 9",
 * "member m1", "the practice's entry"), or the register as at the dates between would be rewritten.
 */
export function checkNotBefore(what: string, lastChangedOn: CalendarDate | undefined, event: ShareEvent, details: Record<string, unknown>): void {
  if (lastChangedOn !== undefined && compareDates(event.effectiveOn, lastChangedOn) < 0) {
    throw new DomainError(
      'EVENT_PREDATES_DEPENDENCY',
      `${what} last changed on ${lastChangedOn}; a later change cannot take effect on ${event.effectiveOn}`,
      { ...details, lastChangedOn },
    );
  }
}

/** Events sorted by effective date; a stable sort, so same-day events keep their recorded order. */
export function inEffectiveOrder<E extends { effectiveOn: CalendarDate }>(events: readonly E[]): E[] {
  return [...events].sort((a, b) => compareDates(a.effectiveOn, b.effectiveOn));
}

function isPence(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/**
 * SR-1: a share is forfeited only for a call unpaid on it, so only one not fully paid; cancelling a
 * fully paid share is a surrender, a buy-back or a reduction of capital. Throws
 * `FORFEITURE_OF_FULLY_PAID_SHARE`; any other cancellation passes.
 */
export function checkForfeitable(event: ShareCancellation, share: ShareRecord): void {
  if (event.reason !== 'forfeiture' || share.paidUpPence < share.nominalPence) return;
  throw new DomainError(
    'FORFEITURE_OF_FULLY_PAID_SHARE',
    `share ${event.shareNumber} is fully paid: a share is forfeited only for a call unpaid on it; cancelling it otherwise is a surrender, a buy-back or a reduction of capital (SR-1)`,
    { shareNumber: event.shareNumber, paidUpPence: share.paidUpPence, nominalPence: share.nominalPence },
  );
}

/**
 * SH-4 (CIC: CIC Regulations 2005 Sch 2, the asset lock): a community interest company buying back its
 * own share pays no more than the share's paid-up value. Throws `BUY_BACK_PRICE_ABOVE_PAID_UP` naming
 * `pricePence` and the share's `paidUpPence`; a buy-back with no price given, or any other cancellation, passes.
 */
export function checkBuyBackPrice(event: ShareCancellation, share: ShareRecord): void {
  if (event.reason !== 'buy-back' || event.pricePence === undefined || event.pricePence <= share.paidUpPence) return;
  throw new DomainError(
    'BUY_BACK_PRICE_ABOVE_PAID_UP',
    `share ${event.shareNumber} is paid up to ${share.paidUpPence}p: a community interest company buys back its shares for no more than their paid-up value (SH-4), not ${event.pricePence}p`,
    { field: 'pricePence', shareNumber: event.shareNumber, pricePence: event.pricePence, paidUpPence: share.paidUpPence },
  );
}

/** SH-3, SH-4: the share, checked to have been allotted (`SHARE_NOT_ISSUED`) and not cancelled (`SHARE_ALREADY_CANCELLED`). */
export function shareInIssue(share: ShareRecord | undefined, shareNumber: number): ShareRecord & { holderId: string } {
  if (!share) {
    throw new DomainError('SHARE_NOT_ISSUED', `share ${shareNumber} has not been allotted`, { shareNumber });
  }
  if (share.holderId === null) {
    throw new DomainError('SHARE_ALREADY_CANCELLED', `share ${shareNumber} was cancelled on ${share.cancelledOn}`, { shareNumber });
  }
  return share as ShareRecord & { holderId: string };
}

/**
 * SH-3, SH-4: only the holder can transfer or give up a share. Throws `SHARE_NOT_HELD_BY_MEMBER`
 * ("share 9 was held by X on `on`, not Y") when `share` is held by another member; `nameOf` names members.
 */
export function checkHeldBy(share: ShareRecord & { holderId: string }, memberId: string, on: CalendarDate, nameOf: (memberId: string) => string | undefined): void {
  if (share.holderId === memberId) return;
  const holder = nameOf(share.holderId) ?? share.holderId;
  const named = nameOf(memberId) ?? `member ${memberId}`;
  throw new DomainError('SHARE_NOT_HELD_BY_MEMBER', `share ${share.shareNumber} was held by ${holder} on ${on}, not ${named}`, {
    shareNumber: share.shareNumber,
    memberId,
    holderId: share.holderId,
  });
}

/** SH-3: a transfer is registered on or after the day it was lodged (s.771); throws `TRANSFER_REGISTERED_BEFORE_LODGED`. */
export function checkTransferLodged(event: ShareTransfer): void {
  if (compareDates(event.effectiveOn, event.lodgedOn) >= 0) return;
  throw new DomainError('TRANSFER_REGISTERED_BEFORE_LODGED', `a transfer cannot be registered (${event.effectiveOn}) before it was lodged (${event.lodgedOn})`);
}

/** A share number is never reused, even after the share is cancelled; throws `SHARE_NUMBER_ALREADY_USED` when `used`. */
export function checkShareNumberUnused(used: boolean, shareNumber: number): void {
  if (used) throw new DomainError('SHARE_NUMBER_ALREADY_USED', `share number ${shareNumber} has been used before and is never reused`, { shareNumber });
}
