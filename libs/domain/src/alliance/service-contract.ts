import { addDays, addMonths, compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { requireDate, requireText } from './dated-period';
import type { Organisation } from './organisation';

/**
 * A contract to provide a service, held by an organisation (here, the company) and let by a
 * commissioner. `startOn` is the first day of service and `endOn` the last, both inclusive.
 */
export interface ServiceContract {
  readonly id: string;
  readonly name: string;
  /** The organisation that holds the contract. */
  readonly holderId: string;
  /** The commissioning body; null when the sources do not say who it is. */
  readonly commissionerId: string | null;
  /** The partnership through which the service is delivered, if any (e.g. the 2017 alliance). */
  readonly partnershipId: string | null;
  readonly startOn: CalendarDate;
  /** The last day of the contract; null while no end is recorded. */
  readonly endOn: CalendarDate | null;
  /** Where the facts come from, and which are synthetic; null when there is nothing to say. */
  readonly note: string | null;
  /**
   * Every later change of commissioner, earliest first: `commissionerId` is who let the contract, and
   * each change names who commissions it from its day on (e.g. a CCG's contracts passing to the ICB).
   */
  readonly commissionerChanges: readonly CommissionerChange[];
}

/**
 * The contract passes to another commissioner on `on` (a calendar date), which commissions it from
 * that day: by novation, or by a statutory transfer such as the Health and Care Act 2022 moving each
 * clinical commissioning group's contracts to its integrated care board on 1 July 2022.
 */
export interface CommissionerChange {
  readonly on: CalendarDate;
  readonly commissionerId: string;
  /** How it passed (the agreement or the statute), or null. */
  readonly reason: string | null;
}

/** A contract as it is first recorded: its changes of commissioner come later. */
export type ServiceContractInput = Omit<ServiceContract, 'commissionerChanges'> & { readonly commissionerChanges?: readonly CommissionerChange[] };

/**
 * Checks and returns a service contract: throws `INVALID_ALLIANCE_RECORD` for an empty id, name or
 * holder, `INVALID_DATE` for a bad date, `CONTRACT_ENDS_BEFORE_START` if it ends before it starts.
 */
export function serviceContract(input: ServiceContractInput): ServiceContract {
  requireText(input.id, 'id', 'service contract');
  requireText(input.name, 'name', 'service contract');
  requireText(input.holderId, 'holderId', 'service contract');
  requireDate(input.startOn, 'startOn');
  if (input.endOn !== null) {
    requireDate(input.endOn, 'endOn');
    if (compareDates(input.endOn, input.startOn) < 0) {
      throw new DomainError('CONTRACT_ENDS_BEFORE_START', `Contract ${input.id} ends on ${input.endOn}, before it starts on ${input.startOn}`, {
        contractId: input.id,
      });
    }
  }
  return { ...input, name: input.name.trim(), commissionerChanges: input.commissionerChanges ?? [] };
}

/**
 * A contract is let by one body to another: its holder cannot be its commissioner. Checked when a
 * contract or a change of commissioner is recorded (not when the ledger is read); throws
 * `COMMISSIONER_IS_HOLDER` (details: contractId, commissionerId, and `commissionerName` when given).
 */
export function checkCommissionerNotHolder(contract: Pick<ServiceContract, 'id' | 'name' | 'holderId'>, commissionerId: string, commissionerName?: string): void {
  if (commissionerId === contract.holderId) {
    throw new DomainError('COMMISSIONER_IS_HOLDER', `${contract.name} is held by ${commissionerName ?? 'that body'}, which cannot also commission it`, {
      contractId: contract.id,
      commissionerId,
      ...(commissionerName === undefined ? {} : { commissionerName }),
    });
  }
}

/**
 * The day clinical commissioning groups were abolished and their work passed to the integrated care
 * boards (Health and Care Act 2022, s.1(2); SI 2022/734) [GK].
 */
export const CCGS_ABOLISHED_ON = '2022-07-01' as CalendarDate;

/**
 * A clinical commissioning group cannot be made a contract's commissioner on or after
 * {@link CCGS_ABOLISHED_ON}: from that day no CCG exists. `on` is the day it would take the contract
 * (a contract's first day, or a change's). Checked when it is recorded, not when the ledger is read;
 * throws `COMMISSIONER_ABOLISHED` (details: commissionerId, commissionerName, abolishedOn).
 */
export function checkCommissionerExists(commissioner: Pick<Organisation, 'id' | 'name' | 'kind'>, on: CalendarDate): void {
  if (commissioner.kind === 'ccg' && compareDates(on, CCGS_ABOLISHED_ON) >= 0) {
    throw new DomainError(
      'COMMISSIONER_ABOLISHED',
      `${commissioner.name} is a clinical commissioning group, and CCGs were abolished on ${CCGS_ABOLISHED_ON} (Health and Care Act 2022): it cannot take a contract on ${on}`,
      { commissionerId: commissioner.id, commissionerName: commissioner.name, abolishedOn: CCGS_ABOLISHED_ON },
    );
  }
}

/** Who commissions the contract on `date`: the latest change of commissioner on or before it, else who let it (null if unknown). */
export function commissionerOn(contract: ServiceContract, date: CalendarDate): string | null {
  let commissionerId = contract.commissionerId;
  for (const change of contract.commissionerChanges) if (compareDates(change.on, date) <= 0) commissionerId = change.commissionerId;
  return commissionerId;
}

/**
 * The commissioners whose time ended before `date`, earliest first, each with its first day by a change
 * of commissioner (`from`; null for the body that let the contract) and its last (`until`, the day before
 * the next took over); a time with no known commissioner is left out.
 */
export function earlierCommissioners(contract: ServiceContract, date: CalendarDate): { readonly commissionerId: string; readonly from: CalendarDate | null; readonly until: CalendarDate }[] {
  const earlier: { commissionerId: string; from: CalendarDate | null; until: CalendarDate }[] = [];
  let commissionerId = contract.commissionerId;
  let from: CalendarDate | null = null;
  for (const change of contract.commissionerChanges) {
    if (compareDates(change.on, date) > 0) break;
    if (commissionerId !== null) earlier.push({ commissionerId, from, until: addDays(change.on, -1) });
    commissionerId = change.commissionerId;
    from = change.on;
  }
  return earlier;
}

/**
 * The contract with its commissioner changed from `change.on`. Checked when it is recorded and again
 * when the ledger is read:
 * - `COMMISSIONER_CHANGE_OUTSIDE_CONTRACT` (details: startOn, endOn, on) unless the day is after the first
 *   day of service and not after the last: a commissioner from the first day is the contract's own;
 * - `COMMISSIONER_CHANGE_OUT_OF_ORDER` (details: latestOn) unless it is after the latest change;
 * - `COMMISSIONER_UNCHANGED` (details: contractId, commissionerId, on, and `commissionerName` when given)
 *   when that body already commissions the contract on that day;
 * - `INVALID_DATE` for a bad day, `INVALID_ALLIANCE_RECORD` for an empty commissioner.
 * `commissionerName`, the new commissioner's name, is for the refusals' words only.
 */
export function changeCommissioner(contract: ServiceContract, change: CommissionerChange, commissionerName?: string): ServiceContract {
  requireDate(change.on, 'on');
  requireText(change.commissionerId, 'commissionerId', 'change of commissioner');
  const afterEnd = contract.endOn !== null && compareDates(change.on, contract.endOn) > 0;
  if (compareDates(change.on, contract.startOn) <= 0 || afterEnd) {
    // Worded with the contract's days, which a page gives in words (a refusal it names: refusal-words.ts).
    const last = contract.endOn === null ? '' : ', and not after its last, {endOn}';
    throw new DomainError(
      'COMMISSIONER_CHANGE_OUTSIDE_CONTRACT',
      { text: `a change of commissioner must fall after the contract's first day, {startOn}${last}: not on {on}` },
      { contractId: contract.id, startOn: contract.startOn, endOn: contract.endOn, on: change.on },
    );
  }
  const latest = contract.commissionerChanges.at(-1);
  if (latest !== undefined && compareDates(change.on, latest.on) <= 0) {
    throw new DomainError('COMMISSIONER_CHANGE_OUT_OF_ORDER', `${contract.name} last changed commissioner on ${latest.on}: a later change must fall after that day, not on ${change.on}`, {
      contractId: contract.id,
      latestOn: latest.on,
    });
  }
  if (commissionerOn(contract, change.on) === change.commissionerId) {
    throw new DomainError('COMMISSIONER_UNCHANGED', `${contract.name} is already commissioned by ${commissionerName ?? 'that body'} on ${change.on}`, {
      contractId: contract.id,
      commissionerId: change.commissionerId,
      on: change.on,
      ...(commissionerName === undefined ? {} : { commissionerName }),
    });
  }
  const reason = change.reason === null ? null : change.reason.trim() || null;
  return { ...contract, commissionerChanges: [...contract.commissionerChanges, { on: change.on, commissionerId: change.commissionerId, reason }] };
}

/** True when the contract is running on `date` (from its first day to its last, inclusive). */
export function isContractActiveOn(contract: ServiceContract, date: CalendarDate): boolean {
  return compareDates(contract.startOn, date) <= 0 && (contract.endOn === null || compareDates(date, contract.endOn) <= 0);
}

/** The contracts running on `date`, earliest start first. */
export function contractsActiveOn(contracts: readonly ServiceContract[], date: CalendarDate): ServiceContract[] {
  requireDate(date, 'date');
  return contracts
    .filter((c) => isContractActiveOn(c, date))
    .sort((a, b) => compareDates(a.startOn, b.startOn) || a.id.localeCompare(b.id));
}

/**
 * How far ahead of the day it is recorded a contract or service line may start, in years: a contract is
 * signed months before its service begins (in January, to start on 1 April), not years [GK].
 */
export const SERVICE_START_PLANNING_YEARS = 2;

/**
 * How far ahead of the day it is recorded a contract or service line may be dated to end, in years:
 * NHS community-services contracts are let for up to about ten years with their extensions (the 2017
 * alliance for five) [GK].
 */
export const SERVICE_END_PLANNING_YEARS = 15;

/**
 * A contract or service line may be recorded before its service starts and with a last day years away,
 * within bounds: it starts no more than {@link SERVICE_START_PLANNING_YEARS} and ends no more than
 * {@link SERVICE_END_PLANNING_YEARS} after `recordedOn`, the day (in the UK) it is recorded. Checked when
 * it is recorded, not when the ledger is read. Throws `DATED_TOO_FAR_AHEAD` naming the `field`
 * (`startOn` or `endOn`) and the `latest` day it may be.
 */
export function checkServicePeriodAhead(what: string, period: { readonly startOn: CalendarDate; readonly endOn: CalendarDate | null }, recordedOn: CalendarDate): void {
  checkNotTooFarAhead(`${what} starts`, 'startOn', period.startOn, SERVICE_START_PLANNING_YEARS, recordedOn);
  if (period.endOn !== null) checkNotTooFarAhead(`${what} ends`, 'endOn', period.endOn, SERVICE_END_PLANNING_YEARS, recordedOn);
}

/**
 * A change of commissioner may be recorded ahead of its day, as a contract may (a novation agreed
 * before it takes effect), by no more than {@link SERVICE_START_PLANNING_YEARS} after `recordedOn`, the
 * day (in the UK) it is recorded. Throws `DATED_TOO_FAR_AHEAD` naming the field `on` and the `latest` day.
 */
export function checkCommissionerChangeAhead(on: CalendarDate, recordedOn: CalendarDate): void {
  checkNotTooFarAhead('the change of commissioner takes effect', 'on', on, SERVICE_START_PLANNING_YEARS, recordedOn);
}

function checkNotTooFarAhead(what: string, field: string, date: CalendarDate, years: number, recordedOn: CalendarDate): void {
  const latest = addMonths(recordedOn, 12 * years);
  if (compareDates(date, latest) > 0) {
    throw new DomainError('DATED_TOO_FAR_AHEAD', `${what} on ${date}, more than ${years} years after today (${recordedOn}); the latest is ${latest}`, { field, latest });
  }
}
