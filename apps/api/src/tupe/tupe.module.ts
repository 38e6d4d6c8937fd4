import { Module } from '@nestjs/common';
import { AllianceModule } from '../alliance/alliance.module';
import { CompaniesModule } from '../companies/companies.module';
import { LedgerModule } from '../ledger/ledger.module';
import { TupeEmployeesController } from './tupe-employees.controller';
import { StaffListReader } from './staff-list-reader';
import { TupeStaffService } from './tupe-staff.service';
import { TupeTransfersController } from './tupe-transfers.controller';
import { TupeTransfersService } from './tupe-transfers.service';
import { TupeRecords } from './tupe-records';

/** TUPE transfers, their consultation log and staff lists; personal data kept out of the ledger. */
@Module({
  imports: [AllianceModule, LedgerModule, CompaniesModule],
  controllers: [TupeTransfersController, TupeEmployeesController],
  providers: [TupeRecords, TupeTransfersService, TupeStaffService, StaffListReader],
  exports: [TupeRecords, TupeTransfersService, TupeStaffService],
})
export class TupeModule {}
