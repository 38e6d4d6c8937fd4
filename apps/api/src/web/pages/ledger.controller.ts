import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { LedgerService, type LedgerVerification } from '../../ledger/ledger.service';
import { ledgerEntryResponse } from '../../ledger/ledger-entry.mapper';
import { send } from '../../reports/reports.controller';
import { LedgerExportService } from '../../reports/ledger-export.service';
import { LedgerChecks } from '../ledger-checks';
import { WebCompany, WebPages } from '../web-page';
import { FormFields } from '../form-fields';
import type { WebRequest } from '../web-session';
import { QueryTakes } from '../page-query';

/** Entries on a page of the ledger. */
const LEDGER_PAGE_SIZE = 50;

/** The ledger (every role): entries with their hashes, "verify now", and the export for offline checking. */
@Controller('ledger')
@WebPages()
export class LedgerPagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly ledger: LedgerService,
    private readonly exports: LedgerExportService,
    private readonly checks: LedgerChecks,
  ) {}

  @Get()
  async page(@Query('after') after: unknown, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    res.render('ledger.njk', await this.view(req, typeof after === 'string' && /^\d{1,15}$/.test(after) ? Number(after) : 0));
  }

  /** Verifies the whole chain and the projections now, as `GET /api/…/ledger/verify` does, and shows the result. */
  @Post('verify')
  @FormFields()
  async verify(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const companyId = await this.company.companyId();
    const result = await this.ledger.verify(companyId, null);
    this.checks.record(companyId, { at: new Date().toISOString(), by: req.caller!.name, result });
    res.render('ledger.njk', { ...(await this.view(req, 0)), verification: result, problem: problemOf(result) });
  }

  @Get('export')
  @QueryTakes()
  async export(@Res({ passthrough: true }) res: Response) {
    return send(res, await this.exports.export(await this.company.companyId()));
  }

  private async view(req: WebRequest, after: number) {
    const companyId = await this.company.companyId();
    const { entries, nextAfterSequence, correctedBy } = await this.ledger.page(companyId, after, LEDGER_PAGE_SIZE);
    return {
      title: 'Ledger',
      entries: entries.map((e) => ({ ...ledgerEntryResponse(e), correctedBy: correctedBy.get(Number(e.sequence)) ?? null })),
      after,
      next: nextAfterSequence,
      previous: after > 0 ? Math.max(0, after - LEDGER_PAGE_SIZE) : null,
      check: this.checks.latest(companyId),
      user: req.caller,
    };
  }
}

/** What is wrong with a ledger that does not verify, in words. */
function problemOf(result: LedgerVerification): string | null {
  if (!result.valid && 'firstBreak' in result) {
    const b = result.firstBreak;
    if (b.reason === 'sequence-gap') return `Entry ${b.expectedSequence} is missing: the next entry is ${b.sequence}`;
    if (b.reason === 'previous-hash-mismatch') return `Entry ${b.sequence} does not link to the entry before it: that entry was changed or removed`;
    return `Entry ${b.sequence} was changed after it was recorded: its content no longer matches its hash`;
  }
  if (result.projection && !result.projection.matches) return 'The register tables do not equal the ledger: they were changed outside the service';
  if (result.knownHead && result.knownHead.found !== 'same') return result.knownHead.problem;
  return null;
}
