import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';
import { GovernanceRecordsModule } from '../governance/governance-records.module';
import { LedgerModule } from '../ledger/ledger.module';
import { PracticeRecordsModule } from '../practices/practice-records.module';
import { RegisterController } from './register.controller';
import { RegisterService } from './register.service';
import { RegisterStore } from './register.store';
import { RegisterWriter } from './register-writer';
import { ProjectionStore } from './projection.store';
import { RegisterProjectionCheck } from './register-projection-check';
import { ShareEventsController } from './share-events.controller';
import { ShareEventsService } from './share-events.service';
import { ShareEventsBatchService } from './share-events-batch.service';
import { ShareBatchStore } from './share-batch.store';
import { LodgedTransfersController } from './lodged-transfers.controller';
import { LodgedTransfersService } from './lodged-transfers.service';
import { CertificatesController } from './certificates.controller';
import { CertificatesService } from './certificates.service';
import { CorrectionsController } from './corrections.controller';
import { CorrectionsService } from './corrections.service';
import { ParticularsService } from './particulars.service';
import { RegisterHistoryService } from './register-history.service';
import { ClosedPracticeShares } from './closed-practice-shares';
import { ShareRecipients } from './share-recipients';
import { CentralRegisterElectionController } from './central-register-election.controller';
import { CentralRegisterElectionService } from './central-register-election.service';

/** The register of members: share events checked and appended to the ledger, and the projection read as at a date. */
@Module({
  imports: [LedgerModule, CompaniesModule, GovernanceRecordsModule, PracticeRecordsModule],
  controllers: [RegisterController, ShareEventsController, LodgedTransfersController, CertificatesController, CorrectionsController, CentralRegisterElectionController],
  providers: [
    RegisterStore,
    ProjectionStore,
    RegisterProjectionCheck,
    RegisterWriter,
    RegisterService,
    ShareEventsService,
    ShareEventsBatchService,
    ShareBatchStore,
    LodgedTransfersService,
    CertificatesService,
    CorrectionsService,
    ParticularsService,
    RegisterHistoryService,
    ClosedPracticeShares,
    ShareRecipients,
    CentralRegisterElectionService,
  ],
  exports: [ClosedPracticeShares, ShareRecipients, RegisterService, ShareEventsService, CertificatesService, ParticularsService, RegisterHistoryService, LodgedTransfersService, CorrectionsService, CentralRegisterElectionService],
})
export class ShareRegisterModule {}
