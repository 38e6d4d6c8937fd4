import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { AsAtQuery } from '../common/as-at.query';
import { AcceptsIdempotencyKey, RequestKeyOf } from '../common/idempotency-key';
import type { RequestKey } from '../ledger/request-keys';
import { today } from '../common/today';
import { AppointOfficerDto, ChangeOfficerParticularsDto, OfficerResignationDto, VerifyIdentityDto } from './dto/officer.dto';
import { OfficerWarningsService } from './officer-warnings.service';
import { OfficersService } from './officers.service';

/**
 * Directors and secretaries (EC-1…EC-4). Every role reads the public particulars; the secretary alone
 * sees the residential address, the full date of birth and the identity-verification personal code.
 */
@ApiTags('officers')
@ApiBearerAuth()
@Controller('api/companies/:companyId/officers')
export class OfficersController {
  constructor(
    private readonly officers: OfficersService,
    private readonly warningsService: OfficerWarningsService,
  ) {}

  /** Every term of office; with `asAt`, those in office at the end of that day. */
  @ApiRoute({ summary: 'List officers', description: 'Every term of office; with `asAt`, those in office at the end of that day.' })
  @Get()
  list(@Param('companyId') companyId: string, @Query() query: AsAtQuery, @CurrentCaller() caller: Caller) {
    return this.officers.list(companyId, query.asAt ?? null, caller.role);
  }

  /** EC-3: directors in office not verified by `asAt` (default today), each with the day verification was or is due. */
  @ApiRoute({ summary: 'List identity verification warnings', description: 'EC-3: directors in office not verified by `asAt` (default today), each with the day verification was or is due; and (EC-2, EC-3) directors appointed since 18 November 2025 whose appointment is not yet notified (no AP01 filed by `asAt`: `appointment-not-notified`, with the AP01\'s due day), who must not act until it is.' })
  @Get('warnings')
  warnings(@Param('companyId') companyId: string, @Query() query: AsAtQuery) {
    return this.warningsService.warnings(companyId, query.asAt ?? today());
  }

  @ApiRoute({ summary: 'Appoint an officer' })
  @Post()
  @HttpCode(201)
  @Roles('secretary')
  appoint(@Param('companyId') companyId: string, @Body() body: AppointOfficerDto, @CurrentCaller() caller: Caller) {
    return this.officers.appoint(companyId, body, caller);
  }

  @ApiRoute({ summary: 'Record that an officer left office: a resignation, or a director\'s removal by the members (s.168)' })
  @Post(':officerId/resignation')
  @HttpCode(201)
  @Roles('secretary')
  resign(@Param('companyId') companyId: string, @Param('officerId') officerId: string, @Body() body: OfficerResignationDto, @CurrentCaller() caller: Caller) {
    return this.officers.resign(companyId, officerId, body, caller);
  }

  @ApiRoute({ summary: 'Record a change of an officer\'s particulars' })
  @Post(':officerId/particulars')
  @HttpCode(201)
  @Roles('secretary')
  change(@Param('companyId') companyId: string, @Param('officerId') officerId: string, @Body() body: ChangeOfficerParticularsDto, @CurrentCaller() caller: Caller) {
    return this.officers.changeParticulars(companyId, officerId, body, caller);
  }

  @ApiRoute({
    summary: 'Record an officer\'s identity verification',
    description: 'EC-3. A verification identical to the one in force (the same day, route and personal code) is refused, 409 `IDENTITY_VERIFICATION_ALREADY_RECORDED`, nothing written; one dated before 8 April 2025, when Companies House began verifying identities, is 422 `VERIFIED_BEFORE_VERIFICATION_BEGAN`; the same `Idempotency-Key` sent again is answered as the first was.',
  })
  @Post(':officerId/identity-verification')
  @HttpCode(201)
  @Roles('secretary')
  @AcceptsIdempotencyKey()
  verify(
    @Param('companyId') companyId: string,
    @Param('officerId') officerId: string,
    @Body() body: VerifyIdentityDto,
    @CurrentCaller() caller: Caller,
    @RequestKeyOf('identity-verification') key: RequestKey | undefined,
  ) {
    return this.officers.verifyIdentity(companyId, officerId, body, caller, key);
  }
}
