import { Inject, Injectable } from '@nestjs/common';
import { addOrganisation, organisation, type Organisation } from '#domain';
import type { Caller } from '../auth/roles';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { organisationsFamily } from '../ledger/codecs/alliance.codec';
import { Ledger } from '../ledger/ledger';
import { AllianceRecords, idFromName, ledgerRef, recordedDay } from './alliance-records';
import { organisationResponse } from './alliance.mapper';
import type { RecordOrganisationDto } from './dto/record-organisation.dto';

/** The organisations the company deals with: partners, commissioners, employers. */
@Injectable()
export class OrganisationsService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly ledger: Ledger,
    private readonly store: AllianceRecords,
    private readonly companies: CompaniesService,
  ) {}

  async list(companyId: string): Promise<readonly Organisation[]> {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    return this.store.organisations(em, companyId);
  }

  async get(companyId: string, organisationId: string): Promise<Organisation> {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    return this.store.organisation(em, companyId, organisationId);
  }

  record(companyId: string, dto: RecordOrganisationDto, caller: Caller) {
    return this.ledger.writeForCompany(companyId, caller.name, async (write) => {
      const input = organisation({ id: dto.organisationId ?? idFromName(dto.name, 'organisationId'), name: dto.name, kind: dto.kind, note: dto.note ?? null });
      const organisations = addOrganisation(await this.store.organisations(write.em, companyId), input);
      const added = organisations[organisations.length - 1];
      const entry = await write.append(organisationsFamily.encode({ type: 'organisation-recorded', effectiveOn: recordedDay(write), organisation: added }));
      return { ...organisationResponse(added), ledger: ledgerRef(entry) };
    });
  }
}
