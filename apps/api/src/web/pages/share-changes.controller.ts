import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { changesInRuns } from '#domain';
import { Roles } from '../../auth/roles';
import { AppError } from '../../common/app-error';
import { today } from '../../common/today';
import { resolutionResponse } from '../../governance/resolution.mapper';
import { ResolutionsService } from '../../governance/resolutions.service';
import { RegisterService } from '../../share-register/register.service';
import { ShareEventsService } from '../../share-register/share-events.service';
import { ShareRecipients } from '../../share-register/share-recipients';
import { previewView } from '../share-change-preview';
import { penceOf } from '../pounds-input';
import { CreateShareAllotmentDto, CreateShareCancellationDto, CreateShareTransferDto, type ShareEventRequest } from '../../share-register/dto/record-share-event.dto';
import { asDto, errorsByField, filled, formDay, refusalErrors, wholeNumber, WebCompany, WebPages, type FieldError } from '../web-page';
import { FormFieldsBy } from '../form-fields';
import { ALREADY_RECORDED, FORM_TOKEN_REFUSED, formKey, giveFormToken, sentBefore } from '../form-token';
import type { RequestKey } from '../../ledger/request-keys';
import type { WebRequest } from '../web-session';
import { choiceOf, QueryTakes } from '../page-query';

type Kind = 'transfer' | 'allotment' | 'cancellation';
const KINDS: readonly [Kind, ...Kind[]] = ['transfer', 'allotment', 'cancellation'];
type Form = Record<string, string | undefined>;

/** The fields of each kind's form (share-change.njk), recorded or previewed alike. */
const SHARE_CHANGE_FIELDS: Record<Kind, readonly string[]> = {
  transfer: ['shareNumber', 'fromMemberId', 'practiceId', 'holderName', 'holderAddress', 'lodgedOn', 'effectiveOn', 'authorisedBy'],
  allotment: ['shareNumber', 'practiceId', 'holderName', 'holderAddress', 'paidUpPence', 'effectiveOn', 'authorisedBy'],
  cancellation: ['shareNumber', 'memberId', 'reason', 'note', 'effectiveOn', 'solvencyStatementOn', 'courtOrderReference', 'forfeitureNoticeOn', 'price', 'authorisedBy'],
};

/** Which form field each DTO field and domain refusal concerns. */
const FIELD_OF: Record<string, string> = {
  shareNumber: 'shareNumber', fromMemberId: 'fromMemberId', memberId: 'memberId', effectiveOn: 'effectiveOn', lodgedOn: 'lodgedOn',
  authorisedBy: 'authorisedBy', paidUpPence: 'paidUpPence', reason: 'reason', note: 'note', forfeitureNoticeOn: 'forfeitureNoticeOn',
  solvencyStatementOn: 'solvencyStatementOn', courtOrderReference: 'courtOrderReference', pricePence: 'price', BUY_BACK_PRICE_ABOVE_PAID_UP: 'price',
  REDUCTION_WITHOUT_SOLVENCY_STATEMENT: 'solvencyStatementOn', SOLVENCY_STATEMENT_OUT_OF_TIME: 'solvencyStatementOn',
  FORFEITURE_NOT_IN_ARTICLES: 'reason', FORFEITURE_OF_FULLY_PAID_SHARE: 'reason', FORFEITURE_WITHOUT_NOTICE: 'forfeitureNoticeOn', FORFEITURE_NOTICE_TOO_SHORT: 'forfeitureNoticeOn',
  'to.practiceId': 'practiceId', 'to.name': 'holderName', 'to.address': 'holderAddress', 'holder.practiceId': 'practiceId', 'holder.name': 'holderName', 'holder.address': 'holderAddress',
  SHARE_NOT_ISSUED: 'shareNumber', SHARE_ALREADY_CANCELLED: 'shareNumber', SHARE_NUMBER_ALREADY_USED: 'shareNumber', INVALID_SHARE_NUMBER: 'shareNumber',
  SHARE_NOT_HELD_BY_MEMBER: 'fromMemberId', TRANSFER_TO_SAME_MEMBER: 'practiceId', MEMBER_ALREADY_HOLDS_A_SHARE: 'practiceId', PRACTICE_ALREADY_A_MEMBER: 'practiceId',
  HOLDER_NOT_ELIGIBLE: 'practiceId', SHARE_EVENT_NOT_AUTHORISED: 'authorisedBy', RESOLUTION_NOT_FOUND: 'authorisedBy', TRANSFER_REGISTERED_BEFORE_LODGED: 'effectiveOn',
  EVENT_PREDATES_DEPENDENCY: 'effectiveOn', INVALID_DATE: 'effectiveOn',
  PAID_UP_EXCEEDS_NOMINAL: 'paidUpPence', NOT_FOUND: 'practiceId', holder: 'practiceId', to: 'practiceId',
};

/** What to do about a form field the DTO refused, in the form's words. */
const PLAIN: Record<string, string> = {
  shareNumber: 'Enter the share number, a whole number from 1',
  fromMemberId: 'Choose the member who holds the share',
  practiceId: 'Choose the practice that receives the share',
  holderName: 'Enter the name as it is to appear on the register, or leave it blank',
  holderAddress: 'Enter the address as it is to appear on the register, or leave it blank',
  lodgedOn: 'Enter the date the instrument of transfer was lodged',
  effectiveOn: 'Enter the date of the change',
  paidUpPence: 'Enter the amount paid up in whole pence, or leave it blank',
  reason: 'Choose why the share is cancelled',
  note: 'Keep the note to 1,000 characters',
  forfeitureNoticeOn: 'Enter the date the notice requiring payment was given, or leave it blank',
  solvencyStatementOn: "Enter the date of the directors' solvency statement, or leave it blank where the court confirmed the reduction",
  courtOrderReference: "Keep the court order reference to 200 characters, or leave it blank",
  price: 'Enter the price paid in pounds, such as 1.00, for a buy-back only; leave it blank for another reason',
};

/**
 * Record a share change (secretary): an allotment, a transfer or a cancellation, each sent to the
 * same service as the API's route, with the API's own DTO and validation. A refusal shows its reason
 * beside the field and records nothing.
 */
@Controller('share-changes')
@WebPages()
@Roles('secretary')
export class ShareChangesController {
  constructor(
    private readonly company: WebCompany,
    private readonly register: RegisterService,
    private readonly recipients: ShareRecipients,
    private readonly resolutions: ResolutionsService,
    private readonly shares: ShareEventsService,
  ) {}

  @Get()
  @QueryTakes('kind')
  async form(@Query('kind') kind: unknown, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const chosen = kindOf(kind);
    giveFormToken(req, res, 'share-changes');
    res.render('share-change.njk', await this.view(chosen, { effectiveOn: today(), lodgedOn: today() }, []));
  }

  /**
   * The register after the change, without recording it: the same DTO, checks and fold as the real
   * write (ShareEventsService.preview rolls its transaction back), with the form kept for the secretary to confirm.
   */
  @Post(':kind/preview')
  @FormFieldsBy('kind', SHARE_CHANGE_FIELDS)
  @HttpCode(200)
  async preview(@Param('kind') kindParam: string, @Body() body: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const kind = KINDS.find((k) => k === kindParam);
    if (!kind) throw new AppError('ROUTE_NOT_FOUND', `no share change ${kindParam}`);
    const companyId = await this.company.companyId();
    // The form shown again, to be confirmed, records once with a token of its own.
    giveFormToken(req, res, 'share-changes');
    try {
      const preview = await this.shares.preview(companyId, await this.request(kind, body), req.caller!);
      const view = await this.view(kind, body, []);
      res.render('share-change.njk', { ...view, preview: previewView(preview, view.references) });
    } catch (error) {
      const errors = refusalErrors(error, FIELD_OF, 'shareNumber', PLAIN);
      res.status(422).render('share-change.njk', await this.view(kind, body, errors));
    }
  }

  @Post(':kind')
  @FormFieldsBy('kind', SHARE_CHANGE_FIELDS)
  async record(@Param('kind') kindParam: string, @Body() body: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const kind = KINDS.find((k) => k === kindParam);
    if (!kind) throw new AppError('ROUTE_NOT_FOUND', `no share change ${kindParam}`);
    const companyId = await this.company.companyId();
    const key = formKey(req, 'share-changes', kind);
    giveFormToken(req, res, 'share-changes');
    if (key === null) return void res.status(400).render('share-change.njk', await this.view(kind, body, [FORM_TOKEN_REFUSED]));
    try {
      const { entry, replayed } = await this.send(kind, companyId, body, req.caller!, key);
      const what = `${kind === 'transfer' ? 'transfer' : kind === 'allotment' ? 'allotment' : 'cancellation'} of share No. ${entry.shareNumber}`;
      const registerHref = `/register?asAt=${body.effectiveOn ?? today()}&status=all`;
      if (replayed === 'changed' || replayed === 'answers') {
        const { status, again, error } = sentBefore(replayed, `the ${what}, ledger entry ${entry.sequence}`, registerHref, 'another share change');
        giveFormToken(req, res, 'share-changes', again);
        return void res.status(status).render('share-change.njk', await this.view(kind, body, [error]));
      }
      req.session.flash = `${replayed ? `${ALREADY_RECORDED} ` : ''}${what[0].toUpperCase()}${what.slice(1)} recorded as ledger entry ${entry.sequence}.`;
      res.redirect(303, registerHref);
    } catch (error) {
      const errors = refusalErrors(error, FIELD_OF, 'shareNumber', PLAIN);
      res.status(422).render('share-change.njk', await this.view(kind, body, errors));
    }
  }

  /** The change recorded once per `key`: its entry's sequence and share number, and whether an earlier sending had recorded it. */
  private async send(kind: Kind, companyId: string, f: Form, caller: NonNullable<WebRequest['caller']>, key: RequestKey) {
    const change = await this.request(kind, f);
    const { record, replayed } =
      change.type === 'transfer' ? await this.shares.transfer(companyId, change.dto, caller, key)
      : change.type === 'allotment' ? await this.shares.allot(companyId, change.dto, caller, key)
      : await this.shares.cancel(companyId, change.dto, caller, key);
    return { entry: { sequence: record.sequence, shareNumber: (record.payload as { shareNumber?: number }).shareNumber ?? '' }, replayed };
  }

  /** The form's values as the API route's own DTO, checked by the API's validation pipe. */
  private async request(kind: Kind, f: Form): Promise<ShareEventRequest> {
    const holder = { practiceId: filled(f.practiceId), name: filled(f.holderName), address: filled(f.holderAddress) };
    const authorisedBy = filled(f.authorisedBy);
    if (kind === 'transfer') {
      return { type: kind, dto: await asDto(CreateShareTransferDto, { shareNumber: wholeNumber(f.shareNumber), fromMemberId: filled(f.fromMemberId), to: holder, lodgedOn: filled(f.lodgedOn), effectiveOn: filled(f.effectiveOn), authorisedBy }) };
    }
    if (kind === 'allotment') {
      return { type: kind, dto: await asDto(CreateShareAllotmentDto, { shareNumber: wholeNumber(f.shareNumber), holder, paidUpPence: wholeNumber(f.paidUpPence), effectiveOn: filled(f.effectiveOn), authorisedBy }) };
    }
    return { type: kind, dto: await asDto(CreateShareCancellationDto, { shareNumber: wholeNumber(f.shareNumber), memberId: filled(f.memberId), reason: filled(f.reason), note: filled(f.note), effectiveOn: filled(f.effectiveOn), solvencyStatementOn: filled(f.solvencyStatementOn), courtOrderReference: filled(f.courtOrderReference), forfeitureNoticeOn: filled(f.forfeitureNoticeOn), pricePence: penceOf(f.price), authorisedBy }) };
  }

  /**
   * The form with the members, the practices that may receive a share (SH-5) and the passed resolutions
   * that authorise that kind of change, on the change's day once typed (`formDay`), else today.
   */
  private async view(kind: Kind, values: Form, errors: FieldError[]) {
    const companyId = await this.company.companyId();
    const asAt = formDay(values.effectiveOn);
    const members = (await this.register.read(companyId, { asAt, knownAt: null, status: 'current', limit: 1000, offset: 0, cursor: null })).entries;
    const practices = kind === 'cancellation' ? [] : await this.recipients.practicesOn(companyId, asAt);
    const resolutions = (await this.resolutions.list(companyId))
      .map((r) => resolutionResponse(r, asAt))
      .filter((r) => r.outcome.status === 'passed' && r.authorises.some((a) => a.action === kind));
    return {
      title: 'Record a share change',
      kind,
      values,
      errors,
      fieldErrors: errorsByField(errors),
      memberItems: [{ value: '', text: 'Choose the member' }, ...members.map((m) => ({ value: m.memberId, text: `${m.name} (No. ${m.shares.map((s) => s.shareNumber).join(', ')})` }))],
      asAt,
      practiceItems: [{ value: '', text: 'Choose the practice' }, ...practices.map((p) => ({ value: p.practiceId, text: `${p.name} (${p.odsCode})` }))],
      /** Resolution id → its reference (`BR-2024-01`), for the preview's sentence. */
      references: new Map(resolutions.flatMap((r) => (r.reference ? [[r.resolutionId, r.reference] as const] : []))),
      resolutionItems: [
        { value: '', text: 'None' },
        // Each by its body and the shares it authorises the change of, so the secretary chooses one the articles accept for the share.
        ...resolutions.map((r) => ({ value: r.resolutionId, text: `${r.reference ?? r.resolutionId} (${r.kind === 'board' ? 'board' : `members' ${r.type}`} resolution) — ${changesInRuns(r.authorises.filter((a) => a.action === kind))}` })),
      ],
    };
  }
}

/** The address's `kind`: `transfer` (the default), `allotment` or `cancellation`; anything else is a 400 page naming it, never another form. */
function kindOf(value: unknown): Kind {
  return choiceOf('kind', value, KINDS, 'the address asks for a share change of no kind the page records', 'Choose the change to record');
}
