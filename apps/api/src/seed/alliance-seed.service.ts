import { Injectable, Logger } from '@nestjs/common';
import { NetworksService } from '../alliance/networks.service';
import { OrganisationsService } from '../alliance/organisations.service';
import { PartnershipsService } from '../alliance/partnerships.service';
import { ServiceContractsService } from '../alliance/service-contracts.service';
import type { Caller } from '../auth/roles';
import { staffListToCsv } from '../tupe/staff-list-csv';
import { TupeStaffService } from '../tupe/tupe-staff.service';
import { TupeTransfersService } from '../tupe/tupe-transfers.service';
import { healthVisitingTransfer2016 } from './health-visiting-2016';
import { towerHamletsAlliance } from './tower-hamlets-alliance';

const SEEDER: Caller = { tokenId: 'seed', name: 'seed', role: 'secretary' };

/**
 * The Tower Hamlets alliance, contracts and networks from FACTS.md, and the 2016 health visiting
 * transfer with its 140 synthetic employees, entered through the same use cases as the API so that
 * the ledger covers every record (what is synthetic says so in its note, name or summary).
 */
@Injectable()
export class AllianceSeedService {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly organisations: OrganisationsService,
    private readonly partnerships: PartnershipsService,
    private readonly contracts: ServiceContractsService,
    private readonly networks: NetworksService,
    private readonly transfers: TupeTransfersService,
    private readonly staff: TupeStaffService,
  ) {}

  async seedTowerHamletsAlliance(companyId: string): Promise<void> {
    const data = towerHamletsAlliance();
    for (const o of data.organisations) {
      await this.organisations.record(companyId, { organisationId: o.id, name: o.name, kind: o.kind, note: o.note ?? undefined }, SEEDER);
    }
    for (const p of data.partnerships) {
      await this.partnerships.record(companyId, { partnershipId: p.id, name: p.name, note: p.note ?? undefined }, SEEDER);
      for (const m of p.memberships) {
        await this.partnerships.addMember(companyId, p.id, { organisationId: m.organisationId, role: m.role, on: m.joinedOn }, SEEDER);
        if (m.leftOn !== null) await this.partnerships.recordDeparture(companyId, p.id, m.organisationId, { on: m.leftOn }, SEEDER);
      }
      for (const l of p.serviceLines) {
        const line = { serviceLineId: l.id, name: l.name, managedById: l.managedById, startOn: l.startOn, endOn: l.endOn ?? undefined };
        await this.partnerships.addServiceLine(companyId, p.id, line, SEEDER);
      }
    }
    for (const c of data.serviceContracts) {
      const contract = {
        contractId: c.id,
        name: c.name,
        holderId: c.holderId,
        commissionerId: c.commissionerId ?? undefined,
        partnershipId: c.partnershipId ?? undefined,
        startOn: c.startOn,
        endOn: c.endOn ?? undefined,
        note: c.note ?? undefined,
      };
      await this.contracts.record(companyId, contract, SEEDER);
      for (const ch of c.commissionerChanges) {
        await this.contracts.changeCommissioner(companyId, c.id, { commissionerId: ch.commissionerId, on: ch.on, reason: ch.reason ?? undefined }, SEEDER);
      }
    }
    for (const n of data.practiceNetworks.networks) await this.networks.record(companyId, { networkId: n.id, name: n.name }, SEEDER);
    for (const m of data.practiceNetworks.memberships) {
      await this.networks.addPractice(companyId, m.networkId, { practiceId: m.practiceId, on: m.joinedOn }, SEEDER);
    }
    await this.seedHealthVisitingTransfer(companyId);
    this.logger.log(
      `seeded the alliance: ${data.organisations.length} organisations, ${data.partnerships.length} partnerships, ` +
        `${data.serviceContracts.length} contracts, ${data.practiceNetworks.networks.length} networks, the 2016 health visiting transfer`,
    );
  }

  /** The 2016-04-01 transfer from Barts Health: recorded, its consultation log, ELI received, and the staff list imported as CSV. */
  private async seedHealthVisitingTransfer(companyId: string): Promise<void> {
    const { transfer: t, employees } = healthVisitingTransfer2016();
    const measure = (m: { envisaged: boolean; description: string } | null) => m ?? undefined;
    await this.transfers.create(
      companyId,
      {
        transferId: t.id,
        transferorId: t.transferorId,
        transfereeId: t.transfereeId,
        serviceContractId: t.serviceContractId ?? undefined,
        type: t.type,
        transferDate: t.transferDate,
        eliSpecialCircumstances: t.eliSpecialCircumstances ?? undefined,
        representation: { ...t.representation, employerHeadcount: t.representation.employerHeadcount ?? undefined },
        measures: { transferor: measure(t.measures.transferor), transferee: measure(t.measures.transferee) },
        pension: t.pension ? { route: t.pension.route, reference: t.pension.reference ?? undefined } : undefined,
      },
      SEEDER,
    );
    for (const e of t.log) {
      const entry = { entryId: e.id, on: e.on, by: e.by, kind: e.kind, audience: e.audience, summary: e.summary, repliesTo: e.repliesTo ?? undefined };
      await this.transfers.recordConsultation(companyId, t.id, entry, SEEDER);
    }
    if (t.eliReceivedOn !== null) await this.transfers.recordEliReceipt(companyId, t.id, { receivedOn: t.eliReceivedOn }, SEEDER);
    for (const on of t.eliUpdatesOn) await this.transfers.recordEliReceipt(companyId, t.id, { receivedOn: on }, SEEDER);
    await this.staff.import(companyId, t.id, { format: 'csv', text: staffListToCsv(employees) }, SEEDER);
  }
}
