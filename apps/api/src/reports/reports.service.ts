import { Inject, Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { checkTransfer, publicTransferSummary, tupeTransferAsAt, type CalendarDate, type RegisterEntry, type RegisterEntryWithHistory } from '#domain';
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
import { once } from '../common/once';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Em, Orm } from '../database/orm';
import { RegisterService } from '../share-register/register.service';
import { GovernanceRecords } from '../governance/governance-records';
import { entryKey, RegisterHistoryService } from '../share-register/register-history.service';
import { TupeRecords } from '../tupe/tupe-records';
import { ReportDataStore } from './report-data.store';
import type { RegisterCorrection } from './register-corrections';
import { registerCsvCorrectionRecord, registerCsvRecord, registerCsvWriter } from './register-csv';
import { fileSafe, type ReportFile } from './report-file';
import { ReportSpool } from './report-spool';
import { CertificatesService } from '../share-register/certificates.service';
import { CertificateReportService } from './certificate-report.service';
import {
  contractViews,
  entryHistoryView,
  type EntryHistoryView,
  findingView,
  partnerViews,
  registerEntryView,
  withResolutionReferences,
  serviceLineViews,
  transferView,
} from './report-mappers';

/** Entries read per query while a register is built. */
const REGISTER_BATCH = 500;
const PDF = 'application/pdf';

/**
 * Builds each report's view model from one consistent read of the company's data and renders it into
 * the spool (see ReportSpool). Everything printed comes from the data (the document date is when the
 * ledger head was recorded), so the same records, as-at date and report give the same bytes.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly spool: ReportSpool,
    private readonly companies: CompaniesService,
    private readonly register: RegisterService,
    private readonly data: ReportDataStore,
    private readonly alliance: AllianceRecords,
    private readonly tupe: TupeRecords,
    private readonly certificates: CertificatesService,
    private readonly issuedCertificates: CertificateReportService,
    private readonly history: RegisterHistoryService,
    private readonly governance: GovernanceRecords,
    @Inject(ORM) private readonly orm: Orm,
  ) {}

  /**
   * SR-4: every correcting entry of the register, each with the entry it voided (what it recorded), the day it was
   * recorded and why, as the register's PDF lists them under "Corrections of the register"; with the members each concerns.
   */
  registerCorrections(companyId: string): Promise<RegisterCorrection[]> {
    return this.data.corrections(this.orm.em.fork(), companyId);
  }

  /** The register of members (current and former entries) as at `asAt`, paging through the register as it renders. */
  registerOfMembers(companyId: string, asAt: CalendarDate): Promise<ReportFile> {
    return this.spool.file({ companyId, report: 'register-of-members.pdf', params: { asAt }, contentType: PDF }, async (em) => {
      const view = await this.registerView(em, companyId, asAt);
      return { filename: `register-of-members-${fileSafe(companyId)}-${asAt}.pdf`, body: renderRegisterOfMembers(view) };
    });
  }

  /** The register's view model as at `asAt`, its entries read from `em` as the renderer asks for them. */
  async registerView(em: Em, companyId: string, asAt: CalendarDate): Promise<RegisterOfMembersView> {
    const company = await this.companies.get(companyId, em);
    // The renderer reads the entries twice (a layout pass, then the pages): the histories once, kept
    // only as the lines the PDF prints of them.
    const histories = once(() => this.histories<EntryHistoryView>(em, companyId, asAt, entryHistoryView));
    return {
      ...(await this.data.basis(em, company, asAt)),
      entries: () => this.entries(em, companyId, asAt, registerEntryView, histories),
      lastAlteration: await this.lastAlteration(em, companyId, asAt),
      corrections: await this.data.corrections(em, companyId),
    };
  }

  /** IN-4 (s.120): the last alteration on or before `asAt`, corrections counted on the day they were recorded (`RegisterService.lastAlteration`); null when none. */
  private async lastAlteration(em: Em, companyId: string, asAt: CalendarDate): Promise<RegisterOfMembersView['lastAlteration']> {
    const { on, pending } = await this.register.lastAlteration(companyId, asAt, em);
    return on === null ? null : { on, pending };
  }

  /**
   * The register as CSV: a header line and one line per entry (current and former), then (SR-4) one line per
   * correcting entry, marked `Voided` `yes`, with the entry it voided, the day and the reason, as the PDF lists them.
   */
  registerCsv(companyId: string, asAt: CalendarDate, options: { bom: boolean }): Promise<ReportFile> {
    const request = { companyId, report: 'register.csv', params: { asAt, bom: options.bom }, contentType: 'text/csv; charset=utf-8' };
    return this.spool.file(request, async (em) => {
      await this.companies.get(companyId, em);
      const histories = () => this.histories(em, companyId, asAt, (history) => history);
      const entries = this.entries(em, companyId, asAt, registerCsvRecord, histories);
      const corrections = () => this.data.corrections(em, companyId);
      const lines = async function* () {
        yield* entries;
        for (const c of await corrections()) yield registerCsvCorrectionRecord(c);
      };
      const body = Readable.from(lines()).pipe(registerCsvWriter(options));
      return { filename: `register-of-members-${fileSafe(companyId)}-${asAt}.csv`, body };
    });
  }

  /** The alliance as at `asAt`: partners, service lines, contracts, TUPE transfers (totals only) and findings. */
  allianceReport(companyId: string, asAt: CalendarDate): Promise<ReportFile> {
    return this.spool.file({ companyId, report: 'alliance.pdf', params: { asAt }, contentType: PDF }, async (em) => {
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
        const then = tupeTransferAsAt(record.transfer, employees, asAt);
        transfers.push(transferView(then.transfer, publicTransferSummary(then.transfer, then.employees), organisations));
        findings.push(...checkTransfer(then.transfer, then.employees, asAt).map((f) => findingView(record.transfer.id, f)));
      }
      const report: AllianceReportView = {
        ...basis,
        partners: partnerViews(partnerships, organisations, asAt),
        serviceLines: serviceLineViews(partnerships, organisations, asAt),
        contracts: contractViews(contracts, organisations, asAt),
        transfers,
        findings,
      };
      return { filename: `alliance-report-${fileSafe(companyId)}-${asAt}.pdf`, body: renderAllianceReport(report) };
    });
  }

  /**
   * The certificate for a share's current holding (SH-2): the certificate in force from the certificate
   * register when one has been issued for it; before that, a draft: numbered and dated "not yet issued" and
   * marked "DRAFT — not a certificate until issued and recorded" (issue it with `POST …/shares/:n/certificates`).
   * 404 if the share was never issued; 409 SHARE_NOT_IN_ISSUE if it has been cancelled.
   */
  async shareCertificate(companyId: string, shareNumber: number): Promise<ReportFile> {
    // Once the certificate register holds the certificate in force for the holding, that is the certificate.
    const inForce = (await this.certificates.list(companyId)).find((c) => c.shareNumber === shareNumber && c.cancellationReason === null);
    if (inForce) return this.issuedCertificates.certificate(companyId, inForce.certificateNumber);
    return this.spool.file({ companyId, report: 'certificate.pdf', params: { shareNumber }, contentType: PDF }, async (em) => {
      const company = await this.companies.get(companyId, em);
      const { issued, holding } = await this.data.share(em, companyId, shareNumber);
      if (!issued) throw AppError.notFound('share', { shareNumber });
      if (!holding) throw new AppError('SHARE_NOT_IN_ISSUE', `share ${shareNumber} has been cancelled: there is no holder to certify`, { shareNumber });
      const certificate: ShareCertificateView = {
        ...(await this.data.basis(em, company, holding.heldFrom, 'document date')),
        certificateNumber: null,
        holderName: holding.name,
        holderAddress: holding.address,
        ...(holding.jointHolders && holding.jointHolders.length > 0 ? { jointHolders: holding.jointHolders } : {}),
        share: { shareNumber, shareClass: holding.shareClass, nominalPence: holding.nominalPence, paidUpPence: holding.paidUpPence },
        issuedOn: holding.heldFrom,
      };
      return { filename: `share-certificate-${fileSafe(companyId)}-share-${shareNumber}-draft.pdf`, body: renderShareCertificate(certificate) };
    });
  }

  /** Every entry of the register as at `asAt` (status all), in register order. */
  private async *entries<T, H>(
    em: Em,
    companyId: string,
    asAt: CalendarDate,
    map: (e: RegisterEntry, history?: H) => T,
    histories: () => Promise<ReadonlyMap<string, H>>,
  ): AsyncGenerator<T> {
    const history = await histories();
    for await (const entry of this.register.entries(em, companyId, asAt, REGISTER_BATCH)) yield map(entry, history.get(entryKey(entry)));
  }

  /**
   * Each entry's history as at `asAt`, by entry key, as `as` keeps it; authorising resolutions named by
   * their reference (BR-2024-01), as their copies are.
   */
  private async histories<H>(em: Em, companyId: string, asAt: CalendarDate, as: (history: RegisterEntryWithHistory) => H): Promise<ReadonlyMap<string, H>> {
    const references = (await this.governance.load(em, companyId)).references.byId;
    const histories = new Map<string, H>();
    for (const e of await this.history.entries(em, companyId, { asAt })) histories.set(entryKey(e), as(withResolutionReferences(e, references)));
    return histories;
  }
}
