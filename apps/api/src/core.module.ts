import { Global, Module } from '@nestjs/common';
import { CompaniesService } from './companies/companies.service';
import { LedgerStore } from './ledger/ledger.store';
import { RegisterStore } from './register/register.store';
import { GovernanceStore } from './resolutions/governance.store';

/** What every feature reads or writes through: companies, the ledger, the register projection, governance records. */
@Global()
@Module({
  providers: [CompaniesService, LedgerStore, RegisterStore, GovernanceStore],
  exports: [CompaniesService, LedgerStore, RegisterStore, GovernanceStore],
})
export class CoreModule {}
