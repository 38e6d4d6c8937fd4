import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AllianceModule } from './alliance/alliance.module';
import { AuthModule } from './auth/auth.module';
import { ErrorFilter } from './common/error.filter';
import { CompaniesModule } from './companies/companies.module';
import { DatabaseModule } from './database/database.module';
import { GovernanceModule } from './governance/governance.module';
import { HealthModule } from './health/health.module';
import { LedgerModule } from './ledger/ledger.module';
import { ReportsModule } from './reports/reports.module';
import { SeedModule } from './seed/seed.module';
import { ShareRegisterModule } from './share-register/share-register.module';
import { TupeModule } from './tupe/tupe.module';

/** The service: one module per context, each owning its routes, its records and its error statuses. */
@Module({
  imports: [
    DatabaseModule,
    AuthModule,
    HealthModule,
    CompaniesModule,
    LedgerModule,
    ShareRegisterModule,
    GovernanceModule,
    AllianceModule,
    TupeModule,
    ReportsModule,
    SeedModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: ErrorFilter }],
})
export class AppModule {}
