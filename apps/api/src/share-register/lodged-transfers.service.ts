import { Inject, Injectable } from '@nestjs/common';
import {
  checkLodging,
  checkNotLodgedAlready,
  checkTransferToAnother,
  checkNotDatedAfterRecording,
  checkRefusalReasons,
  checkTransferDecision,
  evolveLodgedTransfers,
  lodgedTransfers,
  practiceTransferee,
  registrationOf,
  withCorrections,
  type ChainedLedgerRecord,
  type LodgedTransfer,
  type LodgedTransferEvent,
  type LodgedTransferStatus,
} from '#domain';
import type { Caller } from '../auth/roles';
import { AppError } from '../common/app-error';
import { useCaseEm } from '../common/use-case-em';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Em, Orm } from '../database/orm';
import { lodgedTransfersFamily } from '../ledger/codecs/share-records.codec';
import { appendOnce, type Recorded, type RequestKey } from '../ledger/request-keys';
import { Ledger, type CompanyWrite } from '../ledger/ledger';
import { shareCorrections } from '../ledger/share-events-in-force';
import { ShareLedgerCache } from '../ledger/share-ledger-cache';
import type { CreateShareTransferDto } from './dto/record-share-event.dto';
import type { RefuseLodgedTransferDto, RegisterLodgedTransferDto } from './dto/lodged-transfer.dto';
import { ShareEventsService } from './share-events.service';

/**
 * Transfers lodged with the company and decided later (s.771; SH-3): lodging changes nothing on the
 * register (a new holder is entered as a member only on registration); registration enters the share
 * transfer (checked like any other); refusal records the notice of refusal with its reasons. Either decision does the transfer-decision duty.
 */
@Injectable()
export class LodgedTransfersService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly ledger: Ledger,
    private readonly companies: CompaniesService,
    private readonly shares: ShareEventsService,
    private readonly shareLedger: ShareLedgerCache,
  ) {}

  /**
   * Records an instrument of transfer as lodged; the transfer's id is the entry's sequence. SH-3: refused
   * (nothing written) unless the share is in issue and held by `fromMemberId` on `lodgedOn`
   * (`SHARE_NOT_ISSUED`, `SHARE_ALREADY_CANCELLED`, `SHARE_NOT_HELD_BY_MEMBER`), or while the same
   * instrument (share, transferor, transferee) lodged before awaits the directors' decision
   * (`TRANSFER_ALREADY_LODGED`, s.771). A transferee given by the practice of a member already on the
   * register is that member.
   */
  lodge(companyId: string, dto: CreateShareTransferDto, caller: Caller, key?: RequestKey): Promise<Recorded<ChainedLedgerRecord>> {
    if (dto.effectiveOn !== undefined) {
      throw new AppError('VALIDATION_FAILED', 'a lodged transfer has no effectiveOn: it is registered later', [
        { field: 'effectiveOn', problems: ['leave effectiveOn out when status is lodged; register the transfer with POST …/share-transfers/:transferId/registration'] },
      ]);
    }
    if (dto.authorisedBy !== undefined) {
      throw new AppError('VALIDATION_FAILED', 'the authority for a transfer is given when it is registered', [
        { field: 'authorisedBy', problems: ['give authorisedBy with the registration'] },
      ]);
    }
    return appendOnce(this.ledger, companyId, caller.name, key, async (write) => {
      const company = await this.companies.get(companyId, write.em);
      checkNotDatedAfterRecording('the lodging of the transfer', dto.lodgedOn, write.recordedAt, 'lodgedOn');
      // SH-3: the share must be in issue and held by the transferor on the day the instrument is lodged.
      const register = checkLodging({
        company, shareEvents: await this.shareLedger.eventsInForce(write.em, companyId), shareNumber: dto.shareNumber, fromMemberId: dto.fromMemberId, lodgedOn: dto.lodgedOn,
      });
      // A practice already on the register is the member it is; a new holder becomes a member only if the transfer is registered.
      const existing = dto.to.memberId === undefined && dto.to.practiceId !== undefined ? practiceTransferee(register, dto.to.practiceId, dto.fromMemberId) : undefined;
      const to = await this.shares.resolveHolder(write, company, existing ? { memberId: existing.memberId } : dto.to, dto.lodgedOn, { enter: false });
      checkTransferToAnother(dto.fromMemberId, to);
      // s.771: the same instrument, still awaiting the directors' decision, is not lodged again.
      checkNotLodgedAlready((await this.transfers(write.em, companyId)).values(), { shareNumber: dto.shareNumber, fromMemberId: dto.fromMemberId, to });
      const event: LodgedTransferEvent = {
        type: 'lodged',
        eventId: String(write.nextSequence),
        effectiveOn: dto.lodgedOn,
        recordedAt: write.recordedAt,
        shareNumber: dto.shareNumber,
        fromMemberId: dto.fromMemberId,
        to,
      };
      return write.append(lodgedTransfersFamily.encode(event));
    });
  }

  /** Registers a lodged transfer: the share transfer is entered on the register and the decision recorded. */
  register(companyId: string, transferId: string, dto: RegisterLodgedTransferDto, caller: Caller, key?: RequestKey): Promise<Recorded<ChainedLedgerRecord>> {
    return appendOnce(this.ledger, companyId, caller.name, key, async (write) => {
      const company = await this.companies.get(companyId, write.em);
      const transfer = checkTransferDecision((await this.transfers(write.em, companyId)).get(transferId), transferId, dto.effectiveOn);
      const event = registrationOf(transfer, this.shares.stamp(write, dto.effectiveOn, dto.authorisedBy));
      await this.shares.enterMember(write, companyId, event.to);
      const entered = await this.shares.enter(write, company, event, event.to.practiceId);
      await this.decide(write, {
        type: 'registered',
        eventId: String(write.nextSequence),
        effectiveOn: dto.effectiveOn,
        recordedAt: write.recordedAt,
        transferId,
        registeredAs: String(entered.sequence),
      });
      return entered;
    });
  }

  /** Refuses a lodged transfer: the notice of refusal, with its reasons, sent on `refusedOn`. The register is unchanged. */
  refuse(companyId: string, transferId: string, dto: RefuseLodgedTransferDto, caller: Caller, key?: RequestKey): Promise<Recorded<ChainedLedgerRecord>> {
    return appendOnce(this.ledger, companyId, caller.name, key, async (write) => {
      await this.companies.get(companyId, write.em);
      checkRefusalReasons(dto.reasons);
      checkNotDatedAfterRecording('the notice of refusal', dto.refusedOn, write.recordedAt, 'refusedOn');
      return this.decide(write, {
        type: 'refused',
        eventId: String(write.nextSequence),
        effectiveOn: dto.refusedOn,
        recordedAt: write.recordedAt,
        transferId,
        reasons: dto.reasons,
      });
    });
  }

  /**
   * The company's lodged transfers, oldest first, optionally only those with `status`; one whose
   * registered share transfer a correction voided is `corrected` (RM-4, SR-4), naming the correction.
   */
  async list(companyId: string, status: LodgedTransferStatus | undefined): Promise<LodgedTransfer[]> {
    const em = useCaseEm(this.orm);
    await this.companies.get(companyId, em);
    const all = [...withCorrections(await this.transfers(em, companyId), await shareCorrections(this.ledger, em, companyId)).values()];
    return status === undefined ? all : all.filter((t) => t.status === status);
  }

  private async decide(write: CompanyWrite, event: LodgedTransferEvent): Promise<ChainedLedgerRecord> {
    evolveLodgedTransfers(await this.transfers(write.em, write.companyId), event);
    return write.append(lodgedTransfersFamily.encode(event));
  }

  private async transfers(em: Em, companyId: string): Promise<Map<string, LodgedTransfer>> {
    const events: LodgedTransferEvent[] = [];
    for await (const e of this.ledger.events(em, companyId, lodgedTransfersFamily)) events.push(e);
    return lodgedTransfers(events);
  }
}
