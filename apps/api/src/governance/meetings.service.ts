import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  boardDuring,
  checkAttendanceAsVoted,
  checkBuyBacksInIssue,
  checkBusinessLeft,
  checkDatedInCompanyLife,
  checkMeetingDateAhead,
  checkMemberPresentOnce,
  checkNotBeforeIncorporation,
  checkNotDatedAfterRecording,
  meetingCalledOn,
  currentSitting,
  dateOfInstant,
  DomainError,
  notOnBoardError,
  entitlementAt,
  evolveGovernance,
  proposeAtBoardMeeting,
  proposeAtGeneralMeeting,
  checkMatterKind,
  votingMembersAsAt,
  type Attendance,
  type CalendarDate,
  type GovernanceEvent,
  type GovernanceState,
  type Instant,
  type Meeting,
  type MeetingChair,
  type MemberNames,
  type RegisterEntry,
  type Resolution,
} from '#domain';
import type { Caller } from '../auth/roles';
import { checkSpecialNoticeOf } from './special-notice-check';
import { checkNoticeDated, NOTICE_NEEDED, noticeOf } from './notice-sent';
import { EnglandAndWalesWorkingDays } from '../common/working-days';
import { checkContractDisclosureOf } from './contract-disclosure-check';
import { invalid, notApplicable } from './resolution-fields';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Em, Orm } from '../database/orm';
import { encodeGovernanceEvent } from '../ledger/codecs/governance.codec';
import { Ledger } from '../ledger/ledger';
import { recordOnce, type Recorded, type RequestKey } from '../ledger/request-keys';
import { ShareLedgerCache } from '../ledger/share-ledger-cache';
import { RegisterService } from '../share-register/register.service';
import type { AttendeeDto, CreateMeetingDto, MeetingItemDto } from './dto/meeting.dto';
import { GovernanceRecords } from './governance-records';
import { memberNotDirector, namingMembers } from './member-not-director';
import { ResolutionDependents } from './resolution-dependents';
import { listedOnce } from './attendance-listed-once';
import { proposedOn } from './resolution.mapper';

/** A meeting read from the records, with the records it is read against (its items, references). */
export interface MeetingRecord {
  readonly meeting: Meeting;
  readonly state: GovernanceState;
}

/**
 * The secretary records meetings: called with their items, who attended each sitting, and
 * adjournments. Votes go through the resolutions' routes; each item's outcome is computed.
 */
@Injectable()
export class MeetingsService {
  private readonly days = new EnglandAndWalesWorkingDays(); // MT-2 (s.1147): deemed delivery counts working days.

  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly ledger: Ledger,
    private readonly governance: GovernanceRecords,
    private readonly companies: CompaniesService,
    private readonly register: RegisterService,
    private readonly shareLedger: ShareLedgerCache,
    private readonly dependents: ResolutionDependents,
  ) {}

  async list(companyId: string): Promise<MeetingRecord[]> {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    const state = await this.governance.load(em, companyId);
    return [...state.meetings.values()].map((meeting) => ({ meeting, state }));
  }

  /** The records meetings are read against: every meeting and every resolution, each item with its meeting's attendance. */
  async records(companyId: string): Promise<GovernanceState> {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    return this.governance.load(em, companyId);
  }

  async get(companyId: string, meetingId: string): Promise<MeetingRecord> {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    return found(await this.governance.load(em, companyId), meetingId);
  }

  /** Calls the meeting and proposes its items; then records who attended on the day and any adjournment. */
  async create(companyId: string, dto: CreateMeetingDto, caller: Caller): Promise<MeetingRecord> {
    return (await this.createOnce(companyId, dto, caller)).record;
  }

  /**
   * Calls the meeting as {@link create} does, once per `key`: a request whose key was answered before
   * records nothing and gives the meeting the first one called (`replayed`). Throws
   * `IDEMPOTENCY_KEY_REUSED` (422) when the key came with another body.
   */
  async createOnce(companyId: string, dto: CreateMeetingDto, caller: Caller, key?: RequestKey): Promise<Recorded<MeetingRecord>> {
    return recordOnce(this.ledger, companyId, caller.name, key, async ({ em, append, recordedAt }) => {
      const company = await this.companies.get(companyId, em);
      checkNotBeforeIncorporation('the meeting', dto.heldOn, company.incorporatedOn, 'heldOn');
      checkMeetingDateAhead('the meeting', 'heldOn', dto.heldOn, dateOfInstant(recordedAt));
      onlyFieldsOf(dto);
      const notice = noticeOf(dto, this.days.isWorkingDay);
      const noticeGivenOn = notice.givenOn;
      checkNoticeDated(notice, company.incorporatedOn, recordedAt);
      const settings = await this.governance.settings(em, companyId);
      const records = new Pending(await this.governance.load(em, companyId));
      const board = dto.kind === 'board';
      const members = board ? [] : await this.register.membersAsAt(em, companyId, dto.heldOn);
      const id = randomUUID();
      // MA-1: notice went to the members on the register on the day it was sent (or, not recorded, the day it was given).
      const sentOn = notice.sent?.on ?? noticeGivenOn;
      const noticeTo = sentOn === undefined || board ? [] : votingMembersAsAt(await this.register.membersAsAt(em, companyId, sentOn), sentOn);
      const called = { noticeGivenOn: noticeGivenOn ?? null, ...(notice.sent !== undefined ? { noticeSent: notice.sent } : {}), heldOn: dto.heldOn };
      records.add({
        type: 'meeting-called',
        effectiveOn: meetingCalledOn(called),
        meeting: {
          id,
          kind: dto.kind,
          ...called,
          noticeTo,
          heldOn: dto.heldOn,
          chair: await namingMembers(
            async () => chairOf(dto, records.state, members, dto.chairMemberId === undefined ? undefined : await this.register.memberNames(em, companyId, [dto.chairMemberId])),
            this.register, em, companyId, records.state.directors,
          ),
          voting: dto.voting ?? 'show-of-hands',
          quorum: board ? settings.boardQuorum : settings.membersQuorum,
        },
      });
      for (const [i, item] of dto.items.entries()) {
        const proposal = { id: randomUUID(), text: item.text, authorises: item.authorises ?? [] };
        // SR-2: a buy-back is approved only of a share in issue on the day of the meeting.
        if (!board && proposal.authorises.some((a) => a.reason === 'buy-back')) checkBuyBacksInIssue(company, await this.shareLedger.eventsInForce(em, companyId), dto.heldOn, proposal.authorises);
        // s.21(1): an item amending the articles is a special resolution.
        if (!board) checkMatterKind(item.matter ?? 'general', item.type!, `items.${i}.type`);
        if (!board) checkSpecialNoticeOf(item, { noticeGivenOn: noticeGivenOn!, meetingOn: dto.heldOn }, company.incorporatedOn, recordedAt, `items.${i}.specialNoticeReceivedOn`);
        // SH-4, s.696(2)(b): an item approving a buy-back needs its contract open to inspection for 15 days ending with the meeting.
        if (!board) checkContractDisclosureOf(item, { procedure: 'meeting', meetingOn: dto.heldOn }, company.incorporatedOn, recordedAt, `items.${i}.contractDisclosedOn`);
        const resolution: Resolution = board
          ? proposeAtBoardMeeting({ ...proposal, meetingOn: dto.heldOn, directors: records.state.directors, meetingId: id, ...(dto.chairDirectorId ? { chairDirectorId: dto.chairDirectorId } : {}) }, settings)
          : proposeAtGeneralMeeting(
              { ...proposal, kind: item.type!, matter: item.matter, mustBeFiled: item.mustBeFiled, noticeGivenOn: noticeGivenOn!, ...(notice.sent !== undefined ? { noticeSent: notice.sent } : {}), meetingOn: dto.heldOn, voting: dto.voting, members, meetingId: id, specialNoticeReceivedOn: item.specialNoticeReceivedOn, contractDisclosedOn: item.contractDisclosedOn },
              settings,
            );
        records.add({ type: 'resolution-proposed', effectiveOn: proposedOn(resolution), resolution });
      }
      if (dto.attendance?.length) await this.attend(em, companyId, records, id, dto.attendance, recordedAt, company.incorporatedOn);
      if (dto.adjournedTo !== undefined) adjourn(records, id, dto.adjournedTo, recordedAt, 'adjournedTo');
      for (const event of records.events) await append(encodeGovernanceEvent(event));
      return { record: found(records.state, id), recordId: id };
    }, (id) => this.get(companyId, id));
  }

  /** Records people present at the meeting's current sitting. */
  recordAttendance(companyId: string, meetingId: string, attendees: readonly AttendeeDto[], caller: Caller): Promise<MeetingRecord> {
    return this.ledger.writeForCompany(companyId, caller.name, async ({ em, append, recordedAt }) => {
      const company = await this.companies.get(companyId, em);
      const records = new Pending(await this.governance.load(em, companyId));
      found(records.state, meetingId);
      await this.attend(em, companyId, records, meetingId, attendees, recordedAt, company.incorporatedOn);
      await this.dependents.checkKept(em, companyId, records.before, records.state);
      for (const event of records.events) await append(encodeGovernanceEvent(event));
      return found(records.state, meetingId);
    });
  }

  /** Adjourns the meeting from its current sitting to `to` (MA-3). */
  async adjourn(companyId: string, meetingId: string, to: CalendarDate, caller: Caller): Promise<MeetingRecord> {
    return (await this.adjournOnce(companyId, meetingId, to, caller)).record;
  }

  /**
   * Adjourns the meeting as {@link adjourn} does, once per `key` (a page form's one-time token): a
   * request whose key was answered before records nothing and gives the meeting as it stands (`replayed`).
   */
  async adjournOnce(companyId: string, meetingId: string, to: CalendarDate, caller: Caller, key?: RequestKey): Promise<Recorded<MeetingRecord>> {
    return recordOnce(this.ledger, companyId, caller.name, key, async ({ em, append, recordedAt }) => {
      const records = new Pending(await this.governance.load(em, companyId));
      found(records.state, meetingId);
      adjourn(records, meetingId, to, recordedAt, 'to');
      await this.dependents.checkKept(em, companyId, records.before, records.state);
      for (const event of records.events) await append(encodeGovernanceEvent(event));
      return { record: found(records.state, meetingId), recordId: meetingId };
    }, (id) => this.get(companyId, id));
  }

  private async attend(em: Em, companyId: string, records: Pending, meetingId: string, attendees: readonly AttendeeDto[], recordedAt: Instant, incorporatedOn: CalendarDate): Promise<void> {
    const meeting = records.state.meetings.get(meetingId)!;
    const on = currentSitting(meeting);
    // The day is the sitting's, not one the body gives: the refusal concerns the attendance recorded.
    checkDatedInCompanyLife('attendance at the meeting', on, recordedAt, incorporatedOn, 'attendees');
    let members: readonly RegisterEntry[] | null = null;
    let names: MemberNames | undefined;
    const listed = new Map<string, number>();
    for (const [i, a] of attendees.entries()) {
      let attendance: Attendance;
      if (a.directorId !== undefined) {
        for (const field of ['memberId', 'proxyName', 'representativeName'] as const) if (a[field] !== undefined) invalid(field, `${field} does not go with directorId`);
        const director = boardDuring(records.state.directors, on).find((d) => d.directorId === a.directorId);
        if (!director) throw await memberNotDirector(notOnBoardError(records.state.directors, a.directorId, on, 'the day of the meeting'), this.register, em, companyId, records.state.directors);
        const interestedIn = (a.interestedIn ?? []).map((n) => meeting.resolutionIds[n - 1] ?? invalid('interestedIn', `the meeting has no item ${n}`));
        attendance = { as: 'director', on, directorId: director.directorId, name: director.name, interestedIn };
      } else {
        if (a.memberId === undefined) invalid('memberId', 'give memberId (a member) or directorId (a director)');
        if (a.interestedIn !== undefined) invalid('interestedIn', 'interestedIn applies to a director at a board meeting');
        if (a.proxyName !== undefined && a.representativeName !== undefined) invalid('representativeName', 'a member attends by proxy or by a corporate representative, not both');
        members ??= await this.register.membersAsAt(em, companyId, on);
        names ??= await this.register.memberNames(em, companyId, attendees.flatMap((x) => (x.memberId === undefined ? [] : [x.memberId])));
        const capacity = a.proxyName !== undefined ? 'proxy' : a.representativeName !== undefined ? 'corporate-representative' : 'in-person';
        const actingName = a.proxyName ?? a.representativeName;
        attendance = { as: 'member', on, member: entitlementAt(members, a.memberId, on, names, 'cannot attend it'), capacity, ...(actingName !== undefined ? { actingName } : {}) };
      }
      listedOnce(listed, meetingId, attendance, i);
      checkMemberPresentOnce(records.state.meetings.get(meetingId)!, attendance);
      records.add({ type: 'meeting-attended', effectiveOn: on, meetingId, attendance });
    }
    // MT-3: attendance recorded after a member voted at the sitting agrees with how the member voted.
    checkAttendanceAsVoted(records.state, meetingId, attendees.flatMap((a) => (a.memberId === undefined ? [] : [a.memberId])));
  }
}

/** Events to append, each checked by folding it into the records as they stand. */
class Pending {
  readonly events: GovernanceEvent[] = [];
  state: GovernanceState;
  /** `before`: the records as they stood before these events. */
  constructor(readonly before: GovernanceState) {
    this.state = before;
  }

  add(event: GovernanceEvent): void {
    this.state = evolveGovernance(this.state, event);
    this.events.push(event);
  }
}

/** MA-3: the meeting adjourned from its current sitting to `to`, a day no further ahead than a meeting may be called (`field`: the request's). */
function adjourn(records: Pending, meetingId: string, to: CalendarDate, recordedAt: Instant, field: 'to' | 'adjournedTo'): void {
  const on = currentSitting(records.state.meetings.get(meetingId)!);
  checkNotDatedAfterRecording('the adjournment of the meeting', on, recordedAt, 'to');
  checkMeetingDateAhead('the day the meeting is adjourned to', field, to, dateOfInstant(recordedAt));
  checkBusinessLeft(records.state, meetingId);
  records.add({ type: 'meeting-adjourned', effectiveOn: on, meetingId, to });
}

function chairOf(dto: CreateMeetingDto, state: GovernanceState, members: readonly RegisterEntry[], names: MemberNames | undefined): MeetingChair | null {
  if (dto.chairDirectorId !== undefined) {
    const director = boardDuring(state.directors, dto.heldOn).find((d) => d.directorId === dto.chairDirectorId);
    if (!director) throw notOnBoardError(state.directors, dto.chairDirectorId, dto.heldOn, 'the day of the meeting');
    return { directorId: director.directorId, name: director.name };
  }
  if (dto.chairMemberId !== undefined) {
    const member = entitlementAt(members, dto.chairMemberId, dto.heldOn, names, 'cannot chair it');
    return { memberId: member.memberId, name: dto.chairName ?? member.name };
  }
  return dto.chairName !== undefined ? { name: dto.chairName } : null;
}

/** The fields of a meeting's item that only a members' resolution takes. */
const MEMBERS_ITEM_FIELDS = ['type', 'matter', 'mustBeFiled', 'specialNoticeReceivedOn', 'contractDisclosedOn'] as const;

/** Refuses fields that do not belong to the meeting's kind, naming the first (`items.N.<field>` for an item's). */
function onlyFieldsOf(dto: CreateMeetingDto): void {
  const board = dto.kind === 'board';
  const stray = board
    ? (['noticeGivenOn', 'noticeSentOn', 'noticeSentBy', 'chairMemberId', 'chairName', 'voting'] as const).find((f) => dto[f] !== undefined)
    : (['chairDirectorId'] as const).find((f) => dto[f] !== undefined);
  if (stray) invalid(stray, `${stray} does not apply to a ${dto.kind} meeting`);
  if (!board && dto.noticeGivenOn === undefined && dto.noticeSentOn === undefined && dto.noticeSentBy === undefined) invalid('noticeGivenOn', NOTICE_NEEDED);
  dto.items.forEach((item, i) => {
    const membersOnly = board ? MEMBERS_ITEM_FIELDS.find((f) => item[f] !== undefined) : undefined;
    if (membersOnly !== undefined) notApplicable(`items.${i}.${membersOnly}`, 'an item of a board meeting');
    if (!board && item.type === undefined) invalid(`items.${i}.type`, `item ${i + 1} of a general meeting needs type: ordinary or special`);
  });
}

function found(state: GovernanceState, meetingId: string): MeetingRecord {
  const meeting = state.meetings.get(meetingId);
  if (!meeting) throw AppError.notFound('meeting', { meetingId });
  return { meeting, state };
}
