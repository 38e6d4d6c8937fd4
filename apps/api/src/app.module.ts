import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AllianceModule } from './alliance/alliance.module';
import { AssetLockModule } from './asset-lock/asset-lock.module';
import { AuthGuard } from './auth/auth.guard';
import { AuthModule } from './auth/auth.module';
import { throttlerOptions } from './auth/throttling';
import { ErrorFilter } from './common/error.filter';
import { LoggingModule } from './common/logging.module';
import { CompaniesModule } from './companies/companies.module';
import { CompaniesApiModule } from './companies/companies-api.module';
import { SETTINGS } from './config/settings';
import { SettingsModule } from './config/settings.module';
import { DatabaseModule } from './database/database.module';
import { DividendsModule } from './dividends/dividends.module';
import { GovernanceModule } from './governance/governance.module';
import { HealthModule } from './health/health.module';
import { LedgerModule } from './ledger/ledger.module';
import { OfficersModule } from './officers/officers.module';
import { ReportsModule } from './reports/reports.module';
import { SeedModule } from './seed/seed.module';
import { ShareRegisterModule } from './share-register/share-register.module';
import { PracticesModule } from './practices/practices.module';
import { TupeModule } from './tupe/tupe.module';
import { WebModule } from './web/web.module';

/** The service: one module per context, each owning its routes, its records and its error statuses. */
@Module({
  imports: [
    SettingsModule,
    LoggingModule,
    ThrottlerModule.forRootAsync({ inject: [SETTINGS], useFactory: throttlerOptions }),
    DatabaseModule,
    AuthModule,
    HealthModule,
    CompaniesModule,
    CompaniesApiModule,
    LedgerModule,
    ShareRegisterModule,
    GovernanceModule,
    AllianceModule,
    AssetLockModule,
    TupeModule,
    ReportsModule,
    PracticesModule,
    SeedModule,
    OfficersModule,
    DividendsModule,
    WebModule,
  ],
  providers: [
    // In this order: the write limit counts per token, so it needs the caller the auth guard names.
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_FILTER, useClass: ErrorFilter },
  ],
})
export class AppModule {}
