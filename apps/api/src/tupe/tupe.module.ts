import { Module } from '@nestjs/common';
import { AllianceModule } from '../alliance/alliance.module';
import { TupeEmployeesController } from './tupe-employees.controller';
import { TupeStaffService } from './tupe-staff.service';
import { TupeTransfersController } from './tupe-transfers.controller';
import { TupeTransfersService } from './tupe-transfers.service';
import { TupeStore } from './tupe.store';

/** TUPE transfers, their consultation log and staff lists; personal data kept out of the ledger. */
@Module({
  imports: [AllianceModule],
  controllers: [TupeTransfersController, TupeEmployeesController],
  providers: [TupeStore, TupeTransfersService, TupeStaffService],
  exports: [TupeTransfersService, TupeStaffService],
})
export class TupeModule {}
