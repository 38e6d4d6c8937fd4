import { randomUUID } from 'node:crypto';
import { checkNotBeforeCertificate, checkNotBeforeGovernanceRecords, checkPracticeEligible, checkShareEvent, DomainError, particularsOn, refusalWith, type CalendarDate, type CertificateIssued, type Company, type GovernanceSettings, type GovernanceState, type Holder, type Instant, type PracticeList, type Resolution, type ShareMovement, type ShareRegister } from '#domain';
import { AppError } from '../common/app-error';
import type { HolderDto } from './dto/holder.dto';
import type { ShareEventRequest } from './dto/record-share-event.dto';
import { BatchProjectionBuilder } from './batch-projection';
import { projectionDelta } from './register-projection';
import type { BatchProjection } from './batch-projection';
import { allotmentEvent, cancellationEvent, checkHolderNamedOnce, holderOfMember, missingEffectiveOn, newHolder, stampOf, transferEvent, withoutOwnEventId, type MemberRow } from './share-event-builders';

/** One event of a batch: its type and its request body, validated. */
export type BatchEvent = ShareEventRequest;

/** What the fold of a batch needs from the company's records, read before it starts (the lazy ones at most once, when first needed). */
export interface BatchContext {
  readonly company: Company;
  /** The sequence the batch's first entry gets, and the instant the write is recorded at. */
  readonly firstSequence: number;
  readonly recordedAt: Instant;
  readonly settings: GovernanceSettings;
  /** The register of every share and member the batch names, folded from the ledger entries about them. */
  readonly register: ShareRegister;
  /** The company's members among the ids the batch names, by id. */
  readonly members: ReadonlyMap<string, MemberRow>;
  /** The ids of the company's practices among those the batch names. */
  readonly practices: ReadonlySet<string>;
  /** The highest share number ever used (0 before the first): an allotment without one takes the next. */
  readonly highestShare: number;
  /** The register's totals on the latest day with a share event, before the batch. */
  readonly totals: { readonly issuedShares: number; readonly currentMembers: number };
  practiceList(): Promise<PracticeList>;
  resolution(id: string): Promise<Resolution>;
  /** The company's resolutions and meetings (for MA-1 / WR-2: the members' votes and agreements). */
  governance(): Promise<GovernanceState>;
  certificatesIssued(): Promise<readonly CertificateIssued[]>;
}

/** The batch's events as checked, the new holders to enter as members, and the projection rows they change. */
export interface FoldedBatch {
  readonly events: readonly ShareMovement[];
  readonly newMembers: readonly Holder[];
  readonly projection: BatchProjection;
}

/**
 * Builds and checks a batch's events in memory, in order, each exactly as `ShareEventsService` builds
 * and checks one alone (the same builders, `checkShareEvent` with the same steps in the same order,
 * SH-2 against the certificates issued), each against the register the events before it left, and
 * folds their projection changes. For events dated on or after every earlier share event only.
 * @throws DomainError the register's or the articles' first broken rule (RM-1…RM-5, SH-1…SH-5, SR-1, SR-2;
 *   `DATED_AFTER_RECORDING`, `PRACTICE_NOT_ELIGIBLE`, `SHARE_EVENT_NOT_AUTHORISED`…), and AppError `NOT_FOUND`
 *   (a member, practice or resolution) or `VALIDATION_FAILED` (a holder given both ways, or neither) — each as
 *   the single path throws it for that event, with its `index` in the details (see {@link atIndex}).
 */
export async function foldBatch(ctx: BatchContext, batch: readonly BatchEvent[]): Promise<FoldedBatch> {
  const stepper = ctx.register.stepwise();
  const projection = new BatchProjectionBuilder(ctx.totals);
  const members = new Map(ctx.members);
  const newMembers: Holder[] = [];
  let highest = ctx.highestShare;
  const events: ShareMovement[] = [];

  /** `ShareEventsService.resolveHolder`, from what was read. */
  const resolveHolder = async (dto: HolderDto, on: CalendarDate): Promise<Holder> => {
    if (dto.memberId !== undefined) {
      checkHolderNamedOnce(dto);
      const member = members.get(dto.memberId);
      if (!member) throw AppError.notFound('member', { memberId: dto.memberId });
      if (member.practiceId) checkPracticeEligible(await ctx.practiceList(), member.practiceId, on);
      return holderOfMember(member);
    }
    let particulars: { name: string; address: string } | undefined;
    if (dto.practiceId !== undefined) {
      if (!ctx.practices.has(dto.practiceId)) throw AppError.notFound('practice', { practiceId: dto.practiceId });
      const list = await ctx.practiceList();
      checkPracticeEligible(list, dto.practiceId, on);
      particulars = particularsOn(list.get(dto.practiceId)!, on);
    }
    const holder = newHolder(randomUUID(), dto, dto.practiceId ?? null, particulars);
    newMembers.push(holder);
    members.set(holder.memberId, { id: holder.memberId, name: holder.name, address: holder.address, practiceId: holder.practiceId, jointHolders: holder.jointHolders ?? null });
    return holder;
  };

  for (const [index, e] of batch.entries()) {
    const stamp = (on: CalendarDate, by: string | undefined) => stampOf(ctx.firstSequence + index, ctx.recordedAt, on, by);
    let event: ShareMovement;
    try {
      if (e.type === 'allotment') {
        const holder = await resolveHolder(e.dto.holder, e.dto.effectiveOn);
        event = allotmentEvent(stamp(e.dto.effectiveOn, e.dto.authorisedBy), ctx.company, e.dto, holder, e.dto.shareNumber ?? highest + 1);
        highest = Math.max(highest, event.shareNumber);
      } else if (e.type === 'transfer') {
        const to = await resolveHolder(e.dto.to, e.dto.effectiveOn ?? missingEffectiveOn());
        event = transferEvent(stamp(e.dto.effectiveOn ?? missingEffectiveOn(), e.dto.authorisedBy), e.dto, to);
      } else {
        const memberId = e.dto.memberId ?? stepper.register.share(e.dto.shareNumber)?.holderId ?? '';
        event = cancellationEvent(stamp(e.dto.effectiveOn, e.dto.authorisedBy), e.dto, memberId);
      }
    } catch (error) {
      throw atIndex(error, index);
    }
    try {
      await checkShareEvent(event, {
        recordedAt: ctx.recordedAt,
        resolution: (id) => ctx.resolution(id),
        applyToRegister: (checked) => {
          const before = stepper.step(checked);
          projection.apply(checked, projectionDelta(checked, before, stepper.register));
        },
        settings: () => ctx.settings,
      });
      // SH-2: not before a certificate already issued for the share (a new share has none).
      if (event.type !== 'allotment') checkNotBeforeCertificate(event, await ctx.certificatesIssued());
      // RM-3 / MA-1 / WR-2: not on or before a members' vote, agreement, presence or chair counted on the member's
      // holding, nor before a written resolution's circulation date, which fixed its eligible members.
      checkNotBeforeGovernanceRecords(event, await ctx.governance());
    } catch (error) {
      throw atIndex(withoutOwnEventId(error, event.eventId), index);
    }
    events.push(event);
  }
  return { events, newMembers, projection: projection.rows() };
}

/** The error an event raised, its message and details naming the event's index in the batch. */
export function atIndex(error: unknown, index: number): unknown {
  const message = (m: string) => `event ${index}: ${m}`;
  if (error instanceof DomainError) return refusalWith(error, { ...error.details, index }, `event ${index}: `);
  if (error instanceof AppError) {
    const details = error.details !== null && typeof error.details === 'object' && !Array.isArray(error.details) ? { ...error.details, index } : { index, problems: error.details };
    return new AppError(error.code, message(error.message), details);
  }
  return error;
}
