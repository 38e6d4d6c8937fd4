import { Inject, Injectable } from '@nestjs/common';
import { accountingReferenceDateInUse, checkDatedInCompanyLife, checkParticularsChange, checkParticularsChanged, enteredParticulars, companyParticularsOn, particularsChangesInDateOrder, previousRegisteredOfficesOn, registeredParticulars, checkNotAlreadyWaiting, asDecided, noticesOfChange, type ChangeNotice, type ParticularsChangePending, type CalendarDate, type Company, type CompanyParticulars, type CompanyParticularsChanged } from '#domain';
import type { Caller } from '../auth/roles';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Em, Orm } from '../database/orm';
import { particularsFamily } from '../ledger/codecs/officers.codec';
import { Ledger } from '../ledger/ledger';
import type { ChangeParticularsDto } from './dto/particulars.dto';
import { GovernanceRecords } from '../governance/governance-records';
import { OfficersRecords } from './officers-records';

/** The company's particulars as at a date (FC-5): the company row as entered, with the dated changes recorded since. */
@Injectable()
export class ParticularsService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly ledger: Ledger,
    private readonly records: OfficersRecords,
    private readonly companies: CompaniesService,
    private readonly governance: GovernanceRecords,
  ) {}

  /** FC-5: the particulars as entered, with the accounting reference date the filing calendar counts from until one is recorded (s.391(4), or the articles'). */
  private async base(em: Em, company: Company): Promise<CompanyParticulars> {
    return enteredParticulars(company, accountingReferenceDateInUse(company.incorporatedOn, await this.governance.settings(em, company.id)));
  }

  async read(companyId: string, asAt: CalendarDate) {
    const em = this.orm.em.fork();
    const company = await this.companies.get(companyId, em);
    const changes = await this.records.particularsChanges(em, companyId);
    const base = await this.base(em, company);
    // FC-5: a new office or reference date is in force from the day its AD01 or AA01 was filed (s.87(1), s.392(1)).
    const notices = await this.records.particularsNotices(em, companyId);
    const registered = registeredParticulars(base, changes, notices, asAt);
    const previous = previousRegisteredOfficesOn(base, registered.changes, asAt).map((o) => ({ address: o.address, replacedOn: o.replacedOn, servableUntil: o.servableUntil }));
    return {
      asAt,
      ...response(companyParticularsOn(base, registered.changes, asAt)),
      // False while the accounting reference date is the one the filing calendar assumes, none notified by `asAt` (s.391(4), or the articles').
      accountingReferenceDateRecorded: registered.changes.some((c) => c.accountingReferenceDate !== undefined && c.effectiveOn <= asAt),
      // FC-5, s.87(2): every office documents may still be served at, in the 14 days after each move, newest first.
      previousRegisteredOffices: previous,
      // The newest of them, or null.
      previousRegisteredOffice: previous.at(0) ?? null,
      // FC-5: changes of office or reference date recorded by `asAt` whose AD01 or AA01 is not recorded as filed by then, in the order decided.
      pending: registered.pending.map(pendingResponse),
      // As recorded (the day each was decided), in date order, then in the order recorded.
      changes: particularsChangesInDateOrder(changes).map((c) => ({ ...changeResponse(c), ...noticesResponse(noticesOfChange(c, notices, registered.pending, asAt)) })),
    };
  }

  change(companyId: string, dto: ChangeParticularsDto, caller: Caller) {
    return this.ledger.writeForCompany(companyId, caller.name, async ({ em, append, recordedAt, company: locked }) => {
      checkDatedInCompanyLife('the change', dto.effectiveOn, recordedAt, locked.incorporatedOn, 'effectiveOn');
      const company = await this.companies.get(companyId, em);
      const changes = await this.records.particularsChanges(em, companyId);
      const base = await this.base(em, company);
      const event: CompanyParticularsChanged = {
        type: 'particulars-changed',
        effectiveOn: dto.effectiveOn,
        ...(dto.companyNumber !== undefined ? { companyNumber: dto.companyNumber } : {}),
        ...(dto.registeredOffice !== undefined ? { registeredOffice: dto.registeredOffice } : {}),
        ...(dto.registeredEmailAddress !== undefined ? { registeredEmailAddress: dto.registeredEmailAddress } : {}),
        ...(dto.accountingReferenceDate !== undefined ? { accountingReferenceDate: { month: dto.accountingReferenceDate.month, day: dto.accountingReferenceDate.day } } : {}),
        ...(dto.sicCodes !== undefined ? { sicCodes: dto.sicCodes } : {}),
      };
      // Checked against everything known, whatever its date: a company number is given once.
      checkParticularsChange(companyParticularsOn(base, changes, '9999-12-31' as CalendarDate), event);
      // FC-5: compared with what is in force that day (a new office or reference date from its notice) and what waits for its notice.
      const notices = await this.records.particularsNotices(em, companyId);
      const before = registeredParticulars(base, changes, notices, dto.effectiveOn);
      const inForce = companyParticularsOn(base, before.changes, dto.effectiveOn);
      checkNotAlreadyWaiting(before, inForce, event);
      checkParticularsChanged(asDecided(inForce, before.pending), event);
      await append(particularsFamily.encode(event));
      const registered = registeredParticulars(base, [...changes, event], notices, dto.effectiveOn);
      return {
        ...changeResponse(event),
        inForce: response(companyParticularsOn(base, registered.changes, dto.effectiveOn)),
        // FC-5: every change of office or reference date waiting on that day for its AD01 or AA01, this one's included.
        pending: registered.pending.map(pendingResponse),
      };
    });
  }
}

function response(p: CompanyParticulars) {
  return {
    companyNumber: p.companyNumber,
    registeredOffice: p.registeredOffice,
    registeredEmailAddress: p.registeredEmailAddress,
    accountingReferenceDate: p.accountingReferenceDate === null ? null : { month: p.accountingReferenceDate.month, day: p.accountingReferenceDate.day },
    sicCodes: [...p.sicCodes],
  };
}

function changeResponse(c: CompanyParticularsChanged) {
  return {
    effectiveOn: c.effectiveOn,
    ...(c.companyNumber !== undefined ? { companyNumber: c.companyNumber } : {}),
    ...(c.registeredOffice !== undefined ? { registeredOffice: c.registeredOffice } : {}),
    ...(c.registeredEmailAddress !== undefined ? { registeredEmailAddress: c.registeredEmailAddress } : {}),
    ...(c.accountingReferenceDate !== undefined ? { accountingReferenceDate: { month: c.accountingReferenceDate.month, day: c.accountingReferenceDate.day } } : {}),
    ...(c.sicCodes !== undefined ? { sicCodes: [...c.sicCodes] } : {}),
  };
}

function pendingResponse(p: ParticularsChangePending) {
  return {
    decidedOn: p.decidedOn,
    formCode: p.formCode,
    reference: p.reference,
    ...(p.registeredOffice !== undefined ? { registeredOffice: p.registeredOffice } : {}),
    ...(p.accountingReferenceDate !== undefined ? { accountingReferenceDate: { month: p.accountingReferenceDate.month, day: p.accountingReferenceDate.day } } : {}),
  };
}

/** FC-5: a change of office or reference date with its notices (`notices`); any other change with none. */
function noticesResponse(notices: readonly ChangeNotice[]) {
  return notices.length > 0 ? { notices: notices.map((n) => ({ formCode: n.formCode, reference: n.reference, filedOn: n.filedOn, waiting: n.waiting })) } : {};
}
