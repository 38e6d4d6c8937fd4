import { Body, Controller, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, namedBodiesInWords } from '#domain';
import { AssetLockedBodiesService } from '../../asset-lock/asset-locked-bodies.service';
import { ChangeAssetLockedBodiesDto, MOST_NAMED_BODIES } from '../../asset-lock/dto/change-asset-locked-bodies.dto';
import { Roles } from '../../auth/roles';
import { ALREADY_RECORDED, FORM_TOKEN_REFUSED, formKey, sentBefore } from '../form-token';
import { FormFields } from '../form-fields';
import { inWords } from '../view-filters';
import { asAtOf, asDto, filled, refusalErrors, WebCompany, WebPages, type FieldError } from '../web-page';
import type { WebRequest } from '../web-session';
import { AssetTransfersPageView, giveAssetTransfersTokens } from './asset-transfers-view';

type Form = Record<string, string | undefined>;

/** The form's rows of bodies, numbered from 1: as many as one change may name through the API. */
const ROWS = Array.from({ length: MOST_NAMED_BODIES }, (_, i) => i + 1);
const FIELDS = ['effectiveOn', ...ROWS.flatMap((n) => [`bodyName${n}`, `bodyNumber${n}`]), 'resolutionId', 'regulatorApprovalReference', 'regulatorApprovalOn'];

/** Which form field each DTO field and refusal concerns (a body's fields by its row, through {@link rowFields}). */
const FIELD_OF: Record<string, string> = {
  effectiveOn: 'effectiveOn', resolutionId: 'resolutionId', regulatorApprovalReference: 'regulatorApprovalReference', regulatorApprovalOn: 'regulatorApprovalOn',
  bodies: 'bodyName1', RESOLUTION_NOT_FOUND: 'resolutionId', NOT_FOUND: 'resolutionId',
};

/** What to do about a field the DTO refused, in the form's words. */
const PLAIN: Record<string, string> = {
  effectiveOn: 'Enter the date the change of the articles takes effect',
  resolutionId: "Choose the members' special resolution that made the change",
  regulatorApprovalReference: 'Enter the reference of the Regulator’s approval, up to 100 characters',
  regulatorApprovalOn: 'Enter the date of the Regulator’s approval',
  ...Object.fromEntries(ROWS.flatMap((n) => [[`bodyName${n}`, 'Enter the name of the body as the articles give it, up to 300 characters'], [`bodyNumber${n}`, 'Enter the company or charity number of the body, up to 50 characters']])),
};

/** INVALID_ASSET_LOCKED_BODIES by its reason, beside the number refused. */
const NUMBER_WORDS: Record<string, string> = {
  'not-a-registration-number': 'Enter a company number of 8 characters, such as 01234567 or SC123456 (with any leading zeros), or a charity number, such as 1234567, SC012345 in Scotland or NIC100002 in Northern Ireland',
  'named-twice': 'This number is given for another body as well: give each body once',
};

/**
 * CI-6: the secretary's form for a change of the asset-locked bodies the articles name, on the register
 * of asset transfers' page: the bodies named from a day (each row a name and a number; the rows left
 * empty are not sent), the members' special resolution and the Regulator's approval. The same DTO and
 * service as `POST /api/…/asset-locked-bodies`; once per page (its one-time token).
 */
@Controller('asset-transfers/named-bodies')
@WebPages()
export class AssetLockedBodiesPagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly bodies: AssetLockedBodiesService,
    private readonly page: AssetTransfersPageView,
  ) {}

  @Post()
  @FormFields(...FIELDS)
  @Roles('secretary')
  async change(@Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const key = formKey(req, 'asset-locked-bodies');
    giveAssetTransfersTokens(req, res);
    const shown = async (status: number, errors: FieldError[]) => res.status(status).render('asset-transfers.njk', await this.page.view(asAtOf(undefined), undefined, { bodiesValues: f, errors }));
    if (key === null) return shown(400, [FORM_TOKEN_REFUSED]);
    // The rows with a name or a number, in order: the DTO's `bodies.N` is the row `rows[N]`.
    const rows = ROWS.filter((n) => filled(f[`bodyName${n}`]) !== undefined || filled(f[`bodyNumber${n}`]) !== undefined);
    try {
      const dto = await asDto(ChangeAssetLockedBodiesDto, {
        effectiveOn: filled(f.effectiveOn),
        bodies: rows.map((n) => ({ name: filled(f[`bodyName${n}`]), registrationNumber: filled(f[`bodyNumber${n}`]) })),
        resolutionId: filled(f.resolutionId),
        regulatorApprovalReference: filled(f.regulatorApprovalReference),
        regulatorApprovalOn: filled(f.regulatorApprovalOn),
      });
      const { record: change, replayed } = await this.bodies.change(await this.company.companyId(), dto, req.caller!, key);
      const what = `the change of the asset-locked bodies named in the articles from ${inWords(change.effectiveOn)}`;
      if (replayed === 'changed' || replayed === 'answers') {
        const { status, again, error } = sentBefore(replayed, what, '#named-bodies', 'another change');
        giveAssetTransfersTokens(req, res, again ? 'bodies' : null);
        return shown(status, [error]);
      }
      const named = change.bodies.length === 0 ? 'no asset-locked body' : namedBodiesInWords(change.bodies);
      req.session.flash = `${replayed ? `${ALREADY_RECORDED} ` : ''}The change of the articles is recorded: from ${inWords(change.effectiveOn)} they name ${named}.`;
      res.redirect(303, '/asset-transfers');
    } catch (error) {
      await shown(422, refusalErrors(error, { ...FIELD_OF, ...rowFields(rows) }, 'effectiveOn', PLAIN).map((e) => numberWords(error, e)));
    }
  }
}

/** The DTO's and the domain's fields of each body sent (`bodies.0.name`) as the form's row fields (`bodyName2`). */
function rowFields(rows: readonly number[]): Record<string, string> {
  return Object.fromEntries(rows.flatMap((n, i) => [[`bodies.${i}.name`, `bodyName${n}`], [`bodies.${i}.registrationNumber`, `bodyNumber${n}`]]));
}

/** A number refused as none, or as given twice, says so beside it. */
function numberWords(error: unknown, e: FieldError): FieldError {
  const reason = error instanceof DomainError && error.code === 'INVALID_ASSET_LOCKED_BODIES' ? (error.details as { reason?: unknown } | undefined)?.reason : undefined;
  return typeof reason === 'string' && NUMBER_WORDS[reason] !== undefined ? { ...e, text: NUMBER_WORDS[reason]! } : e;
}
