import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { OfficersRecordsModule } from '../officers/officers-records.module';
import { AccountingPeriods } from './accounting-periods';
import { GovernanceRecordsModule } from './governance-records.module';

/** The company's accounting reference periods (s.390–s.392) and its recorded year ends (s.390(3)): read by the deadlines, the dividends and the register of asset transfers. */
@Module({
  imports: [GovernanceRecordsModule, OfficersRecordsModule, LedgerModule],
  providers: [AccountingPeriods],
  exports: [AccountingPeriods],
})
export class AccountingPeriodsModule {}
