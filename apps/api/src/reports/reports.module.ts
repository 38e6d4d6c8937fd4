import { Module } from '@nestjs/common';
import { AllianceModule } from '../alliance/alliance.module';
import { GovernanceModule } from '../governance/governance.module';
import { CompaniesModule } from '../companies/companies.module';
import { LedgerModule } from '../ledger/ledger.module';
import { ShareRegisterModule } from '../share-register/share-register.module';
import { TupeModule } from '../tupe/tupe.module';
import { OfficersRecordsModule } from '../officers/officers-records.module';
import { LedgerExportService } from './ledger-export.service';
import { RegisterRowsStore } from './register-rows.store';
import { ReportDataStore } from './report-data.store';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { ResolutionCopyService } from './resolution-copy.service';
import { ReportSpool } from './report-spool';
import { CertificateReportController } from './certificate-report.controller';
import { CertificateReportService } from './certificate-report.service';
import { OfficersReportController } from './officers-report.controller';
import { OfficersReportService } from './officers-report.service';

/** PDF reports (register of members, share certificates, alliance report, resolution copy, minutes, officers) and auditors' exports. */
@Module({
  imports: [LedgerModule, CompaniesModule, ShareRegisterModule, GovernanceModule, AllianceModule, TupeModule, OfficersRecordsModule],
  controllers: [ReportsController, CertificateReportController, OfficersReportController],
  providers: [ReportSpool, ReportDataStore, RegisterRowsStore, ReportsService, ResolutionCopyService, LedgerExportService, CertificateReportService, OfficersReportService],
  exports: [ReportsService, ResolutionCopyService, LedgerExportService, OfficersReportService, CertificateReportService],
})
export class ReportsModule {}
