import { Module } from '@nestjs/common';
import { AllianceStore } from './alliance.store';
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
  controllers: [OrganisationsController, PartnershipsController, NetworksController],
  providers: [AllianceStore, OrganisationsService, ServiceContractsService, PartnershipsService, NetworksService],
  exports: [AllianceStore, OrganisationsService, ServiceContractsService, PartnershipsService, NetworksService],
})
export class AllianceModule {}
