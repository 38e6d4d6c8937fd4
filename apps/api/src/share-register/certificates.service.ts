import { Inject, Injectable } from '@nestjs/common';
import {
  certificateRegister,
  certificatesThroughCorrections,
  checkNotDatedAfterRecording,
  DomainError,
  issueCertificate,
  ShareRegister,
  type CalendarDate,
  type CertificateIssued,
  type ChainedLedgerRecord,
  type Company,
  type ReplacementReason,
  type ShareCertificate,
  type ShareRecord,
} from '#domain';
import type { Caller } from '../auth/roles';
import { useCaseEm } from '../common/use-case-em';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Em, Orm } from '../database/orm';
import { certificatesFamily } from '../ledger/codecs/share-records.codec';
import { Ledger } from '../ledger/ledger';
import { ShareLedgerCache } from '../ledger/share-ledger-cache';
import { shareCorrections, shareEventsInForce } from '../ledger/share-events-in-force';

/** A certificate as issued, with what its PDF prints beyond the register: the share's terms and its ledger entry. */
export interface IssuedCertificate {
  readonly certificate: ShareCertificate;
  readonly share: Pick<ShareRecord, 'shareNumber' | 'shareClass' | 'nominalPence' | 'paidUpPence'>;
  readonly entry: { readonly sequence: number; readonly hash: string };
}

/**
 * The certificate register (SH-2, SR-3): certificates issued for allotments and transfers, numbered
 * 1, 2, 3 … per company, replacements for lost or defaced ones, and the cancellations that follow
 * from transfers, cancellations of shares and replacements.
 */
@Injectable()
export class CertificatesService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly ledger: Ledger,
    private readonly companies: CompaniesService,
    private readonly shares: ShareLedgerCache,
  ) {}

  /** Issues the certificate for the share's holding on `issuedOn`; it does the holding's SH-2 duty. */
  issue(companyId: string, shareNumber: number, issuedOn: CalendarDate, caller: Caller): Promise<ChainedLedgerRecord> {
    return this.record(companyId, caller, shareNumber, issuedOn);
  }

  /** Issues a replacement for a lost or defaced certificate, on an indemnity received (SR-3); the old one is cancelled. */
  replace(
    companyId: string,
    shareNumber: number,
    replacing: { reason: ReplacementReason; indemnityReceivedOn: CalendarDate; issuedOn: CalendarDate; replacesCertificate?: number },
    caller: Caller,
  ): Promise<ChainedLedgerRecord> {
    const { issuedOn, ...rest } = replacing;
    return this.record(companyId, caller, shareNumber, issuedOn, rest);
  }

  /** Every certificate, in number order. */
  async list(companyId: string): Promise<ShareCertificate[]> {
    const em = useCaseEm(this.orm);
    await this.companies.get(companyId, em);
    const { issued } = await this.issued(em, companyId);
    return certificateRegister(issued, await this.shares.eventsInForce(em, companyId), await shareCorrections(this.ledger, em, companyId));
  }

  /** One certificate as issued; `CERTIFICATE_NOT_FOUND` when there is none with that number. */
  async find(em: Em, company: Company, certificateNumber: number): Promise<IssuedCertificate> {
    const { issued, hashes } = await this.issued(em, company.id);
    const events = await this.shares.eventsInForce(em, company.id);
    const certificate = certificateRegister(issued, events, await shareCorrections(this.ledger, em, company.id)).find((c) => c.certificateNumber === certificateNumber);
    if (!certificate) {
      throw new DomainError('CERTIFICATE_NOT_FOUND', `no certificate numbered ${certificateNumber} has been issued`, { certificateNumber });
    }
    const until = events.filter((e) => e.effectiveOn <= certificate.issuedOn);
    // The share's terms on the day of issue; the articles' when a correction has since voided its allotment.
    const { shareClass, nominalValuePence } = company.articles;
    const share = ShareRegister.fold(company, until).share(certificate.shareNumber) ?? {
      shareClass,
      nominalPence: nominalValuePence,
      paidUpPence: nominalValuePence,
    };
    const sequence = Number(certificate.eventId);
    return {
      certificate,
      share: { shareNumber: certificate.shareNumber, shareClass: share.shareClass, nominalPence: share.nominalPence, paidUpPence: share.paidUpPence },
      entry: { sequence, hash: hashes.get(sequence)! },
    };
  }

  private record(
    companyId: string,
    caller: Caller,
    shareNumber: number,
    issuedOn: CalendarDate,
    replacing?: { reason: ReplacementReason; indemnityReceivedOn: CalendarDate; replacesCertificate?: number },
  ): Promise<ChainedLedgerRecord> {
    return this.ledger.writeForCompany(companyId, caller.name, async (write) => {
      const company = await this.companies.get(companyId, write.em);
      checkNotDatedAfterRecording('the certificate', issuedOn, write.recordedAt, 'issuedOn');
      const event = issueCertificate({
        company,
        shareEvents: await shareEventsInForce(this.ledger, write.em, companyId),
        // SR-4: a certificate a correction kept true is in force for the corrected entry's holding.
        issued: certificatesThroughCorrections((await this.issued(write.em, companyId)).issued, await shareCorrections(this.ledger, write.em, companyId)),
        shareNumber,
        issuedOn,
        eventId: String(write.nextSequence),
        recordedAt: write.recordedAt,
        ...(replacing ? { replacing } : {}),
      });
      return write.append(certificatesFamily.encode(event));
    });
  }

  private async issued(em: Em, companyId: string): Promise<{ issued: CertificateIssued[]; hashes: Map<number, string> }> {
    const issued: CertificateIssued[] = [];
    const hashes = new Map<number, string>();
    for await (const entry of this.ledger.all(em, companyId, certificatesFamily.prefix)) {
      issued.push(certificatesFamily.decode(entry));
      hashes.set(entry.sequence, entry.hash);
    }
    return { issued, hashes };
  }
}
