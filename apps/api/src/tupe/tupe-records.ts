import { Injectable } from '@nestjs/common';
import { emptyTupeState, evolveTupe, type TransferringEmployee, type TupeEvent, type TupeState, type TupeTransferRecord } from '#domain';
import { AppError } from '../common/app-error';
import type { Em } from '../database/orm';
import { tupeFamily } from '../ledger/codecs/tupe.codec';
import { FoldCache } from '../ledger/fold-cache';
import { employeesByCommitment, type PersonalVersion } from './personal-data';

/** Rows per insert statement: 8 parameters each, well under PostgreSQL's 65535. */
const INSERT_BATCH = 500;

/**
 * TUPE transfers as the ledger records them, and the employees' personal data in
 * tupe_employee_personal (append-only: a changed record is a new version, never an update).
 */
@Injectable()
export class TupeRecords {
  constructor(private readonly folds: FoldCache) {}

  /** Every transfer of the company by id, folded through the domain from the `tupe.*` entries. */
  /** Every transfer, folded by the domain's `evolveTupe`, brought up to date from the entries appended since the last read. */
  transfers(em: Em, companyId: string): Promise<TupeState> {
    return this.folds.fold<TupeState, TupeEvent>(em, companyId, 'tupe', [tupeFamily], emptyTupeState, evolveTupe);
  }

  /** The transfer, or a 404. */
  async transfer(em: Em, companyId: string, transferId: string): Promise<TupeTransferRecord> {
    const found = (await this.transfers(em, companyId)).get(transferId);
    if (!found) throw AppError.notFound('transfer', transferId);
    return found;
  }

  /** Every stored version of every employee's record on the transfer. */
  async versions(em: Em, companyId: string, transferId: string): Promise<PersonalVersion[]> {
    const rows = await em.execute<{ staffNumber: string; version: number; commitment: string; salt: string; data: TransferringEmployee }[]>(
      `select staff_number as "staffNumber", version, commitment, salt, data
       from tupe_employee_personal where company_id = ? and transfer_id = ? order by staff_number, version`,
      [companyId, transferId],
    );
    return rows.map((r) => ({ staffNumber: r.staffNumber, version: r.version, commitment: r.commitment, salt: r.salt, employee: r.data }));
  }

  /** The employees currently listed on the transfer, in list order, with their personal data. */
  async employees(em: Em, companyId: string, record: TupeTransferRecord): Promise<TransferringEmployee[]> {
    if (record.staff.size === 0) return [];
    return employeesByCommitment(record.transfer.id, record.staff, await this.versions(em, companyId, record.transfer.id));
  }

  /** Appends new versions, each tied to the ledger entry that commits to it. */
  async addVersions(em: Em, companyId: string, transferId: string, ledgerSequence: number, versions: readonly PersonalVersion[]): Promise<void> {
    for (let start = 0; start < versions.length; start += INSERT_BATCH) {
      const batch = versions.slice(start, start + INSERT_BATCH);
      await em.execute(
        `insert into tupe_employee_personal (company_id, transfer_id, staff_number, version, ledger_sequence, commitment, salt, data)
         values ${batch.map(() => '(?, ?, ?, ?, ?, ?, ?, ?::jsonb)').join(', ')}`,
        batch.flatMap((v) => [companyId, transferId, v.staffNumber, v.version, ledgerSequence, v.commitment, v.salt, JSON.stringify(v.employee)]),
      );
    }
  }
}
