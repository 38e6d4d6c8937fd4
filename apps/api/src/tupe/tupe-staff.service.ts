import { Inject, Injectable } from '@nestjs/common';
import { importStaffList, publicTransferSummary, type StaffListChange } from '#domain';
import { ledgerRef, recordedDay } from '../alliance/alliance-records';
import type { Caller, Role } from '../auth/roles';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { tupeFamily } from '../ledger/codecs/tupe.codec';
import { Ledger } from '../ledger/ledger';
import { commitmentOf, employeesByCommitment, newSalt, type PersonalVersion } from './personal-data';
import type { StaffListInput } from './staff-list-body.pipe';
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
  ) {}

  /** The employees: full records for the secretary; totals and records without personal data for the others. */
  async employees(companyId: string, transferId: string, role: Role) {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    const record = await this.store.transfer(em, companyId, transferId);
    const employees = await this.store.employees(em, companyId, record);
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
   */
  import(companyId: string, transferId: string, input: StaffListInput, caller: Caller) {
    return this.ledger.writeForCompany(companyId, caller.name, async (write) => {
      const record = await this.store.transfer(write.em, companyId, transferId);
      const versions = await this.store.versions(write.em, companyId, transferId);
      const existing = employeesByCommitment(transferId, record.staff, versions);
      const merge = importStaffList(existing, input);
      const change = new Map<string, StaffListChange['change']>([
        ...merge.added.map((s) => [s, 'added'] as const),
        ...merge.updated.map((s) => [s, 'updated'] as const),
      ]);
      const result = {
        transferId,
        format: input.format,
        rowsRead: merge.added.length + merge.updated.length + merge.unchanged.length,
        added: [...merge.added],
        updated: [...merge.updated],
        unchanged: merge.unchanged.length,
        listed: merge.employees.length,
      };
      if (change.size === 0) return { ...result, ledger: null };

      const lastVersion = new Map<string, number>();
      for (const v of versions) lastVersion.set(v.staffNumber, Math.max(v.version, lastVersion.get(v.staffNumber) ?? 0));
      const fresh: PersonalVersion[] = merge.employees
        .filter((e) => change.has(e.staffNumber))
        .map((employee) => {
          const salt = newSalt();
          return { staffNumber: employee.staffNumber, version: (lastVersion.get(employee.staffNumber) ?? 0) + 1, salt, commitment: commitmentOf(employee, salt), employee };
        });
      const changes: StaffListChange[] = fresh.map((v) => ({ staffNumber: v.staffNumber, change: change.get(v.staffNumber)!, commitment: v.commitment }));
      const entry = await write.append(
        tupeFamily.encode({
          type: 'staff-list-imported',
          effectiveOn: recordedDay(write),
          transferId,
          format: input.format,
          rowsRead: result.rowsRead,
          unchanged: result.unchanged,
          changes,
        }),
      );
      await this.store.addVersions(write.em, companyId, transferId, entry.sequence, fresh);
      return { ...result, ledger: ledgerRef(entry) };
    });
  }
}
