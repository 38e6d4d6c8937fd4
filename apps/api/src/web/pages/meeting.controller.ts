import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { awaitsAttendance, boardDuring, compareDates, currentSitting, meetingHeldBy, resolutionAsAt, sittingAttendance, type CalendarDate } from '#domain';
import type { Response } from 'express';
import { Roles } from '../../auth/roles';
import type { Sent } from '../../ledger/request-keys';
import { AppError } from '../../common/app-error';
import { today } from '../../common/today';
import { AdjournMeetingDto, DeclareInterestDto, RecordAttendanceDto } from '../../governance/dto/meeting.dto';
import { RecordVoteDto } from '../../governance/dto/respond.dto';
import { BoardVerification } from '../../governance/board-verification';
import { meetingResponse } from '../../governance/meeting.mapper';
import { MeetingInterestsService } from '../../governance/meeting-interests.service';
import { MeetingsService, type MeetingRecord } from '../../governance/meetings.service';
import { ResolutionsService } from '../../governance/resolutions.service';
import { send } from '../../reports/reports.controller';
import { ResolutionCopyService } from '../../reports/resolution-copy.service';
import { RegisterService } from '../../share-register/register.service';
import { quorumWords, sellersOnPage, sittingQuorumWords, votesInWords } from '../meeting-words';
import { failedBecauseWords } from '../../reports/governance-views';
import { asAtOf, asDto, earlierThanToday, errorsByField, filled, refusalErrors, WebCompany, WebPages, type FieldError } from '../web-page';
import { FormFields } from '../form-fields';
import type { WebRequest } from '../web-session';
import { MEETING_KINDS } from './meetings.controller';
import { QueryTakes } from '../page-query';
import { inWords } from '../view-filters';
import { attendeesOfForm, CAPACITY_OF, FormProblems, many, type Form } from './attendance-form';
import { agreementsOfForm, shortNoticeForm, shortNoticeOf } from './short-notice-form';
import { ALREADY_RECORDED, FORM_TOKEN_REFUSED, formKey, formToken, giveFormToken, sentBefore } from '../form-token';
import { distinctLabels } from '../person-labels';

const FIELD_OF: Record<string, string> = {
  attendees: 'attendees', to: 'to', vote: 'vote', directorId: 'who', memberId: 'who', proxyName: 'actingName', representativeName: 'actingName',
  ATTENDANCE_ALREADY_RECORDED: 'attendees', ATTENDANCE_NOT_FOR_MEETING: 'attendees', PROXY_NAME_REQUIRED: 'actingName', DIRECTOR_NOT_ON_BOARD: 'attendees',
  MEMBER_NOT_ELIGIBLE: 'attendees', VOTE_NOT_AS_ATTENDED: 'actingName', VOTER_NOT_PRESENT: 'who', ADJOURNED_TO_EARLIER_DAY: 'to', MEETING_HAS_NO_BUSINESS_LEFT: 'to', VOTE_ALREADY_RECORDED: 'who', RESOLUTION_NOT_FOR_MEETING: 'who',
};
/** The declaration of interest form's fields, and where each refusal is shown (MA-2). */
const DECLARATION_FIELD_OF: Record<string, string> = {
  directorId: 'declaration-director', interestedIn: 'declaration-items', declaredOn: 'declaration-declaredOn',
  DIRECTOR_NOT_PRESENT: 'declaration-director', ATTENDANCE_NOT_RECORDED: 'declaration-declaredOn', INTEREST_DECLARED_AFTER_VOTE: 'declaration-items', INTEREST_ALREADY_DECLARED: 'declaration-items',
};
const DECLARATION_PLAIN: Record<string, string> = { 'declaration-director': 'Choose the director who declared the interest', 'declaration-items': 'Tick the items the director declared an interest in', 'declaration-declaredOn': 'Enter the day of the sitting the interest was declared at' };
const PLAIN: Record<string, string> = { actingName: 'Enter the name of the proxy or representative of each member who attended by one', attendees: 'Choose who was present', to: 'Enter the later day the meeting is adjourned to', who: 'Choose who votes', vote: 'Choose for, against or abstain' };

/**
 * A form of the meeting page that met an earlier sending of itself (its token sent again with other
 * answers, or its answers under a new token): refused beside the form, naming what was recorded
 * (`what` and the meeting's reference) and `another` record; nothing for a sending that recorded.
 */
function refuseSentBefore(replayed: false | Sent, what: string, reference: string | undefined, meetingId: string, another: string): void {
  if (replayed !== 'changed' && replayed !== 'answers') return;
  const { status, again, error } = sentBefore(replayed, `${what} ${reference ?? ''}`.trimEnd(), `/meetings/${encodeURIComponent(meetingId)}`, another);
  throw new FormProblems([error], status, again);
}

const one = (value: string | string[] | undefined): string | undefined => filled(Array.isArray(value) ? value[0] : value);
/** A meeting's page: its sittings and who attended each, its items with their outcomes, the minutes; the secretary records attendance, adjournments and votes. */
@Controller('meetings')
@WebPages()
export class MeetingPagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly meetings: MeetingsService,
    private readonly resolutions: ResolutionsService,
    private readonly register: RegisterService,
    private readonly copies: ResolutionCopyService,
    private readonly verification: BoardVerification,
    private readonly interests: MeetingInterestsService,
  ) {}

  @Get(':meetingId')
  @QueryTakes('asAt')
  async one(@Param('meetingId') id: string, @Query('asAt') asAtQuery: unknown, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    giveTokens(req, res);
    res.render('meeting.njk', await this.view(id, asAtOf(asAtQuery), {}, [], null));
  }

  @Get(':meetingId/minutes.pdf')
  @QueryTakes()
  async minutes(@Param('meetingId') id: string, @Res({ passthrough: true }) res: Response) {
    return send(res, await this.copies.minutes(await this.company.companyId(), id));
  }

  /** Directors (with the items each is interested in) or members (in person, by proxy, by representative) present at the current sitting. */
  @Post(':meetingId/attendance')
  @FormFields('directorId[]', 'interest-*', 'memberId[]', 'as-*', 'name-*')
  @Roles('secretary')
  async attend(@Param('meetingId') id: string, @Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    await this.write(id, f, req, res, 'attendance', async (companyId) => {
      const { meeting, state } = await this.meetings.get(companyId, id);
      const sitting = currentSitting(meeting);
      // The directors the form offers (those not yet recorded present), in its order: a problem is shown beside the right field.
      const recorded = new Set(meeting.attendance.flatMap((a) => (a.on === sitting && a.as === 'director' ? [a.directorId] : [])));
      const board = boardDuring(state.directors, sitting).filter((d) => !recorded.has(d.directorId));
      const { directors, members } = attendeesOfForm(f, board, meeting.resolutionIds.length);
      // A member ticked as attending by proxy or representative, with no name given: say so, not "choose who was present".
      if (members.some((m) => ('proxyName' in m && !m.proxyName.trim()) || ('representativeName' in m && !m.representativeName.trim()))) {
        throw new AppError('VALIDATION_FAILED', 'a proxy or representative without a name', [{ field: 'proxyName', problems: ['no name'] }]);
      }
      const dto = await asDto(RecordAttendanceDto, { attendees: [...directors, ...members] });
      const record = await this.meetings.recordAttendance(companyId, id, dto.attendees, req.caller!);
      const inAll = sittingAttendance(record.meeting, record.state.resolutions, sitting, record.state.directors).length;
      return `Attendance recorded: ${dto.attendees.length} recorded now; ${inAll} present at the sitting in all.`;
    });
  }

  @Post(':meetingId/adjournments')
  @FormFields('to')
  @Roles('secretary')
  async adjourn(@Param('meetingId') id: string, @Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const key = formKey(req, 'adjournment');
    giveTokens(req, res);
    if (key === null) return res.status(400).render('meeting.njk', await this.view(id, today(), f, [FORM_TOKEN_REFUSED], 'adjournment'));
    await this.write(id, f, req, res, 'adjournment', async (companyId) => {
      const dto = await asDto(AdjournMeetingDto, { to: one(f.to) });
      const { record, replayed } = await this.meetings.adjournOnce(companyId, id, dto.to, req.caller!, key);
      refuseSentBefore(replayed, 'the adjournment of meeting', record.state.references.byId.get(id), id, 'a further adjournment');
      return `${replayed ? `${ALREADY_RECORDED} ` : ''}Meeting adjourned to ${inWords(dto.to)}.`;
    });
  }

  /** MA-2: a director present declares an interest in items after the attendance was recorded: the same DTO and service as POST /api/…/meetings/:id/interests. */
  @Post(':meetingId/interests')
  @FormFields('directorId', 'item[]', 'declaredOn')
  @Roles('secretary')
  async declare(@Param('meetingId') id: string, @Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const key = formKey(req, 'interest');
    giveTokens(req, res);
    if (key === null) return res.status(400).render('meeting.njk', await this.view(id, today(), f, [FORM_TOKEN_REFUSED], 'declaration'));
    await this.write(id, f, req, res, 'declaration', async (companyId) => {
      const dto = await asDto(DeclareInterestDto, { directorId: one(f.directorId), interestedIn: many(f.item).map((n) => (/^\d{1,4}$/.test(n) ? Number(n) : n)), declaredOn: one(f.declaredOn) });
      const { record, replayed } = await this.interests.declareOnce(companyId, id, dto, req.caller!, key);
      refuseSentBefore(replayed, 'a declaration of interest at meeting', record.state.references.byId.get(id), id, 'a further declaration');
      const name = record.meeting.attendance.find((a) => a.as === 'director' && a.directorId === dto.directorId && a.on === dto.declaredOn);
      const who = name?.as === 'director' ? name.name : 'The director';
      return `${replayed ? `${ALREADY_RECORDED} ` : ''}Declaration of interest recorded: ${who}, interested in item ${dto.interestedIn.join(', ')} (not counted in the quorum or the vote on it).`;
    });
  }

  /** MT-1, s.307(4)–(6): members' agreement to short notice of a general meeting, each with the day agreed: the same DTO and service as POST /api/…/resolutions/:id/short-notice-agreements, for every item. */
  @Post(':meetingId/short-notice-agreements')
  @FormFields('memberId[]', 'agreedOn-*')
  @Roles('secretary')
  async shortNotice(@Param('meetingId') id: string, @Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const key = formKey(req, 'short-notice');
    giveTokens(req, res);
    if (key === null) return res.status(400).render('meeting.njk', await this.view(id, today(), f, [FORM_TOKEN_REFUSED], 'short-notice'));
    await this.write(id, f, req, res, 'short-notice', async (companyId) => {
      const record = await this.meetings.get(companyId, id);
      const agreements = await agreementsOfForm(f, (await this.shortNoticeOn(companyId, record))?.eligible ?? []);
      const { replayed } = await this.resolutions.agreeToShortNoticeOnce(companyId, id, agreements, req.caller!, key);
      refuseSentBefore(replayed, 'members’ agreement to short notice of meeting', record.state.references.byId.get(id), id, 'a further agreement');
      return `${replayed ? `${ALREADY_RECORDED} ` : ''}Members’ agreement to short notice recorded: ${agreements.length} member${agreements.length === 1 ? '' : 's'} agreed.`;
    });
  }

  /** A vote on one of the meeting's items: the same DTO and service as POST /api/…/resolutions/:id/votes. */
  @Post(':meetingId/items/:resolutionId/votes')
  @FormFields('who', 'interested', 'as', 'actingName', 'vote')
  @Roles('secretary')
  async vote(@Param('meetingId') id: string, @Param('resolutionId') resolutionId: string, @Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const key = formKey(req, 'votes', resolutionId);
    giveTokens(req, res);
    if (key === null) return res.status(400).render('meeting.njk', await this.view(id, today(), f, [FORM_TOKEN_REFUSED], resolutionId));
    await this.write(id, f, req, res, resolutionId, async (companyId) => {
      const { meeting, state } = await this.meetings.get(companyId, id);
      const board = meeting.kind === 'board';
      const as = one(f.as);
      const who = board ? { directorId: one(f.who), ...(one(f.interested) === 'yes' ? { interested: true } : {}) } : { memberId: one(f.who) };
      const acting = board ? {} : as === 'proxy' ? { proxyName: one(f.actingName) } : as === 'representative' ? { representativeName: one(f.actingName) } : {};
      const dto = await asDto(RecordVoteDto, { ...who, ...acting, vote: one(f.vote) });
      if (!meeting.resolutionIds.includes(resolutionId)) throw AppError.notFound('item of the meeting', { resolutionId });
      const { replayed } = await this.resolutions.vote(companyId, resolutionId, dto, req.caller!, key);
      refuseSentBefore(replayed, `a vote on item ${meeting.resolutionIds.indexOf(resolutionId) + 1} of meeting`, state.references.byId.get(id), id, 'another vote');
      return `${replayed ? `${ALREADY_RECORDED} ` : ''}Vote recorded.`;
    });
  }

  /** One write: on success a 303 back to the meeting with what was done; on a refusal the page again (422) with the problem beside the form's field. */
  private async write(id: string, f: Form, req: WebRequest, res: Response, form: string, work: (companyId: string) => Promise<string>): Promise<void> {
    try {
      req.session.flash = await work(await this.company.companyId());
      res.redirect(303, `/meetings/${encodeURIComponent(id)}`);
    } catch (error) {
      const errors =
        error instanceof FormProblems
          ? error.errors
          : form === 'declaration'
            ? refusalErrors(error, DECLARATION_FIELD_OF, 'declaration-items', DECLARATION_PLAIN)
            : form === 'short-notice'
              ? refusalErrors(error, {}, 'short-members')
            : refusalErrors(error, FIELD_OF, form === 'adjournment' ? 'to' : form === 'attendance' ? 'attendees' : 'who', PLAIN).map((e) =>
                form === 'attendance' || form === 'adjournment' ? e : { ...e, field: `${form}-${e.field}`, href: `#${form}-${e.field}` },
              );
      // The page shown again carries new tokens for its one-time forms, the one sent made to record the same answers again when told they were.
      giveTokens(req, res, error instanceof FormProblems && error.again ? form : null);
      res.status(error instanceof FormProblems ? error.status : 422).render('meeting.njk', await this.view(id, today(), f, errors, form));
    }
  }

  /** MT-1, s.307(6): the meeting's short notice, if short, offering the members on the register on the meeting day. */
  private async shortNoticeOn(companyId: string, record: MeetingRecord) {
    const notice = shortNoticeOf(record);
    if (notice === null) return null;
    const { entries } = await this.register.read(companyId, { asAt: notice.meetingOn, knownAt: null, status: 'current', limit: 1000, offset: 0, cursor: null });
    return { ...notice, eligible: entries.map((e) => ({ id: e.memberId, name: e.name })) };
  }

  private async view(id: string, asAt: CalendarDate, values: Form, errors: FieldError[], form: string | null) {
    const companyId = await this.company.companyId();
    const record = await this.meetings.get(companyId, id);
    const m = meetingResponse(record, asAt, await this.verification.of(companyId));
    const sitting = currentSitting(record.meeting);
    const board = m.kind === 'board';
    // Two directors of one name are named with the day each was appointed (never the date of birth), on every list of the page.
    const appointedOf = (directorId: string | undefined) => record.state.directors.findLast((term) => term.directorId === directorId)?.appointedOn;
    const boardNow = board ? boardDuring(record.state.directors, sitting) : [];
    const directors = distinctLabels(boardNow.map((d) => ({ name: d.name, appointedOn: appointedOf(d.directorId) }))).map((name, i) => ({ id: boardNow[i]!.directorId, name }));
    const members = board
      ? []
      : (await this.register.read(companyId, { asAt: sitting, knownAt: null, status: 'current', limit: 1000, offset: 0, cursor: null })).entries.map((e) => ({ id: e.memberId, name: e.name }));
    const present = m.sittings.find((s) => s.on === sitting)?.attendance ?? [];
    const voterLabels = distinctLabels(present.map((a) => ({ name: a.name, appointedOn: 'directorId' in a ? appointedOf(a.directorId) : null })));
    const voters = present.map((a, i) => ({ value: 'directorId' in a ? a.directorId : a.memberId, text: voterLabels[i]! }));
    // MA-2: a declaration of interest is by a director present; before any attendance, the board, so the refusal says what is missing.
    const declarants = voters.length ? voters : directors.map((d) => ({ value: d.id, text: d.name }));
    const declared = form === 'declaration' ? values : {};
    const declaration = {
      directors: [{ value: '', text: 'Choose' }, ...declarants],
      items: m.items.map((i) => ({ value: String(i.item), text: `Item ${i.item}`, checked: many(declared.item).includes(String(i.item)) })),
      values: { directorId: one(declared.directorId) ?? '', declaredOn: one(declared.declaredOn) ?? sitting },
    };
    // The attendance form sent back with a problem shows every tick, choice and name as the secretary entered them.
    const sent = form === 'attendance' ? values : {};
    const ticked = new Set([...many(sent.directorId), ...many(sent.memberId)]);
    // MA-2, MT-3: attendance is added person by person, so the form offers only who is not yet recorded present (a
    // latecomer); a member present by proxy or representative stays on it, who may send another (s.318).
    const inPerson = new Set(present.flatMap((a) => ('directorId' in a ? [a.directorId] : a.capacity === 'in-person' ? [a.memberId] : [])));
    const attendance = {
      recorded: present.map((a) => a.name),
      directors: directors.filter((d) => !inPerson.has(d.id)).map((d) => ({ ...d, present: ticked.has(d.id), interest: one(sent[`interest-${d.id}`]) ?? '' })),
      members: members.filter((x) => !inPerson.has(x.id)).map((x) => {
        const as = one(sent[`as-${x.id}`]) ?? '';
        const actingName = one(sent[`name-${x.id}`]) ?? '';
        return { ...x, present: ticked.has(x.id), as, actingName, nameMissing: ticked.has(x.id) && as !== '' && actingName === '' };
      }),
    };
    // The missing name of a proxy or representative is asked for beside each such member's name field, and the summary names each member.
    const missing = attendance.members.flatMap((x, i) => (x.nameMissing ? [{ field: `name-${i + 1}`, text: `Enter the name of the proxy or representative of ${x.name}`, href: `#name-${i + 1}` }] : []));
    // MT-3: a member's "attends" value the form does not offer is shown beside that member's choice, under the member's name.
    const placed = errors.map((e) => {
      if (!e.field.startsWith(CAPACITY_OF)) return e;
      const i = attendance.members.findIndex((x) => x.id === e.field.slice(CAPACITY_OF.length));
      const field = i >= 0 ? `as-${i + 1}` : 'attendees';
      return { field, text: `${i >= 0 ? attendance.members[i]!.name : 'A member'}: ${e.text}`, href: `#${field}` };
    });
    const shown = form === 'attendance' && missing.length ? placed.flatMap((e) => (e.field === 'actingName' ? missing : [e])) : placed;
    return {
      title: `Meeting ${m.reference ?? ''}`.trim(),
      asAt,
      earlierDay: earlierThanToday(asAt), // The forms act on the meeting as it stands: none as at an earlier day.
      held: meetingHeldBy(m, today()), // FR-2: minutes are offered once the meeting is held.
      m,
      quorum: quorumWords(m.quorum, m.sittings),
      sittingQuorum: Object.fromEntries(m.sittings.map((s) => [s.on, sittingQuorumWords(m.quorum, s)])),
      votes: Object.fromEntries(m.items.map((i) => [i.resolutionId, votesInWords(i, m.sittings)])),
      sellers: Object.fromEntries(m.items.map((i) => [i.resolutionId, sellersOnPage(i)])),
      // Why each failed item failed; MA-2: an item short of directors not interested in it says so with the counts.
      failed: Object.fromEntries(m.items.map((i) => [i.resolutionId, failedBecauseWords(resolutionAsAt(record.state.resolutions.get(i.resolutionId)!, asAt), i.outcome.failedBecause)])),
      kindText: MEETING_KINDS[m.kind],
      // MA-3: each day it was adjourned to, in words.
      adjourned: m.adjournments.map((a, i) => `${i === 0 ? 'To' : 'then to'} ${inWords(a.to)}`).join(', '),
      // MT-3, MA-2: an item awaits its attendance, not failed, until anything of its sitting is entered (the domain's rule).
      awaiting: Object.fromEntries(record.meeting.resolutionIds.map((rid) => [rid, awaitsAttendance(record.state.resolutions.get(rid)!, asAt, record.state)])),
      sitting,
      attendance,
      declaration,
      // MT-1: a notice shorter than the articles' clear days, the members who agreed to it, and the form to record their agreement.
      shortNotice: shortNoticeForm(await this.shortNoticeOn(companyId, record), form === 'short-notice' ? values : {}),
      voters: [{ value: '', text: 'Choose' }, ...voters],
      values,
      form,
      errors: shown,
      fieldErrors: errorsByField(shown),
    };
  }
}

/**
 * New one-time tokens for the page's adjournment, declaration and short-notice forms, and for each
 * item's vote form (`voteToken(resolutionId)`, called as the page renders); `again`: the form
 * (`adjournment`, `declaration`, `short-notice`, or an item's resolution id for its vote) whose new token
 * records the same answers again.
 */
function giveTokens(req: WebRequest, res: Response, again: string | null = null): void {
  giveFormToken(req, res, 'adjournment', again === 'adjournment');
  res.locals.interestToken = formToken(req, 'interest', again === 'declaration');
  res.locals.shortNoticeToken = formToken(req, 'short-notice', again === 'short-notice');
  // One token for each item's vote form: two items' votes sent together are two requests, not one sent twice.
  res.locals.voteToken = (resolutionId: string) => formToken(req, 'votes', again === resolutionId);
}
