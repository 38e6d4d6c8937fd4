import { compareDates, type CalendarDate, type Instant } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import { DomainError } from '../errors';
import { shareOf, type Holder, type ShareEvent } from './share-event';
import { ShareRegister } from './share-register';
import { inEffectiveOrder } from './share-rules';
import type { ShareCorrection } from './corrections';

/** Why a replacement certificate was issued (SR-3; model articles art. 25). */
export type ReplacementReason = 'lost' | 'defaced';

/** What a replacement certificate records about the one it replaces. */
export interface CertificateReplacement {
  readonly replacesCertificate: number;
  readonly reason: ReplacementReason;
  /** The day the holder's indemnity was received: on or before the replacement is issued. */
  readonly indemnityReceivedOn: CalendarDate;
}

/**
 * A share certificate issued (s.769 after an allotment, s.776 after a transfer; SH-2), or a
 * replacement for a lost or defaced one (SR-3). `effectiveOn` is the day it was issued.
 */
export interface CertificateIssued {
  readonly type: 'issued';
  readonly eventId: string;
  readonly effectiveOn: CalendarDate;
  readonly recordedAt: Instant;
  /** Per company, 1, 2, 3 … without gaps, never reused (shown as C-0001). */
  readonly certificateNumber: number;
  readonly shareNumber: number;
  /** The holder as entered on the register on the day of issue. */
  readonly holder: Holder;
  /** The share event (allotment or transfer) that gave the holder the share being certified. */
  readonly holdingEventId: string;
  readonly replacement: CertificateReplacement | null;
}

/** Why a certificate stopped being the holder's evidence of title. `correction`: the holding it certified was corrected away. */
export type CertificateCancellationReason = 'transfer' | 'cancellation' | 'replacement' | 'correction';

/** One row of the certificate register. */
export interface ShareCertificate {
  readonly certificateNumber: number;
  readonly shareNumber: number;
  readonly holder: Holder;
  readonly issuedOn: CalendarDate;
  readonly eventId: string;
  readonly recordedAt: Instant;
  readonly holdingEventId: string;
  readonly replacement: CertificateReplacement | null;
  readonly cancelledOn: CalendarDate | null;
  readonly cancellationReason: CertificateCancellationReason | null;
}

/** `C-0001`: a certificate number as printed. */
export function certificateLabel(certificateNumber: number): string {
  return `C-${String(certificateNumber).padStart(4, '0')}`;
}

/**
 * The certificate number a caller's text gives: the number (`12`, `0012`) or the label as
 * {@link certificateLabel} prints it (`C-0012`, any case), up to nine digits; undefined for anything
 * else, or for 0.
 */
export function certificateNumberOfLabel(text: string): number | undefined {
  const match = /^(?:C-)?(\d{1,9})$/i.exec(text);
  const n = match === null ? 0 : Number(match[1]);
  return n >= 1 ? n : undefined;
}

/**
 * The certificate register: every certificate issued, in number order, each cancelled by the first
 * of: a replacement for it (on the replacement's date), or the transfer or cancellation of its share
 * that ends the holding it certifies (`shareEvents` are the register's events after corrections), or
 * the correcting entry that voided or replaced the entry of that holding (RM-4, SR-4: on the
 * correction's date, reason `correction`; `corrections` are the register's correcting entries). A
 * correction that keeps the certificate's statement true carries it to the corrected entry
 * ({@link certificatesThroughCorrections}): its `holdingEventId` is then that entry's.
 */
export function certificateRegister(asIssued: readonly CertificateIssued[], shareEvents: readonly ShareEvent[], corrections: readonly ShareCorrection[] = []): ShareCertificate[] {
  const issued = certificatesThroughCorrections(asIssued, corrections);
  const correctedOn = new Map(corrections.map((c) => [c.correctsEventId, c.effectiveOn]));
  const ordered = inEffectiveOrder(shareEvents);
  const position = new Map(ordered.map((e, i) => [e.eventId, i]));
  const replacedBy = new Map<number, CertificateIssued>();
  for (const c of issued) if (c.replacement) replacedBy.set(c.replacement.replacesCertificate, c);
  return [...issued]
    .sort((a, b) => a.certificateNumber - b.certificateNumber)
    .map((c) => {
      const base = {
        certificateNumber: c.certificateNumber,
        shareNumber: c.shareNumber,
        holder: c.holder,
        issuedOn: c.effectiveOn,
        eventId: c.eventId,
        recordedAt: c.recordedAt,
        holdingEventId: c.holdingEventId,
        replacement: c.replacement,
      };
      const replacement = replacedBy.get(c.certificateNumber);
      if (replacement) return { ...base, cancelledOn: replacement.effectiveOn, cancellationReason: 'replacement' as const };
      const from = position.get(c.holdingEventId);
      if (from === undefined) return { ...base, cancelledOn: correctedOn.get(c.holdingEventId) ?? null, cancellationReason: 'correction' as const };
      const ending = ordered.slice(from + 1).find((e) => shareOf(e) === c.shareNumber && e.type !== 'allotment' && e.type !== 'particulars-change');
      if (!ending) return { ...base, cancelledOn: null, cancellationReason: null };
      return { ...base, cancelledOn: ending.effectiveOn, cancellationReason: ending.type === 'transfer' ? ('transfer' as const) : ('cancellation' as const) };
    });
}

/** What issuing a certificate needs: the company, its share events (after corrections) and certificates so far. */
export interface CertificateIssue {
  readonly company: Company;
  readonly shareEvents: readonly ShareEvent[];
  readonly issued: readonly CertificateIssued[];
  readonly shareNumber: number;
  readonly issuedOn: CalendarDate;
  readonly eventId: string;
  readonly recordedAt: Instant;
  /**
   * For a replacement (SR-3): why, when the indemnity was received, and (optional) the number of the
   * certificate being replaced, which must be the one in force: a request sent twice replaces it once.
   */
  readonly replacing?: { readonly reason: ReplacementReason; readonly indemnityReceivedOn: CalendarDate; readonly replacesCertificate?: number };
}

/**
 * The next certificate (SH-2, SR-3), numbered one more than the last: for the share's holder on the
 * day of issue. Throws `CERTIFICATE_SHARE_NOT_HELD` when the share is not in issue that day;
 * `CERTIFICATE_ALREADY_ISSUED` when the holding already has a certificate that is not cancelled (a
 * lost one is replaced instead); for a replacement, `NO_CERTIFICATE_TO_REPLACE` when the holding has
 * no certificate in force, `CERTIFICATE_NOT_IN_FORCE` when the certificate named as replaced is not
 * the one in force, and `INDEMNITY_AFTER_REPLACEMENT` when the indemnity came after the issue.
 */
export function issueCertificate(input: CertificateIssue): CertificateIssued {
  const { shareNumber, issuedOn } = input;
  const upToIssue = input.shareEvents.filter((e) => compareDates(e.effectiveOn, issuedOn) <= 0);
  const register = ShareRegister.fold(input.company, upToIssue);
  const holderId = register.share(shareNumber)?.holderId ?? null;
  const member = holderId === null ? undefined : register.member(holderId);
  if (!member) {
    throw new DomainError('CERTIFICATE_SHARE_NOT_HELD', `share ${shareNumber} is not in issue on ${issuedOn}: there is no holder to certify`, {
      shareNumber,
      issuedOn,
    });
  }
  const holding = inEffectiveOrder(upToIssue).filter((e) => shareOf(e) === shareNumber && e.type !== 'cancellation' && e.type !== 'particulars-change').pop()!;
  // The holding's certificates form one chain of replacements: its last (the one no other replaced) is
  // the one in force, if its holding had not ended by the day of issue. Only that one may be replaced,
  // and not by a certificate dated before it (else two would be in force at once).
  const last = certificateRegister(input.issued, input.shareEvents).find((c) => c.holdingEventId === holding.eventId && c.cancellationReason !== 'replacement');
  const inForce = last !== undefined && (last.cancelledOn === null || compareDates(last.cancelledOn, issuedOn) > 0) ? last : undefined;
  let replacement: CertificateReplacement | null = null;
  if (input.replacing) {
    if (!inForce) {
      throw new DomainError('NO_CERTIFICATE_TO_REPLACE', `share ${shareNumber} has no certificate in force on ${issuedOn} to replace; issue one instead`, { shareNumber });
    }
    const named = input.replacing.replacesCertificate;
    if (named !== undefined && named !== inForce.certificateNumber) {
      throw new DomainError(
        'CERTIFICATE_NOT_IN_FORCE',
        `certificate ${certificateLabel(named)} is not the one in force for share ${shareNumber} (${certificateLabel(inForce.certificateNumber)} is): it was not replaced again`,
        { shareNumber, certificateNumber: named, inForce: inForce.certificateNumber },
      );
    }
    if (compareDates(input.replacing.indemnityReceivedOn, issuedOn) > 0) {
      throw new DomainError(
        'INDEMNITY_AFTER_REPLACEMENT',
        `a replacement is issued on an indemnity already received (SR-3): ${input.replacing.indemnityReceivedOn} is after ${issuedOn}`,
        { indemnityReceivedOn: input.replacing.indemnityReceivedOn },
      );
    }
    if (compareDates(issuedOn, inForce.issuedOn) < 0) {
      throw new DomainError(
        'CERTIFICATE_ISSUED_BEFORE_HOLDING',
        `certificate ${certificateLabel(inForce.certificateNumber)}, the one in force for share ${shareNumber}, was issued on ${inForce.issuedOn}; its replacement cannot be dated before it, on ${issuedOn}`,
        { certificateNumber: inForce.certificateNumber },
      );
    }
    replacement = { replacesCertificate: inForce.certificateNumber, reason: input.replacing.reason, indemnityReceivedOn: input.replacing.indemnityReceivedOn };
  } else if (inForce) {
    throw new DomainError(
      'CERTIFICATE_ALREADY_ISSUED',
      `certificate ${certificateLabel(inForce.certificateNumber)} was issued for this holding of share ${shareNumber} on ${inForce.issuedOn}; replace it if it is lost or defaced`,
      { shareNumber, certificateNumber: inForce.certificateNumber },
    );
  }
  return {
    type: 'issued',
    eventId: input.eventId,
    effectiveOn: issuedOn,
    recordedAt: input.recordedAt,
    certificateNumber: input.issued.reduce((n, c) => Math.max(n, c.certificateNumber), 0) + 1,
    shareNumber,
    holder: { memberId: member.memberId, name: member.name, address: member.address, practiceId: member.practiceId },
    holdingEventId: holding.eventId,
    replacement,
  };
}

/**
 * SH-2: a certificate states who held the share on the day it was issued, so a change to the share
 * cannot take effect before a certificate already issued for it (put a wrong certificate right by a
 * correction instead). Throws `EVENT_PREDATES_DEPENDENCY` naming the certificate.
 */
export function checkNotBeforeCertificate(event: ShareEvent, issued: readonly CertificateIssued[]): void {
  const shareNumber = shareOf(event);
  if (shareNumber === null) return;
  const later = issued.filter((c) => c.shareNumber === shareNumber && compareDates(c.effectiveOn, event.effectiveOn) > 0);
  if (later.length === 0) return;
  const last = later.reduce((a, b) => (compareDates(b.effectiveOn, a.effectiveOn) > 0 ? b : a));
  throw new DomainError(
    'EVENT_PREDATES_DEPENDENCY',
    `certificate ${certificateLabel(last.certificateNumber)} for share ${shareNumber} was issued to ${last.holder.name} on ${last.effectiveOn}; a change to the share cannot take effect before it, on ${event.effectiveOn} (correct the entry instead)`,
    { shareNumber, certificateNumber: last.certificateNumber, lastChangedOn: last.effectiveOn },
  );
}

/**
 * SH-2 with SR-4: the certificates issued, each naming the holding it certifies as the register's
 * corrections leave it (`holdingEventId`). A certificate states that a member held a share on the day it
 * was issued; a correction that puts, in place of the holding's entry, an entry of the same share to the
 * same member dated on or before that day (a transfer's date put right, say) leaves that statement
 * true, so the certificate certifies the corrected entry and stays in force. A chain of such corrections
 * is followed to its end. A correction that voids the entry, or puts in its place one of another share,
 * another member or a later day, leaves the certificate naming the voided entry (the certificate register
 * then cancels it, reason `correction`). Certificates with nothing to carry are given back as they are.
 */
export function certificatesThroughCorrections(issued: readonly CertificateIssued[], corrections: readonly ShareCorrection[]): readonly CertificateIssued[] {
  if (corrections.length === 0) return issued;
  const byCorrected = new Map(corrections.map((c) => [c.correctsEventId, c]));
  return issued.map((certificate) => {
    let holding = certificate.holdingEventId;
    for (let c = byCorrected.get(holding); c?.replacement && keepsCertificateTrue(c.replacement, certificate); c = byCorrected.get(holding)) holding = c.eventId;
    return holding === certificate.holdingEventId ? certificate : { ...certificate, holdingEventId: holding };
  });
}

/** The replacement entry gives the certificate's holder the certificate's share on or before its day of issue. */
function keepsCertificateTrue(replacement: ShareEvent, certificate: CertificateIssued): boolean {
  const holderId = replacement.type === 'allotment' ? replacement.holder.memberId : replacement.type === 'transfer' ? replacement.to.memberId : null;
  return holderId === certificate.holder.memberId && shareOf(replacement) === certificate.shareNumber && compareDates(replacement.effectiveOn, certificate.effectiveOn) <= 0;
}
