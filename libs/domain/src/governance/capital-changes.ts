import { addDays, compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { Company } from '../company/company';
import type { ShareEvent, ShareMovement } from '../share-register/share-event';
import { ShareRegister } from '../share-register/share-register';
import type { GovernanceSettings, ShareEventAuthority } from './governance-settings';
import { clearDaysBetween } from './notice-delivery';
import { buyBackShares, type ShareAuthorisation } from './resolution';
import { authorityOf, resolutionOutcome, type Resolution } from './resolution-outcome';

/** s.642(1): the solvency statement is made not more than 15 days before the special resolution. */
const SOLVENCY_STATEMENT_DAYS = 15;

/**
 * SR-1: whether a share event cancels issued shares outside a buy-back or a forfeiture, and so
 * reduces the company's capital (s.641): a `cancellation`, and a `surrender` (the company accepting
 * a fully paid share back from its holder, as the surplus share on a merger, SH-5).
 */
export function reducesCapital(event: ShareMovement): boolean {
  return event.type === 'cancellation' && (event.reason === 'cancellation' || event.reason === 'surrender');
}

/**
 * The resolution the articles require for a share event (SR-1, SR-2): a buy-back, and a cancellation
 * or surrender that reduces capital ({@link reducesCapital}), by `capitalAuthority` (statute: members'
 * ordinary and special resolutions); a forfeiture by the articles' `forfeiture` provision (checked
 * first by {@link checkForfeiture}); an allotment or a transfer by `shareEventAuthority`.
 */
export function authorityFor(event: ShareMovement, settings: GovernanceSettings): ShareEventAuthority {
  if (event.type === 'cancellation' && event.reason === 'buy-back') return settings.capitalAuthority['buy-back'];
  if (reducesCapital(event)) return settings.capitalAuthority.reduction;
  if (event.type === 'cancellation' && event.reason === 'forfeiture' && settings.forfeiture !== null) return settings.forfeiture.authority;
  return settings.shareEventAuthority[event.type];
}

/**
 * SR-1: a share is forfeited only where the company's articles provide for it (the model articles
 * for private companies do not: `FORFEITURE_NOT_IN_ARTICLES`), after the notice requiring payment
 * that they prescribe, given at least their clear days before the forfeiture
 * (`FORFEITURE_WITHOUT_NOTICE`, `FORFEITURE_NOTICE_TOO_SHORT`). A forfeiture is not a reduction of
 * capital: no solvency statement and no SH19.
 */
export function checkForfeiture(event: ShareMovement, settings: GovernanceSettings): void {
  if (event.type !== 'cancellation' || event.reason !== 'forfeiture') return;
  const provision = settings.forfeiture;
  if (provision === null) {
    throw new DomainError(
      'FORFEITURE_NOT_IN_ARTICLES',
      `share ${event.shareNumber} cannot be forfeited: the company's articles make no provision for forfeiture (as the model articles for private companies, whose shares are fully paid); cancelling it otherwise is a surrender, a buy-back or a reduction of capital (SR-1)`,
      { shareNumber: event.shareNumber },
    );
  }
  if (provision.noticeClearDays === 0) return;
  const noticeOn = event.forfeitureNoticeOn;
  if (noticeOn === undefined) {
    throw new DomainError(
      'FORFEITURE_WITHOUT_NOTICE',
      `the articles allow share ${event.shareNumber} to be forfeited only after a notice requiring payment: give the day it was given (forfeitureNoticeOn)`,
      { shareNumber: event.shareNumber, noticeClearDays: provision.noticeClearDays },
    );
  }
  const clearDays = clearDaysBetween(noticeOn, event.effectiveOn);
  if (clearDays < provision.noticeClearDays) {
    throw new DomainError(
      'FORFEITURE_NOTICE_TOO_SHORT',
      `the notice requiring payment (${noticeOn}) must be given at least ${provision.noticeClearDays} clear days before the forfeiture (${event.effectiveOn}); it was ${Math.max(clearDays, 0)}`,
      { shareNumber: event.shareNumber, forfeitureNoticeOn: noticeOn, noticeClearDays: provision.noticeClearDays },
    );
  }
}

/**
 * SR-1: a cancellation or a surrender reduces capital ({@link reducesCapital}) and is supported by a
 * solvency statement (s.642), made on or before the reduction, or by the court's order (s.648).
 * Throws `REDUCTION_WITHOUT_SOLVENCY_STATEMENT` or `SOLVENCY_STATEMENT_OUT_OF_TIME`; a surrender's
 * message says that a surrender is a reduction of capital and what it needs.
 */
export function checkReductionSupport(event: ShareMovement): void {
  if (event.type !== 'cancellation' || !reducesCapital(event)) return;
  if (event.solvencyStatementOn === undefined && event.courtOrderReference === undefined) {
    const what =
      event.reason === 'surrender'
        ? `surrendering share ${event.shareNumber} is a reduction of capital (SR-1, s.641): it needs a special resolution supported by the directors' solvency statement made in the ${SOLVENCY_STATEMENT_DAYS} days before it (s.642), or the court's confirmation; give the date of the solvency statement or the reference of the court's order (s.648)`
        : `cancelling share ${event.shareNumber} reduces the company's capital: give the date of the directors' solvency statement (s.642) or the reference of the court's order (s.648)`;
    throw new DomainError('REDUCTION_WITHOUT_SOLVENCY_STATEMENT', what, { shareNumber: event.shareNumber, reason: event.reason });
  }
  if (event.solvencyStatementOn !== undefined && compareDates(event.solvencyStatementOn, event.effectiveOn) > 0) {
    const what = event.reason === 'surrender' ? 'the surrender (a reduction of capital, SR-1)' : 'the reduction';
    throw new DomainError(
      'SOLVENCY_STATEMENT_OUT_OF_TIME',
      `the solvency statement (${event.solvencyStatementOn}) must be made before ${what} takes effect (${event.effectiveOn})`,
      { shareNumber: event.shareNumber, solvencyStatementOn: event.solvencyStatementOn },
    );
  }
}

/**
 * The checks on the members' resolution relied on for a buy-back or a reduction (none for a board
 * resolution, which the articles may have allowed instead):
 * - SR-2 (s.695): the buy-back's resolution passes without the selling member's agreement or votes
 *   (on a written resolution the seller is not an eligible member), else `BUY_BACK_CARRIED_BY_SELLER`;
 * - SR-1 (s.642(1)): for a cancellation or surrender that reduces capital, the solvency statement is
 *   made in the 15 days before the special resolution, else `SOLVENCY_STATEMENT_OUT_OF_TIME`.
 */
export function checkCapitalResolution(event: ShareMovement, relied: Resolution | null): void {
  if (event.type !== 'cancellation' || relied === null || authorityOf(relied) === 'board') return;
  if (event.reason === 'buy-back') {
    const without = withoutMember(relied, event.memberId);
    const outcome = resolutionOutcome(without, event.effectiveOn);
    if (outcome.status !== 'passed') {
      throw new DomainError(
        'BUY_BACK_CARRIED_BY_SELLER',
        `resolution ${relied.id} approves the buy-back of share ${event.shareNumber} only with the selling member's votes, which do not count (s.695): without them it is ${outcome.status}`,
        { resolutionId: relied.id, memberId: event.memberId },
      );
    }
  }
  if (reducesCapital(event) && event.solvencyStatementOn !== undefined) {
    const passedOn = resolutionOutcome(relied, event.effectiveOn).passedOn;
    if (passedOn !== null && (compareDates(event.solvencyStatementOn, passedOn) > 0 || compareDates(event.solvencyStatementOn, addDays(passedOn, -SOLVENCY_STATEMENT_DAYS)) < 0)) {
      throw new DomainError(
        'SOLVENCY_STATEMENT_OUT_OF_TIME',
        `the solvency statement (${event.solvencyStatementOn}) must be made in the ${SOLVENCY_STATEMENT_DAYS} days before the special resolution passed on ${passedOn} (s.642(1))`,
        { resolutionId: relied.id, solvencyStatementOn: event.solvencyStatementOn },
      );
    }
  }
}

/**
 * SR-2 (s.694): a resolution approves the buy-back only of a share in issue on its day (`on`: the
 * circulation date of a written resolution, the day of a meeting), as the register of shares folded
 * from `events` shows it then. Throws `SHARE_NOT_ISSUED` (not allotted by then) or
 * `SHARE_ALREADY_CANCELLED` (cancelled on or before it).
 */
export function checkBuyBacksInIssue(company: Company, events: readonly ShareEvent[], on: CalendarDate, authorises: readonly ShareAuthorisation[]): void {
  const shares = buyBackShares(authorises);
  if (shares.size === 0) return;
  const register = ShareRegister.fold(company, events.filter((e) => compareDates(e.effectiveOn, on) <= 0));
  for (const shareNumber of shares) {
    const share = register.share(shareNumber);
    if (share === undefined) {
      throw new DomainError('SHARE_NOT_ISSUED', `share ${shareNumber} had not been allotted on ${on}, the resolution's date, so there is no share of that number to buy back (s.694)`, { shareNumber, on });
    }
    if (share.holderId === null) {
      throw new DomainError('SHARE_ALREADY_CANCELLED', `share ${shareNumber} was cancelled on ${share.cancelledOn}, on or before the resolution's date (${on}), so there is nothing to buy back (s.694)`, { shareNumber, on });
    }
  }
}

/** The resolution as if `memberId` had had no vote on it (s.695). */
function withoutMember(resolution: Resolution, memberId: string): Resolution {
  switch (resolution.procedure) {
    case 'members-written':
      return {
        ...resolution,
        eligible: resolution.eligible.filter((m) => m.memberId !== memberId),
        agreements: resolution.agreements.filter((a) => a.memberId !== memberId),
      };
    case 'general-meeting':
      return { ...resolution, votes: resolution.votes.filter((v) => v.memberId !== memberId) };
    default:
      return resolution;
  }
}
