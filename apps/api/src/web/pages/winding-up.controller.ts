import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { residueBodiesInWords } from '#domain';
import { WindingUpQuery } from '../../asset-lock/dto/winding-up.query';
import { WindingUpService, type WindingUpDistributionResponse } from '../../asset-lock/winding-up.service';
import { QueryTakes } from '../page-query';
import { MOST_POUNDS, penceOf } from '../pounds-input';
import { realDate } from '../input-words';
import { asAtOf, asDto, errorsByField, filled, refusalErrors, WebCompany, WebPages, type FieldError } from '../web-page';
import type { WebRequest } from '../web-session';

/** The form's fields as typed (`GET /winding-up?residualAssets=&asAt=`). */
interface Typed {
  residualAssets: string;
  asAt: string;
}

/** Which form field each of the query DTO's fields and the domain's refusals concerns (the amount is typed in pounds). */
const FIELD_OF: Record<string, string> = { residualAssetsPence: 'residualAssets', asAt: 'asAt', INVALID_RESIDUAL_ASSETS: 'residualAssets' };

/** What to do about a field refused, in the form's words. */
const PLAIN: Record<string, string> = {
  residualAssets: `Enter the residual assets in pounds, such as 25,000.00, from £0.00 up to ${MOST_POUNDS}`,
  asAt: 'Enter the date to work the distribution out as at',
};

/**
 * CI-4 (CIC Regulations 2005 reg 23): how the company's residual assets would be distributed if it were
 * wound up, for every role. A `GET` form (the residual assets in pounds, turned into pence before the
 * API's own query DTO, and the "as at" date) and the distribution `WindingUpService` works out, as
 * `GET /api/…/winding-up-distribution` gives it: what each member would receive, at most the paid-up
 * value of their shares, and who would receive the rest. It reads and records nothing else.
 */
@Controller('winding-up')
@WebPages()
export class WindingUpPagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly windingUp: WindingUpService,
  ) {}

  @Get()
  @QueryTakes('residualAssets', 'asAt')
  async page(@Query('residualAssets') amount: unknown, @Query('asAt') asAt: unknown, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const typed: Typed = { residualAssets: typeof amount === 'string' ? amount : '', asAt: typeof asAt === 'string' ? asAt : '' };
    const shown = (status: number, more: { distribution?: WindingUpDistributionResponse; errors?: FieldError[] } = {}) => {
      const errors = more.errors ?? [];
      res.status(status).render('winding-up.njk', {
        title: 'Distribution on a winding up', user: req.caller, typed, errors, fieldErrors: errorsByField(errors),
        distribution: more.distribution ?? null, asAt: more.distribution?.asAt ?? null,
        residueBodies: more.distribution === undefined ? null : residueBodiesInWords(more.distribution.residueTo.bodies),
      });
    };
    // Opened without an amount (a link): the form alone, its date the one the address gives (a real date,
    // else the 400 page every as-at page gives), or today.
    if (amount === undefined) {
      typed.asAt = asAtOf(asAt);
      return shown(200);
    }
    try {
      const query = await asDto(WindingUpQuery, { residualAssetsPence: penceOf(typed.residualAssets) ?? '', asAt: filled(typed.asAt) });
      const distribution = await this.windingUp.distribution(await this.company.companyId(), query.residualAssetsPence, query.asAt);
      typed.asAt = distribution.asAt;
      return shown(200, { distribution });
    } catch (error) {
      return shown(422, { errors: refusalErrors(error, FIELD_OF, 'residualAssets', PLAIN).map(formDateWords) });
    }
  }
}

/** A date typed into the form that is no real date: the words ask for one in the form, not in the address. */
function formDateWords(e: FieldError): FieldError {
  return e.field === 'asAt' && e.text === realDate('asAt') ? { ...e, text: 'Enter the “as at” date as a real date' } : e;
}
