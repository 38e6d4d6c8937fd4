import { Injectable } from '@nestjs/common';
import {
  dateOfInstant,
  requireOrganisation,
  type CalendarDate,
  type ChainedLedgerRecord,
  type Organisation,
  type Partnership,
  type PracticeNetworks,
  type ServiceContract,
} from '#domain';
import { AppError } from '../common/app-error';
import type { Em } from '../database/orm';
import { LedgerStore, type CompanyWrite } from '../ledger/ledger.store';
import { ALLIANCE_PREFIXES, foldContracts, foldNetworks, foldOrganisations, foldPartnerships } from './alliance-ledger';

/**
 * The alliance records as the company's ledger holds them: each read folds the entries of one family
 * (a few hundred at most) through the domain. There are no tables to keep in step.
 */
@Injectable()
export class AllianceStore {
  constructor(private readonly ledger: LedgerStore) {}

  async organisations(em: Em, companyId: string): Promise<Organisation[]> {
    return foldOrganisations(await this.entries(em, companyId, ALLIANCE_PREFIXES.organisations));
  }

  /** The organisation, or `ORGANISATION_UNKNOWN` (404). */
  async organisation(em: Em, companyId: string, organisationId: string): Promise<Organisation> {
    return requireOrganisation(await this.organisations(em, companyId), organisationId);
  }

  async partnerships(em: Em, companyId: string): Promise<Partnership[]> {
    return foldPartnerships(await this.entries(em, companyId, ALLIANCE_PREFIXES.partnerships));
  }

  /** The partnership, or a 404. */
  async partnership(em: Em, companyId: string, partnershipId: string): Promise<Partnership> {
    const found = (await this.partnerships(em, companyId)).find((p) => p.id === partnershipId);
    if (!found) throw AppError.notFound('partnership', partnershipId);
    return found;
  }

  async contracts(em: Em, companyId: string): Promise<ServiceContract[]> {
    return foldContracts(await this.entries(em, companyId, ALLIANCE_PREFIXES.contracts));
  }

  async networks(em: Em, companyId: string): Promise<PracticeNetworks> {
    return foldNetworks(await this.entries(em, companyId, ALLIANCE_PREFIXES.networks));
  }

  private async entries(em: Em, companyId: string, prefix: string): Promise<ChainedLedgerRecord[]> {
    const records: ChainedLedgerRecord[] = [];
    for await (const record of this.ledger.all(em, companyId, prefix)) records.push(record);
    return records;
  }
}

/** Today in the UK: the default "as at" of every read (one definition, in common/today.ts). */
export { today } from '../common/today';

/** The day (in the UK) a write is recorded on: the effective date of records that carry no date of their own. */
export function recordedDay(write: CompanyWrite): CalendarDate {
  return dateOfInstant(write.recordedAt);
}

/** Where a change went in the chain. */
export function ledgerRef(entry: ChainedLedgerRecord) {
  return { sequence: entry.sequence, hash: entry.hash };
}

/** A default id made from a name: `Barts Health NHS Trust` → `barts-health-nhs-trust`. */
export function idFromName(name: string, field: string): string {
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 100)
    .replace(/^-+|-+$/g, '');
  if (id === '') {
    throw new AppError('VALIDATION_FAILED', `give ${field}: no id can be made from the name`, [{ field, problems: [`${field} is required for this name`] }]);
  }
  return id;
}
