import { Module } from '@nestjs/common';
import { OfficersRecordsModule } from '../officers/officers-records.module';
import { CompaniesController } from './companies.controller';
import { CompaniesModule } from './companies.module';
import { CompanyInForce } from './company-in-force';

/** The companies' routes: each company with the particulars in force today (FC-5), so apart from CompaniesModule, which the ledger needs. */
@Module({
  imports: [CompaniesModule, OfficersRecordsModule],
  controllers: [CompaniesController],
  providers: [CompanyInForce],
})
export class CompaniesApiModule {}
