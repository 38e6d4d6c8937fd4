import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';
import { GovernanceRecordsModule } from '../governance/governance-records.module';
import { LedgerModule } from '../ledger/ledger.module';
import { ShareRegisterModule } from '../share-register/share-register.module';
import { CompanyRecordsController } from './company-records.controller';
import { InspectionService } from './inspection.service';
import { OfficerWarningsService } from './officer-warnings.service';
import { OfficersRecordsModule } from './officers-records.module';
import { OfficersController } from './officers.controller';
import { OfficersService } from './officers.service';
import { ParticularsService } from './particulars.service';
import { PscService } from './psc.service';

/** Officers, identity verification, the company's particulars, the PSC position and the inspection log. */
@Module({
  imports: [LedgerModule, CompaniesModule, GovernanceRecordsModule, OfficersRecordsModule, ShareRegisterModule],
  controllers: [OfficersController, CompanyRecordsController],
  providers: [OfficersService, OfficerWarningsService, ParticularsService, PscService, InspectionService],
  exports: [OfficersService, PscService, OfficersRecordsModule, OfficerWarningsService, ParticularsService, InspectionService],
})
export class OfficersModule {}
