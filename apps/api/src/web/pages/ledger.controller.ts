import { Controller, Get, Post, Query, Redirect, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from '../../common/app-error';
import { LedgerService } from '../../ledger/ledger.service';
import { ledgerEntryResponse } from '../../ledger/ledger-entry.mapper';
import { send } from '../../reports/reports.controller';
import { LedgerExportService } from '../../reports/ledger-export.service';
import { LedgerChecks } from '../ledger-checks';
import { headAnswer, headAsked, verificationSummary, type HeadTyped } from '../ledger-head-check';
import { errorsByField, WebCompany, WebPages } from '../web-page';
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

  /** `after`: the entries after this sequence (a whole number; from the first when left out); anything else is a 400 page naming it. */
  @Get()
  @QueryTakes('after')
  async page(@Query('after') after: unknown, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    // The outcome of "Verify now", shown once: the page after its redirect.
    const verification = req.session.verification;
    delete req.session.verification;
    res.render('ledger.njk', { ...(await this.view(req, afterOf(after))), verification, problem: verification?.problem });
  }

  /**
   * Verifies the whole chain and the projections now, as `GET /api/…/ledger/verify` does, and shows the
   * result on the ledger page it redirects to (303), so that reloading that page verifies nothing again.
   */
  @Post('verify')
  @FormFields()
  async verify(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const companyId = await this.company.companyId();
    const result = await this.ledger.verify(companyId, null);
    this.checks.record(companyId, { at: new Date().toISOString(), by: req.caller!.name, result });
    req.session.verification = verificationSummary(result);
    // Saved before the redirect is sent, so the page it leads to reads it.
    await new Promise<void>((resolve) => req.session.save(() => resolve()));
    res.redirect(303, '/ledger');
  }

  /**
   * The address "Verify now" answers at, opened again (a bookmark, the address bar): the ledger page,
   * which shows the latest verification; verifying again is the button's, never a link's.
   */
  @Get('verify')
  @QueryTakes()
  @Redirect('/ledger', 303)
  reopenVerification(): void {}

  /**
   * "Check a head you wrote down earlier": verifies the ledger with the head the auditor holds, as
   * `GET /api/…/ledger/verify?knownSequence=&knownHash=` does, and says whether the ledger still holds
   * that entry with that hash. A read (every role): nothing is written. A field it cannot use is 422,
   * the page again with the words beside it and what was typed kept.
   */
  @Get('check')
  @QueryTakes('entry', 'hash')
  async check(@Query() query: HeadTyped, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const typed = { entry: typeof query.entry === 'string' ? query.entry : '', hash: typeof query.hash === 'string' ? query.hash : '' };
    const asked = await headAsked(typed);
    if ('errors' in asked) {
      res.status(422).render('ledger.njk', { ...(await this.view(req, 0)), headTyped: typed, errors: asked.errors, fieldErrors: errorsByField(asked.errors) });
      return;
    }
    const result = await this.ledger.verify(await this.company.companyId(), asked.head);
    res.render('ledger.njk', { ...(await this.view(req, 0)), headTyped: typed, headAnswer: headAnswer(result, asked.head) });
  }

  @Get('export')
  @QueryTakes()
  async export(@Res({ passthrough: true }) res: Response) {
    return send(res, await this.exports.export(await this.company.companyId()));
  }

  private async view(req: WebRequest, after: number) {
    const companyId = await this.company.companyId();
    const { entries, nextAfterSequence, correctedBy } = await this.ledger.page(companyId, after, LEDGER_PAGE_SIZE);
    // The head now, signed with the service's key: what an auditor writes down, to check later that the ledger still holds it.
    const signed = await this.ledger.checkpoint(companyId);
    return {
      title: 'Ledger',
      entries: entries.map((e) => ({ ...ledgerEntryResponse(e), correctedBy: correctedBy.get(Number(e.sequence)) ?? null })),
      after,
      next: nextAfterSequence,
      previous: after > 0 ? Math.max(0, after - LEDGER_PAGE_SIZE) : null,
      check: this.checks.latest(companyId),
      checkpoint: signed.checkpoint,
      publicKey: signed.publicKey,
      keyId: signed.keyId,
      headTyped: { entry: '', hash: '' },
      fieldErrors: {},
      user: req.caller,
    };
  }
}

/** The address's `after`: a whole number of at most 15 digits, or 0 when left out or empty. */
function afterOf(value: unknown): number {
  if (value === undefined || value === '') return 0;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  throw new AppError('VALIDATION_FAILED', 'the address names the entries to start after with something that is not a whole number', [{ field: 'after', problems: ['after must be a whole number: the sequence of the entry to start after'] }]);
}
