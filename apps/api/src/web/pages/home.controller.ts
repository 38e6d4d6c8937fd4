import { Controller, Get, Query, Render } from '@nestjs/common';
import { addDays } from '#domain';
import { DeadlinesService } from '../../governance/deadlines.service';
import { LedgerService } from '../../ledger/ledger.service';
import { ledgerEntryResponse } from '../../ledger/ledger-entry.mapper';
import { DutySubjects } from '../duty-subjects';
import { LedgerChecks } from '../ledger-checks';
import { asAtOf, WebCompany, WebPages } from '../web-page';
import { QueryTakes } from '../page-query';

/** How far ahead the home page looks for duties falling due. */
const LOOK_AHEAD_DAYS = 90;

/** Home: what is due and overdue, the last ledger entry and whether the ledger was verified. */
@Controller('home')
@WebPages()
export class HomeController {
  constructor(
    private readonly company: WebCompany,
    private readonly deadlines: DeadlinesService,
    private readonly ledger: LedgerService,
    private readonly checks: LedgerChecks,
    private readonly subjects: DutySubjects,
  ) {}

  @Get()
  @QueryTakes('asAt')
  @Render('home.njk')
  async home(@Query('asAt') asAtQuery: unknown) {
    const companyId = await this.company.companyId();
    const asAt = asAtOf(asAtQuery);
    const calendar = await this.deadlines.deadlines(companyId, { from: null, to: addDays(asAt, LOOK_AHEAD_DAYS), asAt });
    const open = calendar.filter((d) => d.status !== 'done');
    const subjectOf = await this.subjects.of(companyId, open, asAt);
    const duties = open.map((d) => ({ ...d, subject: subjectOf(d) }));
    const { checkpoint } = await this.ledger.checkpoint(companyId);
    const last = checkpoint.sequence > 0 ? (await this.ledger.page(companyId, checkpoint.sequence - 1, 1)).entries[0] : undefined;
    return {
      title: 'Home',
      asAt,
      overdue: duties.filter((d) => d.status === 'overdue'),
      due: duties.filter((d) => d.status === 'due'),
      lastEntry: last ? ledgerEntryResponse(last) : null,
      check: this.checks.latest(companyId),
    };
  }
}
