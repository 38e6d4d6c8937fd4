import { Inject, Injectable } from '@nestjs/common';
import {
  addServiceLine,
  checkNotDatedAfterRecording,
  checkServicePeriodAhead,
  joinPartnership,
  leavePartnership,
  partnership,
  type CalendarDate,
  type ChainedLedgerRecord,
  type Partnership,
  type PartnershipMemberJoined,
  type PartnershipMemberLeft,
  type ServiceLineAdded,
} from '#domain';
import type { Caller } from '../auth/roles';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { partnershipsFamily } from '../ledger/codecs/alliance.codec';
import { Ledger, type CompanyWrite } from '../ledger/ledger';
import { partnershipResponse } from './alliance.mapper';
import { AllianceRecords, idFromName, ledgerRef, recordedDay } from './alliance-records';
import type { AddPartnershipMemberDto, AddServiceLineDto, RecordDepartureDto, RecordPartnershipDto } from './dto/partnership.dto';

/** Partnerships and alliances: dated membership, roles and service lines. */
@Injectable()
export class PartnershipsService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly ledger: Ledger,
    private readonly store: AllianceRecords,
    private readonly companies: CompaniesService,
  ) {}

  async list(companyId: string, asAt: CalendarDate) {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    const organisations = await this.store.organisations(em, companyId);
    return (await this.store.partnerships(em, companyId)).map((p) => partnershipResponse(p, asAt, organisations));
  }

  async get(companyId: string, partnershipId: string, asAt: CalendarDate) {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    const found = await this.store.partnership(em, companyId, partnershipId);
    return partnershipResponse(found, asAt, await this.store.organisations(em, companyId));
  }

  record(companyId: string, dto: RecordPartnershipDto, caller: Caller) {
    return this.ledger.writeForCompany(companyId, caller.name, async (write) => {
      const created = partnership({ id: dto.partnershipId ?? idFromName(dto.name, 'partnershipId'), name: dto.name, note: dto.note ?? null });
      if ((await this.store.partnerships(write.em, companyId)).some((p) => p.id === created.id)) throw AppError.alreadyRecorded('partnership', created.id);
      const entry = await write.append(partnershipsFamily.encode({ type: 'partnership-recorded', effectiveOn: recordedDay(write), partnership: created }));
      return this.respond(write, created, recordedDay(write), entry);
    });
  }

  /** The organisation joins on `on` in `role` (a member as at the end of that day); a fact, so not dated after today. */
  addMember(companyId: string, partnershipId: string, dto: AddPartnershipMemberDto, caller: Caller) {
    return this.change(companyId, partnershipId, caller, async (write, current) => {
      checkNotDatedAfterRecording('joining the partnership', dto.on, write.recordedAt, 'on');
      await this.store.organisation(write.em, companyId, dto.organisationId);
      const on = dto.on;
      const next = joinPartnership(current, { organisationId: dto.organisationId, role: dto.role, on });
      return { next, event: { type: 'partnership-member-joined', effectiveOn: on, partnershipId, organisationId: dto.organisationId, role: dto.role } };
    });
  }

  /** The member leaves on `on` (no longer a member as at the end of that day); not dated after today. */
  recordDeparture(companyId: string, partnershipId: string, organisationId: string, dto: RecordDepartureDto, caller: Caller) {
    return this.change(companyId, partnershipId, caller, async (write, current) => {
      checkNotDatedAfterRecording('leaving the partnership', dto.on, write.recordedAt, 'on');
      await this.store.organisation(write.em, companyId, organisationId);
      const on = dto.on;
      return { next: leavePartnership(current, organisationId, on), event: { type: 'partnership-member-left', effectiveOn: on, partnershipId, organisationId } };
    });
  }

  /** A service line may be planned: it starts at most 2 years and ends at most 15 years ahead (`checkServicePeriodAhead`). */
  addServiceLine(companyId: string, partnershipId: string, dto: AddServiceLineDto, caller: Caller) {
    return this.change(companyId, partnershipId, caller, async (write, current) => {
      checkServicePeriodAhead('the service line', { startOn: dto.startOn, endOn: dto.endOn ?? null }, recordedDay(write));
      await this.store.organisation(write.em, companyId, dto.managedById);
      const line = {
        id: dto.serviceLineId ?? idFromName(dto.name, 'serviceLineId'),
        name: dto.name,
        managedById: dto.managedById,
        startOn: dto.startOn,
        endOn: dto.endOn ?? null,
      };
      const next = addServiceLine(current, line);
      const added = next.serviceLines[next.serviceLines.length - 1];
      return { next, event: { type: 'service-line-added', effectiveOn: added.startOn, partnershipId, serviceLine: added } };
    });
  }

  /** Loads the partnership under the company's write lock, applies one checked change and appends it. */
  private change(
    companyId: string,
    partnershipId: string,
    caller: Caller,
    apply: (write: CompanyWrite, current: Partnership) => Promise<{ next: Partnership; event: PartnershipMemberJoined | PartnershipMemberLeft | ServiceLineAdded }>,
  ) {
    return this.ledger.writeForCompany(companyId, caller.name, async (write) => {
      const current = await this.store.partnership(write.em, companyId, partnershipId);
      const { next, event } = await apply(write, current);
      const entry = await write.append(partnershipsFamily.encode(event));
      return this.respond(write, next, event.effectiveOn, entry);
    });
  }

  private async respond(write: CompanyWrite, p: Partnership, asAt: CalendarDate, entry: ChainedLedgerRecord) {
    const organisations = await this.store.organisations(write.em, write.companyId);
    return { ...partnershipResponse(p, asAt, organisations), ledger: ledgerRef(entry) };
  }
}
