import { Inject, Injectable } from '@nestjs/common';
import type { Company, Practice } from '#domain';
import { AppError } from '../common/app-error';
import { useCaseEm } from '../common/use-case-em';
import { ORM } from '../database/database.module';
import { CompanyEntity, PracticeEntity } from '../database/entities';
import type { Em, Orm } from '../database/orm';
import { companyFromRow, practiceFromRow } from './company.mapper';

@Injectable()
export class CompaniesService {
  constructor(@Inject(ORM) private readonly orm: Orm) {}

  /** Enters a company and its practices (used by the seed and by tests; there is no HTTP route). Joins the seed's transaction. */
  async create(company: Company, practices: readonly Practice[]): Promise<void> {
    await useCaseEm(this.orm).transactional(async (em) => {
      em.create(CompanyEntity, {
        id: company.id,
        name: company.name,
        companyNumber: company.companyNumber,
        incorporatedOn: company.incorporatedOn,
        registeredOffice: company.registeredOffice,
        shareClass: company.articles.shareClass,
        nominalValuePence: company.articles.nominalValuePence,
        oneSharePerMember: company.articles.oneSharePerMember,
        memberEligibility: company.articles.memberEligibility,
      });
      await em.flush();
      for (const p of practices) {
        em.create(PracticeEntity, { id: p.id, companyId: company.id, odsCode: p.odsCode, name: p.name, address: p.address, networkName: p.networkName });
      }
      await em.flush();
    });
  }

  async list(): Promise<Company[]> {
    const rows = await this.orm.em.fork().find(CompanyEntity, {}, { orderBy: { name: 'asc' } });
    return rows.map(companyFromRow);
  }

  /** The company, or a 404. */
  async get(companyId: string, em: Em = this.orm.em.fork()): Promise<Company> {
    const row = await em.findOne(CompanyEntity, { id: companyId });
    if (!row) throw AppError.notFound('company', { companyId });
    return companyFromRow(row);
  }

  async practices(companyId: string, em: Em = this.orm.em.fork()): Promise<Practice[]> {
    await this.get(companyId, em);
    const rows = await em.find(PracticeEntity, { companyId }, { orderBy: { networkName: 'asc', name: 'asc' } });
    return rows.map(practiceFromRow);
  }

  async practice(em: Em, companyId: string, practiceId: string): Promise<Practice> {
    const row = await em.findOne(PracticeEntity, { id: practiceId, companyId });
    if (!row) throw AppError.notFound('practice', { practiceId });
    return practiceFromRow(row);
  }
}
