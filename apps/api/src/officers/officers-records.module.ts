import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { OfficersRecords } from './officers-records';

/** The officers, particulars and inspection log as the ledger holds them: read by the officers' routes, the deadlines and the reports. */
@Module({
  imports: [LedgerModule],
  providers: [OfficersRecords],
  exports: [OfficersRecords],
})
export class OfficersRecordsModule {}
