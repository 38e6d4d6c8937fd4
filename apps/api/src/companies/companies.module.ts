import { Module } from '@nestjs/common';
import { CompaniesService } from './companies.service';

/** The companies the service keeps registers for, their articles and their practices. */
@Module({
  providers: [CompaniesService],
  exports: [CompaniesService],
})
export class CompaniesModule {}
