import type { CalendarDate, ChainedLedgerRecord, Holder, Instant, ShareAllotment, ShareCancellation, ShareEvent, ShareTransfer } from '#domain';
import { z } from 'zod';
import { entryKind, LedgerFamily } from '../ledger-codec';
import { calendarDate, entryDate, entryInstant, entryStamp, id, nullableText, positiveWholeNumber, text, wholeNumber } from './fields';
import { isPlainAllotment, isPlainCancellation, isPlainTransfer } from './plain-payload';
import { jointHolders, particularsChange } from './practices.codec';

/*
 * The share register's entries (version 1, as written since the ledger began). An event's id is its
 * entry's sequence number, and its effective date and recording instant are the entry's own: the
 * payload carries the rest.
 */

const holder = z.strictObject({ memberId: id, name: text, address: text, practiceId: id.nullable(), jointHolders });
const authorisedBy = z.string().nullable().optional();

const holderPayload = (h: Holder) => ({
  memberId: h.memberId,
  name: h.name,
  address: h.address,
  practiceId: h.practiceId,
  ...(h.jointHolders && h.jointHolders.length > 0 ? { jointHolders: [...h.jointHolders] } : {}),
});
/**
 * A holder as decoded: `jointHolders` only where the payload has them. The decoders here name each field
 * rather than take an object rest, which the engine copies slowly (every share entry passes here when a
 * ledger is folded or verified).
 */
const holderOf = (h: z.output<typeof holder>): Holder =>
  h.jointHolders
    ? { memberId: h.memberId, name: h.name, address: h.address, practiceId: h.practiceId, jointHolders: h.jointHolders }
    : { memberId: h.memberId, name: h.name, address: h.address, practiceId: h.practiceId };

/**
 * `event` with its entry's stamp added last (see {@link entryStamp}), in place: the same members in the
 * same order as a spread of the stamp, without the copy.
 */
function stamped<T extends object>(event: T, entry: ChainedLedgerRecord): T & Stamp {
  const e = event as T & { eventId: string; effectiveOn: CalendarDate; recordedAt: Instant };
  e.eventId = String(entry.sequence);
  e.effectiveOn = entryDate(entry);
  e.recordedAt = entryInstant(entry);
  return e;
}
type Stamp = ReturnType<typeof entryStamp>;

export const allotment = entryKind<ShareAllotment>()({
  kind: 'share.allotment',
  version: 1,
  schema: z.strictObject({
    type: z.literal('allotment'),
    authorisedBy,
    shareNumber: positiveWholeNumber,
    shareClass: text,
    nominalPence: wholeNumber,
    paidUpPence: wholeNumber,
    holder,
    /** Added for FC-1; absent in entries written before it, and whenever false. */
    subscriber: z.literal(true).optional(),
  }),
  plain: isPlainAllotment,
  encode: (e) => ({
    type: 'allotment' as const,
    authorisedBy: e.authorisedBy ?? null,
    shareNumber: e.shareNumber,
    shareClass: e.shareClass,
    nominalPence: e.nominalPence,
    paidUpPence: e.paidUpPence,
    holder: holderPayload(e.holder),
    ...(e.subscriber ? { subscriber: true as const } : {}),
  }),
  decode: (p, entry) => {
    const e: { -readonly [K in keyof ShareAllotment]?: ShareAllotment[K] } =
      p.authorisedBy !== undefined
        ? { type: p.type, authorisedBy: p.authorisedBy, shareNumber: p.shareNumber, shareClass: p.shareClass, nominalPence: p.nominalPence, paidUpPence: p.paidUpPence, holder: holderOf(p.holder) }
        : { type: p.type, shareNumber: p.shareNumber, shareClass: p.shareClass, nominalPence: p.nominalPence, paidUpPence: p.paidUpPence, holder: holderOf(p.holder) };
    if (p.subscriber) e.subscriber = p.subscriber;
    return stamped(e, entry) as ShareAllotment;
  },
});

export const transfer = entryKind<ShareTransfer>()({
  kind: 'share.transfer',
  version: 1,
  schema: z.strictObject({
    type: z.literal('transfer'),
    authorisedBy,
    shareNumber: positiveWholeNumber,
    fromMemberId: id,
    to: holder,
    lodgedOn: calendarDate,
  }),
  plain: isPlainTransfer,
  encode: (e) => ({
    type: 'transfer' as const,
    authorisedBy: e.authorisedBy ?? null,
    shareNumber: e.shareNumber,
    fromMemberId: e.fromMemberId,
    to: holderPayload(e.to),
    lodgedOn: e.lodgedOn,
  }),
  decode: (p, entry) =>
    stamped(
      p.authorisedBy !== undefined
        ? { type: p.type, authorisedBy: p.authorisedBy, shareNumber: p.shareNumber, fromMemberId: p.fromMemberId, to: holderOf(p.to), lodgedOn: p.lodgedOn }
        : { type: p.type, shareNumber: p.shareNumber, fromMemberId: p.fromMemberId, to: holderOf(p.to), lodgedOn: p.lodgedOn },
      entry,
    ),
});

export const cancellation = entryKind<ShareCancellation>()({
  kind: 'share.cancellation',
  version: 1,
  schema: z.strictObject({
    type: z.literal('cancellation'),
    authorisedBy,
    shareNumber: positiveWholeNumber,
    memberId: z.string(),
    /** `forfeiture` added for SR-1; entries written before it use the other three. */
    reason: z.enum(['surrender', 'buy-back', 'forfeiture', 'cancellation']),
    note: nullableText,
    /** Added for SR-1 (a reduction of capital); absent in entries written before it, and when not given. */
    solvencyStatementOn: calendarDate.optional(),
    courtOrderReference: text.optional(),
    /** Added for SR-1 (a forfeiture under the articles); absent in entries written before it, and when not given. */
    forfeitureNoticeOn: calendarDate.optional(),
    /** Added for SH-4 (a buy-back's price, integer pence); absent in entries written before it, and when not given. */
    pricePence: z.number().int().nonnegative().optional(),
  }),
  plain: isPlainCancellation,
  encode: (e) => ({
    type: 'cancellation' as const,
    authorisedBy: e.authorisedBy ?? null,
    shareNumber: e.shareNumber,
    memberId: e.memberId,
    reason: e.reason,
    note: e.note,
    ...(e.solvencyStatementOn !== undefined ? { solvencyStatementOn: e.solvencyStatementOn } : {}),
    ...(e.courtOrderReference !== undefined ? { courtOrderReference: e.courtOrderReference } : {}),
    ...(e.forfeitureNoticeOn !== undefined ? { forfeitureNoticeOn: e.forfeitureNoticeOn } : {}),
    ...(e.pricePence !== undefined ? { pricePence: e.pricePence } : {}),
  }),
  decode: (p, entry) => ({
    type: p.type,
    ...(p.authorisedBy !== undefined ? { authorisedBy: p.authorisedBy } : {}),
    shareNumber: p.shareNumber,
    memberId: p.memberId,
    reason: p.reason,
    note: p.note,
    ...(p.solvencyStatementOn !== undefined ? { solvencyStatementOn: p.solvencyStatementOn } : {}),
    ...(p.courtOrderReference !== undefined ? { courtOrderReference: p.courtOrderReference } : {}),
    ...(p.forfeitureNoticeOn !== undefined ? { forfeitureNoticeOn: p.forfeitureNoticeOn } : {}),
    ...(p.pricePence !== undefined ? { pricePence: p.pricePence } : {}),
    ...entryStamp(entry),
  }),
});

/** Allotments, transfers and cancellations of shares, and changes of members' particulars: the entries the register of members is folded from. */
export const shareRegisterFamily = new LedgerFamily<ShareEvent>('share register', 'share.', {
  allotment,
  transfer,
  cancellation,
  'particulars-change': particularsChange,
});
