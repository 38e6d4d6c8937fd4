import type { CertificateIssued, Holder, LodgedTransferEvent, ShareCorrection, TransferLodged, TransferRefused, TransferRegistered } from '#domain';
import { z } from 'zod';
import { entryKind, LedgerFamily } from '../ledger-codec';
import { calendarDate, entryStamp, id, nullableText, positiveWholeNumber, text } from './fields';
import { shareRegisterFamily } from './share-register.codec';

/*
 * The records kept beside the register of members: transfers lodged and decided (s.771), the
 * certificate register (ss.769, 776; SR-3) and correcting entries (s.125; RM-4, SR-4). Each family has
 * its own prefix, so the share register's reads (`share.`) never see them.
 */

const holder = z.strictObject({ memberId: id, name: text, address: text, practiceId: id.nullable() });
const holderPayload = (h: Holder) => ({ memberId: h.memberId, name: h.name, address: h.address, practiceId: h.practiceId });

const lodged = entryKind<TransferLodged>()({
  kind: 'share-transfer.lodged',
  version: 1,
  schema: z.strictObject({ type: z.literal('lodged'), shareNumber: positiveWholeNumber, fromMemberId: id, to: holder }),
  encode: (e) => ({ type: 'lodged' as const, shareNumber: e.shareNumber, fromMemberId: e.fromMemberId, to: holderPayload(e.to) }),
  decode: (p, entry) => ({ ...p, ...entryStamp(entry) }),
});

const registered = entryKind<TransferRegistered>()({
  kind: 'share-transfer.registered',
  version: 1,
  schema: z.strictObject({ type: z.literal('registered'), transferId: id, registeredAs: id }),
  encode: (e) => ({ type: 'registered' as const, transferId: e.transferId, registeredAs: e.registeredAs }),
  decode: (p, entry) => ({ ...p, ...entryStamp(entry) }),
});

const refused = entryKind<TransferRefused>()({
  kind: 'share-transfer.refused',
  version: 1,
  schema: z.strictObject({ type: z.literal('refused'), transferId: id, reasons: text }),
  encode: (e) => ({ type: 'refused' as const, transferId: e.transferId, reasons: e.reasons }),
  decode: (p, entry) => ({ ...p, ...entryStamp(entry) }),
});

/** Transfers lodged with the company, and their registration or refusal (s.771; SH-3). */
export const lodgedTransfersFamily = new LedgerFamily<LodgedTransferEvent>('lodged transfers', 'share-transfer.', { lodged, registered, refused });

const issued = entryKind<CertificateIssued>()({
  kind: 'share-certificate.issued',
  version: 1,
  schema: z.strictObject({
    type: z.literal('issued'),
    certificateNumber: positiveWholeNumber,
    shareNumber: positiveWholeNumber,
    holder,
    holdingEventId: id,
    replacement: z
      .strictObject({ replacesCertificate: positiveWholeNumber, reason: z.enum(['lost', 'defaced']), indemnityReceivedOn: calendarDate })
      .nullable(),
  }),
  encode: (e) => ({
    type: 'issued' as const,
    certificateNumber: e.certificateNumber,
    shareNumber: e.shareNumber,
    holder: holderPayload(e.holder),
    holdingEventId: e.holdingEventId,
    replacement: e.replacement && {
      replacesCertificate: e.replacement.replacesCertificate,
      reason: e.replacement.reason,
      indemnityReceivedOn: e.replacement.indemnityReceivedOn,
    },
  }),
  decode: (p, entry) => ({ ...p, ...entryStamp(entry) }),
});

/** The certificate register: certificates issued, and replacements (SH-2, SR-3). */
export const certificatesFamily = new LedgerFamily<CertificateIssued>('certificates', 'share-certificate.', { issued });

/** A replacement share event, stored as the entry it would have been: its kind, date and payload. */
const replacementEntry = z.strictObject({ kind: z.string().startsWith(shareRegisterFamily.prefix), effectiveOn: calendarDate, payload: z.record(z.string(), z.unknown()) });

const correction = entryKind<ShareCorrection>()({
  kind: 'share-correction.recorded',
  version: 1,
  schema: z.strictObject({
    type: z.literal('correction'),
    correctsSequence: positiveWholeNumber,
    reason: text,
    courtOrderReference: nullableText,
    replacement: replacementEntry.nullable(),
  }),
  encode: (e) => ({
    type: 'correction' as const,
    correctsSequence: Number(e.correctsEventId),
    reason: e.reason,
    courtOrderReference: e.courtOrderReference,
    replacement: e.replacement && (shareRegisterFamily.encode(e.replacement) as z.input<typeof replacementEntry>),
  }),
  decode: ({ correctsSequence, replacement, ...p }, entry) => ({
    ...p,
    correctsEventId: String(correctsSequence),
    replacement: replacement && shareRegisterFamily.decode({ ...entry, kind: replacement.kind, effectiveOn: replacement.effectiveOn, payload: replacement.payload as never }),
    ...entryStamp(entry),
  }),
});

/** Correcting entries of the register of members (s.125; RM-4, SR-4). */
export const shareCorrectionsFamily = new LedgerFamily<ShareCorrection>('share corrections', 'share-correction.', { correction });
