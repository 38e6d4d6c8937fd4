import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import type { FilingRow } from '#domain';
import { PastFilingsBodyPipe } from './past-filings-body.pipe';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { today } from '../common/today';
import { DeadlinesQuery, RecordFilingDto } from './dto/deadlines.dto';
import { DeadlinesService } from './deadlines.service';

@ApiTags('governance')
@ApiBearerAuth()
@Controller('api/companies/:companyId')
export class DeadlinesController {
  constructor(private readonly deadlines: DeadlinesService) {}

  /** The compliance calendar: duties due from `from` to `to`, with status as at `asAt`. */
  @ApiRoute({
    summary: 'Read the compliance calendar',
    description:
      'The compliance calendar: duties due from `from` to `to`, with status as at `asAt`. A confirmation statement done lists in `undeliveredNotices` ' +
      'the notices (AP01, TM01, CH01, AP03, TM02, CH03, AD01, PSC01, PSC08) of changes on or before its confirmation date that were not delivered by the day it was, which it confirmed as delivered (CA 2006 s.853A(1)(b)).',
  })
  @Get('deadlines')
  async list(@Param('companyId') companyId: string, @Query() query: DeadlinesQuery) {
    const duties = await this.deadlines.deadlines(companyId, {
      from: query.from ?? null,
      to: query.to ?? null,
      asAt: query.asAt ?? today(),
    });
    return duties.map((d) => ({ kind: d.kind, reference: d.reference, dueOn: d.dueOn, status: d.status, doneOn: d.doneOn, late: d.late, rule: d.rule, formCode: d.formCode, section: d.section, ...(d.action ? { action: d.action } : {}), ...(d.noDeadline ? { noDeadline: d.noDeadline } : {}), ...(d.undeliveredNotices ? { undeliveredNotices: d.undeliveredNotices } : {}) }));
  }

  /** Records that a filing was made or a duty done, which marks it done in the calendar. */
  @ApiRoute({ summary: 'Record a filing', description: 'Records that a filing was made or a duty done, which marks it done in the calendar.' })
  @Post('filings')
  @HttpCode(201)
  @Roles('secretary')
  recordFiling(@Param('companyId') companyId: string, @Body() body: RecordFilingDto, @CurrentCaller() caller: Caller) {
    return this.deadlines.recordFiling(companyId, body, caller);
  }

  /**
   * Records past filings all together or not at all: a CSV with the header `kind,reference,filedOn`
   * (text/csv) or JSON `{filings: [...]}`. Every bad row is listed (400 for its shape, 422
   * `FILINGS_INVALID` for a duty the calendar does not know, a filing already recorded, one dated before
   * what it files, or one stating what is not on record, as `POST …/filings` refuses it).
   */
  @ApiRoute({ summary: 'Import past filings (CSV or JSON)', description: 'Records past filings all together or not at all: a CSV with the header `kind,reference,filedOn` (text/csv) or JSON `{filings: [...]}`. Every bad row is listed (400 for its shape, 422 `FILINGS_INVALID` for a duty the calendar does not know, a filing already recorded, one dated before what it files, or one stating what is not on record: an AP01 of a director whose identity is not verified by its date, a confirmation statement made up to a date from 5 March 2024 with no registered email address on record or without its statement of lawful purpose: a `lawfulPurposeStatement` column of `yes`, CA 2006 s.853A).' })
  @Post('filings/import')
  @HttpCode(201)
  @Roles('secretary')
  @ApiConsumes('text/csv', 'application/json')
  @ApiBody({
    description: 'Past filings: CSV with the header kind,reference,filedOn (and optionally lawfulPurposeStatement: yes, no or empty), or JSON {"filings": [{kind, reference, filedOn, lawfulPurposeStatement?}]}',
    schema: { oneOf: [{ type: 'string', description: 'CSV text' }, { type: 'object', properties: { filings: { type: 'array', items: { type: 'object' } } } }] },
  })
  async importFilings(@Param('companyId') companyId: string, @Body(PastFilingsBodyPipe) rows: FilingRow[], @CurrentCaller() caller: Caller) {
    const recorded = await this.deadlines.recordPastFilings(companyId, rows, caller);
    return { recorded: recorded.length, filings: recorded };
  }
}
