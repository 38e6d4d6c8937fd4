import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import type { CalendarDate } from '#domain';
import { AsAtQuery } from '../common/as-at.query';
import { AcceptsIdempotencyKey, RequestKeyOf } from '../common/idempotency-key';
import type { RequestKey } from '../ledger/request-keys';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { today } from '../common/today';
import { ProposeResolutionDto } from './dto/propose-resolution.dto';
import { RecordAgreementDto, RecordShortNoticeAgreementDto, RecordVoteDto } from './dto/respond.dto';
import { BoardVerification } from './board-verification';
import { MeetingsService } from './meetings.service';
import { proposedByEndOf, resolutionOnDay, resolutionResponse } from './resolution.mapper';
import { ResolutionsService } from './resolutions.service';

const asAtOf = (query: AsAtQuery): CalendarDate => query.asAt ?? today();

@ApiTags('governance')
@ApiBearerAuth()
@Controller('api/companies/:companyId/resolutions')
export class ResolutionsController {
  constructor(
    private readonly resolutions: ResolutionsService,
    private readonly verification: BoardVerification,
    private readonly meetings: MeetingsService,
  ) {}

  /** RS-1: every resolution proposed by the end of `asAt`, as it stood then (the agreements, votes and attendance recorded as done by that day), with its outcome as at that day. */
  @ApiRoute({ summary: 'List resolutions', description: 'Every resolution proposed by the end of `asAt` (default today), as it stood then: the agreements, votes and attendance recorded as done by that day, and its outcome as at that day.' })
  @Get()
  async list(@Param('companyId') companyId: string, @Query() query: AsAtQuery) {
    const [asAt, now, unverifiedOf, records] = [asAtOf(query), today(), await this.verification.of(companyId), await this.meetings.records(companyId)];
    const proposed = (await this.resolutions.list(companyId)).filter((r) => proposedByEndOf(r, asAt, now));
    return proposed.map((r) => resolutionResponse(resolutionOnDay(r, asAt, now), asAt, unverifiedOf, records));
  }

  /** RS-1: a resolution as it stood at the end of `asAt` (default today); 400 naming `asAt` for a day before it was proposed. */
  @ApiRoute({ summary: 'Read a resolution', description: 'A resolution as it stood at the end of `asAt` (default today): the agreements, votes and attendance recorded as done by that day, and its outcome then. A day before it was proposed (circulated, notice given or sent, or its board meeting held) is refused with 400 naming `asAt`.' })
  @Get(':resolutionId')
  async get(@Param('companyId') companyId: string, @Param('resolutionId') id: string, @Query() query: AsAtQuery) {
    const resolution = resolutionOnDay(await this.resolutions.get(companyId, id), asAtOf(query), today());
    return resolutionResponse(resolution, asAtOf(query), await this.verification.of(companyId), await this.meetings.records(companyId));
  }

  /** Proposes a board or members' resolution; eligible members or the board are fixed from the registers. */
  @ApiRoute({ summary: 'Propose a resolution', description: 'Proposes a board or members\' resolution; eligible members or the board are fixed from the registers.' })
  @Post()
  @HttpCode(201)
  @Roles('secretary')
  @AcceptsIdempotencyKey()
  async propose(@Param('companyId') companyId: string, @Body() body: ProposeResolutionDto, @CurrentCaller() caller: Caller, @RequestKeyOf('resolutions') key: RequestKey | undefined) {
    const { record } = await this.resolutions.proposeOnce(companyId, body, caller, key);
    return resolutionResponse(record, today(), await this.verification.of(companyId), await this.meetings.records(companyId));
  }

  /** A member's (or director's) agreement to a written resolution, irrevocable once recorded. */
  @ApiRoute({ summary: 'Record agreement to a written resolution', description: 'A member\'s (or director\'s) agreement to a written resolution, irrevocable once recorded.' })
  @Post(':resolutionId/agreements')
  @HttpCode(201)
  @Roles('secretary')
  @AcceptsIdempotencyKey()
  async agree(@Param('companyId') companyId: string, @Param('resolutionId') id: string, @Body() body: RecordAgreementDto, @CurrentCaller() caller: Caller, @RequestKeyOf('agreements') key: RequestKey | undefined) {
    return resolutionResponse((await this.resolutions.agree(companyId, id, body, caller, key)).record, today(), await this.verification.of(companyId), await this.meetings.records(companyId));
  }

  /** A vote at the meeting that decides the resolution. */
  @ApiRoute({ summary: 'Record a vote on a resolution', description: 'A vote at the meeting that decides the resolution.' })
  @Post(':resolutionId/votes')
  @HttpCode(201)
  @Roles('secretary')
  @AcceptsIdempotencyKey()
  async vote(@Param('companyId') companyId: string, @Param('resolutionId') id: string, @Body() body: RecordVoteDto, @CurrentCaller() caller: Caller, @RequestKeyOf('votes') key: RequestKey | undefined) {
    return resolutionResponse((await this.resolutions.vote(companyId, id, body, caller, key)).record, today(), await this.verification.of(companyId), await this.meetings.records(companyId));
  }

  /** A member's consent to a general meeting at short notice. */
  @ApiRoute({ summary: 'Record consent to short notice', description: 'A member\'s consent to a general meeting at short notice.' })
  @Post(':resolutionId/short-notice-agreements')
  @HttpCode(201)
  @Roles('secretary')
  async shortNotice(
    @Param('companyId') companyId: string,
    @Param('resolutionId') id: string,
    @Body() body: RecordShortNoticeAgreementDto,
    @CurrentCaller() caller: Caller,
  ) {
    return resolutionResponse(await this.resolutions.agreeToShortNotice(companyId, id, body, caller), today(), await this.verification.of(companyId), await this.meetings.records(companyId));
  }
}
