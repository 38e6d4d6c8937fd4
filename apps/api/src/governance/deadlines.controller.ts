import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { today } from '../common/today';
import { DeadlinesQuery, RecordFilingDto } from './dto/deadlines.dto';
import { DeadlinesService } from './deadlines.service';

@ApiTags('deadlines')
@ApiBearerAuth()
@Controller('api/companies/:companyId')
export class DeadlinesController {
  constructor(private readonly deadlines: DeadlinesService) {}

  /** The compliance calendar: duties due from `from` to `to`, with status as at `asAt`. */
  @Get('deadlines')
  async list(@Param('companyId') companyId: string, @Query() query: DeadlinesQuery) {
    const duties = await this.deadlines.deadlines(companyId, {
      from: query.from ?? null,
      to: query.to ?? null,
      asAt: query.asAt ?? today(),
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
