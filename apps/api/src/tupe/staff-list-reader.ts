import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { CalendarDate } from '#domain';
import { SerialWorker } from '../common/worker-thread';
import { alteredVersions, type PersonalVersion } from './personal-data';
import type { StaffListInput } from './staff-list-body.pipe';
import type { StaffListJob, StaffListJobResult, StaffListRead } from './staff-list-read';

/**
 * Reads and checks staff lists, and checks stored records against their ledger commitments, on a
 * worker thread (`staff-list.worker.ts`), one job at a time, so that the event loop goes on serving
 * other requests (health, registers, other companies) while a 5 MB list is parsed, checked and hashed.
 */
@Injectable()
export class StaffListReader implements OnModuleDestroy {
  private readonly worker = new SerialWorker<StaffListJob, StaffListJobResult>(__dirname, 'staff-list.worker');

  /**
   * The list read and checked (`readStaffList`), with a seal per employee when every row is good;
   * dates of birth checked against `transferDate` when given.
   */
  async read(input: StaffListInput, transferDate?: CalendarDate): Promise<StaffListRead> {
    return (await this.worker.run({ job: 'read', input, transferDate })) as StaffListRead;
  }

  /**
   * The commitments of the versions whose record and salt no longer hash to them (`alteredVersions`).
   * Fewer than `CHECK_ON_THREAD` are checked here and now (a few ms), so that reading a transfer of
   * ordinary size never waits behind a large list on the thread.
   */
  async altered(versions: readonly PersonalVersion[]): Promise<readonly string[]> {
    if (versions.length < CHECK_ON_THREAD) return alteredVersions(versions);
    return (await this.worker.run({ job: 'check', versions })) as readonly string[];
  }

  onModuleDestroy(): Promise<void> {
    return this.worker.close();
  }
}

/** Stored versions from which the check runs on the thread (1,000 take about 20 ms to hash). */
export const CHECK_ON_THREAD = 1000;
