import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { changesInRuns } from '#domain';
import type { Response } from 'express';
import { Roles } from '../../auth/roles';
import { AppError } from '../../common/app-error';
import { today } from '../../common/today';
import { resolutionResponse } from '../../governance/resolution.mapper';
import { ResolutionsService } from '../../governance/resolutions.service';
import { CreateShareTransferDto } from '../../share-register/dto/record-share-event.dto';
import { RefuseLodgedTransferDto, RegisterLodgedTransferDto } from '../../share-register/dto/lodged-transfer.dto';
import { lodgedTransferResponse } from '../../share-register/lodged-transfers.controller';
import { LodgedTransfersService } from '../../share-register/lodged-transfers.service';
import { RegisterService } from '../../share-register/register.service';
import { ShareRecipients } from '../../share-register/share-recipients';
import { asDto, errorsByField, filled, formDay, refusalErrors, wholeNumber, WebCompany, WebPages, type FieldError } from '../web-page';
import { FormFields, FormFieldsBy } from '../form-fields';
import { ALREADY_RECORDED, FORM_TOKEN_REFUSED, formKey, giveFormToken, sentBefore } from '../form-token';
import type { RequestKey } from '../../ledger/request-keys';
import type { WebRequest } from '../web-session';
import { inWords } from '../view-filters';
import { QueryTakes } from '../page-query';

type Form = Record<string, string | undefined>;
type Decision = 'registration' | 'refusal';

/** Which form field each DTO field and refusal concerns. */
const FIELD_OF: Record<string, string> = {
  shareNumber: 'shareNumber', fromMemberId: 'fromMemberId', lodgedOn: 'lodgedOn', 'to.practiceId': 'practiceId', to: 'practiceId', holder: 'practiceId',
  effectiveOn: 'effectiveOn', authorisedBy: 'authorisedBy', refusedOn: 'refusedOn', reasons: 'reasons',
  SHARE_NOT_ISSUED: 'shareNumber', SHARE_ALREADY_CANCELLED: 'shareNumber', INVALID_SHARE_NUMBER: 'shareNumber', SHARE_NOT_HELD_BY_MEMBER: 'fromMemberId',
  TRANSFER_TO_SAME_MEMBER: 'practiceId', MEMBER_ALREADY_HOLDS_A_SHARE: 'practiceId', PRACTICE_ALREADY_A_MEMBER: 'practiceId', HOLDER_NOT_ELIGIBLE: 'practiceId',
  PRACTICE_NOT_ELIGIBLE: 'practiceId', NOT_FOUND: 'practiceId', SHARE_EVENT_NOT_AUTHORISED: 'authorisedBy', RESOLUTION_NOT_FOUND: 'authorisedBy',
  TRANSFER_REGISTERED_BEFORE_LODGED: 'effectiveOn', TRANSFER_DECIDED_BEFORE_LODGED: 'effectiveOn', TRANSFER_REFUSAL_WITHOUT_REASONS: 'reasons',
  EVENT_PREDATES_DEPENDENCY: 'lodgedOn', INVALID_DATE: 'lodgedOn',
};

const PLAIN: Record<string, string> = {
  shareNumber: 'Enter the share number, a whole number from 1',
  fromMemberId: 'Choose the member who holds the share',
  practiceId: 'Choose the practice the share is to be transferred to',
  lodgedOn: 'Enter the date the instrument of transfer was lodged',
  effectiveOn: 'Enter the date the transfer is registered',
  refusedOn: 'Enter the date the notice of refusal was sent',
  reasons: 'Give the reasons for refusing the transfer: the notice of refusal must state them',
};

/**
 * Transfers lodged with the company (s.770–771): every role sees them and the date each decision is
 * due; the secretary lodges an instrument of transfer, then registers it (with its authorising
 * resolution) or refuses it with reasons — through `LodgedTransfersService`, as the API does.
 */
@Controller('transfers')
@WebPages()
export class TransfersPagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly register: RegisterService,
    private readonly recipients: ShareRecipients,
    private readonly resolutions: ResolutionsService,
    private readonly transfers: LodgedTransfersService,
  ) {}

  @Get()
  @QueryTakes()
  async list(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    giveFormToken(req, res, 'transfers');
    res.render('transfers.njk', await this.listView({ lodgedOn: today() }, []));
  }

  @Post()
  @FormFields('shareNumber', 'fromMemberId', 'practiceId', 'lodgedOn')
  @Roles('secretary')
  async lodge(@Body() body: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const companyId = await this.company.companyId();
    const key = formKey(req, 'transfers');
    giveFormToken(req, res, 'transfers');
    if (key === null) return void res.status(400).render('transfers.njk', await this.listView(body, [FORM_TOKEN_REFUSED]));
    try {
      const dto = await asDto(CreateShareTransferDto, { status: 'lodged', shareNumber: wholeNumber(body.shareNumber), fromMemberId: filled(body.fromMemberId), to: { practiceId: filled(body.practiceId) }, lodgedOn: filled(body.lodgedOn) });
      const { record: entry, replayed } = await this.transfers.lodge(companyId, dto, req.caller!, key);
      const shareNumber = (entry.payload as { shareNumber?: number }).shareNumber ?? dto.shareNumber;
      if (replayed === 'changed' || replayed === 'answers') {
        const { status, again, error } = sentBefore(replayed, `transfer ${entry.sequence}, of share No. ${shareNumber}`, `/transfers/${entry.sequence}`, 'another lodged transfer');
        giveFormToken(req, res, 'transfers', again);
        return void res.status(status).render('transfers.njk', await this.listView(body, [error]));
      }
      req.session.flash = `${replayed ? `${ALREADY_RECORDED} ` : ''}Transfer of share No. ${shareNumber} lodged (transfer ${entry.sequence}). The register is unchanged until it is registered.`;
      res.redirect(303, `/transfers/${entry.sequence}`);
    } catch (error) {
      res.status(422).render('transfers.njk', await this.listView(body, refusalErrors(error, FIELD_OF, 'shareNumber', PLAIN)));
    }
  }

  @Get(':transferId')
  @QueryTakes()
  async transfer(@Param('transferId') transferId: string, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    giveFormToken(req, res, 'transfer-decisions');
    res.render('transfer.njk', await this.transferView(transferId, { effectiveOn: today(), refusedOn: today() }, null, []));
  }

  @Post(':transferId/:decision')
  @FormFieldsBy('decision', { registration: ['effectiveOn', 'authorisedBy'], refusal: ['reasons', 'refusedOn'] })
  @Roles('secretary')
  async decide(@Param('transferId') transferId: string, @Param('decision') decisionParam: string, @Body() body: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const decision = (['registration', 'refusal'] as const).find((d) => d === decisionParam);
    if (!decision) throw new AppError('ROUTE_NOT_FOUND', `no decision ${decisionParam}`);
    const companyId = await this.company.companyId();
    const key = formKey(req, 'transfer-decisions', `${transferId} ${decision}`);
    giveFormToken(req, res, 'transfer-decisions');
    if (key === null) return void res.status(400).render('transfer.njk', await this.transferView(transferId, body, decision, [FORM_TOKEN_REFUSED]));
    try {
      const { replayed, done } =
        decision === 'registration' ? await this.registration(companyId, transferId, body, req, key) : await this.refusal(companyId, transferId, body, req, key);
      if (replayed === 'changed' || replayed === 'answers') {
        const { status, again, error } = sentBefore(replayed, `the decision on transfer ${transferId}`, `/transfers/${encodeURIComponent(transferId)}`, 'another decision');
        giveFormToken(req, res, 'transfer-decisions', again);
        return void res.status(status).render('transfer.njk', await this.transferView(transferId, body, decision, [error]));
      }
      req.session.flash = `${replayed ? `${ALREADY_RECORDED} ` : ''}${done}`;
      res.redirect(303, `/transfers/${encodeURIComponent(transferId)}`);
    } catch (error) {
      // A date refusal concerns the decision's own date field.
      const date = decision === 'registration' ? 'effectiveOn' : 'refusedOn';
      const dated: Record<string, string> = { INVALID_DATE: date, TRANSFER_DECIDED_BEFORE_LODGED: date, TRANSFER_ALREADY_DECIDED: date, TRANSFER_NOT_LODGED: date, EVENT_PREDATES_DEPENDENCY: date };
      const errors = refusalErrors(error, { ...FIELD_OF, ...dated }, date, PLAIN);
      res.status(422).render('transfer.njk', await this.transferView(transferId, body, decision, errors));
    }
  }

  /** The transfer registered once per `key`, and what the page says of it. */
  private async registration(companyId: string, transferId: string, body: Form, req: WebRequest, key: RequestKey) {
    const dto = await asDto(RegisterLodgedTransferDto, { effectiveOn: filled(body.effectiveOn), authorisedBy: filled(body.authorisedBy) });
    const { record: entry, replayed } = await this.transfers.register(companyId, transferId, dto, req.caller!, key);
    return { replayed, done: `Transfer ${transferId} registered on ${inWords(entry.effectiveOn)} as ledger entry ${entry.sequence}.` };
  }

  /** The transfer refused once per `key`, and what the page says of it. */
  private async refusal(companyId: string, transferId: string, body: Form, req: WebRequest, key: RequestKey) {
    const dto = await asDto(RefuseLodgedTransferDto, { refusedOn: filled(body.refusedOn), reasons: filled(body.reasons) });
    const { record: entry, replayed } = await this.transfers.refuse(companyId, transferId, dto, req.caller!, key);
    return { replayed, done: `Transfer ${transferId} refused on ${inWords(entry.effectiveOn)}: the notice of refusal gives your reasons. The register is unchanged.` };
  }

  /** Member id → name, for every entry the register has had. */
  private async names(companyId: string): Promise<Map<string, string>> {
    const all = await this.register.read(companyId, { asAt: today(), knownAt: null, status: 'all', limit: 100_000, offset: 0, cursor: null });
    return new Map(all.entries.map((e) => [e.memberId, e.name]));
  }

  private async listView(values: Form, errors: FieldError[]) {
    const companyId = await this.company.companyId();
    const names = await this.names(companyId);
    const transfers = (await this.transfers.list(companyId, undefined)).map(lodgedTransferResponse).map((t) => ({ ...t, fromName: names.get(t.fromMemberId) ?? t.fromMemberId }));
    // The members, and the practices that may receive a share (SH-5), on the day the transfer was lodged once typed, else today.
    const day = formDay(values.lodgedOn);
    const members = (await this.register.read(companyId, { asAt: day, knownAt: null, status: 'current', limit: 100_000, offset: 0, cursor: null })).entries;
    const practices = await this.recipients.practicesOn(companyId, day);
    return {
      title: 'Transfers lodged',
      lodged: transfers.filter((t) => t.status === 'lodged'),
      decided: transfers.filter((t) => t.status !== 'lodged').reverse(),
      today: today(),
      listDay: day,
      values,
      errors,
      fieldErrors: errorsByField(errors),
      memberItems: [{ value: '', text: 'Choose the member' }, ...members.map((m) => ({ value: m.memberId, text: `${m.name} (No. ${m.shares.map((s) => s.shareNumber).join(', ')})` }))],
      practiceItems: [{ value: '', text: 'Choose the practice' }, ...practices.map((p) => ({ value: p.practiceId, text: `${p.name} (${p.odsCode})` }))],
    };
  }

  private async transferView(transferId: string, values: Form, decision: Decision | null, errors: FieldError[]) {
    const companyId = await this.company.companyId();
    const found = (await this.transfers.list(companyId, undefined)).find((t) => t.transferId === transferId);
    if (!found) throw AppError.notFound('transfer', { transferId });
    const transfer = lodgedTransferResponse(found);
    const asAt = today();
    const resolutions = (await this.resolutions.list(companyId))
      .map((r) => resolutionResponse(r, asAt))
      .filter((r) => r.outcome.status === 'passed' && r.authorises.some((a) => a.action === 'transfer' && a.shareNumber === transfer.shareNumber));
    return {
      title: `Transfer ${transferId}`,
      transfer,
      fromName: (await this.names(companyId)).get(transfer.fromMemberId) ?? transfer.fromMemberId,
      today: asAt,
      decision,
      values,
      errors,
      fieldErrors: errorsByField(errors),
      // Each as the share changes page labels it: its reference, its body and the transfers it authorises (never a cut sentence).
      resolutionItems: [
        { value: '', text: 'None' },
        ...resolutions.map((r) => ({ value: r.resolutionId, text: `${r.reference ?? r.resolutionId} (${r.kind === 'board' ? 'board' : `members' ${r.type}`} resolution) — ${changesInRuns(r.authorises.filter((a) => a.action === 'transfer'))}` })),
      ],
    };
  }
}
