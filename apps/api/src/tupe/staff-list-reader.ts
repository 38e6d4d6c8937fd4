import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { SerialWorker } from '../common/worker-thread';
import type { StaffListInput } from './staff-list-body.pipe';
import type { StaffListRead } from './staff-list-read';

/**
 * Reads and checks staff lists on a worker thread (`readStaffList`, in `staff-list.worker.ts`),
 * one list at a time, so that the event loop goes on serving other requests (health, registers,
 * other companies) while a 5 MB list is parsed, checked and hashed.
 */
@Injectable()
export class StaffListReader implements OnModuleDestroy {
  private readonly worker = new SerialWorker<StaffListInput, StaffListRead>(__dirname, 'staff-list.worker');

  /** The list read and checked, with a seal per employee when every row is good. */
  read(input: StaffListInput): Promise<StaffListRead> {
    return this.worker.run(input);
  }

  onModuleDestroy(): Promise<void> {
    return this.worker.close();
  }
}
