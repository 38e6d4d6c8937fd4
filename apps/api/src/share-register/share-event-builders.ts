import { DomainError, refusalWith, type CalendarDate, type Company, type Holder, type Instant, type ShareAllotment, type ShareCancellation, type ShareTransfer } from '#domain';
import { AppError } from '../common/app-error';
import type { HolderDto } from './dto/holder.dto';
import type { CreateShareAllotmentDto, CreateShareCancellationDto, CreateShareTransferDto } from './dto/record-share-event.dto';

/*
 * The share events a request asks for, built the same way whether recorded alone
 * (`ShareEventsService`) or in a batch (`ShareBatchFold`): the one place their payloads are shaped.
 */

/** What every share event carries: its ledger sequence as id, its date, when it is recorded and the resolution it names. */
export interface EventStamp {
  readonly eventId: string;
  readonly effectiveOn: CalendarDate;
  readonly recordedAt: Instant;
  readonly authorisedBy: string | null;
}

export function stampOf(sequence: number, recordedAt: Instant, effectiveOn: CalendarDate, authorisedBy: string | undefined): EventStamp {
  return { eventId: String(sequence), effectiveOn, recordedAt, authorisedBy: authorisedBy ?? null };
}

/** The allotment of `shareNumber` to `holder` on the articles' terms (paid up in full unless `dto` says less). */
export function allotmentEvent(stamp: EventStamp, company: Company, dto: CreateShareAllotmentDto, holder: Holder, shareNumber: number): ShareAllotment {
  return {
    type: 'allotment',
    ...stamp,
    shareNumber,
    shareClass: company.articles.shareClass,
    nominalPence: company.articles.nominalValuePence,
    paidUpPence: dto.paidUpPence ?? company.articles.nominalValuePence,
    holder,
    ...(dto.subscriber ? { subscriber: true } : {}),
  };
}

/** The registered transfer `dto` asks for, to `to`. */
export function transferEvent(stamp: EventStamp, dto: CreateShareTransferDto, to: Holder): ShareTransfer {
  return { type: 'transfer', ...stamp, shareNumber: dto.shareNumber, fromMemberId: dto.fromMemberId, to, lodgedOn: dto.lodgedOn };
}

/** The cancellation `dto` asks for, of the share `memberId` holds ('' when no one does). */
export function cancellationEvent(stamp: EventStamp, dto: CreateShareCancellationDto, memberId: string): ShareCancellation {
  return {
    type: 'cancellation',
    ...stamp,
    shareNumber: dto.shareNumber,
    memberId,
    reason: dto.reason,
    note: dto.note ?? null,
    ...(dto.solvencyStatementOn !== undefined ? { solvencyStatementOn: dto.solvencyStatementOn } : {}),
    ...(dto.courtOrderReference !== undefined ? { courtOrderReference: dto.courtOrderReference } : {}),
    ...(dto.forfeitureNoticeOn !== undefined ? { forfeitureNoticeOn: dto.forfeitureNoticeOn } : {}),
    ...(dto.pricePence !== undefined ? { pricePence: dto.pricePence } : {}),
  };
}

/** A member's row as the member table holds it: its current particulars. */
export interface MemberRow {
  readonly id: string;
  readonly name: string;
  readonly address: string;
  readonly practiceId: string | null;
  readonly jointHolders: readonly string[] | null;
}

/** The holder an existing member is entered as. */
export function holderOfMember(member: MemberRow): Holder {
  const joint = member.jointHolders && member.jointHolders.length > 0 ? { jointHolders: member.jointHolders } : {};
  return { memberId: member.id, name: member.name, address: member.address, practiceId: member.practiceId ?? null, ...joint };
}

/** @throws AppError VALIDATION_FAILED when `dto` names a member and also gives a new holder's details. */
export function checkHolderNamedOnce(dto: HolderDto): void {
  if (dto.practiceId !== undefined || dto.name !== undefined || dto.address !== undefined || dto.jointHolders !== undefined) {
    throw new AppError('VALIDATION_FAILED', 'give either memberId or the new holder’s details, not both', [
      { field: 'holder', problems: ['memberId cannot be combined with practiceId, name or address'] },
    ]);
  }
}

/**
 * A new holder with member id `memberId`: the name and address `dto` gives, else the practice's `particulars`.
 * @throws AppError VALIDATION_FAILED when neither gives a name and an address.
 */
export function newHolder(memberId: string, dto: HolderDto, practiceId: string | null, particulars: { name: string; address: string } | undefined): Holder {
  const name = dto.name ?? particulars?.name;
  const address = dto.address ?? particulars?.address;
  if (name === undefined || address === undefined) {
    throw new AppError('VALIDATION_FAILED', 'a new holder needs a name and an address, or a practice', [
      { field: 'holder', problems: ['give memberId, practiceId, or name and address'] },
    ]);
  }
  const jointHolders = dto.jointHolders && dto.jointHolders.length > 0 ? dto.jointHolders : null;
  return { memberId, name, address, practiceId, ...(jointHolders ? { jointHolders } : {}) };
}

/**
 * A refusal names the entry it clashes with (`details.eventId`, a later entry of the ledger); when
 * that is the refused event itself, which was never written, the id is left out.
 */
export function withoutOwnEventId(error: unknown, eventId: string): unknown {
  if (!(error instanceof DomainError) || (error.details as { eventId?: unknown } | undefined)?.eventId !== eventId) return error;
  const { eventId: _own, ...details } = error.details as Record<string, unknown>;
  return refusalWith(error, details);
}

/** @throws AppError VALIDATION_FAILED: a transfer registered at once needs the day it is registered. */
export function missingEffectiveOn(): never {
  throw new AppError('VALIDATION_FAILED', 'a transfer registered at once needs effectiveOn', [{ field: 'effectiveOn', problems: ['effectiveOn must be a calendar date'] }]);
}
