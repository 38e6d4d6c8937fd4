import { Controller, Get, Param, Query } from '@nestjs/common';
import { NoQuery } from '../common/no-query';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import { today } from '../common/today';
import { CompanyInForce } from './company-in-force';
import { companyResponse } from './company.mapper';

@ApiTags('companies')
@ApiBearerAuth()
@Controller('api/companies')
export class CompaniesController {
  constructor(private readonly companies: CompanyInForce) {}

  @ApiRoute({ summary: 'List companies', description: 'Each with the company number and registered office in force today (FC-5).' })
  @Get()
  async list(@Query() _query: NoQuery) {
    return (await this.companies.list(today())).map(companyResponse);
  }

  @ApiRoute({ summary: 'Read a company', description: 'The company number and registered office in force today (FC-5); `GET …/particulars?asAt=` for another day.' })
  @Get(':companyId')
  async get(@Param('companyId') companyId: string, @Query() _query: NoQuery) {
    return companyResponse(await this.companies.get(companyId, today()));
  }
}
