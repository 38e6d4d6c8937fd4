import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';
import { LedgerModule } from '../ledger/ledger.module';
import { ShareRegisterModule } from '../share-register/share-register.module';
import { DeadlinesService } from './deadlines.service';
import { DirectorsService } from './directors.service';
import { GovernanceRecordsModule } from './governance-records.module';
import { OfficersRecordsModule } from '../officers/officers-records.module';
import { DeadlinesController } from './deadlines.controller';
import { DirectorsController } from './directors.controller';
import { ResolutionsController } from './resolutions.controller';
import { ResolutionsService } from './resolutions.service';

/** Directors, resolutions, filings and the compliance calendar. */
@Module({
  imports: [LedgerModule, CompaniesModule, GovernanceRecordsModule, ShareRegisterModule, OfficersRecordsModule],
  controllers: [ResolutionsController, DirectorsController, DeadlinesController],
  providers: [ResolutionsService, DirectorsService, DeadlinesService],
  exports: [ResolutionsService, DirectorsService, DeadlinesService, GovernanceRecordsModule],
})
export class GovernanceModule {}
