import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';
import { AccountingPeriodsModule } from '../governance/accounting-periods.module';
import { GovernanceRecordsModule } from '../governance/governance-records.module';
import { LedgerModule } from '../ledger/ledger.module';
import { DividendsController } from './dividends.controller';
import { DividendsService } from './dividends.service';

/** CI-3: the company's dividend declarations, each appended to its ledger, checked against the members' resolutions the governance records hold. */
@Module({
  imports: [LedgerModule, CompaniesModule, GovernanceRecordsModule, AccountingPeriodsModule],
  controllers: [DividendsController],
  providers: [DividendsService],
  exports: [DividendsService],
})
export class DividendsModule {}
