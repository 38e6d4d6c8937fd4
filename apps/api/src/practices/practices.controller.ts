import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { AsAtQuery } from '../common/as-at.query';
import { today } from '../common/today';
import { ParticularsService } from '../share-register/particulars.service';
import { ledgerRef } from '../alliance/alliance-records';
import { AcceptsIdempotencyKey, RequestKeyOf } from '../common/idempotency-key';
import type { RequestKey } from '../ledger/request-keys';
import { AdmitPracticeDto, ChangeMemberParticularsDto, ChangePracticeDto, ClosePracticeDto } from './dto/practice.dto';
import { PracticesService } from './practices.service';

@ApiTags('practices')
@ApiBearerAuth()
@Controller('api/companies/:companyId')
export class PracticesController {
  constructor(
    private readonly practices: PracticesService,
    private readonly particulars: ParticularsService,
  ) {}

  /** The borough's practices on the list as at `asAt` (default today): particulars and network that day, eligibility, closure and history. */
  @ApiRoute({ summary: 'List practices as at a date', description: 'The borough\'s practices on the list as at `asAt` (default today): particulars and network that day, eligibility, closure and history.' })
  @Get('practices')
  list(@Param('companyId') companyId: string, @Query() query: AsAtQuery) {
    return this.practices.list(companyId, query.asAt ?? today());
  }

  /** RM-1: a practice joins the list; an allotment with `holder: {practiceId}` then admits it as a member. */
  @ApiRoute({ summary: 'Add a practice to the list', description: 'RM-1: a practice joins the list; an allotment with `holder: {practiceId}` then admits it as a member.' })
  @Post('practices')
  @HttpCode(201)
  @Roles('secretary')
  @AcceptsIdempotencyKey()
  async admit(@Param('companyId') companyId: string, @Body() body: AdmitPracticeDto, @CurrentCaller() caller: Caller, @RequestKeyOf('practices') key: RequestKey | undefined) {
    return (await this.practices.admit(companyId, body, caller, key)).record;
  }

  /** RM-3: a dated change of the practice's particulars, carried to its member's register entry. */
  @ApiRoute({ summary: 'Record a change of a practice\'s particulars', description: 'RM-3: a dated change of the practice\'s particulars, carried to its member\'s register entry.' })
  @Post('practices/:practiceId/changes')
  @HttpCode(201)
  @Roles('secretary')
  change(@Param('companyId') companyId: string, @Param('practiceId') practiceId: string, @Body() body: ChangePracticeDto, @CurrentCaller() caller: Caller) {
    return this.practices.change(companyId, practiceId, body, caller);
  }

  /** SH-5: the practice ceases; it leaves its network and a share it holds becomes a dated duty. */
  @ApiRoute({ summary: 'Record a practice\'s closure', description: 'SH-5: the practice ceases; it leaves its network and a share it holds becomes a dated duty.' })
  @Post('practices/:practiceId/closure')
  @HttpCode(201)
  @Roles('secretary')
  close(@Param('companyId') companyId: string, @Param('practiceId') practiceId: string, @Body() body: ClosePracticeDto, @CurrentCaller() caller: Caller) {
    return this.practices.close(companyId, practiceId, body, caller);
  }

  /** RM-3: a dated change of a member's name, address or joint holders (RM-2). */
  @ApiRoute({ summary: 'Record a change of a member\'s particulars', description: 'RM-3: a dated change of a member\'s name, address or joint holders (RM-2).' })
  @Post('members/:memberId/particulars')
  @HttpCode(201)
  @Roles('secretary')
  async memberParticulars(
    @Param('companyId') companyId: string,
    @Param('memberId') memberId: string,
    @Body() body: ChangeMemberParticularsDto,
    @CurrentCaller() caller: Caller,
  ) {
    const entry = await this.particulars.change(companyId, memberId, body, caller);
    return { memberId, effectiveOn: body.effectiveOn, eventId: String(entry.sequence), ledger: ledgerRef(entry) };
  }
}
