import { Module } from '@nestjs/common';
import { AllianceModule } from '../alliance/alliance.module';
import { CompaniesModule } from '../companies/companies.module';
import { LedgerModule } from '../ledger/ledger.module';
import { ShareRegisterModule } from '../share-register/share-register.module';
import { PracticeRecordsModule } from './practice-records.module';
import { PracticesController } from './practices.controller';
import { PracticesService } from './practices.service';

/** The borough's list of practices and members' particulars: admissions, changes and closures. */
@Module({
  imports: [LedgerModule, CompaniesModule, AllianceModule, ShareRegisterModule, PracticeRecordsModule],
  controllers: [PracticesController],
  providers: [PracticesService],
  exports: [PracticesService],
})
export class PracticesModule {}
