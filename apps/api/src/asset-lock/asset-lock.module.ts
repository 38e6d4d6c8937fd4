import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';
import { AccountingPeriodsModule } from '../governance/accounting-periods.module';
import { GovernanceRecordsModule } from '../governance/governance-records.module';
import { LedgerModule } from '../ledger/ledger.module';
import { ShareRegisterModule } from '../share-register/share-register.module';
import { AssetLockRecords } from './asset-lock-records';
import { AssetLockedBodiesController } from './asset-locked-bodies.controller';
import { AssetLockedBodiesService } from './asset-locked-bodies.service';
import { AssetTransfersController } from './asset-transfers.controller';
import { AssetTransfersService } from './asset-transfers.service';
import { WindingUpController } from './winding-up.controller';
import { WindingUpService } from './winding-up.service';

/**
 * The CIC asset lock: the register of asset transfers and the asset-locked bodies the articles name,
 * each appended to the company's ledger; a change of the named bodies is checked against the members'
 * resolutions the governance records hold. The winding-up distribution (CI-4) reads the register of members.
 */
@Module({
  imports: [LedgerModule, CompaniesModule, AccountingPeriodsModule, GovernanceRecordsModule, ShareRegisterModule],
  controllers: [AssetTransfersController, AssetLockedBodiesController, WindingUpController],
  providers: [AssetTransfersService, AssetLockedBodiesService, AssetLockRecords, WindingUpService],
  exports: [AssetTransfersService, AssetLockedBodiesService, WindingUpService],
})
export class AssetLockModule {}
