import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { AsAtQuery } from '../common/as-at.query';
import { AcceptsIdempotencyKey, RequestKeyOf } from '../common/idempotency-key';
import type { RequestKey } from '../ledger/request-keys';
import { ApiRoute } from '../openapi/api-route';
import { AssetLockedBodiesService } from './asset-locked-bodies.service';
import { ChangeAssetLockedBodiesDto } from './dto/change-asset-locked-bodies.dto';

/** The asset-locked bodies the company's articles name (CIC Regs 2005 Sch 2 para 1; CI-2, CI-6). */
@ApiTags('asset lock')
@ApiBearerAuth()
@Controller('api/companies/:companyId/asset-locked-bodies')
export class AssetLockedBodiesController {
  constructor(private readonly bodies: AssetLockedBodiesService) {}

  @ApiRoute({
    summary: 'List the asset-locked bodies the articles name',
    description:
      'The asset-locked bodies (CICs and charities) the company’s articles name at the end of `asAt` (today by default), to which the asset lock allows a transfer below full value without the Regulator’s consent (CIC Regs 2005 Sch 2 para 1; CI-2); and every change of them recorded, by the day it took effect, with the special resolution and the Regulator’s approval that made it (CI-6).',
  })
  @Get()
  list(@Param('companyId') companyId: string, @Query() query: AsAtQuery) {
    return this.bodies.list(companyId, query.asAt);
  }

  @ApiRoute({
    summary: 'Record a change of the asset-locked bodies the articles name',
    description:
      'From `effectiveOn` the articles name exactly `bodies` ([]: none). Naming or changing the asset-locked body in the articles needs a members’ special resolution passed on or before that day (CA 2006 s.21; 422 SPECIAL_RESOLUTION_REQUIRED, 404 RESOLUTION_NOT_FOUND) and the CIC Regulator’s approval, its reference and date, on or before that day (CI-6; 422 REGULATOR_APPROVAL_REQUIRED, APPROVAL_AFTER_CHANGE). Bodies already named that day are 422 ASSET_LOCKED_BODIES_UNCHANGED; a back-dated change that would leave a transfer recorded as to a named body unnamed on its day is 409 ASSET_LOCKED_BODY_HAS_TRANSFERS. A refusal writes nothing; the same `Idempotency-Key` sent again is answered as the first was.',
  })
  @Post()
  @HttpCode(201)
  @Roles('secretary')
  @AcceptsIdempotencyKey()
  async change(@Param('companyId') companyId: string, @Body() body: ChangeAssetLockedBodiesDto, @CurrentCaller() caller: Caller, @RequestKeyOf('asset-locked-bodies') key: RequestKey | undefined) {
    return (await this.bodies.change(companyId, body, caller, key)).record;
  }
}
