import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../auth/roles';
import { today } from '../../common/today';
import { RecordRegulatorDecisionDto } from '../../governance/dto/record-regulator-decision.dto';
import { RegulatorDecisionsService } from '../../governance/regulator-decisions.service';
import { resolutionResponse } from '../../governance/resolution.mapper';
import { ResolutionsService } from '../../governance/resolutions.service';
import { FormFields } from '../form-fields';
import { ALREADY_RECORDED, FORM_TOKEN_REFUSED, formKey, formToken, sentBefore } from '../form-token';
import { inWords } from '../view-filters';
import { asDto, errorsByField, filled, refusalErrors, WebCompany, WebPages, type FieldError } from '../web-page';
import type { WebRequest } from '../web-session';
import { QueryTakes } from '../page-query';

type Form = Record<string, string | undefined>;

/** Which form field each DTO field and refusal concerns. */
const FIELD_OF: Record<string, string> = { decidedOn: 'decidedOn', outcome: 'outcome', note: 'note', NOT_AWAITING_REGULATOR: 'outcome', REGULATOR_ALREADY_DECIDED: 'outcome' };

/** What to do about a field the DTO refused, in the form's words. */
const PLAIN: Record<string, string> = {
  decidedOn: "Enter the date of the CIC Regulator's decision",
  outcome: 'Choose approved or refused',
  note: 'Enter a note of up to 2,000 characters, or leave it empty',
};

/**
 * CI-6: the CIC Regulator's decision on a special resolution changing the company's objects, from the
 * form on the resolution's page (the same DTO and service as `POST /api/…/resolutions/:id/regulator-decision`).
 * Recorded, the resolution's page says so; refused, this page shows the form again with each problem
 * beside its field. The form records once per rendering (its one-time token): a double click lands on the
 * resolution's page with "This was already recorded.", not on a refusal.
 */
@Controller('resolutions')
@WebPages()
export class RegulatorDecisionPagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly resolutions: ResolutionsService,
    private readonly decisions: RegulatorDecisionsService,
  ) {}

  @Get(':resolutionId/regulator-decision')
  @QueryTakes()
  @Roles('secretary')
  async form(@Param('resolutionId') id: string, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    res.locals.regulatorToken = formToken(req, 'regulator-decision');
    res.render('regulator-decision.njk', await this.view(id, {}, []));
  }

  @Post(':resolutionId/regulator-decision')
  @FormFields('decidedOn', 'outcome', 'note')
  @Roles('secretary')
  async record(@Param('resolutionId') id: string, @Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const key = formKey(req, 'regulator-decision', id);
    res.locals.regulatorToken = formToken(req, 'regulator-decision');
    if (key === null) return void res.status(400).render('regulator-decision.njk', await this.view(id, f, [FORM_TOKEN_REFUSED]));
    try {
      const note = filled(f.note);
      const dto = await asDto(RecordRegulatorDecisionDto, { decidedOn: filled(f.decidedOn), outcome: filled(f.outcome), ...(note !== undefined ? { note } : {}) });
      const { record, replayed } = await this.decisions.record(await this.company.companyId(), id, dto, req.caller!, key);
      const decided = `the CIC Regulator's ${record.regulator.status === 'approved' ? 'approval' : 'refusal'} of the change of the objects on ${inWords(record.regulator.decidedOn ?? dto.decidedOn)}`;
      if (replayed === 'changed' || replayed === 'answers') {
        const { status, again, error } = sentBefore(replayed, decided, `/resolutions/${encodeURIComponent(id)}`, 'another decision');
        res.locals.regulatorToken = formToken(req, 'regulator-decision', again);
        return void res.status(status).render('regulator-decision.njk', await this.view(id, f, [error]));
      }
      req.session.flash = `${replayed ? `${ALREADY_RECORDED} ` : ''}${decided[0]!.toUpperCase()}${decided.slice(1)} is recorded.`;
      res.redirect(303, `/resolutions/${encodeURIComponent(id)}`);
    } catch (error) {
      const errors = refusalErrors(error, FIELD_OF, 'decidedOn', PLAIN);
      res.status(422).render('regulator-decision.njk', await this.view(id, f, errors));
    }
  }

  /** The form's page: the resolution as at today, what was typed and the problems with it. */
  private async view(id: string, values: Form, errors: FieldError[]) {
    const r = resolutionResponse(await this.resolutions.get(await this.company.companyId(), id), today());
    const fieldErrors = errorsByField(errors);
    return { title: "Record the CIC Regulator's decision", r, regulatorValues: values, regulatorErrors: fieldErrors, errors, fieldErrors };
  }
}
