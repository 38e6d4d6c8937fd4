import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { addDays, compareDates, CONFIRMATION_STATEMENT_DAYS, type CalendarDate } from '#domain';
import type { Response } from 'express';
import { Roles } from '../../auth/roles';
import { today } from '../../common/today';
import { DeadlinesService } from '../../governance/deadlines.service';
import { DirectorsService } from '../../governance/directors.service';
import { FILING_KINDS, RecordFilingDto } from '../../governance/dto/deadlines.dto';
import { dutyWords } from '../duty-words';
import { DutySubjects } from '../duty-subjects';
import { asAtOf, asDto, errorsByField, filled, refusalErrors, WebCompany, WebPages, type FieldError } from '../web-page';
import { FormFields } from '../form-fields';
import type { WebRequest } from '../web-session';
import { inWords } from '../view-filters';
import { ALREADY_RECORDED, FORM_TOKEN_REFUSED, formKey, giveFormToken, sentBefore } from '../form-token';
import { QueryTakes } from '../page-query';

const FIELD_OF = { kind: 'duty', reference: 'duty', filedOn: 'filedOn', DUTY_UNKNOWN: 'duty', FILING_ALREADY_RECORDED: 'duty', FILING_BEFORE_DUTY: 'filedOn', IDENTITY_NOT_VERIFIED: 'duty', REGISTERED_EMAIL_MISSING: 'duty', INVALID_DATE: 'filedOn', lawfulPurposeStatement: 'lawfulPurposeStatement', LAWFUL_PURPOSE_STATEMENT_MISSING: 'lawfulPurposeStatement' };

/** The kinds of duty a filing does, as the "Record a filing" list offers them. */
const FILED_KINDS: ReadonlySet<string> = new Set(FILING_KINDS);

/** Directors and filings: the register of directors as at a date, the Companies House duties, recording a filing. */
@Controller('directors')
@WebPages()
export class DirectorsPagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly directors: DirectorsService,
    private readonly deadlines: DeadlinesService,
    private readonly subjects: DutySubjects,
  ) {}

  @Get()
  @QueryTakes('asAt', 'duty')
  async page(@Query('asAt') asAtQuery: unknown, @Query('duty') duty: unknown, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    giveFormToken(req, res, 'filings');
    // `duty` (`<kind>|<reference>`) chooses the duty in the form, from a link to record its filing; one not open is simply not chosen.
    res.render('directors.njk', await this.view(asAtOf(asAtQuery), { filedOn: today(), ...(typeof duty === 'string' ? { duty } : {}) }, []));
  }

  /** The duty is chosen from the calendar's open ones; the same DTO and service as POST /api/…/filings. */
  @Post('filings')
  @FormFields('duty', 'filedOn', 'lawfulPurposeStatement')
  @Roles('secretary')
  async recordFiling(@Body() f: Record<string, string | undefined>, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const key = formKey(req, 'filings');
    giveFormToken(req, res, 'filings');
    if (key === null) return res.status(400).render('directors.njk', await this.view(today(), f, [FORM_TOKEN_REFUSED]));
    try {
      const [kind, ...reference] = (filled(f.duty) ?? '').split('|');
      const dto = await asDto(RecordFilingDto, { kind: kind || undefined, reference: reference.join('|') || undefined, filedOn: filled(f.filedOn), lawfulPurposeStatement: f.lawfulPurposeStatement === 'yes' || undefined });
      const companyId = await this.company.companyId();
      const { record, replayed } = await this.deadlines.recordFilingOnce(companyId, dto, req.caller!, key);
      const subjectOf = await this.subjects.of(companyId, [record]);
      const what = `${dutyWords(record.kind)}, ${subjectOf({ ...record, doneOn: record.filedOn })}, filed on ${inWords(record.filedOn)}`;
      if (replayed === 'changed' || replayed === 'answers') {
        const { status, again, error } = sentBefore(replayed, `the filing ${what}`, '/directors', 'another filing');
        giveFormToken(req, res, 'filings', again);
        return res.status(status).render('directors.njk', await this.view(today(), f, [error]));
      }
      req.session.flash = `${replayed ? `${ALREADY_RECORDED} ` : ''}Filing recorded: ${what}.`;
      res.redirect(303, '/directors');
    } catch (error) {
      const errors = refusalErrors(error, FIELD_OF, 'duty', { duty: 'Choose the duty the filing is for' });
      res.status(422).render('directors.njk', await this.view(today(), f, errors));
    }
  }

  private async view(asAt: CalendarDate, values: Record<string, string | undefined>, errors: FieldError[]) {
    const companyId = await this.company.companyId();
    // The board in office at the end of the day, each as it stood then (no leaving dated later).
    const directors = await this.directors.list(companyId, asAt);
    // The duties due within a year, and the confirmation statement whose review period has begun (or begins
    // tomorrow, after one delivered today): after one delivered early (FC-2) it falls due up to 14 days past
    // the year (delivered 3 December 2026: made up to 3 December 2027, due 17 December 2027).
    const yearAhead = addDays(asAt, 365);
    const calendar = (await this.deadlines.deadlines(companyId, { from: null, to: addDays(yearAhead, CONFIRMATION_STATEMENT_DAYS), asAt })).filter(
      (d) => compareDates(d.dueOn, yearAhead) <= 0 || (d.kind === 'confirmation-statement' && compareDates(d.arisesOn, addDays(asAt, 1)) <= 0),
    );
    const subjectOf = await this.subjects.of(companyId, calendar, asAt);
    const duties = calendar.map((d) => ({ ...d, subject: subjectOf(d) }));
    // Only the duties a filing does: not a closed practice's share (SH-5), a certificate or a transfer decision, done by the register's own entries.
    const open = duties.filter((d) => d.status !== 'done' && FILED_KINDS.has(d.kind));
    return {
      title: 'Directors and filings',
      asAt,
      directors,
      duties,
      dutyItems: [{ value: '', text: 'Choose the duty' }, ...open.map((d) => ({ value: `${d.kind}|${d.reference}`, text: `${d.formCode ?? dutyWords(d.kind)}: ${d.subject}, ${d.noDeadline ? 'no deadline' : `due ${inWords(d.dueOn)}`}` }))],
      values,
      errors,
      fieldErrors: errorsByField(errors),
    };
  }
}
