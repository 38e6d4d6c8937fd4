import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { GovernanceRecords } from './governance-records';

/**
 * The directors, resolutions and filings as the ledger holds them, and the articles' settings: read by
 * the governance routes and by the share register, which checks each share event's authority.
 */
@Module({
  imports: [LedgerModule],
  providers: [GovernanceRecords],
  exports: [GovernanceRecords],
})
export class GovernanceRecordsModule {}
