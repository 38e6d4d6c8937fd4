import type { Readable } from 'node:stream';
import { signatureLine } from './blocks';
import { formatDate, formatMoney } from './format';
import { renderReport, type ReportSpec } from './pdf-document';
import { Table } from './table';
import { INK, STYLES, type TextStyle } from './typesetter';
import type { ShareCertificateView } from './share-certificate-view';

/** The certificate's title, as printed on it and in its footer. */
export const SHARE_CERTIFICATE_TITLE = 'Share certificate';

/** A draft's title (SH-2): a certificate not yet issued and recorded in the certificate register. */
export const DRAFT_CERTIFICATE_TITLE = 'Draft share certificate';

/** The marking printed above and below a draft, so it cannot pass for an issued certificate. */
export const DRAFT_MARKING = 'DRAFT — not a certificate until issued and recorded';

const NOT_ISSUED = 'not yet issued';

/** Why a certificate was cancelled, in words (SH-2, SR-3, SR-4). */
const CANCELLED_BECAUSE = {
  transfer: 'the share was transferred',
  cancellation: 'the share was cancelled',
  replacement: 'a replacement certificate was issued',
  correction: 'the register entry it certified was corrected',
} as const;

/** The marking printed above and below a cancelled certificate: the day and why (SH-2). */
export function cancelledMarking(cancelled: NonNullable<ShareCertificateView['cancelled']>): string {
  return `CANCELLED on ${formatDate(cancelled.on)}: ${CANCELLED_BECAUSE[cancelled.reason]}. Not evidence of title.`;
}

const LARGE: TextStyle = { ...STYLES.body, size: 10.5, leading: 14 };
const LARGE_BOLD: TextStyle = { ...LARGE, weight: 'bold', size: 12, leading: 16 };
const TITLE: TextStyle = { ...STYLES.title, size: 24, leading: 30 };
const DRAFT_STYLE: TextStyle = { ...LARGE_BOLD, size: 14, leading: 18 };

type Particulars = readonly (readonly [string, string])[];

/**
 * A share certificate for one share (CA 2006 ss.769 and 776; SH-2) as a one-page PDF stream:
 * certificate and share numbers, the holder's name and address, the share's class, nominal value and
 * amount paid up, the date of issue, and lines for a director and the secretary or a witness to sign.
 * With no certificate number it is a draft: titled so, numbered and dated "not yet issued", and
 * marked {@link DRAFT_MARKING} at its head and foot. A certificate since cancelled is marked
 * {@link cancelledMarking} at its head and before its signatures.
 */
export function renderShareCertificate(view: ShareCertificateView): Readable {
  const draft = view.certificateNumber === null;
  const number = view.certificateNumber ?? NOT_ISSUED;
  const spec: ReportSpec = {
    title: draft ? DRAFT_CERTIFICATE_TITLE : SHARE_CERTIFICATE_TITLE,
    subject: draft
      ? `${DRAFT_MARKING}: share number ${view.share.shareNumber}.`
      : `Share certificate ${view.certificateNumber} for share number ${view.share.shareNumber}.`,
    basis: view,
  };
  const { share, company } = view;
  const fullyPaid = share.paidUpPence === share.nominalPence;
  return renderReport(spec, (flow) => {
    flow.newPage();
    const inset = 14;
    const frameTop = flow.y;
    flow.y += inset + 4;
    const inner = { x: flow.left + inset, width: flow.width - 2 * inset };
    const cancelled = !draft && view.cancelled ? cancelledMarking(view.cancelled) : null;
    const marking = () => flow.paragraph(cancelled ?? DRAFT_MARKING, DRAFT_STYLE, { ...inner, align: 'center', spaceAfter: 10, tag: 'P' });
    if (draft || cancelled) marking();
    flow.tagged('P', () => flow.line(`Certificate no. ${number}`, inner.x, flow.y, STYLES.bodyBold));
    flow.tagged('P', () => flow.line(`Share no. ${share.shareNumber}`, inner.x, flow.y, STYLES.bodyBold, inner.width, 'right'));
    flow.y += 28;
    const centred = (text: string, style: TextStyle, spaceAfter = 0, tag: 'P' | 'H1' = 'P') =>
      flow.paragraph(text, style, { ...inner, align: 'center', spaceAfter, tag });
    centred('Share Certificate', TITLE, 6, 'H1');
    centred(company.name, { ...STYLES.companyName, size: 15, leading: 19 }, 2);
    centred(`Company number ${company.number}`, STYLES.muted);
    centred('Incorporated under the Companies Act 2006 as a community interest company limited by shares', STYLES.muted);
    centred(`Registered office: ${company.registeredOffice}`, STYLES.muted, 24);
    centred('This is to certify that', LARGE, 4);
    centred(view.holderName, LARGE_BOLD, 2);
    for (const joint of view.jointHolders ?? []) centred(`and ${joint}`, LARGE_BOLD, 2);
    centred(`of ${view.holderAddress}`, LARGE, 8);
    const paid = fullyPaid ? 'fully paid' : `with ${formatMoney(share.paidUpPence)} paid up`;
    centred(
      `is the registered holder of one ${share.shareClass} share of ${formatMoney(share.nominalPence)}, ${paid}, numbered ${share.shareNumber}, in the above-named company, subject to the articles of association of the company.`,
      LARGE,
      20,
    );
    const particulars: Particulars = [
      ['Certificate number', number],
      ['Share number', String(share.shareNumber)],
      ['Class', share.shareClass],
      ['Nominal value', formatMoney(share.nominalPence)],
      ['Amount paid up', formatMoney(share.paidUpPence)],
      ['Date of issue', draft ? NOT_ISSUED : formatDate(view.issuedOn)],
    ];
    const table = new Table<Particulars>(
      flow,
      particulars.map(([header], i) => ({ header, width: i === 5 ? 1.3 : 1, cell: (row) => row[i][1] })),
      { style: STYLES.body, ...inner },
    );
    table.row(particulars);
    table.end();
    flow.y += 18;
    if (view.replacement) {
      const { replaces, reason, indemnityReceivedOn } = view.replacement;
      centred(
        `Replacement certificate, issued in place of certificate ${replaces} (${reason}), which is cancelled, on an indemnity received on ${formatDate(indemnityReceivedOn)}.`,
        STYLES.bodyBold,
        10,
      );
    }
    if (draft) {
      marking();
      centred('It becomes a certificate only when the company issues it and records it in its certificate register, which gives it its number.', LARGE, 38);
    } else {
      if (cancelled) marking();
      centred(`Issued under the authority of the board of directors. Date of issue: ${formatDate(view.issuedOn)}.`, LARGE, 48);
    }
    const half = (inner.width - 40) / 2;
    signatureLine(flow, inner.x, flow.y, half, 'Director', view.signatories?.director);
    signatureLine(flow, inner.x + half + 40, flow.y, half, 'Secretary / Witness', view.signatories?.secretaryOrWitness);
    flow.y += 48;
    flow.paragraph(
      'No transfer of the share comprised in this certificate can be registered until the certificate has been delivered to the company. As a community interest company, the company is subject to an asset lock: on a winding up a member receives no more than the amount paid up on the share.',
      STYLES.muted,
      { ...inner, spaceAfter: inset },
    );
    flow.frame(flow.left, frameTop, flow.width, flow.y - frameTop, INK, 1.2);
    flow.frame(flow.left + 4, frameTop + 4, flow.width - 8, flow.y - frameTop - 8, INK, 0.4);
  });
}
