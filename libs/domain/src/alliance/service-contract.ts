import { addMonths, compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { requireDate, requireText } from './dated-period';

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
}

/**
 * Checks and returns a service contract: throws `INVALID_ALLIANCE_RECORD` for an empty id, name or
 * holder, `INVALID_DATE` for a bad date, `CONTRACT_ENDS_BEFORE_START` if it ends before it starts.
 */
export function serviceContract(input: ServiceContract): ServiceContract {
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
  return { ...input, name: input.name.trim() };
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
  const bounds = [
    ['startOn', 'starts', period.startOn, SERVICE_START_PLANNING_YEARS],
    ['endOn', 'ends', period.endOn, SERVICE_END_PLANNING_YEARS],
  ] as const;
  for (const [field, verb, date, years] of bounds) {
    if (date === null) continue;
    const latest = addMonths(recordedOn, 12 * years);
    if (compareDates(date, latest) > 0) {
      throw new DomainError('DATED_TOO_FAR_AHEAD', `${what} ${verb} on ${date}, more than ${years} years after today (${recordedOn}); the latest is ${latest}`, {
        field,
        latest,
      });
    }
  }
}
