import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';
import { LedgerModule } from '../ledger/ledger.module';
import { PracticeRecords } from './practice-records';

/** The practice list, read by the share register (who may hold a share) and the practices routes. */
@Module({
  imports: [LedgerModule, CompaniesModule],
  providers: [PracticeRecords],
  exports: [PracticeRecords],
})
export class PracticeRecordsModule {}
