import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  checkTransfer,
  checkTransferDate,
  dateOfInstant,
  publicTransferSummary,
  tupeTransferAsAt,
  checkConsultationNotRepeated,
  checkEliReceiptNew,
  checkNotDatedAfterRecording,
  recordConsultation,
  tupeClaims,
  tupeTransfer,
  withEliReceipt,
  withMeasures,
  checkMeasuresChanged,
  checkPensionChanged,
  type CalendarDate,
  type TupeEvent,
  type TupeTransfer,
  type TupeTransferRecord,
  type TupeTransferRecorded,
} from '#domain';
import { AllianceRecords, ledgerRef, recordedDay } from '../alliance/alliance-records';
import type { Caller, Role } from '../auth/roles';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Em, Orm } from '../database/orm';
import { tupeFamily } from '../ledger/codecs/tupe.codec';
import { Ledger, type CompanyWrite } from '../ledger/ledger';
import type { CreateTupeTransferDto, PensionDto } from './dto/create-tupe-transfer.dto';
import type { RecordConsultationDto, RecordEliReceiptDto, RecordMeasuresDto } from './dto/record-transfer-details.dto';
import { claimResponse, consultationResponse, findingResponse, summaryResponse, transferResponse } from './tupe.mapper';
import { TupeRecords } from './tupe-records';

/** TUPE transfers: recording them and their log, and reading their totals and compliance findings. */
@Injectable()
export class TupeTransfersService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly ledger: Ledger,
    private readonly store: TupeRecords,
    private readonly alliance: AllianceRecords,
    private readonly companies: CompaniesService,
  ) {}

  /** Every transfer with its totals and how many findings it has as at `asAt`. */
  async list(companyId: string, asAt: CalendarDate) {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    const views = [];
    for (const record of (await this.store.transfers(em, companyId)).values()) views.push(await this.view(em, companyId, record, asAt));
    return views.map((v) => ({ ...v.transfer, asAt, summary: v.summary, findingCount: v.findings.length }));
  }

  /**
   * The transfer, its totals, its findings and the claims they open (TU-5, TU-8) as at `asAt`, for
   * every role: no employee's personal data; a claim's pay total is withheld from all but the
   * secretary when it is one employee's pay.
   */
  async get(companyId: string, transferId: string, asAt: CalendarDate, role: Role) {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    const record = await this.store.transfer(em, companyId, transferId);
    const v = await this.view(em, companyId, record, asAt);
    const claims = tupeClaims(v.transferAsAt, v.employees, asAt).map((c) => claimResponse(c, role === 'secretary'));
    return { ...v.transfer, asAt, summary: v.summary, compliant: v.findings.length === 0, findings: v.findings, claims };
  }

  create(companyId: string, dto: CreateTupeTransferDto, caller: Caller) {
    return this.ledger.writeForCompany(companyId, caller.name, async (write) => {
      const { em } = write;
      await this.alliance.organisation(em, companyId, dto.transferorId);
      await this.alliance.organisation(em, companyId, dto.transfereeId);
      if (dto.serviceContractId !== undefined && !(await this.alliance.contracts(em, companyId)).some((c) => c.id === dto.serviceContractId)) {
        throw AppError.notFound('service contract', { serviceContractId: dto.serviceContractId });
      }
      checkTransferDate(dto.transferDate, write.company, dateOfInstant(write.recordedAt));
      const transferId = dto.transferId ?? randomUUID();
      if ((await this.store.transfers(em, companyId)).has(transferId)) throw AppError.alreadyRecorded('transfer', transferId);
      const r = dto.representation;
      const measure = (m: { envisaged: boolean; description: string } | undefined) => (m ? { envisaged: m.envisaged, description: m.description } : null);
      const transfer = tupeTransfer({
        id: transferId,
        transferorId: dto.transferorId,
        transfereeId: dto.transfereeId,
        serviceContractId: dto.serviceContractId ?? null,
        type: dto.type,
        transferDate: dto.transferDate,
        eliReceivedOn: null,
        eliSpecialCircumstances: dto.eliSpecialCircumstances ?? null,
        eliUpdatesOn: [],
        representation: {
          basis: r.basis,
          unionRecognised: r.unionRecognised ?? false,
          existingRepresentatives: r.existingRepresentatives ?? false,
          electionsInvited: r.electionsInvited ?? false,
          employeesFailedToElect: r.employeesFailedToElect ?? false,
          employerHeadcount: r.employerHeadcount ?? null,
        },
        log: [],
        measures: { transferor: measure(dto.measures?.transferor), transferee: measure(dto.measures?.transferee) },
        pension: dto.pension ? { route: dto.pension.route, reference: dto.pension.reference ?? null } : null,
      });
      const entry = await write.append(tupeFamily.encode({ type: 'transfer-recorded', effectiveOn: transfer.transferDate, transfer }));
      return { ...transferResponse(transfer), ledger: ledgerRef(entry) };
    });
  }

  /** Adds an entry to the information and consultation log. */
  recordConsultation(companyId: string, transferId: string, dto: RecordConsultationDto, caller: Caller) {
    return this.change(companyId, transferId, caller, (t, write) => {
      checkNotDatedAfterRecording('the consultation entry', dto.on, write.recordedAt, 'on');
      const taken = new Set(t.log.map((e) => e.id));
      let n = t.log.length + 1;
      while (taken.has(`log-${n}`)) n += 1;
      const entry = {
        id: dto.entryId ?? `log-${n}`,
        on: dto.on,
        by: dto.by,
        kind: dto.kind,
        audience: dto.audience,
        summary: dto.summary.trim(),
        repliesTo: dto.repliesTo ?? null,
      };
      checkConsultationNotRepeated(t, entry); // the same entry sent twice
      recordConsultation(t, entry); // throws as a replay of the ledger would: a taken id, a reply to nothing
      return { event: { type: 'consultation-recorded', effectiveOn: entry.on, transferId, entry }, response: consultationResponse(entry) };
    });
  }

  /** ELI received from the transferor: the first receipt, or an update (objectors, changes). */
  recordEliReceipt(companyId: string, transferId: string, dto: RecordEliReceiptDto, caller: Caller) {
    return this.change(companyId, transferId, caller, (t, write) => {
      const on = dto.receivedOn;
      checkNotDatedAfterRecording('the receipt of employee liability information', on, write.recordedAt, 'receivedOn');
      checkEliReceiptNew(t, on);
      if (t.eliReceivedOn !== null && on < t.eliReceivedOn) {
        throw new AppError('VALIDATION_FAILED', `ELI was first received on ${t.eliReceivedOn}; an update cannot be dated before it`, [
          { field: 'receivedOn', problems: [`must not be before ${t.eliReceivedOn}`] },
        ]);
      }
      const update = t.eliReceivedOn !== null;
      return { event: { type: 'eli-received', effectiveOn: on, transferId, receivedOn: on, update }, response: transferResponse(withEliReceipt(t, on)).eli };
    });
  }

  /** The measures one party envisages (or none); supersedes what was recorded before. */
  recordMeasures(companyId: string, transferId: string, dto: RecordMeasuresDto, caller: Caller) {
    return this.change(companyId, transferId, caller, (t, write) => {
      const measures = { envisaged: dto.envisaged, description: dto.description.trim() };
      checkMeasuresChanged(t, dto.party, measures);
      const event = { type: 'measures-recorded', effectiveOn: recordedDay(write), transferId, party: dto.party, measures } as const;
      return { event, response: transferResponse(withMeasures(t, dto.party, measures)).measures };
    });
  }

  /** The pension arrangement (TU-9); supersedes what was recorded before. */
  recordPension(companyId: string, transferId: string, dto: PensionDto, caller: Caller) {
    return this.change(companyId, transferId, caller, (t, write) => {
      const pension = { route: dto.route, reference: dto.reference ?? null };
      checkPensionChanged(t, pension);
      return { event: { type: 'pension-recorded', effectiveOn: recordedDay(write), transferId, pension }, response: pension };
    });
  }

  /** Loads the transfer under the company's write lock, applies one change and appends it. */
  private change<R>(
    companyId: string,
    transferId: string,
    caller: Caller,
    apply: (t: TupeTransfer, write: CompanyWrite) => { event: Exclude<TupeEvent, TupeTransferRecorded>; response: R },
  ) {
    return this.ledger.writeForCompany(companyId, caller.name, async (write) => {
      const record = await this.store.transfer(write.em, companyId, transferId);
      const { event, response } = apply(record.transfer, write);
      const entry = await write.append(tupeFamily.encode(event));
      return { transferId, ...response, ledger: ledgerRef(entry) };
    });
  }

  private async view(em: Em, companyId: string, record: TupeTransferRecord, asAt: CalendarDate) {
    const employees = await this.store.employees(em, companyId, record);
    // As it stood at the end of asAt: shown, totalled and checked (an objection made later has not been made yet).
    const then = tupeTransferAsAt(record.transfer, employees, asAt);
    return {
      employees: then.employees,
      transferAsAt: then.transfer,
      transfer: transferResponse(then.transfer),
      summary: summaryResponse(publicTransferSummary(then.transfer, then.employees)),
      findings: checkTransfer(then.transfer, then.employees, asAt).map(findingResponse),
    };
  }
}
