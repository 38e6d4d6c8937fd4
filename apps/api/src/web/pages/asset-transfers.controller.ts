import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, isCalendarDate, type CalendarDate } from '#domain';
import { AssetTransfersService } from '../../asset-lock/asset-transfers.service';
import { RecordAssetTransferDto } from '../../asset-lock/dto/record-asset-transfer.dto';
import { Roles } from '../../auth/roles';
import { AppError } from '../../common/app-error';
import { isStorableCalendarDate } from '../../common/is-calendar-date';
import { realDate } from '../input-words';
import { FormFields } from '../form-fields';
import { ALREADY_RECORDED, FORM_TOKEN_REFUSED, formKey, sentBefore } from '../form-token';
import { MOST_POUNDS, penceOf } from '../pounds-input';
import { QueryTakes } from '../page-query';
import { inWords } from '../view-filters';
import { asAtOf, asDto, filled, refusalErrors, WebCompany, WebPages, DATE_IN_RANGE, type FieldError } from '../web-page';
import type { WebRequest } from '../web-session';
import { AssetTransfersPageView, BASIS_WORDS, giveAssetTransfersTokens } from './asset-transfers-view';

type Form = Record<string, string | undefined>;

const FIELDS = [
  'transferredOn', 'description', 'recipientName', 'recipientKind', 'namedBody', 'recipientRegistrationNumber',
  'marketValue', 'consideration', 'regulatorConsentReference', 'regulatorConsentOn', 'communityBenefit', 'communityBenefitTo',
];

/** Which form field each DTO field and refusal concerns (the amounts are typed in pounds). */
const FIELD_OF: Record<string, string> = {
  ...Object.fromEntries(FIELDS.map((f) => [f, f])),
  marketValuePence: 'marketValue', considerationPence: 'consideration',
  ASSET_LOCK_BREACH: 'communityBenefit', REGULATOR_CONSENT_REQUIRED: 'regulatorConsentReference', CONSENT_AFTER_TRANSFER: 'regulatorConsentOn',
  EVENT_BEFORE_INCORPORATION: 'transferredOn', DATED_AFTER_RECORDING: 'transferredOn',
};

/** What to do about a field the DTO refused, in the form's words. */
const PLAIN: Record<string, string> = {
  transferredOn: 'Enter the date of the transfer',
  description: 'Enter what was transferred',
  recipientName: 'Enter the name of the recipient',
  recipientKind: 'Choose what the recipient is',
  recipientRegistrationNumber: 'Enter the company or charity number, up to 50 characters',
  namedBody: 'Choose the body the articles name',
  marketValue: `Enter the market value in pounds, such as 12,500.00, up to ${MOST_POUNDS}`,
  consideration: `Enter the consideration received in pounds, such as 0 or 2,500.00, up to ${MOST_POUNDS}`,
  regulatorConsentReference: 'Enter the reference of the Regulator’s consent, up to 100 characters',
  regulatorConsentOn: 'Enter the date of the Regulator’s consent',
  communityBenefit: 'Enter how the transfer benefits the community',
  communityBenefitTo: 'Choose whom the benefit goes to',
};

/** INVALID_ASSET_TRANSFER by the field it names: what is missing, in the form's words. */
const INCOMPLETE: Record<string, string> = {
  description: PLAIN.description!,
  recipientName: PLAIN.recipientName!,
  recipientRegistrationNumber: 'Enter the company or charity number of the recipient: an asset-locked body not named in the articles is a CIC or a charity',
  regulatorConsentReference: 'Enter the reference of the Regulator’s consent as well as its date',
  regulatorConsentOn: 'Enter the date of the Regulator’s consent as well as its reference',
};

/** CI-1: a community benefit stated on the form without saying whom it goes to (the API takes it as not stated; the form asks). */
const BENEFIT_TO_NEEDED: FieldError = {
  field: 'communityBenefitTo',
  href: '#communityBenefitTo',
  text: 'Choose whom the benefit goes to: a benefit only to the members of a particular body, or only to an employer’s employees, is not a benefit to the community',
};

/** The registration number of a transfer to a body named in the articles is the one chosen from the list of those they name. */
const NAMED_KIND = 'asset-locked-body-named-in-articles';

/** A registration number in none of the forms of a company or charity number (INVALID_ASSET_TRANSFER, its reason), in the form's words. */
const NOT_A_REGISTRATION_NUMBER =
  'Enter a company number of 8 characters, such as 01234567 or SC123456 (with any leading zeros), or a charity number, such as 1234567, 1234567-1 for a linked charity, SC012345 in Scotland or NIC100002 in Northern Ireland';

/**
 * The register of asset transfers (CIC Regs 2005 Sch 2 para 1): every role sees the transfers with
 * the ground each was allowed on and the value below full consideration, as at a day or for a
 * financial year with its total (for the CIC34 report), and the asset-locked bodies the articles
 * name; the secretary records a transfer through `AssetTransfersService`, as the API does, with the
 * API's DTO (amounts typed in pounds; a body named in the articles chosen from those they name). The
 * form for a change of the named bodies is `AssetLockedBodiesPagesController`'s.
 */
@Controller('asset-transfers')
@WebPages()
export class AssetTransfersPagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly transfers: AssetTransfersService,
    private readonly page: AssetTransfersPageView,
  ) {}

  @Get()
  @QueryTakes('asAt', 'financialYearEnd')
  async list(@Query('asAt') asAtQuery: unknown, @Query('financialYearEnd') yearEnd: unknown, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    giveAssetTransfersTokens(req, res);
    res.render('asset-transfers.njk', await this.page.view(asAtOf(asAtQuery), financialYearEndOf(yearEnd)));
  }

  /** Records once per page (its one-time token): a double click or a reload records one transfer. */
  @Post()
  @FormFields(...FIELDS)
  @Roles('secretary')
  async record(@Body() body: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const key = formKey(req, 'asset-transfers');
    giveAssetTransfersTokens(req, res);
    const shown = async (status: number, errors: FieldError[]) => res.status(status).render('asset-transfers.njk', await this.page.view(asAtOf(undefined), undefined, { values: body, errors }));
    if (key === null) return shown(400, [FORM_TOKEN_REFUSED]);
    const named = body.recipientKind === NAMED_KIND;
    const companyId = await this.company.companyId();
    // CI-1: a benefit stated is asked whom it goes to; with none stated, a choice left from before is not sent (radios cannot be cleared).
    const benefit = filled(body.communityBenefit);
    if (benefit !== undefined && filled(body.communityBenefitTo) === undefined) return shown(422, [BENEFIT_TO_NEEDED]);
    try {
      const dto = await asDto(RecordAssetTransferDto, {
        transferredOn: filled(body.transferredOn),
        description: filled(body.description),
        recipientName: filled(body.recipientName),
        recipientKind: filled(body.recipientKind),
        // A body named in the articles is the one chosen from those they name; the number typed is for another body.
        recipientRegistrationNumber: filled(named ? body.namedBody : body.recipientRegistrationNumber),
        marketValuePence: penceOf(body.marketValue),
        considerationPence: penceOf(body.consideration),
        regulatorConsentReference: filled(body.regulatorConsentReference),
        regulatorConsentOn: filled(body.regulatorConsentOn),
        communityBenefit: benefit,
        communityBenefitTo: benefit === undefined ? undefined : filled(body.communityBenefitTo),
      });
      const { record: recorded, replayed } = await this.transfers.record(companyId, dto, req.caller!, key);
      if (replayed === 'changed' || replayed === 'answers') {
        const { status, again, error } = sentBefore(replayed, `the transfer of ${inWords(recorded.transferredOn)} to ${recorded.recipientName}`, '#transfers', 'another transfer');
        giveAssetTransfersTokens(req, res, again ? 'transfer' : null);
        return shown(status, [error]);
      }
      req.session.flash = `${replayed ? `${ALREADY_RECORDED} ` : ''}The transfer of ${inWords(recorded.transferredOn)} to ${recorded.recipientName} is recorded: ${BASIS_WORDS[recorded.basis]!.toLowerCase()}.`;
      res.redirect(303, '/asset-transfers');
    } catch (error) {
      await shown(422, refusalErrors(error, named ? { ...FIELD_OF, recipientRegistrationNumber: namedField(error) } : FIELD_OF, 'description', PLAIN).map((e) => incomplete(error, e)));
    }
  }
}

/** INVALID_ASSET_TRANSFER beside its field says what is missing there, or what form a registration number takes. */
function incomplete(error: unknown, e: FieldError): FieldError {
  if (!(error instanceof DomainError) || error.code !== 'INVALID_ASSET_TRANSFER') return e;
  if ((error.details as { reason?: unknown } | undefined)?.reason === 'not-a-registration-number') return { ...e, text: NOT_A_REGISTRATION_NUMBER };
  return INCOMPLETE[e.field] !== undefined ? { ...e, text: INCOMPLETE[e.field]! } : e;
}

/** Where the form shows that a body is not one the articles name: beside the list of those they name, or, when they name none, beside the choice of recipient. */
function namedField(error: unknown): string {
  return error instanceof DomainError && (error.details as { reason?: unknown } | undefined)?.reason === 'none-named' ? 'recipientKind' : 'namedBody';
}

/** The page's `financialYearEnd`: none, or a real date kept; else a 400 page naming it. */
function financialYearEndOf(value: unknown): CalendarDate | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string' && isStorableCalendarDate(value)) return value as CalendarDate;
  const problem = isCalendarDate(value) ? DATE_IN_RANGE : realDate('financialYearEnd');
  throw new AppError('VALIDATION_FAILED', 'the last day of the financial year in the address is not a real date kept', [{ field: 'financialYearEnd', problems: [problem] }]);
}
