import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { authorityOf, resolutionOutcome, type Resolution } from '../governance/resolution-outcome';
import { MATTER_NAMES } from '../governance/resolution';
import { changesInRuns } from '../governance/share-authority';

/**
 * CI-3 (reg 17(1)(b)): whether `resolution` is of a kind that may approve a dividend, whatever its
 * outcome: a members' resolution, for no matter the law treats apart, authorising no change to the
 * shares. What a form offers; {@link checkApproval} says which of these a refused one fails.
 */
export function mayApproveDividend(resolution: Resolution): boolean {
  return authorityOf(resolution) !== 'board' && !('matter' in resolution && resolution.matter !== 'general') && resolution.authorises.length === 0;
}

/**
 * CI-3 (CIC Regulations 2005 reg 17(1)(b)): the dividend's resolution is a members' ordinary or special
 * resolution, for no matter the law treats apart and authorising no change to the shares, passed on or
 * before the declaration date. Throws `RESOLUTION_NOT_FOUND` or `DIVIDEND_NOT_APPROVED` (details
 * `field: 'resolutionId'`, `reference`, `declaredOn` and the `reason`: `board`, `another-matter` with
 * its `matter`, `share-changes`, `passed-later` with `passedOn`, or the outcome's status).
 */
export function checkApproval(
  d: { readonly resolutionId: string; readonly declaredOn: CalendarDate },
  context: { readonly resolution: Resolution | undefined; readonly resolutionReference?: string },
): void {
  const resolution = context.resolution;
  if (resolution === undefined) {
    throw new DomainError('RESOLUTION_NOT_FOUND', `resolution ${d.resolutionId} was not found`, { field: 'resolutionId', resolutionId: d.resolutionId });
  }
  const name = context.resolutionReference ?? resolution.id;
  const refuse = (why: string, more: Record<string, unknown>) =>
    new DomainError('DIVIDEND_NOT_APPROVED', `a dividend needs an ordinary or special resolution of the members passed on or before the day it is declared, ${d.declaredOn} (CIC Regulations 2005 reg 17(1)(b)); resolution ${name} ${why}`, {
      field: 'resolutionId', resolutionId: resolution.id, reference: name, declaredOn: d.declaredOn, ...more,
    });
  if (authorityOf(resolution) === 'board') throw refuse('is a decision of the board, not of the members', { reason: 'board' });
  // A resolution for a matter the law treats apart (a removal from office, an amendment of the articles), or one authorising
  // changes to the shares (an allotment, a transfer, a buy-back, a reduction of capital), approves nothing else.
  if ('matter' in resolution && resolution.matter !== 'general') throw refuse(`is for ${MATTER_NAMES[resolution.matter]}, not a dividend`, { reason: 'another-matter', matter: resolution.matter });
  if (resolution.authorises.length > 0) throw refuse(`authorises ${changesInRuns(resolution.authorises)}, not a dividend`, { reason: 'share-changes' });
  const then = resolutionOutcome(resolution, d.declaredOn);
  if (then.status === 'passed' && then.passedOn !== null && compareDates(then.passedOn, d.declaredOn) <= 0) return;
  const ever = resolutionOutcome(resolution, '9999-12-31' as CalendarDate);
  if (ever.status === 'passed' && ever.passedOn !== null) throw refuse(`was passed only on ${ever.passedOn}`, { reason: 'passed-later', passedOn: ever.passedOn });
  throw refuse(`is ${then.status} as at ${d.declaredOn}`, { reason: then.status });
}
