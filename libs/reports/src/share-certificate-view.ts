import type { CalendarDateString, ReportBasis, ShareView } from './view-models';

/** A share certificate for one share (SH-2). */
export interface ShareCertificateView extends ReportBasis {
  /**
   * SH-2: the number in the certificate register (`C-0001`); null for a draft of a certificate not yet
   * issued, printed "not yet issued" and marked DRAFT on the page, with no date of issue.
   */
  readonly certificateNumber: string | null;
  /** Every joint holder's name in one string, as on the register (RM-2). */
  readonly holderName: string;
  /** RM-2: the other joint holders, after the first-named `holderName`; all are named on the certificate. */
  readonly jointHolders?: readonly string[];
  readonly holderAddress: string;
  readonly share: ShareView;
  readonly issuedOn: CalendarDateString;
  /** Names printed under the signature lines; blank lines are left for hand-written names when absent. */
  readonly signatories?: { readonly director?: string; readonly secretaryOrWitness?: string };
  /** SR-3: a replacement certificate says so, and which certificate it replaces and why. */
  readonly replacement?: { readonly replaces: string; readonly reason: 'lost' | 'defaced'; readonly indemnityReceivedOn: CalendarDateString };
  /** SH-2, SR-4: a certificate since cancelled, the day and why; its copy is marked cancelled, not to pass for evidence of title. */
  readonly cancelled?: { readonly on: CalendarDateString; readonly reason: 'transfer' | 'cancellation' | 'replacement' | 'correction' } | null;
}
