import { compareDates } from '../calendar/calendar-date';
import type { CertificateIssued } from './certificates';
import type { ShareCorrection } from './corrections';
import { shareOf, type ShareEvent } from './share-event';

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
