import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { DomainError, mayApproveDividend, type CalendarDate } from '#domain';
import { formatMoney } from '#reports';
import type { Response } from 'express';
import { Roles } from '../../auth/roles';
import { today } from '../../common/today';
import { DividendsService } from '../../dividends/dividends.service';
import { DeclareDividendDto } from '../../dividends/dto/declare-dividend.dto';
import { ResolutionsService } from '../../governance/resolutions.service';
import { dividendRefusalWords } from '../dividend-words';
import { ALREADY_RECORDED, FORM_TOKEN_REFUSED, formKey, giveFormToken, sentBefore } from '../form-token';
import { FormFields } from '../form-fields';
import { passedResolutionItems } from '../passed-resolution-items';
import { QueryTakes } from '../page-query';
import { MOST_POUNDS, penceOf } from '../pounds-input';
import { inWords } from '../view-filters';
import { asAtOf, asDto, errorsByField, filled, refusalErrors, WebCompany, WebPages, type FieldError } from '../web-page';
import type { WebRequest } from '../web-session';

type Form = Record<string, string | undefined>;

/** The form's fields by the DTO's field or the refusal's code (a refusal naming its `field` goes beside that field). */
const FIELD_OF: Record<string, string> = {
  declaredOn: 'declaredOn', financialYearEnd: 'financialYearEnd', distributableProfitsPence: 'distributableProfits', totalPence: 'total',
  resolutionId: 'resolutionId', articlesAllowDividends: 'articlesAllowDividends', articlesClause: 'articlesClause',
  RESOLUTION_NOT_FOUND: 'resolutionId', NOT_FOUND: 'resolutionId',
};
const PLAIN: Record<string, string> = {
  declaredOn: 'Enter the date the dividend was declared',
  financialYearEnd: 'Enter the last day of the financial year the dividend is paid out of',
  distributableProfits: `Enter the distributable profits of the year in pounds and pence, more than £0 and up to ${MOST_POUNDS}, for example 100000.00`,
  total: `Enter the total dividend in pounds and pence, more than £0 and up to ${MOST_POUNDS}, for example 35000.00`,
  resolutionId: "Choose the members' resolution that approved the dividend",
  articlesAllowDividends: 'Tick to confirm that the articles allow dividends',
  articlesClause: 'Enter the article that allows dividends, for example Article 36',
};

/** CI-3: the dividends declared and each financial year's cap and headroom (CIC34, CI-5); the secretary's form to record one. */
@Controller('dividends')
@WebPages()
export class DividendsPagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly dividends: DividendsService,
    private readonly resolutions: ResolutionsService,
  ) {}

  /** Takes `asAt` only: a `financialYearEnd` is the API's (`GET …/dividends`), and the page shows every year's figures. */
  @Get()
  @QueryTakes('asAt')
  async page(@Query('asAt') asAtQuery: unknown, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    giveFormToken(req, res, 'dividends');
    res.render('dividends.njk', await this.view(asAtOf(asAtQuery), { declaredOn: today() }, []));
  }

  /**
   * The same DTO and service as POST /api/…/dividends; the amounts typed in pounds are sent in pence.
   * Records once per page (its one-time token): a double click or a reload records one dividend.
   */
  @Post()
  @FormFields('declaredOn', 'financialYearEnd', 'distributableProfits', 'total', 'resolutionId', 'articlesAllowDividends', 'articlesClause')
  @Roles('secretary')
  async declare(@Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const key = formKey(req, 'dividends');
    giveFormToken(req, res, 'dividends');
    if (key === null) return res.status(400).render('dividends.njk', await this.view(today(), f, [FORM_TOKEN_REFUSED]));
    try {
      const dto = await asDto(DeclareDividendDto, {
        declaredOn: filled(f.declaredOn), financialYearEnd: filled(f.financialYearEnd), distributableProfitsPence: penceOf(f.distributableProfits), totalPence: penceOf(f.total),
        resolutionId: filled(f.resolutionId), articlesAllowDividends: f.articlesAllowDividends === 'yes', articlesClause: filled(f.articlesClause),
      });
      const { record: declared, replayed } = await this.dividends.declare(await this.company.companyId(), dto, req.caller!, key);
      if (replayed === 'changed' || replayed === 'answers') {
        const what = `the dividend of ${formatMoney(declared.totalPence)} declared on ${inWords(declared.declaredOn)}`;
        const { status, again, error } = sentBefore(replayed, what, '#declarations', 'another dividend');
        giveFormToken(req, res, 'dividends', again);
        return res.status(status).render('dividends.njk', await this.view(today(), f, [error]));
      }
      req.session.flash = `${replayed ? `${ALREADY_RECORDED} ` : ''}Dividend of ${formatMoney(declared.totalPence)} declared on ${inWords(declared.declaredOn)} recorded, out of the year ending ${inWords(declared.financialYearEnd)}: ${formatMoney(declared.year.headroomPence)} is left under the year's cap.`;
      res.redirect(303, '/dividends');
    } catch (error) {
      res.status(422).render('dividends.njk', await this.view(today(), f, dividendErrors(error)));
    }
  }

  private async view(asAt: CalendarDate, values: Form, errors: FieldError[]) {
    const companyId = await this.company.companyId();
    const listed = await this.dividends.list(companyId, { asAt });
    // Only the resolutions passed by today of a kind that may approve one (CI-3, reg 17).
    const resolutionItems = passedResolutionItems((await this.resolutions.list(companyId)).filter(mayApproveDividend), "Choose the members' resolution", (r) => `members' ${r.type} resolution`);
    return {
      title: 'Dividends',
      asAt,
      declarations: listed.declarations,
      years: listed.years,
      values,
      errors,
      fieldErrors: errorsByField(errors),
      noApprovingResolution: resolutionItems.length === 1,
      resolutionItems,
    };
  }
}

/** The refusal beside its field: a dividend's with its figures in £ (the cap and what is left), else as every form gives it. */
function dividendErrors(error: unknown): FieldError[] {
  const errors = refusalErrors(error, FIELD_OF, 'total', PLAIN);
  const words = error instanceof DomainError ? dividendRefusalWords(error) : undefined;
  return words === undefined ? errors : errors.map((e, i) => (i === 0 ? { ...e, text: words } : e));
}
