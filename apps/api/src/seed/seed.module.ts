import { Module } from '@nestjs/common';
import { AllianceModule } from '../alliance/alliance.module';
import { AuthModule } from '../auth/auth.module';
import { CompaniesModule } from '../companies/companies.module';
import { GovernanceModule } from '../governance/governance.module';
import { OfficersModule } from '../officers/officers.module';
import { ShareRegisterModule } from '../share-register/share-register.module';
import { TupeModule } from '../tupe/tupe.module';
import { AllianceSeedService } from './alliance-seed.service';
import { SeedService } from './seed.service';

/** The first start of an empty database: the first secretary token and the Tower Hamlets company. */
@Module({
  imports: [AuthModule, CompaniesModule, GovernanceModule, ShareRegisterModule, AllianceModule, TupeModule, OfficersModule],
  providers: [SeedService, AllianceSeedService],
})
export class SeedModule {}
