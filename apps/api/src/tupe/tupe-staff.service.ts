import { setImmediate } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { importStaffList, mergeStaffList, publicTransferSummary, tupeTransferAsAt, type CalendarDate, type StaffListChange, type TransferringEmployee } from '#domain';
import { today } from '../common/today';
import { ledgerRef, recordedDay } from '../alliance/alliance-records';
import type { Caller, Role } from '../auth/roles';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Em, Orm } from '../database/orm';
import { useCaseEm } from '../common/use-case-em';
import { tupeFamily } from '../ledger/codecs/tupe.codec';
import { Ledger, type CompanyWrite } from '../ledger/ledger';
import { commitmentOf, newSalt, type PersonalVersion } from './personal-data';
import type { StaffListInput } from './staff-list-body.pipe';
import type { Seal } from './staff-list-read';
import { StaffListReader } from './staff-list-reader';
import { personalEmployeeResponse, publicEmployeeResponse, summaryResponse } from './tupe.mapper';
import { TupeRecords } from './tupe-records';

/** The transferor's staff list: imported whole or not at all, and shown in full only to the secretary. */
@Injectable()
export class TupeStaffService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly ledger: Ledger,
    private readonly store: TupeRecords,
    private readonly companies: CompaniesService,
    private readonly reader: StaffListReader,
  ) {}

  /**
   * The employees: full records for the secretary; totals and records without personal data for the
   * others. With `asAt`, each objection only when made by then (`tupeTransferAsAt`), as the transfer's page shows it.
   */
  async employees(companyId: string, transferId: string, role: Role, asAt?: CalendarDate) {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    const record = await this.store.transfer(em, companyId, transferId);
    const all = await this.store.employees(em, companyId, record);
    const employees = asAt === undefined ? all : tupeTransferAsAt(record.transfer, all, asAt).employees;
    const { transferDate } = record.transfer;
    const personalData = role === 'secretary';
    return {
      transferId,
      transferDate,
      personalData,
      summary: summaryResponse(publicTransferSummary(record.transfer, employees)),
      employees: employees.map((e) => (personalData ? personalEmployeeResponse(e, transferDate) : publicEmployeeResponse(e, transferDate))),
    };
  }

  /**
   * Checks every row (a bad one refuses the whole list: `STAFF_LIST_INVALID`, 422, listing each row
   * and field) and merges by staff number. New and changed records get a new version and one ledger
   * entry commits to them all; a list that changes nobody appends nothing.
   *
   * The list is read, checked and hashed on a worker thread (`StaffListReader`), so that other requests
   * are served meanwhile, then merged and its versions stored before the company's write lock is taken
   * (a 5 MB list takes seconds); under the lock the import only confirms that no TUPE entry was
   * recorded meanwhile and appends the entry. If one was, it is planned again.
   */
  async import(companyId: string, transferId: string, input: StaffListInput, caller: Caller) {
    // Each date of birth is checked against the transfer date (an unknown transfer is a 404 first).
    const em = useCaseEm(this.orm);
    await this.companies.get(companyId, em);
    const { transferDate } = (await this.store.transfer(em, companyId, transferId)).transfer;
    const read = await this.reader.read(input, transferDate);
    const imported = importStaffList([], read.result).employees;
    // Each seal is used once: a version planned again gets a new salt (commitments are unique).
    const seals = new Map(read.result.ok ? read.result.employees.map((e, i) => [e.staffNumber, read.seals[i]]) : []);
    for (let attempt = 1; ; attempt += 1) {
      const planned = await this.plan(useCaseEm(this.orm), companyId, transferId, input.format, imported, seals);
      await this.stage(planned);
      const done = await this.ledger.writeForCompany(companyId, caller.name, async (write) => {
        const unchanged = (await this.store.lastEntry(write.em, companyId)) === planned.after;
        if (unchanged) return this.record(write, planned);
        // Changed meanwhile: plan again outside the lock, or, after a few tries, under it.
        if (attempt < MAX_PLANS) return null;
        const replanned = await this.plan(write.em, companyId, transferId, input.format, imported, seals);
        await this.store.stageVersions(write.em, companyId, transferId, replanned.fresh);
        return this.record(write, replanned);
      });
      if (done !== null) return done;
    }
  }

  /**
   * The new versions, stored before the lock is taken, a short transaction per batch so that other
   * requests go on between them (on PGlite a transaction has the one connection to itself). A batch
   * left behind by an import that then fails is never read: no ledger entry names its commitments.
   */
  private async stage(planned: Plan): Promise<void> {
    for (let start = 0; start < planned.fresh.length; start += STAGE_BATCH) {
      const batch = planned.fresh.slice(start, start + STAGE_BATCH);
      await useCaseEm(this.orm).transactional((em) => this.store.stageVersions(em, planned.companyId, planned.result.transferId, batch));
      // PGlite answers without real I/O, so awaiting it alone never gives the event loop a turn.
      await setImmediate();
    }
  }

  /** What importing the list changes, from the transfer's records as they stand. */
  private async plan(em: Em, companyId: string, transferId: string, format: StaffListInput['format'], imported: readonly TransferringEmployee[], seals: Map<string, Seal>) {
    const after = await this.store.lastEntry(em, companyId);
    await this.companies.get(companyId, em);
    const record = await this.store.transfer(em, companyId, transferId);
    const versions = await this.store.versions(em, companyId, transferId);
    const merge = mergeStaffList(await this.store.listed(transferId, record.staff, versions), imported);
    const change = new Map<string, StaffListChange['change']>([
      ...merge.added.map((s) => [s, 'added'] as const),
      ...merge.updated.map((s) => [s, 'updated'] as const),
    ]);
    const lastVersion = new Map<string, number>();
    for (const v of versions) lastVersion.set(v.staffNumber, Math.max(v.version, lastVersion.get(v.staffNumber) ?? 0));
    const fresh: PersonalVersion[] = merge.employees
      .filter((e) => change.has(e.staffNumber))
      .map((employee) => {
        const version = (lastVersion.get(employee.staffNumber) ?? 0) + 1;
        const seal = seals.get(employee.staffNumber);
        seals.delete(employee.staffNumber);
        const salt = seal?.salt ?? newSalt();
        return { staffNumber: employee.staffNumber, version, salt, commitment: seal?.commitment ?? commitmentOf(employee, salt), employee };
      });
    const result = {
      transferId,
      format,
      rowsRead: merge.added.length + merge.updated.length + merge.unchanged.length,
      added: [...merge.added],
      updated: [...merge.updated],
      unchanged: merge.unchanged.length,
      listed: merge.employees.length,
    };
    const changes: StaffListChange[] = fresh.map((v) => ({ staffNumber: v.staffNumber, change: change.get(v.staffNumber)!, commitment: v.commitment }));
    // Encoded (and checked against its schema) now, dated today; re-encoded under the lock only if the day has turned.
    const entry = (effectiveOn: CalendarDate) =>
      tupeFamily.encode({ type: 'staff-list-imported', effectiveOn, transferId, format, rowsRead: result.rowsRead, unchanged: result.unchanged, changes });
    return { companyId, after, result, fresh, changes, entry, encoded: changes.length === 0 ? null : entry(today()) };
  }

  /** Under the lock: the one ledger entry committing to the new versions, and the versions. */
  private async record(write: CompanyWrite, planned: Plan) {
    const { result, encoded } = planned;
    if (encoded === null) return { ...result, ledger: null };
    const day = recordedDay(write);
    const entry = await write.append(encoded.effectiveOn === day ? encoded : planned.entry(day));
    return { ...result, ledger: ledgerRef(entry) };
  }
}

type Plan = Awaited<ReturnType<TupeStaffService['plan']>>;

/** Versions stored per transaction before the lock is taken. */
const STAGE_BATCH = 500;

/** How often an import is planned outside the lock before it is planned under it. */
const MAX_PLANS = 3;
