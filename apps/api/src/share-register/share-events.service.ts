import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { checkNotBeforeCertificate, checkNotBeforeGovernanceRecords, checkPracticeEligible, checkShareEvent, DomainError, refusalWith, type CertificateIssued, type GovernanceState, governanceSettings, particularsOn, type CalendarDate, type ChainedLedgerRecord, type Company, type Holder, type ShareMovement } from '#domain';
import type { Caller } from '../auth/roles';
import { AppError } from '../common/app-error';
import { oncePer } from '../common/once';
import { CompaniesService } from '../companies/companies.service';
import { MemberEntity } from '../database/entities';
import { Ledger, type CompanyWrite, type WritesWithEntry } from '../ledger/ledger';
import { ShareLedgerCache } from '../ledger/share-ledger-cache';
import { appendOnce, type Recorded, type RequestKey } from '../ledger/request-keys';
import { RegisterStore } from './register.store';
import { RegisterWriter, type MemberChange } from './register-writer';
import { ShareBatchStore } from './share-batch.store';
import { GovernanceRecords } from '../governance/governance-records';
import type { HolderDto } from './dto/holder.dto';
import type { CreateShareAllotmentDto, CreateShareCancellationDto, CreateShareTransferDto, ShareEventRequest } from './dto/record-share-event.dto';
import { shareRegisterFamily } from '../ledger/codecs/share-register.codec';
import { PracticeRecords } from '../practices/practice-records';
import { allotmentEvent, cancellationEvent, checkHolderNamedOnce, holderOfMember, missingEffectiveOn, newHolder, stampOf, transferEvent, withoutOwnEventId, type EventStamp } from './share-event-builders';

/**
 * A share event built from a request, the practice a new holding is entered for (or null), and the
 * new holder whose member row is entered with the event (or null: the holder is a member already).
 */
export interface BuiltShareEvent {
  readonly event: ShareMovement;
  readonly practiceId: string | null;
  readonly newMember: Holder | null;
}

/** What a share change would do, found without recording it: the event as it would be entered and the members whose rows change. */
export interface ShareChangePreview {
  readonly event: ShareMovement;
  readonly members: readonly MemberChange[];
}

/** Thrown inside a preview's transaction so that whatever it touched is rolled back. */
class PreviewRollback extends Error {
  constructor(readonly preview: ShareChangePreview) {
    super('preview only');
  }
}

/** The company secretary's share changes: each checked by the domain and appended to the ledger in one transaction. */
@Injectable()
export class ShareEventsService {
  constructor(
    private readonly ledger: Ledger,
    private readonly companies: CompaniesService,
    private readonly register: RegisterStore,
    private readonly writer: RegisterWriter,
    private readonly governance: GovernanceRecords,
    private readonly practices: PracticeRecords,
    private readonly shareLedger: ShareLedgerCache,
    private readonly batchStore: ShareBatchStore,
  ) {}

  /**
   * Allots a share (s.554), once per `key` (an API `Idempotency-Key`, a page form's one-time token):
   * a request whose key was answered before records nothing and gives the entry it recorded
   * (`replayed` says how it met it); an API key sent before with another body is 422 `IDEMPOTENCY_KEY_REUSED`.
   */
  allot(companyId: string, dto: CreateShareAllotmentDto, caller: Caller, key?: RequestKey): Promise<Recorded<ChainedLedgerRecord>> {
    return this.record(companyId, caller, key, (write, company) => this.allotment(write, company, dto));
  }

  /** Registers a transfer (s.770), once per `key` as {@link allot}. */
  transfer(companyId: string, dto: CreateShareTransferDto, caller: Caller, key?: RequestKey): Promise<Recorded<ChainedLedgerRecord>> {
    return this.record(companyId, caller, key, (write, company) => this.registeredTransfer(write, company, dto));
  }

  /** Records a share surrendered, bought back, forfeited or cancelled, once per `key` as {@link allot}. */
  cancel(companyId: string, dto: CreateShareCancellationDto, caller: Caller, key?: RequestKey): Promise<Recorded<ChainedLedgerRecord>> {
    return this.record(companyId, caller, key, (write) => this.cancellation(write, dto));
  }

  /**
   * The allotment, transfer or cancellation `dto` asks for, checked and folded onto the register
   * exactly as {@link allot}, {@link transfer} and {@link cancel} do it, and then rolled back: nothing
   * is appended to the ledger and the projection and members are left as they were. Throws what the
   * real write would throw (the domain's `DomainError` codes, `VALIDATION_FAILED`, `NOT_FOUND`).
   */
  preview(companyId: string, change: ShareEventRequest, caller: Caller): Promise<ShareChangePreview> {
    return this.dryRun(companyId, caller, (write, company) =>
      change.type === 'allotment' ? this.allotment(write, company, change.dto)
      : change.type === 'transfer' ? this.registeredTransfer(write, company, change.dto)
      : this.cancellation(write, change.dto),
    );
  }

  /** The allotment event `dto` asks for, inside the company's write (a new holder is entered in it). */
  async allotment(write: CompanyWrite, company: Company, dto: CreateShareAllotmentDto): Promise<BuiltShareEvent> {
    const holder = await this.resolveHolder(write, company, dto.holder, dto.effectiveOn, { enter: false });
    const shareNumber = dto.shareNumber ?? (await this.writer.state(write)).highest + 1;
    const event = allotmentEvent(this.stamp(write, dto.effectiveOn, dto.authorisedBy), company, dto, holder, shareNumber);
    return { event, practiceId: holder.practiceId, newMember: dto.holder.memberId === undefined ? holder : null };
  }

  /** The registered transfer event `dto` asks for, inside the company's write. */
  async registeredTransfer(write: CompanyWrite, company: Company, dto: CreateShareTransferDto): Promise<BuiltShareEvent> {
    const to = await this.resolveHolder(write, company, dto.to, dto.effectiveOn ?? missingEffectiveOn(), { enter: false });
    const event = transferEvent(this.stamp(write, dto.effectiveOn ?? missingEffectiveOn(), dto.authorisedBy), dto, to);
    return { event, practiceId: to.practiceId, newMember: dto.to.memberId === undefined ? to : null };
  }

  /** The cancellation event `dto` asks for, inside the company's write. */
  async cancellation(write: CompanyWrite, dto: CreateShareCancellationDto): Promise<BuiltShareEvent> {
    const memberId = dto.memberId ?? (await this.register.currentHolder(write.em, write.companyId, dto.shareNumber)) ?? '';
    return { event: cancellationEvent(this.stamp(write, dto.effectiveOn, dto.authorisedBy), dto, memberId), practiceId: null, newMember: null };
  }

  private async dryRun(companyId: string, caller: Caller, build: (write: CompanyWrite, company: Company) => Promise<BuiltShareEvent>): Promise<ShareChangePreview> {
    try {
      await this.ledger.writeForCompany(companyId, caller.name, async (write) => {
        const { event, practiceId } = await build(write, write.company);
        let members: MemberChange[] = [];
        await this.check(write, event, async (checked) => {
          members = await this.writer.preview(write, write.company, checked, practiceId);
        });
        throw new PreviewRollback({ event, members });
      });
    } catch (error) {
      if (error instanceof PreviewRollback) return error.preview;
      throw error;
    }
    throw new Error('a preview ends in its rollback');
  }

  private record(
    companyId: string,
    caller: Caller,
    key: RequestKey | undefined,
    build: (write: CompanyWrite, company: Company) => Promise<BuiltShareEvent>,
  ): Promise<Recorded<ChainedLedgerRecord>> {
    return appendOnce(this.ledger, companyId, caller.name, key, async (write) => {
      const { event, practiceId, newMember } = await build(write, write.company);
      return this.enter(write, write.company, event, practiceId, newMember);
    });
  }

  /**
   * Checks a share event against the register and the articles (`checkShareEvent`), brings the
   * projection up to date and appends the event, inside the company's write; `newMember`, a holder
   * not yet entered (its id just made), is entered as a member with it. The projection changes of an
   * event dated on or after every earlier one, and the new member, go in the entry's own statement.
   */
  async enter(write: CompanyWrite, company: Company, event: ShareMovement, practiceId: string | null, newMember: Holder | null = null): Promise<ChainedLedgerRecord> {
    let alongside: WritesWithEntry | undefined;
    await this.check(write, event, async (checked) => {
      alongside = await this.writer.accept(write, company, checked, practiceId, newMember);
    });
    return write.append(shareRegisterFamily.encode(event), alongside);
  }

  /** `checkShareEvent` with the company's resolutions and settings, the register taking the event through `apply`. */
  private check(write: CompanyWrite, event: ShareMovement, apply: (checked: ShareMovement) => Promise<void>): Promise<void> {
    return checkShareEvent(event, {
      recordedAt: write.recordedAt,
      resolution: async (id) => {
        const resolution = (await this.governanceOf(write)).resolutions.get(id);
        if (!resolution) throw AppError.notFound('resolution', { authorisedBy: id });
        return resolution;
      },
      applyToRegister: apply,
      settings: async () => governanceSettings(write.governanceOverrides),
    })
      .then(async () => {
        // SH-2: not before a certificate already issued for the share (a new share has none).
        if (event.type !== 'allotment') checkNotBeforeCertificate(event, await this.certificatesIssued(write));
        // RM-3 / MA-1 / WR-2: not on or before a members' vote, agreement, presence or chair counted on the member's
        // holding, nor before a written resolution's circulation date, which fixed its eligible members.
        checkNotBeforeGovernanceRecords(event, await this.governanceOf(write));
      })
      .catch(async (error: unknown) => {
        throw withoutOwnEventId(await this.referencesNamed(write, error), event.eventId);
      });
  }

  /** A refusal for want of authority, each resolution it names given its reference (`BR-2014-01`) beside its id. */
  private async referencesNamed(write: CompanyWrite, error: unknown): Promise<unknown> {
    if (!(error instanceof DomainError) || error.code !== 'SHARE_EVENT_NOT_AUTHORISED') return error;
    const { references } = await this.governanceOf(write);
    const named = <T extends { resolutionId: string }>(list: unknown) =>
      ((Array.isArray(list) ? list : []) as T[]).map((r) => ({ ...r, ...(references.byId.get(r.resolutionId) !== undefined ? { reference: references.byId.get(r.resolutionId) } : {}) }));
    const details = error.details as { reasons?: unknown; otherChanges?: unknown };
    return refusalWith(error, { ...details, reasons: named(details.reasons), otherChanges: named(details.otherChanges) });
  }

  /** The resolutions and meetings, folded once per write: share events change none of them. */
  private readonly governanceOf = oncePer((write: CompanyWrite): Promise<GovernanceState> => this.governance.load(write.em, write.companyId));

  /**
   * The certificates issued, read once per write: share events issue none, so a batch of them under
   * one lock reads them for its first transfer or cancellation only.
   */
  private readonly certificatesIssued = oncePer((write: CompanyWrite): Promise<readonly CertificateIssued[]> => this.shareLedger.certificatesIssued(write.em, write.companyId));

  stamp(write: CompanyWrite, effectiveOn: CalendarDate, authorisedBy: string | undefined): EventStamp {
    return stampOf(write.nextSequence, write.recordedAt, effectiveOn, authorisedBy);
  }

  /**
   * An existing member of the company, or a new holder entered in the same transaction. A holder for a
   * practice takes the practice's particulars in force on `on` unless given, and only a practice on the
   * list and open that day may receive a share (SH-5, `PRACTICE_NOT_ELIGIBLE`). With `enter: false`
   * (a transfer only lodged) a new holder gets its member id but no member row: {@link enterMember}
   * enters it when the transfer is registered, so a refused transfer leaves no member behind.
   */
  async resolveHolder(write: CompanyWrite, company: Company, dto: HolderDto, on: CalendarDate, { enter = true } = {}): Promise<Holder> {
    const { em } = write;
    if (dto.memberId !== undefined) {
      checkHolderNamedOnce(dto);
      const member = await em.findOne(MemberEntity, { id: dto.memberId, companyId: company.id });
      if (!member) throw AppError.notFound('member', { memberId: dto.memberId });
      if (member.practiceId) checkPracticeEligible(await this.practices.list(em, company.id), member.practiceId, on);
      return holderOfMember({ ...member, practiceId: member.practiceId ?? null, jointHolders: member.jointHolders ?? null });
    }
    const practice = dto.practiceId === undefined ? null : await this.companies.practice(em, company.id, dto.practiceId);
    let particulars: { name: string; address: string } | undefined = practice ?? undefined;
    if (practice) {
      const list = await this.practices.list(em, company.id);
      checkPracticeEligible(list, practice.id, on);
      particulars = particularsOn(list.get(practice.id)!, on);
    }
    const holder = newHolder(randomUUID(), dto, practice?.id ?? null, particulars);
    if (enter) await this.insertMember(write, company.id, holder);
    return holder;
  }

  /** Enters `holder` as a member of the company unless it already is one (a new holder of a lodged transfer, on registration). */
  async enterMember(write: CompanyWrite, companyId: string, holder: Holder): Promise<void> {
    if (await write.em.findOne(MemberEntity, { id: holder.memberId, companyId })) return;
    await this.insertMember(write, companyId, holder);
  }

  /** Enters `holder`, a new member (its id just made), as a member of the company. */
  private insertMember(write: CompanyWrite, companyId: string, holder: Holder): Promise<void> {
    return this.batchStore.insertMember(write.em, companyId, holder);
  }
}
