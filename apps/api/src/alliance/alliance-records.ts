import { Injectable } from '@nestjs/common';
import {
  dateOfInstant,
  emptyAllianceState,
  evolveAlliance,
  requireOrganisation,
  type AllianceEvent,
  type AllianceState,
  type CalendarDate,
  type ChainedLedgerRecord,
  type Organisation,
  type Partnership,
  type PracticeNetworks,
  type ServiceContract,
} from '#domain';
import { AppError } from '../common/app-error';
import type { Em } from '../database/orm';
import { contractsFamily, networksFamily, organisationsFamily, partnershipsFamily } from '../ledger/codecs/alliance.codec';
import type { LedgerFamily } from '../ledger/ledger-codec';
import { FoldCache } from '../ledger/fold-cache';
import type { CompanyWrite } from '../ledger/ledger';

/**
 * The alliance records as the company's ledger holds them: each read decodes the entries of one
 * family (a few hundred at most) and folds them through the domain. There are no tables to keep in step.
 */
@Injectable()
export class AllianceRecords {
  constructor(private readonly folds: FoldCache) {}

  async organisations(em: Em, companyId: string): Promise<readonly Organisation[]> {
    return (await this.fold(em, companyId, organisationsFamily)).organisations;
  }

  /** The organisation, or `ORGANISATION_UNKNOWN` (404). */
  async organisation(em: Em, companyId: string, organisationId: string): Promise<Organisation> {
    return requireOrganisation(await this.organisations(em, companyId), organisationId);
  }

  async partnerships(em: Em, companyId: string): Promise<readonly Partnership[]> {
    return (await this.fold(em, companyId, partnershipsFamily)).partnerships;
  }

  /** The partnership, or a 404. */
  async partnership(em: Em, companyId: string, partnershipId: string): Promise<Partnership> {
    const found = (await this.partnerships(em, companyId)).find((p) => p.id === partnershipId);
    if (!found) throw AppError.notFound('partnership', { partnershipId });
    return found;
  }

  async contracts(em: Em, companyId: string): Promise<readonly ServiceContract[]> {
    return (await this.fold(em, companyId, contractsFamily)).contracts;
  }

  async networks(em: Em, companyId: string): Promise<PracticeNetworks> {
    return (await this.fold(em, companyId, networksFamily)).networks;
  }

  /** The alliance state folded from one family's events (the other parts stay empty), brought up to date from the entries appended since the last read. */
  private fold<E extends AllianceEvent>(em: Em, companyId: string, family: LedgerFamily<E>): Promise<AllianceState> {
    return this.folds.fold<AllianceState, AllianceEvent>(em, companyId, family.prefix, [family], emptyAllianceState, evolveAlliance);
  }
}

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
