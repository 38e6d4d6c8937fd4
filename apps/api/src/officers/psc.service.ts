import { Inject, Injectable } from '@nestjs/common';
import { compareDates, checkDatedInCompanyLife, pscStatementOn, pscStatementToRecord, unrecordedPscChanges, type CalendarDate, type PscStatement, type PscStatementRecorded } from '#domain';
import type { Caller } from '../auth/roles';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { pscFamily } from '../ledger/codecs/officers.codec';
import { Ledger } from '../ledger/ledger';
import { RegisterService } from '../share-register/register.service';
import { OfficersRecords } from './officers-records';

/**
 * The company's PSC position (EC-5), computed from the register of members (one dated position from
 * the first allotment and one each day it changed), and the statements the company made and kept:
 * each recorded in the ledger as the position the register gave on its day. A change of position no
 * recorded statement covers is listed as `unrecorded`. Each change is notified (the calendar's PSC01/PSC08
 * duties): a PSC08 within 14 days of the change, a PSC01 within 14 days of the statement naming the
 * persons, which records that the company has their confirmed particulars (EC-2). `issuedShares` is
 * the register's count on the day asked about; each statement's is that of the day it began.
 */
@Injectable()
export class PscService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly ledger: Ledger,
    private readonly records: OfficersRecords,
    private readonly companies: CompaniesService,
    private readonly register: RegisterService,
  ) {}

  async read(companyId: string, asAt: CalendarDate) {
    const em = this.orm.em.fork();
    const company = await this.companies.get(companyId, em);
    const statements = (await this.records.pscStatements(em, company)).filter((s) => compareDates(s.from, asAt) <= 0);
    const recorded = (await this.records.recordedPscStatements(em, companyId)).filter((r) => compareDates(r.effectiveOn, asAt) <= 0);
    const current = pscStatementOn(statements, asAt);
    const unrecorded = unrecordedPscChanges(statements, recorded);
    return {
      asAt,
      statement: current?.statement ?? null,
      text: current === null ? null : statementText(current),
      persons: current?.persons ?? [],
      // The shares in issue on the day asked about: a statement's own count is that of the day its position began.
      issuedShares: await this.register.issuedSharesOn(em, companyId, asAt),
      warnings: current?.warnings ?? [],
      statements: statements.map((s) => ({ from: s.from, statement: s.statement, text: statementText(s), persons: s.persons, issuedShares: s.issuedShares, warnings: s.warnings })),
      recorded: recorded.map(recordedResponse),
      unrecorded: unrecorded.map((u) => ({ from: u.from, statement: u.statement, persons: u.persons })),
    };
  }

  /** EC-5: records the statement the company makes on `madeOn`: the position the register gives at the end of that day. */
  record(companyId: string, madeOn: CalendarDate, caller: Caller) {
    return this.ledger.writeForCompany(companyId, caller.name, async ({ em, append, recordedAt, company: locked }) => {
      checkDatedInCompanyLife('the PSC statement', madeOn, recordedAt, locked.incorporatedOn, 'madeOn');
      const company = await this.companies.get(companyId, em);
      const event = pscStatementToRecord(await this.records.pscStatements(em, company), await this.records.recordedPscStatements(em, companyId), madeOn);
      await append(pscFamily.encode(event));
      return recordedResponse(event);
    });
  }
}

function recordedResponse(r: PscStatementRecorded) {
  return { madeOn: r.effectiveOn, statement: r.statement, text: statementText(r), persons: r.persons.map((p) => ({ ...p })), issuedShares: r.issuedShares };
}

function statementText(s: Pick<PscStatement, 'statement' | 'persons'>): string {
  return s.statement === 'no-registrable-person'
    ? 'The company knows or has reasonable cause to believe that there is no registrable person or registrable relevant legal entity in relation to the company.'
    : `Registrable: ${s.persons.map((p) => `${p.name} (${p.sharesPercent}% of shares, ${p.votesPercent}% of votes)`).join('; ')}.`;
}
