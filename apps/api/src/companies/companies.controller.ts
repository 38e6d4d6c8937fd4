import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import { CompaniesService } from './companies.service';
import { companyResponse } from './company.mapper';

@ApiTags('companies')
@ApiBearerAuth()
@Controller('api/companies')
export class CompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @ApiRoute({ summary: 'List companies' })
  @Get()
  async list() {
    return (await this.companies.list()).map(companyResponse);
  }

  @ApiRoute({ summary: 'Read a company' })
  @Get(':companyId')
  async get(@Param('companyId') companyId: string) {
    return companyResponse(await this.companies.get(companyId));
  }
}
