import { Module } from '@nestjs/common';
import { AccountingPeriodsModule } from './accounting-periods.module';
import { PracticeRecordsModule } from '../practices/practice-records.module';
import { CompaniesModule } from '../companies/companies.module';
import { LedgerModule } from '../ledger/ledger.module';
import { ShareRegisterModule } from '../share-register/share-register.module';
import { BoardVerification } from './board-verification';
import { DeadlinesService } from './deadlines.service';
import { DirectorsService } from './directors.service';
import { GovernanceRecordsModule } from './governance-records.module';
import { OfficersRecordsModule } from '../officers/officers-records.module';
import { OfficersModule } from '../officers/officers.module';
import { DeadlinesController } from './deadlines.controller';
import { DirectorsController } from './directors.controller';
import { MeetingInterestsService } from './meeting-interests.service';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';
import { ResolutionsController } from './resolutions.controller';
import { ResolutionsService } from './resolutions.service';
import { ResolutionDependents } from './resolution-dependents';
import { RegulatorDecisionsController } from './regulator-decisions.controller';
import { RegulatorDecisionsService } from './regulator-decisions.service';

/** Directors, resolutions, filings and the compliance calendar. */
@Module({
  imports: [LedgerModule, CompaniesModule, GovernanceRecordsModule, AccountingPeriodsModule, ShareRegisterModule, PracticeRecordsModule, OfficersRecordsModule, OfficersModule],
  controllers: [ResolutionsController, DirectorsController, DeadlinesController, MeetingsController, RegulatorDecisionsController],
  providers: [ResolutionsService, DirectorsService, DeadlinesService, MeetingsService, MeetingInterestsService, BoardVerification, ResolutionDependents, RegulatorDecisionsService],
  exports: [ResolutionsService, DirectorsService, DeadlinesService, GovernanceRecordsModule, MeetingsService, MeetingInterestsService, BoardVerification, RegulatorDecisionsService],
})
export class GovernanceModule {}
