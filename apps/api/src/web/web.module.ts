import { Module } from '@nestjs/common';
import { AllianceModule } from '../alliance/alliance.module';
import { AssetLockModule } from '../asset-lock/asset-lock.module';
import { AuthModule } from '../auth/auth.module';
import { CompaniesModule } from '../companies/companies.module';
import { DividendsModule } from '../dividends/dividends.module';
import { GovernanceModule } from '../governance/governance.module';
import { LedgerModule } from '../ledger/ledger.module';
import { OfficersModule } from '../officers/officers.module';
import { ReportsModule } from '../reports/reports.module';
import { ShareRegisterModule } from '../share-register/share-register.module';
import { TupeModule } from '../tupe/tupe.module';
import { PracticesModule } from '../practices/practices.module';
import { PracticeRecordsModule } from '../practices/practice-records.module';
import { DutySubjects } from './duty-subjects';
import { LedgerChecks } from './ledger-checks';
import { MemberHistoryReader } from './member-history';
import { AccessController } from './pages/access.controller';
import { AlliancePagesController } from './pages/alliance.controller';
import { ContractCommissionerPagesController } from './pages/contract-commissioner.controller';
import { AssetLockedBodiesPagesController } from './pages/asset-locked-bodies.controller';
import { AssetTransfersPagesController } from './pages/asset-transfers.controller';
import { AssetTransfersPageView } from './pages/asset-transfers-view';
import { DirectorsPagesController } from './pages/directors.controller';
import { HomeController } from './pages/home.controller';
import { LedgerPagesController } from './pages/ledger.controller';
import { RegisterPagesController } from './pages/register.controller';
import { ResolutionsPagesController } from './pages/resolutions.controller';
import { RegulatorDecisionPagesController } from './pages/regulator-decision.controller';
import { ShareChangesController } from './pages/share-changes.controller';
import { MeetingsPagesController } from './pages/meetings.controller';
import { MeetingPagesController } from './pages/meeting.controller';
import { OfficersPagesController } from './pages/officers.controller';
import { CompanyPagesController } from './pages/company.controller';
import { InspectionPagesController } from './pages/inspection.controller';
import { DividendsPagesController } from './pages/dividends.controller';
import { SignInController } from './pages/sign-in.controller';
import { PracticesPagesController } from './pages/practices.controller';
import { TransfersPagesController } from './pages/transfers.controller';
import { CertificatesPagesController } from './pages/certificates.controller';
import { CorrectionsPagesController } from './pages/corrections.controller';
import { MemberParticularsPagesController } from './pages/member-particulars.controller';
import { WindingUpPagesController } from './pages/winding-up.controller';
import { RegisterKeptAtPagesController } from './pages/register-kept-at.controller';
import { WebCompany } from './web-page';

/**
 * The web pages: one controller per page, each reading and writing through the services the API
 * uses (no rule checked twice). Templates in ./views; set up by configureWeb (bootstrap.ts).
 */
@Module({
  imports: [AuthModule, CompaniesModule, LedgerModule, ShareRegisterModule, GovernanceModule, AllianceModule, AssetLockModule, TupeModule, ReportsModule, OfficersModule, PracticesModule, PracticeRecordsModule, DividendsModule],
  controllers: [
    SignInController,
    HomeController,
    RegisterPagesController,
    ShareChangesController,
    ResolutionsPagesController,
    RegulatorDecisionPagesController,
    DirectorsPagesController,
    AlliancePagesController,
    ContractCommissionerPagesController,
    AssetTransfersPagesController,
    AssetLockedBodiesPagesController,
    WindingUpPagesController,
    RegisterKeptAtPagesController,
    LedgerPagesController,
    AccessController,
    PracticesPagesController,
    TransfersPagesController,
    CertificatesPagesController,
    CorrectionsPagesController,
    MemberParticularsPagesController,
    MeetingsPagesController,
    MeetingPagesController,
    OfficersPagesController,
    CompanyPagesController,
    InspectionPagesController,
    DividendsPagesController,
  ],
  providers: [WebCompany, LedgerChecks, MemberHistoryReader, DutySubjects, AssetTransfersPageView],
})
export class WebModule {}
