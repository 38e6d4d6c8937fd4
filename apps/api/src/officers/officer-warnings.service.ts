import { Inject, Injectable } from '@nestjs/common';
import { verificationDueWithStatement, verificationWarnings, type CalendarDate, type Company, type VerificationWarning } from '#domain';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Em, Orm } from '../database/orm';
import { GovernanceRecords } from '../governance/governance-records';
import { OfficersRecords } from './officers-records';

/** EC-3: the dated identity-verification warnings of the directors in office. */
@Injectable()
export class OfficerWarningsService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly records: OfficersRecords,
    private readonly governance: GovernanceRecords,
    private readonly companies: CompaniesService,
  ) {}

  async warnings(companyId: string, asAt: CalendarDate): Promise<{ asAt: CalendarDate; firstStatementAfterEcctaDueOn: CalendarDate; warnings: VerificationWarning[] }> {
    const em = this.orm.em.fork();
    const company = await this.companies.get(companyId, em);
    const dueOn = await this.firstStatementAfterEccta(em, company);
    return { asAt, firstStatementAfterEcctaDueOn: dueOn, warnings: verificationWarnings(await this.records.officers(em, companyId), asAt, dueOn) };
  }

  /**
   * The due date of the company's first confirmation statement whose confirmation date is on or after
   * 18 November 2025 (EC-3), with the review periods moved by statements filed early (FC-2).
   */
  private async firstStatementAfterEccta(em: Em, company: Company): Promise<CalendarDate> {
    const { filings } = await this.governance.load(em, company.id);
    return verificationDueWithStatement(company.incorporatedOn, filings);
  }
}
