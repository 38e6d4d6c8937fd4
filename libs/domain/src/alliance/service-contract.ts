import { compareDates, type CalendarDate } from '../calendar/calendar-date';
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
