import { Inject, Injectable } from '@nestjs/common';
import { compareDates, pscStatementOn, type CalendarDate, type PscStatement } from '#domain';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { OfficersRecords } from './officers-records';

/**
 * The company's PSC position (EC-5), computed from the register of members: one dated statement from
 * the first allotment and one each day the position changed. The register is the record; the
 * statements follow from it, so they are computed, never entered.
 */
@Injectable()
export class PscService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly records: OfficersRecords,
    private readonly companies: CompaniesService,
  ) {}

  async read(companyId: string, asAt: CalendarDate) {
    const em = this.orm.em.fork();
    const company = await this.companies.get(companyId, em);
    const statements = (await this.records.pscStatements(em, company)).filter((s) => compareDates(s.from, asAt) <= 0);
    const current = pscStatementOn(statements, asAt);
    return {
      asAt,
      statement: current?.statement ?? null,
      text: current === null ? null : statementText(current),
      persons: current?.persons ?? [],
      issuedShares: current?.issuedShares ?? 0,
      warnings: current?.warnings ?? [],
      statements: statements.map((s) => ({ from: s.from, statement: s.statement, text: statementText(s), persons: s.persons, issuedShares: s.issuedShares, warnings: s.warnings })),
    };
  }
}

function statementText(s: PscStatement): string {
  return s.statement === 'no-registrable-person'
    ? 'The company knows or has reasonable cause to believe that there is no registrable person or registrable relevant legal entity in relation to the company.'
    : `Registrable: ${s.persons.map((p) => `${p.name} (${p.sharesPercent}% of shares, ${p.votesPercent}% of votes)`).join('; ')}.`;
}
