import { Module } from '@nestjs/common';
import { AllianceModule } from '../alliance/alliance.module';
import { GovernanceModule } from '../governance/governance.module';
import { CompaniesModule } from '../companies/companies.module';
import { LedgerModule } from '../ledger/ledger.module';
import { ShareRegisterModule } from '../share-register/share-register.module';
import { TupeModule } from '../tupe/tupe.module';
import { LedgerExportService } from './ledger-export.service';
import { ReportDataStore } from './report-data.store';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { ResolutionCopyService } from './resolution-copy.service';
import { ReportSpool } from './report-spool';

/** PDF reports (register of members, share certificate, alliance report, resolution copy) and auditors' exports. */
@Module({
  imports: [LedgerModule, CompaniesModule, ShareRegisterModule, GovernanceModule, AllianceModule, TupeModule],
  controllers: [ReportsController],
  providers: [ReportSpool, ReportDataStore, ReportsService, ResolutionCopyService, LedgerExportService],
  exports: [ReportsService, ResolutionCopyService, LedgerExportService],
})
export class ReportsModule {}
