import { certificateLabel, compareDates, type CalendarDate, type ShareCertificate } from '#domain';

/**
 * SH-2: for a member's page as at `asAt`, each share number → the label (`C-0005`) of the certificate
 * that member held for it at the end of that day: issued to the member by then and not yet cancelled
 * (by a transfer, a cancellation, a replacement or a correction). A share held then with no entry here
 * had no certificate in force for that holding.
 */
export function certificatesHeldOn(certificates: readonly ShareCertificate[], memberId: string, asAt: CalendarDate): ReadonlyMap<number, string> {
  const held = certificates.filter(
    (c) => c.holder.memberId === memberId && compareDates(c.issuedOn, asAt) <= 0 && (c.cancelledOn === null || compareDates(c.cancelledOn, asAt) > 0),
  );
  return new Map(held.map((c) => [c.shareNumber, certificateLabel(c.certificateNumber)]));
}
