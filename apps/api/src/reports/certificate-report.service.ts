import { Injectable } from '@nestjs/common';
import { certificateLabel, dateOfInstant } from '#domain';
import { renderShareCertificate, type ShareCertificateView } from '#reports';
import { CompaniesService } from '../companies/companies.service';
import { CertificatesService } from '../share-register/certificates.service';
import { ReportDataStore } from './report-data.store';
import { fileSafe, type ReportFile } from './report-file';
import { ReportSpool } from './report-spool';

/**
 * A certificate of the certificate register as it was issued (SH-2, SR-3): everything printed comes
 * from the certificate's own ledger entry (number, holder, date, replacement) and the share's terms,
 * and the document date and ledger head printed are that entry's, so every download is byte-identical
 * until the certificate is cancelled: from then on each copy is marked cancelled, with the day and why.
 */
@Injectable()
export class CertificateReportService {
  constructor(
    private readonly spool: ReportSpool,
    private readonly companies: CompaniesService,
    private readonly certificates: CertificatesService,
    private readonly data: ReportDataStore,
  ) {}

  /** `CERTIFICATE_NOT_FOUND` (404) when no certificate has that number. */
  certificate(companyId: string, certificateNumber: number): Promise<ReportFile> {
    return this.spool.file({ companyId, report: 'issued-certificate.pdf', params: { certificateNumber }, contentType: 'application/pdf' }, async (em) => {
      const company = await this.companies.get(companyId, em);
      const { certificate, share, entry } = await this.certificates.find(em, company, certificateNumber);
      const label = certificateLabel(certificate.certificateNumber);
      const view: ShareCertificateView = {
        // FC-5: the number and office in force on the day the certificate was recorded, as known when it was.
        company: await this.data.companyOn(em, company, dateOfInstant(certificate.recordedAt), certificate.recordedAt),
        asAt: certificate.issuedOn,
        documentDate: certificate.recordedAt,
        ledgerHead: entry,
        certificateNumber: label,
        holderName: certificate.holder.name,
        holderAddress: certificate.holder.address,
        share,
        issuedOn: certificate.issuedOn,
        ...(certificate.replacement
          ? { replacement: { replaces: certificateLabel(certificate.replacement.replacesCertificate), reason: certificate.replacement.reason, indemnityReceivedOn: certificate.replacement.indemnityReceivedOn } }
          : {}),
        ...(certificate.cancelledOn !== null && certificate.cancellationReason !== null ? { cancelled: { on: certificate.cancelledOn, reason: certificate.cancellationReason } } : {}),
      };
      return { filename: `share-certificate-${fileSafe(companyId)}-${label}.pdf`, body: renderShareCertificate(view) };
    });
  }
}
