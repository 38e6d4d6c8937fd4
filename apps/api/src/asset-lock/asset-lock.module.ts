import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';
import { AccountingPeriodsModule } from '../governance/accounting-periods.module';
import { LedgerModule } from '../ledger/ledger.module';
import { AssetTransfersController } from './asset-transfers.controller';
import { AssetTransfersService } from './asset-transfers.service';

/** The CIC asset lock: the register of asset transfers, each appended to the company's ledger. */
@Module({
  imports: [LedgerModule, CompaniesModule, AccountingPeriodsModule],
  controllers: [AssetTransfersController],
  providers: [AssetTransfersService],
  exports: [AssetTransfersService],
})
export class AssetLockModule {}
