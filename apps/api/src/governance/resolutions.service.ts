import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  applyResponse,
  boardDuring,
  checkActingDirectorOn,
  checkNotice,
  checkBuyBacksInIssue,
  compareDates,
  checkNotBeforeIncorporation,
  checkMeetingDateAhead,
  checkNotDatedAfterRecording,
  dateOfInstant,
  checkVoteByPresent,
  entitlementAt,
  evolveGovernance,
  proposeAtBoardMeeting,
  proposeAtGeneralMeeting,
  proposeBoardWrittenResolution,
  proposeWrittenResolution,
  resolutionInWords,
  votingMembersAsAt,
  eligibleRegisterDay,
  type MeetingCalled,
  type CalendarDate,
  type MeetingVote,
  type Resolution,
  type GovernanceState,
  type GeneralMeetingResolution,
  type ResolutionResponse,
  type ResolutionProposal,
  meetingCalledOn,
} from '#domain';
import type { Caller } from '../auth/roles';
import { EnglandAndWalesWorkingDays } from '../common/working-days';
import { NOTICE_NEEDED, noticeOf } from './notice-sent';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Em, Orm } from '../database/orm';
import { Ledger, type CompanyWrite } from '../ledger/ledger';
import { recordOnce, type Recorded, type RequestKey } from '../ledger/request-keys';
import { ShareLedgerCache } from '../ledger/share-ledger-cache';
import { RegisterService } from '../share-register/register.service';
import type { ProposeResolutionDto } from './dto/propose-resolution.dto';
import type { RecordAgreementDto, RecordShortNoticeAgreementDto, RecordVoteDto } from './dto/respond.dto';
import { encodeGovernanceEvent } from '../ledger/codecs/governance.codec';
import { GovernanceRecords } from './governance-records';
import { memberNotDirector, namingMembers } from './member-not-director';
import { proposedOn, type ReferencedResolution } from './resolution.mapper';
import { checkVoterField, DATED, invalid, onlyFieldsOf, required, requiredDate, voter, type Voter } from './resolution-fields';
import { ResolutionDependents } from './resolution-dependents';
import { checkSpecialNoticeOf } from './special-notice-check';
import { checkContractDisclosureOf } from './contract-disclosure-check';
import { checkedResponse, registerReadOncePerDay, found, shortOfAgreement, type Acting } from './resolution-responses';

/** The secretary records resolutions and the responses to them; whether each passed is computed, never set. */
@Injectable()
export class ResolutionsService {
  /** MT-2 (s.1147): the working days a notice's deemed delivery is counted in. */
  private readonly days = new EnglandAndWalesWorkingDays();

  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly ledger: Ledger,
    private readonly governance: GovernanceRecords,
    private readonly companies: CompaniesService,
    private readonly register: RegisterService,
    private readonly shareLedger: ShareLedgerCache,
    private readonly dependents: ResolutionDependents,
  ) {}

  private get deps() {
    return { companies: this.companies, register: this.register };
  }

  async list(companyId: string): Promise<ReferencedResolution[]> {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    const state = await this.governance.load(em, companyId);
    return [...state.resolutions.values()].map((r) => referenced(state, r));
  }

  async get(companyId: string, resolutionId: string): Promise<ReferencedResolution> {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    const state = await this.governance.load(em, companyId);
    return referenced(state, found(state.resolutions.get(resolutionId), resolutionId));
  }

  async propose(companyId: string, dto: ProposeResolutionDto, caller: Caller): Promise<ReferencedResolution> {
    return (await this.proposeOnce(companyId, dto, caller)).record;
  }

  /**
   * Proposes as {@link propose} does, once per `key`: a request whose key was answered before records
   * nothing and gives the resolution the first one made (`replayed`). Throws `IDEMPOTENCY_KEY_REUSED`
   * (422) when the key came with another body.
   */
  async proposeOnce(companyId: string, dto: ProposeResolutionDto, caller: Caller, key?: RequestKey): Promise<Recorded<ReferencedResolution>> {
    return recordOnce(this.ledger, companyId, caller.name, key, async ({ em, append, recordedAt }) => {
      const company = await this.companies.get(companyId, em);
      const settings = await this.governance.settings(em, companyId);
      const state = await this.governance.load(em, companyId);
      const { directors } = state;
      onlyFieldsOf(dto);
      // Every date a resolution carries is in the company's life: its meeting, the notice of it, its circulation.
      for (const { field, what } of DATED) if (dto[field] !== undefined) checkNotBeforeIncorporation(what, dto[field], company.incorporatedOn, field);
      for (const { field, what, done } of DATED) if (done && dto[field] !== undefined) checkNotDatedAfterRecording(what, dto[field], recordedAt, field);
      // A meeting may be ahead, by at most a year, as a meeting called through …/meetings.
      if (dto.procedure === 'meeting' && dto.meetingOn !== undefined) checkMeetingDateAhead('the meeting', 'meetingOn', dto.meetingOn, dateOfInstant(recordedAt));
      const proposal: ResolutionProposal = { id: randomUUID(), text: dto.text, authorises: dto.authorises ?? [] };
      let resolution: Resolution;
      let meeting: MeetingCalled['meeting'] | undefined;
      const meetingId = randomUUID();
      if (dto.kind === 'board') {
        if (dto.procedure === 'meeting') {
          const meetingOn = requiredDate(dto.meetingOn, 'meetingOn');
          const chairDirectorId = dto.chairDirectorId ? { chairDirectorId: dto.chairDirectorId } : {};
          resolution = await namingMembers(() => proposeAtBoardMeeting({ ...proposal, meetingOn, directors, meetingId, ...chairDirectorId }, settings), this.register, em, companyId, directors);
          const chair = dto.chairDirectorId === undefined ? undefined : boardDuring(directors, meetingOn).find((d) => d.directorId === dto.chairDirectorId);
          meeting = { id: meetingId, kind: 'board', noticeGivenOn: null, noticeTo: [], heldOn: meetingOn, chair: chair ? { directorId: chair.directorId, name: chair.name } : null, voting: 'show-of-hands', quorum: settings.boardQuorum };
        } else {
          resolution = proposeBoardWrittenResolution({ ...proposal, circulatedOn: requiredDate(dto.circulatedOn, 'circulatedOn'), directors });
        }
      } else {
        const members = { ...proposal, kind: required(dto.type, 'type'), matter: dto.matter, mustBeFiled: dto.mustBeFiled };
        // SR-2: a buy-back is approved only of a share in issue on the resolution's day.
        if (dto.authorises?.some((a) => a.reason === 'buy-back')) {
          const on = dto.procedure === 'written' ? requiredDate(dto.circulatedOn, 'circulatedOn') : requiredDate(dto.meetingOn, 'meetingOn');
          checkBuyBacksInIssue(company, await this.shareLedger.eventsInForce(em, companyId), on, dto.authorises);
        }
        if (dto.procedure === 'written') {
          const circulatedOn = requiredDate(dto.circulatedOn, 'circulatedOn');
          resolution = proposeWrittenResolution(
            { ...members, circulatedOn, members: await this.register.membersAsAt(em, companyId, eligibleRegisterDay(circulatedOn, company.incorporatedOn)), contractDisclosedOn: dto.contractDisclosedOn },
            settings,
          );
          // SH-4, s.696(2)(a): a buy-back's contract went to every eligible member by the time the resolution was sent.
          checkContractDisclosureOf(dto, { procedure: 'written', circulatedOn }, company.incorporatedOn, recordedAt, 'contractDisclosedOn');
        } else {
          const meetingOn = requiredDate(dto.meetingOn, 'meetingOn');
          const notice = noticeOf(dto, this.days.isWorkingDay);
          if (notice.givenOn === undefined) invalid('noticeGivenOn', NOTICE_NEEDED);
          const noticeGivenOn = notice.givenOn;
          const noticeSent = notice.sent !== undefined ? { noticeSent: notice.sent } : {};
          const register = await this.register.membersAsAt(em, companyId, meetingOn);
          const chairMember = dto.chairMemberId === undefined ? undefined : entitlementAt(register, dto.chairMemberId, meetingOn, await this.register.memberNames(em, companyId, [dto.chairMemberId]), 'cannot chair it');
          const chair = chairMember ? { memberId: chairMember.memberId, name: dto.chairName ?? chairMember.name } : dto.chairName ? { name: dto.chairName } : undefined;
          const specialNoticeReceivedOn = dto.specialNoticeReceivedOn;
          const contractDisclosedOn = dto.contractDisclosedOn;
          resolution = proposeAtGeneralMeeting({ ...members, noticeGivenOn, ...noticeSent, meetingOn, voting: dto.voting, members: register, meetingId, ...(chair ? { chair } : {}), specialNoticeReceivedOn, contractDisclosedOn }, settings);
          // s.168(2), s.511, s.312: a removal needs special notice, received in time (once the meeting is known to follow its notice).
          checkSpecialNoticeOf(dto, { noticeGivenOn, meetingOn }, company.incorporatedOn, recordedAt, 'specialNoticeReceivedOn');
          // SH-4, s.696(2)(b): a buy-back's contract was open to inspection for 15 days ending with the meeting.
          checkContractDisclosureOf(dto, { procedure: 'meeting', meetingOn }, company.incorporatedOn, recordedAt, 'contractDisclosedOn');
          // MA-1: notice went to the members on the register on the day it was sent (or, not recorded, the day it was given).
          const sentOn = notice.sent?.on ?? noticeGivenOn;
          const noticeTo = compareDates(noticeGivenOn, meetingOn) < 0 ? votingMembersAsAt(await this.register.membersAsAt(em, companyId, sentOn), sentOn) : [];
          meeting = { id: meetingId, kind: 'general', noticeGivenOn, ...noticeSent, noticeTo, heldOn: meetingOn, chair: chair ?? null, voting: dto.voting ?? 'show-of-hands', quorum: settings.membersQuorum };
        }
      }
      // A resolution at a meeting is the one item of a meeting record (MT-3, FR-2): listed, referenced and minuted like any other.
      let records = state;
      if (meeting !== undefined) {
        const called: MeetingCalled = { type: 'meeting-called', effectiveOn: meetingCalledOn(meeting), meeting };
        records = evolveGovernance(records, called);
        await append(encodeGovernanceEvent(called));
      }
      const event = { type: 'resolution-proposed', effectiveOn: proposedOn(resolution), resolution } as const;
      await append(encodeGovernanceEvent(event));
      const after = evolveGovernance(records, event);
      return { record: referenced(after, after.resolutions.get(resolution.id)!), recordId: resolution.id };
    }, (id) => this.get(companyId, id));
  }

  /**
   * WR-3: a member's (or director's) agreement to a written resolution, irrevocable once recorded; once
   * per `key` (an API `Idempotency-Key`, a page form's one-time token): a request whose key was answered
   * before records nothing and gives the resolution as it stands (`replayed`). Refusals are the domain's
   * codes (422, 409 AGREEMENT_ALREADY_GIVEN) and 422 IDEMPOTENCY_KEY_REUSED for a key sent with another body.
   */
  agree(companyId: string, resolutionId: string, dto: RecordAgreementDto, caller: Caller, key?: RequestKey): Promise<Recorded<ReferencedResolution>> {
    return this.respond(companyId, resolutionId, caller, key, 'agreement', voter(dto), dto.agreedOn);
  }

  /** A vote at the meeting that decides the resolution, once per `key` as {@link agree}; 409 VOTE_ALREADY_RECORDED for a second vote of one voter. */
  vote(companyId: string, resolutionId: string, dto: RecordVoteDto, caller: Caller, key?: RequestKey): Promise<Recorded<ReferencedResolution>> {
    if (dto.interested !== undefined && dto.directorId === undefined) invalid('interested', 'interested applies to a director’s vote at a board meeting');
    for (const field of ['proxyName', 'representativeName'] as const) {
      if (dto[field] !== undefined && dto.memberId === undefined) invalid(field, `${field} applies to a member’s vote at a general meeting`);
    }
    if (dto.proxyName !== undefined && dto.representativeName !== undefined) invalid('representativeName', 'a vote is cast by a proxy or by a corporate representative, not both');
    const acting: Acting | undefined =
      dto.proxyName !== undefined ? { capacity: 'proxy', actingName: dto.proxyName } : dto.representativeName !== undefined ? { capacity: 'corporate-representative', actingName: dto.representativeName } : undefined;
    return this.respond(companyId, resolutionId, caller, key, 'vote', voter(dto), null, dto.vote, dto.interested === true, acting);
  }

  /**
   * MT-1, s.307(4): a member's consent to short notice, which is consent to the meeting: recorded for
   * `resolutionId` (refused as a response to it is) and for every other item of its meeting whose notice
   * is short and which the member has not yet agreed to. Returns `resolutionId` as it then stands.
   */
  agreeToShortNotice(companyId: string, resolutionId: string, dto: RecordShortNoticeAgreementDto, caller: Caller): Promise<ReferencedResolution> {
    return this.ledger.writeForCompany(companyId, caller.name, async (w) => {
      let state = await this.governance.load(w.em, companyId);
      const named = found(state.resolutions.get(resolutionId), resolutionId);
      const meeting = named.procedure === 'general-meeting' && named.meetingId !== undefined ? state.meetings.get(named.meetingId) : undefined;
      const shortFor = (id: string) => {
        const r = state.resolutions.get(id);
        return r?.procedure === 'general-meeting' && checkNotice(r).short && !r.shortNoticeAgreedBy.includes(dto.memberId);
      };
      const others = (meeting?.resolutionIds ?? []).filter((id) => id !== resolutionId && shortFor(id));
      state = await this.consent(w, companyId, state, [resolutionId, ...others], [dto]);
      return referenced(state, state.resolutions.get(resolutionId)!);
    });
  }

  /**
   * MT-1, s.307(4)–(6): members' agreement to short notice of a general meeting (`meetingId`), each
   * member's with the day agreed, recorded for every item whose notice is short and not yet agreed, with
   * the same checks as {@link agreeToShortNotice}; once per `key` (a page form's one-time token). Throws,
   * nothing recorded: `VALIDATION_FAILED` (field `memberId`) when no member is named, when no item needs
   * agreement, or when those agreeing (with any who agreed before) are not a majority in number holding at
   * least the articles' short-notice percentage (90% unless they say up to 95%) of the nominal value.
   */
  agreeToShortNoticeOnce(companyId: string, meetingId: string, agreements: readonly RecordShortNoticeAgreementDto[], caller: Caller, key?: RequestKey): Promise<Recorded<string>> {
    return recordOnce(this.ledger, companyId, caller.name, key, async (w) => {
      let state = await this.governance.load(w.em, companyId);
      const meeting = state.meetings.get(meetingId);
      if (!meeting) throw AppError.notFound('meeting', { meetingId });
      const open = (s: GovernanceState) => meeting.resolutionIds.flatMap((id) => { const r = s.resolutions.get(id); return r?.procedure === 'general-meeting' && !checkNotice(r).valid ? [r] : []; });
      const items = open(state);
      if (items.length === 0) invalid('memberId', 'the notice of this meeting is not short, or members’ agreement to short notice is already recorded');
      if (agreements.length === 0) invalid('memberId', 'choose the members who agreed to short notice');
      state = await this.consent(w, companyId, state, items.map((r) => r.id), agreements);
      const still = open(state)[0];
      if (still) invalid('memberId', shortOfAgreement(still));
      return { record: meetingId, recordId: meetingId };
    }, async (id) => id);
  }

  /** Each agreement to short notice, checked as a response and appended, for each item; the records after them. */
  private async consent(w: CompanyWrite, companyId: string, state: GovernanceState, resolutionIds: readonly string[], agreements: readonly RecordShortNoticeAgreementDto[]): Promise<GovernanceState> {
    const deps = { ...this.deps, register: registerReadOncePerDay(this.register) };
    for (const id of resolutionIds) {
      for (const a of agreements) {
        const { response } = await checkedResponse(deps, w, companyId, state, id, 'short-notice-agreement', a.memberId, a.agreedOn);
        await w.append(encodeGovernanceEvent(response));
        state = evolveGovernance(state, response);
      }
    }
    return state;
  }

  private respond(
    companyId: string,
    resolutionId: string,
    caller: Caller,
    key: RequestKey | undefined,
    type: ResolutionResponse['type'],
    by: Voter,
    on: CalendarDate | null,
    vote?: MeetingVote,
    interested = false,
    acting?: Acting,
  ): Promise<Recorded<ReferencedResolution>> {
    return recordOnce(this.ledger, companyId, caller.name, key, async (w) => {
      const state = await this.governance.load(w.em, companyId);
      if (type !== 'short-notice-agreement') checkVoterField(state.resolutions.get(resolutionId), by.field);
      const { response, updated } = await checkedResponse(this.deps, w, companyId, state, resolutionId, type, by.id, on, vote, interested, acting);
      await this.dependents.checkKept(w.em, companyId, state, evolveGovernance(state, response));
      await w.append(encodeGovernanceEvent(response));
      return { record: referenced(state, updated), recordId: resolutionId };
    }, (id) => this.get(companyId, id));
  }
}

/** The resolution with its human reference from the folded records. */
function referenced(state: GovernanceState, resolution: Resolution): ReferencedResolution {
  const reference = state.references.byId.get(resolution.id);
  return reference === undefined ? resolution : { ...resolution, reference };
}
