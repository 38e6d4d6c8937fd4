import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AllianceModule } from './alliance/alliance.module';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AuthGuard } from './auth/auth.guard';
import { AuthFailureThrottle, throttlerOptions } from './auth/throttling';
import { CoreModule } from './core.module';
import { TokensController } from './auth/tokens.controller';
import { TokensService } from './auth/tokens.service';
import { ErrorFilter } from './common/error.filter';
import { LoggingModule } from './common/logging.module';
import { CompaniesController } from './companies/companies.controller';
import { SETTINGS } from './config/settings';
import { SettingsModule } from './config/settings.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { LedgerController } from './ledger/ledger.controller';
import { LedgerService } from './ledger/ledger.service';
import { ReportsModule } from './reports/reports.module';
import { RegisterController } from './register/register.controller';
import { RegisterService } from './register/register.service';
import { RegisterWriter } from './register/register-writer';
import { ResolutionsModule } from './resolutions/resolutions.module';
import { AllianceSeedService } from './seed/alliance-seed.service';
import { SeedService } from './seed/seed.service';
import { ShareEventsController } from './shares/share-events.controller';
import { ShareEventsService } from './shares/share-events.service';
import { TupeModule } from './tupe/tupe.module';

@Module({
  imports: [
    SettingsModule,
    LoggingModule,
    ThrottlerModule.forRootAsync({ inject: [SETTINGS], useFactory: throttlerOptions }),
    DatabaseModule,
    HealthModule,
    CoreModule,
    AllianceModule,
    TupeModule,
    ResolutionsModule,
    ReportsModule,
  ],
  controllers: [TokensController, CompaniesController, RegisterController, ShareEventsController, LedgerController],
  providers: [
    // In this order: the write limit counts per token, so it needs the caller the auth guard names.
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    AuthFailureThrottle,
    { provide: APP_FILTER, useClass: ErrorFilter },
    TokensService,
    LedgerService,
    RegisterWriter,
    RegisterService,
    ShareEventsService,
    SeedService,
    AllianceSeedService,
  ],
})
export class AppModule {}
