import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { awaitsAttendance, meetingCalledBy, meetingHeldBy, type CalendarDate } from '#domain';
import { notQuorateForWords } from '#reports';
import type { Response } from 'express';
import { Roles } from '../../auth/roles';
import { today } from '../../common/today';
import { DirectorsService } from '../../governance/directors.service';
import { CreateMeetingDto } from '../../governance/dto/meeting.dto';
import { meetingResponse } from '../../governance/meeting.mapper';
import { MeetingsService } from '../../governance/meetings.service';
import { asAtOf, asDto, errorsByField, filled, refusalErrors, WebCompany, WebPages, type FieldError } from '../web-page';
import { FormFields } from '../form-fields';
import type { WebRequest } from '../web-session';
import { AppError } from '../../common/app-error';
import { AUTHORISES_ACTIONS, authorisesFromForm } from '../share-authorisation-fields';
import { distinctLabels } from '../person-labels';

/** `{ [name]: value }`, or nothing when the value is undefined. */
const optional = (name: string, value: unknown) => (value === undefined ? {} : { [name]: value });
import { ALREADY_RECORDED, FORM_TOKEN_REFUSED, formKey, giveFormToken, sentBefore } from '../form-token';
import { shortNoticeOf, shortNoticeWarning } from './short-notice-form';
import { deemedDeliveryFlash, noticeSentFrom } from './notice-sent-form';
import { QueryTakes } from '../page-query';

type Form = Record<string, string | undefined>;

/** The call form's item fields: up to this many items at once (more through the API). */
export const ITEM_FIELDS = [1, 2, 3] as const;

const FIELD_OF: Record<string, string> = {
  kind: 'kind', heldOn: 'heldOn', attendees: 'heldOn', noticeGivenOn: 'noticeSentOn', noticeSentOn: 'noticeSentOn', noticeSentBy: 'noticeSentBy', chairDirectorId: 'chairDirectorId', chairName: 'chairName', voting: 'voting', items: 'item1Text',
  ...Object.fromEntries(ITEM_FIELDS.flatMap((n) => [[`items.${n - 1}.text`, `item${n}Text`], [`items.${n - 1}.type`, `item${n}Type`]])),
  // Each item's share changes (paths with the change's index taken out, see `itemFieldsNamed`).
  ...Object.fromEntries(ITEM_FIELDS.flatMap((n) => [
    [`items.${n - 1}.authorises`, `item${n}AuthorisesShares`], [`items.${n - 1}.authorises.shareNumber`, `item${n}AuthorisesShares`],
    [`items.${n - 1}.authorises.action`, `item${n}AuthorisesAction`], [`items.${n - 1}.authorises.reason`, `item${n}AuthorisesAction`],
  ])),
  // WR-1, s.168(2), s.312: each item's matter and its special notice (the refusals of it name the item's field).
  ...Object.fromEntries(ITEM_FIELDS.flatMap((n) => [[`items.${n - 1}.matter`, `item${n}Matter`], [`items.${n - 1}.specialNoticeReceivedOn`, `item${n}SpecialNoticeReceivedOn`]])),
  // SH-4, s.696(2)(b): each item's day of disclosure of a buy-back contract.
  ...Object.fromEntries(ITEM_FIELDS.map((n) => [`items.${n - 1}.contractDisclosedOn`, `item${n}ContractDisclosedOn`])),
  BUY_BACK_NEEDS_MEMBERS_RESOLUTION: 'item1AuthorisesAction', SHARE_NOT_ISSUED: 'item1AuthorisesShares', SHARE_ALREADY_CANCELLED: 'item1AuthorisesShares',
  NOTICE_NOT_FOR_BOARD_MEETING: 'noticeSentOn', MEETING_BEFORE_NOTICE: 'heldOn', DIRECTOR_NOT_ON_BOARD: 'chairDirectorId',
  BOARD_HAS_NO_DIRECTORS: 'heldOn', NO_ELIGIBLE_MEMBERS: 'noticeSentOn', RESOLUTION_TEXT_REQUIRED: 'item1Text', WRITTEN_RESOLUTION_NOT_ALLOWED: 'item1Type',
};

const PLAIN: Record<string, string> = {
  kind: 'Choose a board meeting, a general meeting or the annual general meeting',
  heldOn: 'Enter the date the meeting is held',
  noticeSentOn: 'Enter the date the notice of the general meeting was sent',
  noticeSentBy: 'Choose how the notice was sent: by hand, by post or by email',
  item1Text: 'Enter the text of at least the first item',
  item1Type: "Choose ordinary or special for each members' item",
  item2Type: "Choose ordinary or special for each members' item",
  item3Type: "Choose ordinary or special for each members' item",
  ...Object.fromEntries(ITEM_FIELDS.flatMap((n) => [
    [`item${n}AuthorisesAction`, `Choose the kind of share change item ${n} authorises`],
    [`item${n}AuthorisesShares`, `Enter the share numbers item ${n} authorises the change of, as 38, 40 or 38 to 42, each once`],
  ])),
};

/** The DTO's refusal of an item's share change, its path without the change's index (`items.0.authorises.4.shareNumber` → `items.0.authorises.shareNumber`), so one form field stands for every change of the item. */
function itemFieldsNamed(error: unknown): unknown {
  if (!(error instanceof AppError) || error.code !== 'VALIDATION_FAILED' || !Array.isArray(error.details)) return error;
  const details = (error.details as { field: string }[]).map((d) => ({ ...d, field: d.field.replace(/^(items\.\d+\.authorises)\.\d+/, '$1') }));
  return new AppError(error.code, error.message, details);
}

/** The kinds of meeting in words. */
export const MEETING_KINDS: Record<string, string> = { board: 'Board meeting', general: 'General meeting', 'annual-general': 'Annual general meeting' };

/** Meetings: the list with references and whether each sitting was quorate, and the secretary's form to call one with its items. */
@Controller('meetings')
@WebPages()
export class MeetingsPagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly meetings: MeetingsService,
    private readonly directors: DirectorsService,
  ) {}

  @Get()
  @QueryTakes('asAt')
  async list(@Query('asAt') asAtQuery: unknown, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    giveFormToken(req, res, 'meetings');
    const asAt = asAtOf(asAtQuery);
    // As at a day named in the address: only the meetings called by then; else every meeting recorded, those called for a day to come too.
    res.render('meetings.njk', await this.view(asAt, { kind: 'board', heldOn: today() }, [], asAtQuery === undefined || asAtQuery === '' ? null : asAt));
  }

  /** The same DTO and service as POST /api/…/meetings: the items are proposed with the meeting. */
  @Post()
  @FormFields('kind', 'heldOn', 'chairDirectorId', 'noticeSentOn', 'noticeSentBy', 'chairName', 'voting', ...ITEM_FIELDS.flatMap((n) => [`item${n}Text`, `item${n}Type`, `item${n}Matter`, `item${n}SpecialNoticeReceivedOn`, `item${n}ContractDisclosedOn`, `item${n}AuthorisesAction`, `item${n}AuthorisesShares`]))
  @Roles('secretary')
  async call(@Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const key = formKey(req, 'meetings');
    giveFormToken(req, res, 'meetings');
    if (key === null) return res.status(400).render('meetings.njk', await this.view(today(), f, [FORM_TOKEN_REFUSED]));
    try {
      const general = f.kind !== 'board';
      const items = ITEM_FIELDS.filter((n) => n === 1 || filled(f[`item${n}Text`]) !== undefined).map((n) => ({
        text: filled(f[`item${n}Text`]),
        ...(general ? { type: filled(f[`item${n}Type`]) } : {}),
        // What a members' item is for (removing a director or an auditor needs special notice, s.168(2), s.312); sent when chosen or given.
        ...(general ? optional('matter', filled(f[`item${n}Matter`])) : {}),
        ...(general ? optional('specialNoticeReceivedOn', filled(f[`item${n}SpecialNoticeReceivedOn`])) : {}),
        // The share changes the item authorises, as a one-item resolution's form names them.
        ...optional('authorises', authorisesFromForm(f[`item${n}AuthorisesAction`], f[`item${n}AuthorisesShares`])),
        // SH-4, s.696(2)(b): the day a buy-back's contract was first open to inspection; sent when given.
        ...(general ? optional('contractDisclosedOn', filled(f[`item${n}ContractDisclosedOn`])) : {}),
      }));
      const dto = await asDto(CreateMeetingDto, {
        kind: filled(f.kind),
        heldOn: filled(f.heldOn),
        // MT-2 (s.1147): a general meeting's notice, the day it was sent and how; the service works out the day it is deemed delivered.
        // Like the chair's name and the voting, fields the form labels "(general meetings)" are not sent for a board meeting.
        ...(general ? { ...noticeSentFrom(f), chairName: filled(f.chairName), voting: filled(f.voting) } : { chairDirectorId: filled(f.chairDirectorId) }),
        items,
      });
      const { record, replayed } = await this.meetings.createOnce(await this.company.companyId(), dto, req.caller!, key);
      const { meeting, state } = record;
      const count = meeting.resolutionIds.length;
      const reference = state.references.byId.get(meeting.id);
      if (replayed === 'changed' || replayed === 'answers') {
        const { status, again, error } = sentBefore(replayed, reference === undefined ? 'a meeting' : `Meeting ${reference}`, `/meetings/${encodeURIComponent(meeting.id)}`, 'a new meeting');
        giveFormToken(req, res, 'meetings', again);
        return res.status(status).render('meetings.njk', await this.view(today(), f, [error]));
      }
      req.session.flash = `${replayed ? `${ALREADY_RECORDED} ` : ''}Meeting ${reference ?? ''} called, with ${count} item${count === 1 ? '' : 's'}.${deemedDeliveryFlash(meeting)}`;
      // MT-1, MT-2: a general meeting called at short notice says so, and where to record the members' agreement to it.
      const notice = shortNoticeOf(record);
      if (notice !== null && !notice.agreed) {
        req.session.flash += ` ${shortNoticeWarning(notice)}`;
        req.session.flashLink = { href: `/meetings/${encodeURIComponent(meeting.id)}#short-notice`, text: 'Record the members’ agreement to short notice' };
      }
      res.redirect(303, `/meetings/${encodeURIComponent(meeting.id)}`);
    } catch (error) {
      const errors = refusalErrors(itemFieldsNamed(error), FIELD_OF, 'item1Text', PLAIN);
      res.status(422).render('meetings.njk', await this.view(today(), f, errors));
    }
  }

  /** `calledBy`: the day the list is as at, when the address names one (the meetings called by then), else null (every meeting). */
  private async view(asAt: string, values: Form, errors: FieldError[], calledBy: CalendarDate | null = null) {
    const companyId = await this.company.companyId();
    // The latest first, by the day each is held (a meeting recorded later may be held earlier), then as recorded.
    const records = await this.meetings.list(companyId);
    const meetings = records
      .map((m, recorded) => ({ m: meetingResponse(m, asAt as never), recorded, called: calledBy === null || meetingCalledBy(m.meeting, calledBy) }))
      .filter(({ called }) => called)
      .sort((a, b) => (a.m.heldOn === b.m.heldOn ? b.recorded - a.recorded : a.m.heldOn < b.m.heldOn ? 1 : -1))
      .map(({ m }) => m);
    const board = await this.directors.list(companyId, today());
    return {
      title: 'Meetings',
      asAt,
      // FR-2: minutes are offered once a meeting is held.
      held: Object.fromEntries(meetings.map((m) => [m.meetingId, meetingHeldBy(m, today())])),
      meetings,
      calledBy,
      // MT-3, MA-2: an item awaits its attendance, not failed, until anything of its sitting is entered (the domain's rule).
      awaiting: Object.fromEntries(records.flatMap(({ meeting, state }) => meeting.resolutionIds.map((id) => [id, awaitsAttendance(state.resolutions.get(id)!, asAt as CalendarDate, state)]))),
      // MA-2: the items of the last sitting, if quorate, whose quorum the interested directors' leaving out broke.
      notQuorateFor: Object.fromEntries(meetings.map((m) => [m.meetingId, notQuorateForWords(m.sittings.at(-1)?.notQuorateFor ?? [])])),
      kinds: MEETING_KINDS,
      itemFields: ITEM_FIELDS,
      authorisesActions: AUTHORISES_ACTIONS,
      chairs: [{ value: '', text: 'Choose' }, ...distinctLabels(board).map((text, i) => ({ value: board[i]!.directorId, text }))],
      values,
      errors,
      fieldErrors: errorsByField(errors),
    };
  }
}
