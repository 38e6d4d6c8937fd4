import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import type { CalendarDate } from '#domain';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { today } from '../common/today';
import { AsAtQuery } from '../common/as-at.query';
import { AddPartnershipMemberDto, AddServiceLineDto, RecordDepartureDto, RecordPartnershipDto } from './dto/partnership.dto';
import { PartnershipsService } from './partnerships.service';

@ApiTags('alliance')
@ApiBearerAuth()
@Controller('api/companies/:companyId/partnerships')
export class PartnershipsController {
  constructor(private readonly partnerships: PartnershipsService) {}

  /** Every partnership as at the end of `asAt` (default today): members, roles, service lines, and the dated history. */
  @ApiRoute({ summary: 'List partnerships as at a date', description: 'Every partnership as at the end of `asAt` (default today): members, roles, service lines, and the dated history.' })
  @Get()
  list(@Param('companyId') companyId: string, @Query() query: AsAtQuery) {
    return this.partnerships.list(companyId, query.asAt ?? today());
  }

  @ApiRoute({ summary: 'Read a partnership as at a date' })
  @Get(':partnershipId')
  get(@Param('companyId') companyId: string, @Param('partnershipId') partnershipId: string, @Query() query: AsAtQuery) {
    return this.partnerships.get(companyId, partnershipId, query.asAt ?? today());
  }

  @ApiRoute({ summary: 'Record a partnership' })
  @Post()
  @HttpCode(201)
  @Roles('secretary')
  record(@Param('companyId') companyId: string, @Body() body: RecordPartnershipDto, @CurrentCaller() caller: Caller) {
    return this.partnerships.record(companyId, body, caller);
  }

  /** An organisation joins in a role; the response is the partnership as at that day. */
  @ApiRoute({ summary: 'Add a member to a partnership', description: 'An organisation joins in a role; the response is the partnership as at that day.' })
  @Post(':partnershipId/members')
  @HttpCode(201)
  @Roles('secretary')
  addMember(
    @Param('companyId') companyId: string,
    @Param('partnershipId') partnershipId: string,
    @Body() body: AddPartnershipMemberDto,
    @CurrentCaller() caller: Caller,
  ) {
    return this.partnerships.addMember(companyId, partnershipId, body, caller);
  }

  /** A member leaves; the response is the partnership as at that day. */
  @ApiRoute({ summary: 'Record a member leaving a partnership', description: 'A member leaves; the response is the partnership as at that day.' })
  @Post(':partnershipId/members/:organisationId/departure')
  @HttpCode(201)
  @Roles('secretary')
  recordDeparture(
    @Param('companyId') companyId: string,
    @Param('partnershipId') partnershipId: string,
    @Param('organisationId') organisationId: string,
    @Body() body: RecordDepartureDto,
    @CurrentCaller() caller: Caller,
  ) {
    return this.partnerships.recordDeparture(companyId, partnershipId, organisationId, body, caller);
  }

  /** A service the partnership provides, managed directly by one member. */
  @ApiRoute({ summary: 'Add a service line to a partnership', description: 'A service the partnership provides, managed directly by one member.' })
  @Post(':partnershipId/service-lines')
  @HttpCode(201)
  @Roles('secretary')
  addServiceLine(
    @Param('companyId') companyId: string,
    @Param('partnershipId') partnershipId: string,
    @Body() body: AddServiceLineDto,
    @CurrentCaller() caller: Caller,
  ) {
    return this.partnerships.addServiceLine(companyId, partnershipId, body, caller);
  }
}
