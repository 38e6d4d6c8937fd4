import { Inject, Injectable } from '@nestjs/common';
import { appointmentNotificationWarnings, verificationDueWithStatement, verificationWarnings, type CalendarDate, type VerificationWarning } from '#domain';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { GovernanceRecords } from '../governance/governance-records';
import { OfficersRecords } from './officers-records';

/** EC-3: the dated identity-verification warnings of the directors in office, and (EC-2, EC-3) those acting before their appointment is notified. */
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
    const { filings } = await this.governance.load(em, company.id);
    // The due date of the first confirmation statement made up to a date from 18 November 2025 (EC-3), review periods moved by early ones (FC-2).
    const dueOn = verificationDueWithStatement(company.incorporatedOn, filings);
    const officers = await this.records.officers(em, companyId);
    return { asAt, firstStatementAfterEcctaDueOn: dueOn, warnings: [...verificationWarnings(officers, asAt, dueOn), ...appointmentNotificationWarnings(officers, filings, asAt)] };
  }
}
