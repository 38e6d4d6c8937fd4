import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import type { CalendarDate } from '#domain';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { IsCalendarDate } from '../common/is-calendar-date';
import { today } from '../common/today';
import { AppointDirectorDto, ResignDirectorDto } from './dto/director.dto';
import { DeadlinesQuery, RecordFilingDto } from './dto/deadlines.dto';
import { ProposeResolutionDto } from './dto/propose-resolution.dto';
import { RecordAgreementDto, RecordShortNoticeAgreementDto, RecordVoteDto } from './dto/respond.dto';
import { DeadlinesService } from './deadlines.service';
import { DirectorsService } from './directors.service';
import { resolutionResponse } from './resolution.mapper';
import { ResolutionsService } from './resolutions.service';

export class AsAtQuery {
  @ApiPropertyOptional({ description: 'As at the end of this day; default today' })
  @IsOptional()
  @IsCalendarDate()
  asAt?: string;
}

const asAtOf = (query: AsAtQuery) => (query.asAt ?? today()) as CalendarDate;

@ApiTags('resolutions')
@ApiBearerAuth()
@Controller('api/companies/:companyId/resolutions')
export class ResolutionsController {
  constructor(private readonly resolutions: ResolutionsService) {}

  /** Every resolution with its outcome computed as at `asAt`. */
  @Get()
  async list(@Param('companyId') companyId: string, @Query() query: AsAtQuery) {
    return (await this.resolutions.list(companyId)).map((r) => resolutionResponse(r, asAtOf(query)));
  }

  @Get(':resolutionId')
  async get(@Param('companyId') companyId: string, @Param('resolutionId') id: string, @Query() query: AsAtQuery) {
    return resolutionResponse(await this.resolutions.get(companyId, id), asAtOf(query));
  }

  /** Proposes a board or members' resolution; eligible members or the board are fixed from the registers. */
  @Post()
  @HttpCode(201)
  @Roles('secretary')
  async propose(@Param('companyId') companyId: string, @Body() body: ProposeResolutionDto, @CurrentCaller() caller: Caller) {
    return resolutionResponse(await this.resolutions.propose(companyId, body, caller), today());
  }

  /** A member's (or director's) agreement to a written resolution, irrevocable once recorded. */
  @Post(':resolutionId/agreements')
  @HttpCode(201)
  @Roles('secretary')
  async agree(@Param('companyId') companyId: string, @Param('resolutionId') id: string, @Body() body: RecordAgreementDto, @CurrentCaller() caller: Caller) {
    return resolutionResponse(await this.resolutions.agree(companyId, id, body, caller), today());
  }

  /** A vote at the meeting that decides the resolution. */
  @Post(':resolutionId/votes')
  @HttpCode(201)
  @Roles('secretary')
  async vote(@Param('companyId') companyId: string, @Param('resolutionId') id: string, @Body() body: RecordVoteDto, @CurrentCaller() caller: Caller) {
    return resolutionResponse(await this.resolutions.vote(companyId, id, body, caller), today());
  }

  /** A member's consent to a general meeting at short notice. */
  @Post(':resolutionId/short-notice-agreements')
  @HttpCode(201)
  @Roles('secretary')
  async shortNotice(
    @Param('companyId') companyId: string,
    @Param('resolutionId') id: string,
    @Body() body: RecordShortNoticeAgreementDto,
    @CurrentCaller() caller: Caller,
  ) {
    return resolutionResponse(await this.resolutions.agreeToShortNotice(companyId, id, body, caller), today());
  }
}

@ApiTags('directors')
@ApiBearerAuth()
@Controller('api/companies/:companyId/directors')
export class DirectorsController {
  constructor(private readonly directors: DirectorsService) {}

  /** The register of directors; with `asAt`, the board on that day. */
  @Get()
  list(@Param('companyId') companyId: string, @Query() query: AsAtQuery) {
    return this.directors.list(companyId, (query.asAt ?? null) as CalendarDate | null);
  }

  @Post()
  @HttpCode(201)
  @Roles('secretary')
  appoint(@Param('companyId') companyId: string, @Body() body: AppointDirectorDto, @CurrentCaller() caller: Caller) {
    return this.directors.appoint(companyId, body, caller);
  }

  @Post(':directorId/resignation')
  @HttpCode(201)
  @Roles('secretary')
  resign(@Param('companyId') companyId: string, @Param('directorId') directorId: string, @Body() body: ResignDirectorDto, @CurrentCaller() caller: Caller) {
    return this.directors.resign(companyId, directorId, body, caller);
  }
}

@ApiTags('deadlines')
@ApiBearerAuth()
@Controller('api/companies/:companyId')
export class DeadlinesController {
  constructor(private readonly deadlines: DeadlinesService) {}

  /** The compliance calendar: duties due from `from` to `to`, with status as at `asAt`. */
  @Get('deadlines')
  async list(@Param('companyId') companyId: string, @Query() query: DeadlinesQuery) {
    const duties = await this.deadlines.deadlines(companyId, {
      from: (query.from ?? null) as CalendarDate | null,
      to: (query.to ?? null) as CalendarDate | null,
      asAt: (query.asAt ?? today()) as CalendarDate,
    });
    return duties.map((d) => ({ kind: d.kind, reference: d.reference, dueOn: d.dueOn, status: d.status, doneOn: d.doneOn, late: d.late, rule: d.rule }));
  }

  /** Records that a filing was made or a duty done, which marks it done in the calendar. */
  @Post('filings')
  @HttpCode(201)
  @Roles('secretary')
  recordFiling(@Param('companyId') companyId: string, @Body() body: RecordFilingDto, @CurrentCaller() caller: Caller) {
    return this.deadlines.recordFiling(companyId, body, caller);
  }
}
