import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';
import { LedgerModule } from '../ledger/ledger.module';
import { AllianceRecords } from './alliance-records';
import { NetworksController } from './networks.controller';
import { NetworksService } from './networks.service';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';
import { PartnershipsController } from './partnerships.controller';
import { PartnershipsService } from './partnerships.service';
import { ServiceContractsService } from './service-contracts.service';

/**
 * Organisations, partnerships, service contracts and practice networks, each change appended to the
 * company's ledger.
 */
@Module({
  imports: [LedgerModule, CompaniesModule],
  controllers: [OrganisationsController, PartnershipsController, NetworksController],
  providers: [AllianceRecords, OrganisationsService, ServiceContractsService, PartnershipsService, NetworksService],
  exports: [AllianceRecords, OrganisationsService, ServiceContractsService, PartnershipsService, NetworksService],
})
export class AllianceModule {}
