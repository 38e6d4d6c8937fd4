import {
  applyResponse,
  type CalendarDate,
  checkActingDirectorOn,
  checkConsentGivenAsMember,
  checkDatedInCompanyLife,
  checkNotice,
  checkVoteByPresent,
  entitlementAt,
  type GeneralMeetingResolution,
  type GovernanceState,
  type MeetingVote,
  type Resolution,
  resolutionInWords,
  type ResolutionResponse,
} from '#domain';
import { AppError } from '../common/app-error';
import type { CompaniesService } from '../companies/companies.service';
import type { CompanyWrite } from '../ledger/ledger';
import type { RegisterService } from '../share-register/register.service';
import { memberNotDirector } from './member-not-director';
import { proposedOn } from './resolution.mapper';

/** Who cast a member's vote for the member, when not in person (s.324 proxy, s.323 corporate representative). */
export type Acting = { readonly capacity: 'proxy' | 'corporate-representative'; readonly actingName: string };

/** What a response is checked against on the register of members: the members on it on a day, and members' names. */
export type ResponseRegister = Pick<RegisterService, 'membersAsAt' | 'memberNames'>;

/**
 * `register` reading the members on it on each day once: for checking many responses in one write, in
 * which the register of members does not change (a response is a governance entry, not a share entry).
 */
export function registerReadOncePerDay(register: ResponseRegister): ResponseRegister {
  const days = new Map<string, ReturnType<RegisterService['membersAsAt']>>();
  return {
    membersAsAt: (em, companyId, on) => {
      const key = `${companyId} ${on}`;
      const read = days.get(key) ?? register.membersAsAt(em, companyId, on);
      days.set(key, read);
      return read;
    },
    memberNames: (em, companyId, memberIds) => register.memberNames(em, companyId, memberIds),
  };
}

/**
 * A member's or director's response to a resolution (a vote, an agreement, consent to short notice)
 * checked against the governance records (`state`) and the register, with the resolution it makes:
 * dated neither before incorporation nor after recording; a member voting at a general meeting on the
 * register of that day (MA-1); a vote by someone present (MT-3, MA-2); a director acting on the day
 * (EC-2). Throws the refusal (`AppError` or the domain's rule error); nothing is appended.
 */
export async function checkedResponse(
  { companies, register }: { readonly companies: CompaniesService; readonly register: ResponseRegister },
  { em, recordedAt }: CompanyWrite,
  companyId: string,
  state: GovernanceState,
  resolutionId: string,
  type: ResolutionResponse['type'],
  voterId: string,
  on: CalendarDate | null,
  vote?: MeetingVote,
  interested = false,
  acting?: Acting,
): Promise<{ response: ResolutionResponse; updated: Resolution }> {
  const company = await companies.get(companyId, em);
  const resolution = found(state.resolutions.get(resolutionId), resolutionId);
  const effectiveOn = on ?? ('meetingOn' in resolution ? resolution.meetingOn : proposedOn(resolution));
  const what = on === null ? 'a vote at the meeting' : type === 'short-notice-agreement' ? 'the consent to short notice' : 'the agreement';
  // An agreement's date is the body's `agreedOn`; a vote's is the meeting's day, so its refusal concerns the vote.
  const field = on === null ? 'vote' : 'agreedOn';
  checkDatedInCompanyLife(what, effectiveOn, recordedAt, company.incorporatedOn, field);
  // A member or director the resolution does not list is named from the registers.
  const names = { directors: state.directors, ...(resolution.procedure === 'general-meeting' || resolution.procedure === 'members-written' ? { members: await register.memberNames(em, companyId, [voterId]) } : {}) };
  // MA-1, s.307(6): a member votes at a general meeting, and agrees to short notice of it, on the register as it stood on the day of the meeting.
  const member =
    resolution.procedure !== 'general-meeting' || type === 'agreement'
      ? undefined
      : entitlementAt(
          await register.membersAsAt(em, companyId, resolution.meetingOn),
          voterId,
          resolution.meetingOn,
          names.members,
          type === 'vote' ? `cannot vote on ${resolutionInWords(resolution)}` : `cannot agree to short notice of it for ${resolutionInWords(resolution)}`,
        );
  // s.307(5): consent dated before the meeting day is a member's on the day it is given, too.
  if (type === 'short-notice-agreement' && member !== undefined && resolution.procedure === 'general-meeting' && effectiveOn !== resolution.meetingOn) {
    checkConsentGivenAsMember(await register.membersAsAt(em, companyId, effectiveOn), member, effectiveOn);
  }
  const response = {
    type,
    effectiveOn,
    resolutionId,
    voterId,
    ...(vote === undefined ? {} : { vote }),
    ...(interested ? { interested } : {}),
    ...(acting ?? {}),
    ...(member ? { member } : {}),
  } as ResolutionResponse;
  // MT-3 / MA-2: at a sitting whose attendance is recorded, a vote comes from someone present, the way they attend.
  let updated: Resolution;
  try {
    checkVoteByPresent(resolution, response);
    // EC-2: a director who resigned is not counted on a later day, whatever board the resolution names.
    if (resolution.procedure === 'board-meeting') checkActingDirectorOn(state.directors, voterId, effectiveOn, `the day of the meeting, so cannot vote on ${resolutionInWords(resolution)}`);
    if (resolution.procedure === 'board-written') checkActingDirectorOn(state.directors, voterId, effectiveOn, `the day of the agreement, so cannot agree to ${resolutionInWords(resolution)}`);
    updated = applyResponse(resolution, response, names);
  } catch (error) {
    throw await memberNotDirector(error, register, em, companyId, state.directors);
  }
  return { response, updated };
}

/** MT-1, s.307(5)–(6): why the members agreeing to short notice of `resolution`'s meeting are not enough, with the counts. */
export function shortOfAgreement(r: GeneralMeetingResolution): string {
  const { agreed, entitled, agreedNominalPence, entitledNominalPence } = checkNotice(r).agreement;
  const percent = Math.floor((agreedNominalPence * 1000) / Math.max(entitledNominalPence, 1)) / 10;
  return `short notice needs the agreement of a majority in number of the ${entitled} members entitled to attend and vote, holding at least ${r.shortNoticePercent}% of the nominal value of their shares (s.307(5)–(6)): ${agreed} agreed, holding ${percent}%; nothing was recorded`;
}

/** The resolution of `resolutionId` in the records; throws `NOT_FOUND` (404) when there is none. */
export function found(resolution: Resolution | undefined, resolutionId: string): Resolution {
  if (!resolution) throw AppError.notFound('resolution', { resolutionId });
  return resolution;
}
