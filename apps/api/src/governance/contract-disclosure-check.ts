import { type CalendarDate, checkContractDisclosure, checkDatedInCompanyLife, type ContractDisclosureProcedure, type Instant, type ShareAuthorisation } from '#domain';

/**
 * SH-4, s.696(2): a members' resolution (or a general meeting's item) approving an off-market buy-back
 * names the day its contract was disclosed to members, in the company's life and not after today, and
 * in time for the procedure (`checkContractDisclosure`); any other names none. `field`: the request's
 * field, named in a refusal's details (`contractDisclosedOn`, `items.1.contractDisclosedOn`).
 * @throws DomainError EVENT_BEFORE_INCORPORATION, DATED_AFTER_RECORDING,
 *   CONTRACT_DISCLOSURE_REQUIRED, CONTRACT_DISCLOSURE_TOO_LATE, CONTRACT_DISCLOSURE_NOT_NEEDED.
 */
export function checkContractDisclosureOf(
  item: { readonly authorises?: readonly ShareAuthorisation[]; readonly contractDisclosedOn?: CalendarDate },
  procedure: ContractDisclosureProcedure,
  incorporatedOn: CalendarDate,
  recordedAt: Instant,
  field: string,
): void {
  const disclosedOn = item.contractDisclosedOn;
  if (disclosedOn !== undefined) {
    checkDatedInCompanyLife('the disclosure of the buy-back contract', disclosedOn, recordedAt, incorporatedOn, field);
  }
  checkContractDisclosure({ ...procedure, authorises: item.authorises ?? [], contractDisclosedOn: disclosedOn, field });
}
