import { Inject, Injectable } from '@nestjs/common';
import { companyParticularsOn, enteredParticulars, type CalendarDate, type Company } from '#domain';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { OfficersRecords } from '../officers/officers-records';
import { CompaniesService } from './companies.service';

/**
 * FC-5: the company with the number and registered office in force on a day: the row as entered, with
 * the dated changes of particulars recorded since (what `GET /api/companies` answers, as at today).
 */
@Injectable()
export class CompanyInForce {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly companies: CompaniesService,
    private readonly officers: OfficersRecords,
  ) {}

  async get(companyId: string, on: CalendarDate): Promise<Company> {
    const em = this.orm.em.fork();
    return this.on(await this.companies.get(companyId, em), on);
  }

  async list(on: CalendarDate): Promise<Company[]> {
    return Promise.all((await this.companies.list()).map((c) => this.on(c, on)));
  }

  private async on(company: Company, on: CalendarDate): Promise<Company> {
    const base = enteredParticulars(company);
    // FC-5: the office in force from the day its AD01 was filed (s.87(1)).
    const { changes } = await this.officers.registeredParticulars(this.orm.em.fork(), company.id, base, on);
    const p = companyParticularsOn(base, changes, on);
    return { ...company, companyNumber: p.companyNumber, registeredOffice: p.registeredOffice };
  }
}
