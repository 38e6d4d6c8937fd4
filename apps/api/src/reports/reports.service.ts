import { Inject, Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { checkTransfer, publicTransferSummary, type CalendarDate, type RegisterEntry } from '#domain';
import {
  renderAllianceReport,
  renderRegisterOfMembers,
  renderShareCertificate,
  type AllianceReportView,
  type RegisterOfMembersView,
  type ShareCertificateView,
} from '#reports';
import { AllianceRecords } from '../alliance/alliance-records';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Em, Orm } from '../database/orm';
import { RegisterService } from '../share-register/register.service';
import { TupeRecords } from '../tupe/tupe-records';
import { ReportDataStore } from './report-data.store';
import { registerCsvRecord, registerCsvWriter } from './register-csv';
import { bufferOf, fileSafe, sha256Hex, sha256Of, streamInTransaction, type ReportFile } from './report-file';
import {
  contractViews,
  findingView,
  partnerViews,
  registerEntryView,
  serviceLineViews,
  transferView,
} from './report-mappers';

/** Entries read per query while a register streams. */
const REGISTER_BATCH = 500;
const PDF = 'application/pdf';

/**
 * Builds each report's view model from one consistent read of the company's data and renders it.
 * Everything printed comes from the data (the document date is when the ledger head was recorded), so
 * the same records, as-at date and report give the same bytes.
 */
@Injectable()
export class ReportsService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly companies: CompaniesService,
    private readonly register: RegisterService,
    private readonly data: ReportDataStore,
    private readonly alliance: AllianceRecords,
    private readonly tupe: TupeRecords,
  ) {}

  /**
   * The register of members (current and former entries) as at `asAt`. Rendered twice inside one
   * repeatable-read transaction: once into a SHA-256 (bytes discarded), then to the response, each
   * pass paging through the register — memory stays bounded however many members there are.
   */
  async registerOfMembers(companyId: string, asAt: CalendarDate): Promise<ReportFile> {
    const { stream, sha256 } = await streamInTransaction(this.orm, async (em) => {
      const company = await this.companies.get(companyId, em);
      const view: RegisterOfMembersView = {
        ...(await this.data.basis(em, company, asAt)),
        entries: () => this.entries(em, companyId, asAt, registerEntryView),
        lastAlteration: await this.data.lastAlteration(em, companyId, asAt),
      };
      const sha256 = await sha256Of(renderRegisterOfMembers(view));
      return { stream: renderRegisterOfMembers(view), sha256 };
    });
    return { filename: `register-of-members-${fileSafe(companyId)}-${asAt}.pdf`, contentType: PDF, body: stream, sha256 };
  }

  /** The register as CSV: a header line and one line per entry (current and former), streamed from one snapshot. */
  async registerCsv(companyId: string, asAt: CalendarDate, options: { bom: boolean }): Promise<ReportFile> {
    const { stream } = await streamInTransaction(this.orm, async (em) => {
      await this.companies.get(companyId, em);
      return { stream: Readable.from(this.entries(em, companyId, asAt, registerCsvRecord)).pipe(registerCsvWriter(options)) };
    });
    return { filename: `register-of-members-${fileSafe(companyId)}-${asAt}.csv`, contentType: 'text/csv; charset=utf-8', body: stream, sha256: null };
  }

  /** The alliance as at `asAt`: partners, service lines, contracts, TUPE transfers (totals only) and findings. */
  async allianceReport(companyId: string, asAt: CalendarDate): Promise<ReportFile> {
    const view = await this.read(async (em) => {
      const company = await this.companies.get(companyId, em);
      const basis = await this.data.basis(em, company, asAt);
      const organisations = await this.alliance.organisations(em, companyId);
      const partnerships = await this.alliance.partnerships(em, companyId);
      const contracts = await this.alliance.contracts(em, companyId);
      const transfers = [];
      const findings = [];
      for (const record of (await this.tupe.transfers(em, companyId)).values()) {
        // The staff list is read only to total it: names, dates of birth and pay never reach the view.
        const employees = await this.tupe.employees(em, companyId, record);
        transfers.push(transferView(record.transfer, publicTransferSummary(record.transfer, employees), organisations));
        findings.push(...checkTransfer(record.transfer, employees, asAt).map((f) => findingView(record.transfer.id, f)));
      }
      const report: AllianceReportView = {
        ...basis,
        partners: partnerViews(partnerships, organisations, asAt),
        serviceLines: serviceLineViews(partnerships, organisations, asAt),
        contracts: contractViews(contracts, organisations, asAt),
        transfers,
        findings,
      };
      return report;
    });
    return pdfFile(`alliance-report-${fileSafe(companyId)}-${asAt}.pdf`, await bufferOf(renderAllianceReport(view)));
  }

  /**
   * The certificate for a share's current holding (SH-2): numbered `C-<sequence>` after the ledger
   * entry that gave the holder the share, dated that entry's effective date. 404 if the share was never
   * issued; 409 SHARE_NOT_IN_ISSUE if it has been cancelled.
   */
  async shareCertificate(companyId: string, shareNumber: number): Promise<ReportFile> {
    const view = await this.read(async (em) => {
      const company = await this.companies.get(companyId, em);
      const { issued, holding } = await this.data.share(em, companyId, shareNumber);
      if (!issued) throw AppError.notFound('share', shareNumber);
      if (!holding) throw new AppError('SHARE_NOT_IN_ISSUE', `share ${shareNumber} has been cancelled: there is no holder to certify`, { shareNumber });
      const certificate: ShareCertificateView = {
        ...(await this.data.basis(em, company, holding.heldFrom)),
        certificateNumber: `C-${holding.openedBy}`,
        holderName: holding.name,
        holderAddress: holding.address,
        share: { shareNumber, shareClass: holding.shareClass, nominalPence: holding.nominalPence, paidUpPence: holding.paidUpPence },
        issuedOn: holding.heldFrom,
      };
      return certificate;
    });
    return pdfFile(`share-certificate-${fileSafe(companyId)}-share-${shareNumber}-${view.certificateNumber}.pdf`, await bufferOf(renderShareCertificate(view)));
  }

  /** Reads in one read-only, repeatable-read transaction (data and ledger head from one snapshot). */
  read<T>(work: (em: Em) => Promise<T>): Promise<T> {
    return this.orm.em.fork().transactional(work, { isolationLevel: 'repeatable read', readOnly: true });
  }

  /** Every entry of the register as at `asAt` (status all), in register order. */
  private async *entries<T>(em: Em, companyId: string, asAt: CalendarDate, map: (e: RegisterEntry) => T): AsyncGenerator<T> {
    for await (const entry of this.register.entries(em, companyId, asAt, REGISTER_BATCH)) yield map(entry);
  }
}

export function pdfFile(filename: string, bytes: Buffer): ReportFile {
  return { filename, contentType: PDF, body: bytes, sha256: sha256Hex(bytes) };
}
