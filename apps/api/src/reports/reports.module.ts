import { Module } from '@nestjs/common';
import { AllianceModule } from '../alliance/alliance.module';
import { ResolutionsModule } from '../resolutions/resolutions.module';
import { TupeStore } from '../tupe/tupe.store';
import { LedgerExportService } from './ledger-export.service';
import { ReportDataStore } from './report-data.store';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { ResolutionCopyService } from './resolution-copy.service';

/** PDF reports (register of members, share certificate, alliance report, resolution copy) and auditors' exports. */
@Module({
  imports: [AllianceModule, ResolutionsModule],
  controllers: [ReportsController],
  providers: [ReportDataStore, TupeStore, ReportsService, ResolutionCopyService, LedgerExportService],
})
export class ReportsModule {}
