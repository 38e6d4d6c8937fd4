import { addDays, compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { buyBackShares, type ShareAuthorisation } from './resolution';

/** s.696(2)(b): at a general meeting the contract is available for inspection for not less than this many days ending with the day of the meeting. */
export const BUY_BACK_DISCLOSURE_DAYS = 15;

/**
 * How a members' resolution is decided, with the day that bounds the contract's disclosure:
 * `written`, the day the proposed resolution was sent (`circulatedOn`); `meeting`, the day of the
 * meeting (`meetingOn`). Both are calendar dates.
 */
export type ContractDisclosureProcedure =
  | { readonly procedure: 'written'; readonly circulatedOn: CalendarDate }
  | { readonly procedure: 'meeting'; readonly meetingOn: CalendarDate };

/** A members' resolution, with the share events it authorises and the day its buy-back contract was disclosed to members, if any. */
export type ContractDisclosureFacts = ContractDisclosureProcedure & {
  /** The share events the resolution authorises; a cancellation with `reason: 'buy-back'` approves an off-market buy-back (s.694). */
  readonly authorises: readonly ShareAuthorisation[];
  /**
   * The calendar date the contract (or a memorandum of its terms) was disclosed to members: sent to
   * every eligible member (written), or first available for inspection at the registered office (meeting).
   */
  readonly contractDisclosedOn?: CalendarDate;
  /** The request's field a refusal names in its details (`field`); `contractDisclosedOn` unless given. */
  readonly field?: string;
};

/**
 * The latest calendar date the buy-back contract may be disclosed: the circulation date of a written
 * resolution (s.696(2)(a)); 14 days before the meeting, so that the 15 days ending with the meeting
 * day are all days of inspection (s.696(2)(b)): a meeting on 25 February 2025 needs the contract
 * available from 11 February.
 */
export function latestContractDisclosureOn(facts: ContractDisclosureProcedure): CalendarDate {
  return facts.procedure === 'written' ? facts.circulatedOn : addDays(facts.meetingOn, -(BUY_BACK_DISCLOSURE_DAYS - 1));
}

/**
 * SH-4, s.696(2): a members' resolution approving an off-market buy-back (s.694) is not validly passed
 * unless the contract, or a memorandum of its terms, is disclosed to members: on a written resolution,
 * a copy sent to every eligible member at or before the time the proposed resolution is sent
 * (s.696(2)(a)); at a general meeting, available for inspection at the registered office for not less
 * than 15 days ending with the date of the meeting, and at the meeting itself (s.696(2)(b)). Checked
 * when the resolution is proposed.
 * @throws DomainError `CONTRACT_DISCLOSURE_REQUIRED` (a buy-back approved and no day given; details name
 *   the `field` and the `shareNumbers`), `CONTRACT_DISCLOSURE_TOO_LATE` (disclosed after circulation, or
 *   fewer than 15 days ending with the meeting; details name the `field`, `contractDisclosedOn`,
 *   `circulatedOn` or `meetingOn` and `latestOn`, the latest day allowed), `CONTRACT_DISCLOSURE_NOT_NEEDED`
 *   (a day given for a resolution approving no buy-back).
 */
export function checkContractDisclosure(facts: ContractDisclosureFacts): void {
  const { contractDisclosedOn: disclosedOn } = facts;
  const field = facts.field ?? 'contractDisclosedOn';
  const shareNumbers = [...buyBackShares(facts.authorises)];
  if (shareNumbers.length === 0) {
    if (disclosedOn === undefined) return;
    throw new DomainError('CONTRACT_DISCLOSURE_NOT_NEEDED', 'the contract is disclosed to members (s.696) only for a resolution approving an off-market buy-back of shares (s.694)', { field, contractDisclosedOn: disclosedOn });
  }
  const written = facts.procedure === 'written';
  if (disclosedOn === undefined) {
    const how = written
      ? 'the day a copy was sent to every eligible member, on or before the day the resolution is sent (s.696(2)(a))'
      : 'the day it was first available for inspection at the registered office, at least 15 days ending with the day of the meeting (s.696(2)(b))';
    throw new DomainError('CONTRACT_DISCLOSURE_REQUIRED', { text: `a resolution approving the buy-back of share {shares} needs the contract disclosed to members: give ${how}` }, { field, shareNumbers, shares: shareNumbers.join(', ') });
  }
  const latestOn = latestContractDisclosureOn(facts);
  if (compareDates(disclosedOn, latestOn) <= 0) return;
  if (facts.procedure === 'written') {
    throw new DomainError(
      'CONTRACT_DISCLOSURE_TOO_LATE',
      { text: 'the contract sent on {contractDisclosedOn} is after the resolution was sent on {circulatedOn}: a copy must go to every eligible member at or before the time the proposed resolution is sent, so on {latestOn} at the latest (s.696(2)(a))' },
      { field, contractDisclosedOn: disclosedOn, circulatedOn: facts.circulatedOn, latestOn },
    );
  }
  throw new DomainError(
    'CONTRACT_DISCLOSURE_TOO_LATE',
    { text: 'the contract available from {contractDisclosedOn} is not available for the 15 days ending with the meeting on {meetingOn}: it must be available for inspection at the registered office from {latestOn} at the latest, and at the meeting (s.696(2)(b))' },
    { field, contractDisclosedOn: disclosedOn, meetingOn: facts.meetingOn, latestOn },
  );
}
