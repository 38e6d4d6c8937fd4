import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import type { CalendarDate } from '#domain';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { organisationResponse, serviceContractResponse } from './alliance.mapper';
import { AsAtQuery } from '../common/as-at.query';
import { RecordOrganisationDto } from './dto/record-organisation.dto';
import { RecordServiceContractDto } from './dto/record-service-contract.dto';
import { OrganisationsService } from './organisations.service';
import { ServiceContractsService } from './service-contracts.service';

@ApiTags('alliance')
@ApiBearerAuth()
@Controller('api/companies/:companyId')
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly contracts: ServiceContractsService,
  ) {}

  /** Every organisation recorded: partners, commissioners, employers. */
  @ApiRoute({ summary: 'List organisations', description: 'Every organisation recorded: partners, commissioners, employers.' })
  @Get('organisations')
  async list(@Param('companyId') companyId: string) {
    return (await this.organisations.list(companyId)).map(organisationResponse);
  }

  @ApiRoute({ summary: 'Read an organisation' })
  @Get('organisations/:organisationId')
  async get(@Param('companyId') companyId: string, @Param('organisationId') organisationId: string) {
    return organisationResponse(await this.organisations.get(companyId, organisationId));
  }

  @ApiRoute({ summary: 'Record an organisation' })
  @Post('organisations')
  @HttpCode(201)
  @Roles('secretary')
  record(@Param('companyId') companyId: string, @Body() body: RecordOrganisationDto, @CurrentCaller() caller: Caller) {
    return this.organisations.record(companyId, body, caller);
  }

  /** The company's service contracts; with `asAt`, only those running at the end of that day. */
  @ApiRoute({ summary: 'List service contracts', description: 'The company\'s service contracts; with `asAt`, only those running at the end of that day.' })
  @Get('service-contracts')
  async listContracts(@Param('companyId') companyId: string, @Query() query: AsAtQuery) {
    return (await this.contracts.list(companyId, query.asAt)).map(serviceContractResponse);
  }

  @ApiRoute({ summary: 'Record a service contract' })
  @Post('service-contracts')
  @HttpCode(201)
  @Roles('secretary')
  recordContract(@Param('companyId') companyId: string, @Body() body: RecordServiceContractDto, @CurrentCaller() caller: Caller) {
    return this.contracts.record(companyId, body, caller);
  }
}
