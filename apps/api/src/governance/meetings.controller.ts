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
import { AdjournMeetingDto, CreateMeetingDto, RecordAttendanceDto } from './dto/meeting.dto';
import { BoardVerification } from './board-verification';
import { meetingResponse } from './meeting.mapper';
import { MeetingsService } from './meetings.service';

@ApiTags('governance')
@ApiBearerAuth()
@Controller('api/companies/:companyId/meetings')
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly verification: BoardVerification,
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
    return records.map((m) => meetingResponse(m, query.asAt ?? today(), unverifiedOf));
  }

  @ApiRoute({ summary: 'Read a meeting' })
  @Get(':meetingId')
  async get(@Param('companyId') companyId: string, @Param('meetingId') id: string, @Query() query: AsAtQuery) {
    return meetingResponse(await this.meetings.get(companyId, id), query.asAt ?? today(), await this.verification.of(companyId));
  }

  /** A meeting called with its items (each a resolution), and optionally who attended and an adjournment. */
  @ApiRoute({ summary: 'Call a meeting', description: 'A meeting called with its items (each a resolution), and optionally who attended and an adjournment.' })
  @Post()
  @HttpCode(201)
  @Roles('secretary')
  @AcceptsIdempotencyKey()
  async create(@Param('companyId') companyId: string, @Body() body: CreateMeetingDto, @CurrentCaller() caller: Caller, @RequestKeyOf('meetings') key: RequestKey | undefined) {
    const { record } = await this.meetings.createOnce(companyId, body, caller, key);
    return meetingResponse(record, today(), await this.verification.of(companyId));
  }

  /** People present at the meeting's current sitting. */
  @ApiRoute({ summary: 'Record attendance at a meeting', description: 'People present at the meeting\'s current sitting.' })
  @Post(':meetingId/attendance')
  @HttpCode(201)
  @Roles('secretary')
  async attend(@Param('companyId') companyId: string, @Param('meetingId') id: string, @Body() body: RecordAttendanceDto, @CurrentCaller() caller: Caller) {
    return meetingResponse(await this.meetings.recordAttendance(companyId, id, body.attendees, caller), today(), await this.verification.of(companyId));
  }

  /** The meeting adjourned from its current sitting to a later day (MA-3). */
  @ApiRoute({ summary: 'Adjourn a meeting', description: 'The meeting adjourned from its current sitting to a later day (MA-3).' })
  @Post(':meetingId/adjournments')
  @HttpCode(201)
  @Roles('secretary')
  async adjourn(@Param('companyId') companyId: string, @Param('meetingId') id: string, @Body() body: AdjournMeetingDto, @CurrentCaller() caller: Caller) {
    return meetingResponse(await this.meetings.adjourn(companyId, id, body.to, caller), today(), await this.verification.of(companyId));
  }
}
