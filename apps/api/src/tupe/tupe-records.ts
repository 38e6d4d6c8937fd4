import { setImmediate } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { emptyTupeState, evolveTupe, type TransferringEmployee, type TupeEvent, type TupeState, type TupeTransferRecord } from '#domain';
import { AppError } from '../common/app-error';
import type { Em } from '../database/orm';
import { tupeFamily } from '../ledger/codecs/tupe.codec';
import { FoldCache } from '../ledger/fold-cache';
import { alteredRecord, listedVersions, type PersonalVersion } from './personal-data';
import { StaffListReader } from './staff-list-reader';

/** Versions per insert statement, sent as one JSON parameter (a 5 MB staff list is a few statements). */
const INSERT_BATCH = 5000;
/** Stored versions read per statement. */
const VERSIONS_PAGE = 2000;

/**
 * TUPE transfers as the ledger records them, and the employees' personal data in
 * tupe_employee_personal (append-only: a changed record is a new version, never an update).
 */
@Injectable()
export class TupeRecords {
  constructor(
    private readonly folds: FoldCache,
    private readonly reader: StaffListReader,
  ) {}

  /** Every transfer of the company by id, folded through the domain from the `tupe.*` entries. */
  /** Every transfer, folded by the domain's `evolveTupe`, brought up to date from the entries appended since the last read. */
  transfers(em: Em, companyId: string): Promise<TupeState> {
    return this.folds.fold<TupeState, TupeEvent>(em, companyId, 'tupe', [tupeFamily], emptyTupeState, evolveTupe);
  }

  /** The transfer, or a 404. */
  async transfer(em: Em, companyId: string, transferId: string): Promise<TupeTransferRecord> {
    const found = (await this.transfers(em, companyId)).get(transferId);
    if (!found) throw AppError.notFound('transfer', { transferId });
    return found;
  }

  /** Every stored version of every employee's record on the transfer. */
  async versions(em: Em, companyId: string, transferId: string): Promise<PersonalVersion[]> {
    // In pages along the primary key, giving other requests a turn between them: on PGlite one
    // statement holds the event loop while it runs, and a transfer may have tens of thousands of versions.
    const versions: PersonalVersion[] = [];
    let after = '';
    for (;;) {
      const rows = await em.execute<{ staffNumber: string; version: number; commitment: string; salt: string; data: TransferringEmployee }[]>(
        `select staff_number as "staffNumber", version, commitment, salt, data
         from tupe_employee_personal where company_id = ? and commitment > ? and transfer_id = ? order by commitment limit ?`,
        [companyId, after, transferId, VERSIONS_PAGE],
      );
      for (const r of rows) versions.push({ staffNumber: r.staffNumber, version: r.version, commitment: r.commitment, salt: r.salt, employee: r.data });
      if (rows.length < VERSIONS_PAGE) return versions;
      after = rows[rows.length - 1]!.commitment;
      await setImmediate();
    }
  }

  /** The employees currently listed on the transfer, in list order, with their personal data. */
  async employees(em: Em, companyId: string, record: TupeTransferRecord): Promise<TransferringEmployee[]> {
    return this.listed(record.transfer.id, record.staff, await this.versions(em, companyId, record.transfer.id));
  }

  /**
   * The employees the ledger lists (staff number → commitment), in list order, each read from the
   * version whose commitment it names. A stored record that no longer matches its commitment was
   * altered outside the service: that is refused loudly rather than shown. The records are hashed
   * again, on the staff list thread when there are many (22,000 take about 0.4 s).
   */
  async listed(transferId: string, staff: ReadonlyMap<string, string>, versions: readonly PersonalVersion[]): Promise<TransferringEmployee[]> {
    if (staff.size === 0) return [];
    const listed = listedVersions(transferId, staff, versions);
    const [altered] = await this.reader.altered(listed);
    if (altered !== undefined) throw alteredRecord(transferId, altered);
    return listed.map((v) => v.employee);
  }

  /** The sequence of the company's last `tupe.*` entry (0 before the first): a staff list planned before it changed is planned again. */
  async lastEntry(em: Em, companyId: string): Promise<number> {
    const rows = await em.execute<{ sequence: number }[]>(
      `select sequence from ledger_entry where company_id = ? and kind like 'tupe.%' order by sequence desc limit 1`,
      [companyId],
    );
    return rows[0]?.sequence ?? 0;
  }

  /**
   * Stores new versions in bulk statements, before the ledger entry that commits to them is appended
   * (ledger_sequence null: staged). A version is read only through a commitment the ledger names.
   */
  async stageVersions(em: Em, companyId: string, transferId: string, versions: readonly PersonalVersion[]): Promise<void> {
    for (let start = 0; start < versions.length; start += INSERT_BATCH) {
      const batch = versions.slice(start, start + INSERT_BATCH).map((v) => ({ staff_number: v.staffNumber, version: v.version, commitment: v.commitment, salt: v.salt, data: v.employee }));
      await em.execute(
        `insert into tupe_employee_personal (company_id, transfer_id, staff_number, version, ledger_sequence, commitment, salt, data)
         select ?, ?, x.staff_number, x.version, null, x.commitment, x.salt, x.data
         from jsonb_to_recordset(?::jsonb) as x(staff_number text, version integer, commitment text, salt text, data jsonb)`,
        [companyId, transferId, JSON.stringify(batch)],
      );
    }
  }
}
