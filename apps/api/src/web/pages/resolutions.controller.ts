import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { awaitsAttendance, compareDates, meetingAsAt, resolutionAsAt, type CalendarDate } from '#domain';
import { Roles } from '../../auth/roles';
import { today } from '../../common/today';
import { ProposeResolutionDto } from '../../governance/dto/propose-resolution.dto';
import { RecordAgreementDto, RecordVoteDto } from '../../governance/dto/respond.dto';
import { BoardVerification } from '../../governance/board-verification';
import { DirectorsService } from '../../governance/directors.service';
import { meetingResponse } from '../../governance/meeting.mapper';
import { MeetingsService } from '../../governance/meetings.service';
import { proposedByEndOf, resolutionResponse } from '../../governance/resolution.mapper';
import { ResolutionsService } from '../../governance/resolutions.service';
import { send } from '../../reports/reports.controller';
import { ResolutionCopyService } from '../../reports/resolution-copy.service';
import { sellersOnPage, votesInWords } from '../meeting-words';
import { failedBecauseWords } from '../../reports/governance-views';
import { shortNoticeWordsOf } from '../../reports/short-notice-words';
import { agreementWordsOnPage, membersToVote } from '../resolution-page-words';
import { asAtOf, asDto, earlierThanToday, errorsByField, filled, refusalErrors, WebCompany, WebPages, type FieldError } from '../web-page';
import { authorisesFromForm } from '../share-authorisation-fields';
import { FormFields } from '../form-fields';
import type { WebRequest } from '../web-session';
import { ALREADY_RECORDED, FORM_TOKEN_REFUSED, formKey, formToken, giveFormToken, sentBefore } from '../form-token';
import { QueryTakes } from '../page-query';
import { inWords } from '../view-filters';
import { distinctLabels } from '../person-labels';
import { deemedDeliveryFlash, noticeSentFrom } from './notice-sent-form';

type Form = Record<string, string | undefined>;
/** The records of a resolution decided at a meeting with no record of its own. */
const NO_MEETINGS = { meetings: new Map(), resolutions: new Map() } as const;
const FIELD_OF: Record<string, string> = {
  kind: 'kind', type: 'type', procedure: 'procedure', text: 'text', circulatedOn: 'circulatedOn', noticeGivenOn: 'noticeSentOn', noticeSentOn: 'noticeSentOn', noticeSentBy: 'noticeSentBy', meetingOn: 'meetingOn',
  'authorises.0.action': 'authorisesAction', 'authorises.0.reason': 'authorisesAction', 'authorises.0.shareNumber': 'authorisesShareNumber', authorises: 'authorisesShareNumber', BUY_BACK_NEEDS_MEMBERS_RESOLUTION: 'authorisesAction', SHARE_NOT_ISSUED: 'authorisesShareNumber', SHARE_ALREADY_CANCELLED: 'authorisesShareNumber', agreedOn: 'agreedOn', vote: 'vote', memberId: 'who', directorId: 'who',
  matter: 'matter', RESOLUTION_TEXT_REQUIRED: 'text', WRITTEN_RESOLUTION_NOT_ALLOWED: 'matter', MEETING_BEFORE_NOTICE: 'meetingOn', NO_ELIGIBLE_MEMBERS: 'kind', BOARD_HAS_NO_DIRECTORS: 'kind',
  AGREEMENT_BEFORE_CIRCULATION: 'agreedOn', AGREEMENT_AFTER_LAPSE: 'agreedOn', AGREEMENT_ALREADY_GIVEN: 'who', VOTE_ALREADY_RECORDED: 'who', MEMBER_NOT_ELIGIBLE: 'who',
  DIRECTOR_NOT_ON_BOARD: 'who', RESPONSE_NOT_FOR_PROCEDURE: 'who',
  specialNoticeReceivedOn: 'specialNoticeReceivedOn', SPECIAL_NOTICE_REQUIRED: 'specialNoticeReceivedOn', SPECIAL_NOTICE_TOO_LATE: 'specialNoticeReceivedOn', SPECIAL_NOTICE_NOT_NEEDED: 'specialNoticeReceivedOn',
  contractDisclosedOn: 'contractDisclosedOn', CONTRACT_DISCLOSURE_REQUIRED: 'contractDisclosedOn', CONTRACT_DISCLOSURE_TOO_LATE: 'contractDisclosedOn', CONTRACT_DISCLOSURE_NOT_NEEDED: 'contractDisclosedOn',
  ARTICLES_NEED_SPECIAL_RESOLUTION: 'type',
};

/** A response's date and the refusals of it, against the response form's one date field. */
const ON_FIELD: Record<string, string> = { agreedOn: 'on', AGREEMENT_BEFORE_CIRCULATION: 'on', AGREEMENT_AFTER_LAPSE: 'on' };

const PLAIN: Record<string, string> = {
  kind: "Choose whether it is the board's or the members' resolution",
  type: 'Choose ordinary or special',
  procedure: 'Choose how it is decided',
  text: 'Enter the text of the resolution',
  noticeSentOn: "Enter the date the notice of the members' meeting was sent",
  noticeSentBy: 'Choose how the notice was sent: by hand, by post or by email',
  matter: "Only the members remove a director or an auditor, by their resolution at a general meeting, or amend the articles: choose the members' resolution, or 'None of these'",
  authorisesAction: 'Choose the kind of share change it authorises',
  authorisesShareNumber: 'Enter the share number it authorises the change of',
  who: 'Choose who',
  vote: 'Choose for, against or abstain',
};

/** Resolutions: the list with outcomes, a resolution's page, proposing one and recording its agreements and votes. */
@Controller('resolutions')
@WebPages()
export class ResolutionsPagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly resolutions: ResolutionsService,
    private readonly copies: ResolutionCopyService,
    private readonly verification: BoardVerification,
    private readonly directors: DirectorsService,
    private readonly meetings: MeetingsService,
  ) {}

  @Get()
  @QueryTakes('asAt')
  async list(@Query('asAt') asAtQuery: unknown, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    giveFormToken(req, res, 'resolutions');
    res.render('resolutions.njk', await this.listView(asAtOf(asAtQuery), { kind: 'board', procedure: 'meeting', meetingOn: today() }, []));
  }

  @Post()
  @FormFields('kind', 'type', 'procedure', 'text', 'matter', 'meetingOn', 'noticeSentOn', 'noticeSentBy', 'specialNoticeReceivedOn', 'contractDisclosedOn', 'circulatedOn', 'authorisesAction', 'authorisesShareNumber')
  @Roles('secretary')
  async propose(@Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const key = formKey(req, 'resolutions');
    giveFormToken(req, res, 'resolutions');
    if (key === null) return res.status(400).render('resolutions.njk', await this.listView(today(), f, [FORM_TOKEN_REFUSED]));
    try {
      const authorises = authorisesFromForm(f.authorisesAction, f.authorisesShareNumber);
      const written = f.procedure === 'written';
      const dto = await asDto(ProposeResolutionDto, {
        kind: filled(f.kind), procedure: filled(f.procedure), text: filled(f.text),
        ...(f.kind === 'members' ? { type: filled(f.type) ?? 'ordinary' } : {}),
        // WR-1, s.288(2): what it is for, so a written resolution to remove a director or an auditor is refused; a board's with one is refused too.
        ...(f.kind === 'members' || (filled(f.matter) ?? 'general') !== 'general' ? { matter: filled(f.matter) ?? 'general' } : {}),
        ...(written ? { circulatedOn: filled(f.circulatedOn) } : { meetingOn: filled(f.meetingOn), ...(f.kind === 'members' ? noticeSentFrom(f) : {}) }),
        // s.168(2), s.312: a removal's special notice, for a members' resolution at a meeting (the form's other dates are kept
        // to their procedure the same way); sent when given, so a day given for another matter is refused, not dropped.
        ...(f.kind === 'members' && !written && filled(f.specialNoticeReceivedOn) !== undefined ? { specialNoticeReceivedOn: filled(f.specialNoticeReceivedOn) } : {}),
        // SH-4, s.696(2): the day a buy-back's contract was disclosed to members; sent when given, whoever's resolution it
        // is, so a day given for a board's (which cannot approve a buy-back, s.694) or for another resolution is refused.
        ...(filled(f.contractDisclosedOn) !== undefined ? { contractDisclosedOn: filled(f.contractDisclosedOn) } : {}),
        // SR-2: a buy-back is a cancellation the resolution approves as the company's purchase of the share.
        ...(authorises !== undefined ? { authorises } : {}),
      });
      const { record: resolution, replayed } = await this.resolutions.proposeOnce(await this.company.companyId(), dto, req.caller!, key);
      if (replayed === 'changed' || replayed === 'answers') {
        const what = resolution.reference === undefined ? 'a resolution' : `Resolution ${resolution.reference}`;
        const { status, again, error } = sentBefore(replayed, what, `/resolutions/${encodeURIComponent(resolution.id)}`, 'a new resolution');
        giveFormToken(req, res, 'resolutions', again);
        return res.status(status).render('resolutions.njk', await this.listView(today(), f, [error]));
      }
      const proposed = resolution.reference === undefined ? 'Resolution proposed.' : `Resolution ${resolution.reference} proposed.`;
      const deemed = resolution.procedure === 'general-meeting' ? deemedDeliveryFlash(resolution) : '';
      req.session.flash = `${replayed ? `${ALREADY_RECORDED} ${proposed}` : proposed}${deemed}${await this.sameDayMeetings('meetingId' in resolution ? resolution.meetingId : undefined)}`;
      res.redirect(303, `/resolutions/${encodeURIComponent(resolution.id)}`);
    } catch (error) {
      const errors = refusalErrors(error, FIELD_OF, 'text', PLAIN);
      res.status(422).render('resolutions.njk', await this.listView(today(), f, errors));
    }
  }

  @Get(':resolutionId')
  @QueryTakes('asAt')
  async one(@Param('resolutionId') id: string, @Query('asAt') asAtQuery: unknown, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    giveResolutionTokens(req, res);
    res.render('resolution.njk', await this.oneView(id, asAtOf(asAtQuery), null, []));
  }

  @Get(':resolutionId/copy.pdf')
  @QueryTakes('asAt')
  async copy(@Param('resolutionId') id: string, @Query('asAt') asAt: unknown, @Res({ passthrough: true }) res: Response) {
    return send(res, await this.copies.copy(await this.company.companyId(), id, typeof asAt === 'string' ? asAtOf(asAt) : null));
  }

  /** A written resolution's agreement, or a meeting's vote, from the same DTOs as the API's routes. */
  @Post(':resolutionId/responses')
  @FormFields('who', 'on', 'vote')
  @Roles('secretary')
  async respond(@Param('resolutionId') id: string, @Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const companyId = await this.company.companyId();
    const key = formKey(req, 'votes', id);
    giveResolutionTokens(req, res);
    if (key === null) return res.status(400).render('resolution.njk', await this.oneView(id, today(), f, [FORM_TOKEN_REFUSED]));
    try {
      const resolution = resolutionResponse(await this.resolutions.get(companyId, id), today());
      const who = resolution.kind === 'board' ? { directorId: filled(f.who) } : { memberId: filled(f.who) };
      const what = resolution.procedure === 'written' ? 'agreement' : 'vote';
      const { replayed } =
        resolution.procedure === 'written'
          ? await this.resolutions.agree(companyId, id, await asDto(RecordAgreementDto, { ...who, agreedOn: filled(f.on) }), req.caller!, key)
          : await this.resolutions.vote(companyId, id, await asDto(RecordVoteDto, { ...who, vote: filled(f.vote) }), req.caller!, key);
      if (replayed === 'changed' || replayed === 'answers') {
        const { status, again, error } = sentBefore(replayed, `${what === 'agreement' ? 'an agreement' : 'a vote'} on resolution ${resolution.reference ?? id}`, `/resolutions/${encodeURIComponent(id)}`, `another ${what}`);
        giveResolutionTokens(req, res, again);
        return res.status(status).render('resolution.njk', await this.oneView(id, today(), f, [error]));
      }
      req.session.flash = `${replayed ? `${ALREADY_RECORDED} ` : ''}${what === 'agreement' ? 'Agreement' : 'Vote'} recorded.`;
      res.redirect(303, `/resolutions/${encodeURIComponent(id)}`);
    } catch (error) {
      const errors = refusalErrors(error, { ...FIELD_OF, ...ON_FIELD }, 'who', PLAIN);
      res.status(422).render('resolution.njk', await this.oneView(id, today(), f, errors));
    }
  }

  /**
   * A resolution proposed at a meeting is the one item of a meeting record of its own: when another
   * meeting of its kind is recorded for the same day, the secretary is told it is a separate record,
   * and where to put several items to one meeting.
   */
  private async sameDayMeetings(meetingId: string | undefined): Promise<string> {
    if (meetingId === undefined) return '';
    const records = await this.meetings.list(await this.company.companyId());
    const own = records.find((r) => r.meeting.id === meetingId)?.meeting;
    if (own === undefined) return '';
    const board = own.kind === 'board';
    const others = records.filter((r) => r.meeting.id !== own.id && r.meeting.heldOn === own.heldOn && (r.meeting.kind === 'board') === board);
    if (others.length === 0) return '';
    const named = others.map((r) => r.state.references.byId.get(r.meeting.id) ?? 'one').join(', ');
    return ` It is the one item of a separate meeting record: ${board ? 'a board meeting' : 'a general meeting'} is already recorded for that day (${named}). To put several items to one meeting, call it with its items on the Meetings page.`;
  }

  private async listView(asAt: string, values: Form, errors: FieldError[]) {
    const companyId = await this.company.companyId();
    // Every resolution, as the API lists them; one proposed after the day shown reads "not yet proposed", not open.
    const records = await this.meetings.records(companyId);
    // MT-3, MA-2: a meeting's item awaits its attendance, not failed, until anything of its sitting is entered (the domain's rule, as on the meeting's page).
    const resolutions = (await this.resolutions.list(companyId)).map((r) => ({
      ...resolutionResponse(r, asAt as never),
      proposed: proposedByEndOf(r, asAt as never, today()),
      awaiting: awaitsAttendance(r, asAt as CalendarDate, records),
    }));
    return { title: 'Resolutions', asAt, copyAsAt: copyAsAtOf(asAt), resolutions, values, errors, fieldErrors: errorsByField(errors) };
  }

  /** The resolution's page; `values` null for a first showing, whose date agreed is today while agreement is still open (WR-3), else left to fill. */
  private async oneView(id: string, asAt: string, typed: Form | null, errors: FieldError[]) {
    const companyId = await this.company.companyId();
    const resolution = await this.resolutions.get(companyId, id);
    const lapsesOn = 'lapsesOn' in resolution ? resolution.lapsesOn : undefined;
    const values: Form = typed ?? (typeof lapsesOn === 'string' && compareDates(lapsesOn as CalendarDate, today()) < 0 ? {} : { on: today() });
    const [day, unverifiedOf] = [asAt as CalendarDate, await this.verification.of(companyId)];
    // RS-1: only the agreements, votes and attendance recorded as done by the end of the day shown, as its outcome counts them.
    const r = resolutionResponse(resolutionAsAt(resolution, day), day, (x) => unverifiedOf(x).filter((u) => compareDates(u.on, day) <= 0));
    const people = 'board' in r ? await this.boardChoices(companyId, r.board) : 'eligible' in r ? r.eligible.map((m) => ({ value: m.memberId, text: m.name })) : r.entitled.map((m) => ({ value: m.memberId, text: m.name }));
    const nameOf = new Map(people.map((p) => [p.value, p.text]));
    const agreements = 'agreements' in r ? r.agreements.map((a) => ({ who: nameOf.get('directorId' in a ? a.directorId : a.memberId) ?? '', what: `agreed on ${inWords(a.agreedOn)}` })) : [];
    // A meeting's votes in the meeting page's words, its proxies as the sitting's attendance names them (MT-3).
    const record = 'meetingId' in r && r.meetingId !== undefined ? await this.meetings.get(companyId, r.meetingId) : null;
    const sittings = record === null ? [] : meetingResponse(record, asAt as never).sittings;
    const votes = votesInWords(r, sittings);
    const voters = membersToVote(r, record === null ? [] : meetingAsAt(record.meeting, day).attendance);
    const proposed = proposedByEndOf(resolution, asAt as never, today());
    const [agreedWords, awaiting] = [agreementWordsOnPage(r), awaitsAttendance(resolution, asAt as CalendarDate, record?.state ?? NO_MEETINGS)];
    return { title: r.reference === null ? 'Resolution' : `Resolution ${r.reference}`, asAt, earlierDay: earlierThanToday(asAt), copyAsAt: copyAsAtOf(asAt), r, proposed, agreedWords, awaiting, failed: failedBecauseWords(resolutionAsAt(resolution, day), r.outcome.failedBecause), people: [{ value: '', text: 'Choose' }, ...(voters?.choices ?? people)], byProxyOnMeetingPage: voters?.fromAttendance && 'meetingId' in r ? (r.meetingId ?? null) : null, agreements, votes, sellerWords: sellersOnPage(r), shortNotice: resolution.procedure === 'general-meeting' ? shortNoticeWordsOf(resolution) : null, values, errors, fieldErrors: errorsByField(errors) };
  }

  /** The directors to choose from on a board resolution's page; two of one name told apart by the day each was appointed (never the date of birth). */
  private async boardChoices(companyId: string, board: readonly { directorId: string; name: string }[]) {
    const terms = await this.directors.list(companyId, null);
    const appointedOf = (directorId: string) => terms.findLast((term) => term.directorId === directorId)?.appointedOn;
    return distinctLabels(board.map((d) => ({ name: d.name, appointedOn: appointedOf(d.directorId) }))).map((text, i) => ({ value: board[i]!.directorId, text }));
  }
}

/**
 * New one-time tokens for a resolution page's forms: the vote or agreement (`onceToken`; `again`: it
 * records the same answers again) and, for a change of the objects awaiting it, the CIC Regulator's decision.
 */
function giveResolutionTokens(req: WebRequest, res: Response, again = false): void {
  giveFormToken(req, res, 'votes', again);
  res.locals.regulatorToken = formToken(req, 'regulator-decision');
}

/** The day a page's copy link asks for: the page's own day when it shows an earlier day than today (a copy as at today or later is as at its decisive date). */
function copyAsAtOf(asAt: string): string | null {
  return earlierThanToday(asAt) ? asAt : null;
}
