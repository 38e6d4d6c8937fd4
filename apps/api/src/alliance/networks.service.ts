import { Inject, Injectable } from '@nestjs/common';
import { checkNotDatedAfterRecording, joinNetwork, movePractice, networksAsAt, withNetwork, type CalendarDate, type PracticeNetworks } from '#domain';
import type { Caller } from '../auth/roles';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { networksFamily } from '../ledger/codecs/alliance.codec';
import { Ledger } from '../ledger/ledger';
import { networkResponse } from './alliance.mapper';
import { AllianceRecords, idFromName, ledgerRef, recordedDay } from './alliance-records';
import type { AddNetworkPracticeDto, MovePracticeDto, RecordNetworkDto } from './dto/network.dto';

/** The practice networks and which practice is in which, by date. */
@Injectable()
export class NetworksService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly ledger: Ledger,
    private readonly store: AllianceRecords,
    private readonly companies: CompaniesService,
  ) {}

  async asAt(companyId: string, asAt: CalendarDate) {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    return { asAt, networks: networksAsAt(await this.store.networks(em, companyId), asAt).map(networkResponse) };
  }

  record(companyId: string, dto: RecordNetworkDto, caller: Caller) {
    return this.ledger.writeForCompany(companyId, caller.name, async (write) => {
      const network = { id: dto.networkId ?? idFromName(dto.name, 'networkId'), name: dto.name.trim() };
      const state = await this.store.networks(write.em, companyId);
      if (state.networks.some((n) => n.id === network.id)) throw AppError.alreadyRecorded('network', network.id);
      const on = recordedDay(write);
      const entry = await write.append(networksFamily.encode({ type: 'network-recorded', effectiveOn: on, network }));
      return { ...this.one(withNetwork(state, network), network.id, on), ledger: ledgerRef(entry) };
    });
  }

  /** A practice of the company joins the network on `on`: a fact, so not dated after today (`DATED_AFTER_RECORDING`). */
  addPractice(companyId: string, networkId: string, dto: AddNetworkPracticeDto, caller: Caller) {
    return this.ledger.writeForCompany(companyId, caller.name, async (write) => {
      checkNotDatedAfterRecording('the practice joining the network', dto.on, write.recordedAt, 'on');
      const state = await this.store.networks(write.em, companyId);
      if (!state.networks.some((n) => n.id === networkId)) throw AppError.notFound('network', { networkId });
      await this.companies.practice(write.em, companyId, dto.practiceId);
      const on = dto.on;
      const next = joinNetwork(state, { practiceId: dto.practiceId, networkId, on });
      const entry = await write.append(networksFamily.encode({ type: 'practice-joined-network', effectiveOn: on, practiceId: dto.practiceId, networkId }));
      return { ...this.one(next, networkId, on), ledger: ledgerRef(entry) };
    });
  }

  /** The practice leaves its network on `on` and joins `toNetworkId` the same day; not dated after today. */
  move(companyId: string, dto: MovePracticeDto, caller: Caller) {
    return this.ledger.writeForCompany(companyId, caller.name, async (write) => {
      checkNotDatedAfterRecording('the move to another network', dto.on, write.recordedAt, 'on');
      const state = await this.store.networks(write.em, companyId);
      await this.companies.practice(write.em, companyId, dto.practiceId);
      const on = dto.on;
      const from = state.memberships.find((m) => m.practiceId === dto.practiceId && m.leftOn === null)?.networkId ?? null;
      const next = movePractice(state, dto.practiceId, dto.toNetworkId, on);
      const moved = { type: 'practice-moved-network', effectiveOn: on, practiceId: dto.practiceId, fromNetworkId: from, toNetworkId: dto.toNetworkId } as const;
      const entry = await write.append(networksFamily.encode(moved));
      const networks = networksAsAt(next, on).filter((n) => n.networkId === from || n.networkId === dto.toNetworkId);
      return { practiceId: dto.practiceId, on, fromNetworkId: from, toNetworkId: dto.toNetworkId, networks: networks.map(networkResponse), ledger: ledgerRef(entry) };
    });
  }

  private one(state: PracticeNetworks, networkId: string, asAt: CalendarDate) {
    return { asAt, ...networkResponse(networksAsAt(state, asAt).find((n) => n.networkId === networkId)!) };
  }
}
