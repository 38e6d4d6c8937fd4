import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { NoQuery } from '../common/no-query';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import type { CalendarDate } from '#domain';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { organisationResponse, serviceContractResponse } from './alliance.mapper';
import { AsAtQuery } from '../common/as-at.query';
import { RecordOrganisationDto } from './dto/record-organisation.dto';
import { ChangeCommissionerDto } from './dto/change-commissioner.dto';
import { RecordServiceContractDto } from './dto/record-service-contract.dto';
import { today } from '../common/today';
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
  async list(@Param('companyId') companyId: string, @Query() _query: NoQuery) {
    return (await this.organisations.list(companyId)).map(organisationResponse);
  }

  @ApiRoute({ summary: 'Read an organisation' })
  @Get('organisations/:organisationId')
  async get(@Param('companyId') companyId: string, @Param('organisationId') organisationId: string, @Query() _query: NoQuery) {
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
  @ApiRoute({
    summary: 'List service contracts',
    description: 'The company\'s service contracts; with `asAt`, only those running at the end of that day. `currentCommissionerId` is who commissions each on `asAt` (or today).',
  })
  @Get('service-contracts')
  async listContracts(@Param('companyId') companyId: string, @Query() query: AsAtQuery) {
    const on = query.asAt ?? today();
    return (await this.contracts.list(companyId, query.asAt)).map((c) => serviceContractResponse(c, on));
  }

  @ApiRoute({ summary: 'Record a service contract' })
  @Post('service-contracts')
  @HttpCode(201)
  @Roles('secretary')
  recordContract(@Param('companyId') companyId: string, @Body() body: RecordServiceContractDto, @CurrentCaller() caller: Caller) {
    return this.contracts.record(companyId, body, caller);
  }

  @ApiRoute({
    summary: 'Change the commissioner of a service contract',
    description:
      'The contract passes to another commissioner from `on` (by novation, or by statute: the Health and Care Act 2022 moved each CCG\'s contracts to its ICB on 1 July 2022). ' +
      'The change falls after the contract starts, not after it ends, and after its latest change; the ledger keeps who let the contract and every change.',
  })
  @Post('service-contracts/:contractId/commissioner-changes')
  @HttpCode(201)
  @Roles('secretary')
  changeCommissioner(@Param('companyId') companyId: string, @Param('contractId') contractId: string, @Body() body: ChangeCommissionerDto, @CurrentCaller() caller: Caller) {
    return this.contracts.changeCommissioner(companyId, contractId, body, caller);
  }
}
