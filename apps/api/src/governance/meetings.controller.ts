import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { meetingCalledBy } from '#domain';
import { ApiRoute } from '../openapi/api-route';
import { CurrentCaller } from '../auth/caller.decorator';
import { AcceptsIdempotencyKey, RequestKeyOf } from '../common/idempotency-key';
import type { RequestKey } from '../ledger/request-keys';
import { Roles, type Caller } from '../auth/roles';
import { AsAtQuery } from '../common/as-at.query';
import { today } from '../common/today';
import { AdjournMeetingDto, CreateMeetingDto, DeclareInterestDto, RecordAttendanceDto } from './dto/meeting.dto';
import { BoardVerification } from './board-verification';
import { meetingResponse } from './meeting.mapper';
import { MeetingInterestsService } from './meeting-interests.service';
import { MeetingsService } from './meetings.service';

@ApiTags('governance')
@ApiBearerAuth()
@Controller('api/companies/:companyId/meetings')
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly verification: BoardVerification,
    private readonly interests: MeetingInterestsService,
  ) {}

  /** Every meeting in the order recorded, its items' outcomes as at `asAt`; given `asAt`, only the meetings called by then (notice given, or a board meeting held). */
  @ApiRoute({
    summary: 'List meetings',
    description: 'Every meeting in the order recorded, its items\' outcomes as at `asAt`. Given `asAt`, only the meetings called by the end of that day: a general meeting once its notice was given, a board meeting on the day it is held.',
  })
  @Get()
  async list(@Param('companyId') companyId: string, @Query() query: AsAtQuery) {
    const unverifiedOf = await this.verification.of(companyId);
    const records = (await this.meetings.list(companyId)).filter((m) => query.asAt === undefined || meetingCalledBy(m.meeting, query.asAt));
    return records.map((m) => meetingResponse(m, query.asAt ?? today(), unverifiedOf, true));
  }

  @ApiRoute({ summary: 'Read a meeting' })
  @Get(':meetingId')
  async get(@Param('companyId') companyId: string, @Param('meetingId') id: string, @Query() query: AsAtQuery) {
    return meetingResponse(await this.meetings.get(companyId, id), query.asAt ?? today(), await this.verification.of(companyId), true);
  }

  /** A meeting called with its items (each a resolution), and optionally who attended and an adjournment. */
  @ApiRoute({ summary: 'Call a meeting', description: 'A meeting called with its items (each a resolution), and optionally who attended and an adjournment.' })
  @Post()
  @HttpCode(201)
  @Roles('secretary')
  @AcceptsIdempotencyKey()
  async create(@Param('companyId') companyId: string, @Body() body: CreateMeetingDto, @CurrentCaller() caller: Caller, @RequestKeyOf('meetings') key: RequestKey | undefined) {
    const { record } = await this.meetings.createOnce(companyId, body, caller, key);
    return meetingResponse(record, today(), await this.verification.of(companyId), true);
  }

  /** People present at the meeting's current sitting. */
  @ApiRoute({ summary: 'Record attendance at a meeting', description: 'People present at the meeting\'s current sitting.' })
  @Post(':meetingId/attendance')
  @HttpCode(201)
  @Roles('secretary')
  async attend(@Param('companyId') companyId: string, @Param('meetingId') id: string, @Body() body: RecordAttendanceDto, @CurrentCaller() caller: Caller) {
    return meetingResponse(await this.meetings.recordAttendance(companyId, id, body.attendees, caller), today(), await this.verification.of(companyId), true);
  }

  /** The meeting adjourned from its current sitting to a later day (MA-3). */
  @ApiRoute({ summary: 'Adjourn a meeting', description: 'The meeting adjourned from its current sitting to a later day (MA-3).' })
  @Post(':meetingId/adjournments')
  @HttpCode(201)
  @Roles('secretary')
  async adjourn(@Param('companyId') companyId: string, @Param('meetingId') id: string, @Body() body: AdjournMeetingDto, @CurrentCaller() caller: Caller) {
    return meetingResponse(await this.meetings.adjourn(companyId, id, body.to, caller), today(), await this.verification.of(companyId), true);
  }

  /** MA-2: a director present declares an interest in items after the attendance was recorded, before they are voted on. */
  @ApiRoute({
    summary: 'Record a declaration of interest at a board meeting',
    description:
      'MA-2 (model articles art. 14): a director recorded present at a sitting declares an interest in items of the meeting (1 = first item) after the attendance was recorded and before voting on them. From then on the director counts neither in the quorum nor in the vote on those items, as if the attendance had named them. `declaredOn` is the day of the sitting that takes the items. Refused: a director not recorded present (`DIRECTOR_NOT_PRESENT`), no attendance yet (`ATTENDANCE_NOT_RECORDED`), an item the director has voted on or decided at an earlier sitting (`INTEREST_DECLARED_AFTER_VOTE`), an interest already recorded (`INTEREST_ALREADY_DECLARED`, 409), an item or day not of the meeting (`ATTENDANCE_NOT_FOR_MEETING`).',
  })
  @Post(':meetingId/interests')
  @HttpCode(201)
  @Roles('secretary')
  @AcceptsIdempotencyKey()
  async declareInterest(@Param('companyId') companyId: string, @Param('meetingId') id: string, @Body() body: DeclareInterestDto, @CurrentCaller() caller: Caller, @RequestKeyOf('meeting-interests') key: RequestKey | undefined) {
    const { record } = await this.interests.declareOnce(companyId, id, body, caller, key);
    return meetingResponse(record, today(), await this.verification.of(companyId), true);
  }
}
