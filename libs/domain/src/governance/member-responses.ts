import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { membersOf, type ShareEvent } from '../share-register/share-event';
import type { Meeting, MemberCapacity } from './meeting';
import { NO_REFERENCES, type References } from './references';
import type { Resolution } from './resolution-outcome';

/**
 * A member's recorded response to a members' resolution, or presence at a general meeting, and the
 * day the member's entitlement to it is taken: a record that relies on the member being on the
 * register of members that day.
 */
export interface MemberResponse {
  readonly memberId: string;
  /** The member's name as the record gives it (the list of those entitled, or eligible, or the attendance); absent where the record names none. */
  readonly name?: string;
  /** The resolution responded to; absent for attendance at, or the chair of, a meeting. */
  readonly resolutionId?: string;
  /**
   * `vote` at a general meeting, `short-notice-agreement` to one, `agreement` to a written
   * resolution; `attendance` at a sitting of a general meeting (in person, by proxy or by
   * representative); `chair` of a general meeting, a member chosen to chair it.
   */
  readonly response: 'vote' | 'short-notice-agreement' | 'agreement' | 'attendance' | 'chair';
  /** The general meeting this item was put to, or attended or chaired, if it has a meeting record. */
  readonly meetingId?: string;
  /** MA-1: the meeting day (the register as at the meeting), or WR-2: the circulation date. */
  readonly entitledOn: CalendarDate;
  /** For attendance: how the member attended, and who attended for the member. */
  readonly capacity?: MemberCapacity;
  readonly actingName?: string;
}

/** The governance records a member's responses are read from: the members' resolutions and the meetings. */
export interface MemberRecordsSource {
  readonly resolutions: Iterable<Resolution>;
  readonly meetings?: Iterable<Meeting>;
}

/**
 * Every member's recorded response on the members' resolutions, with the day each member's votes were
 * taken, then every member's attendance at a general meeting's sitting and every member who chaired a
 * general meeting (MA-1, MT-3). Votes and agreements come first, so that of records on the same day
 * the vote is the one named.
 */
export function memberResponses(source: Iterable<Resolution> | MemberRecordsSource): MemberResponse[] {
  const { resolutions, meetings = [] } = isSource(source) ? source : { resolutions: source };
  const out: MemberResponse[] = [];
  const chairs: MemberResponse[] = [];
  for (const r of resolutions) {
    if (r.procedure === 'general-meeting') {
      const at = { resolutionId: r.id, entitledOn: r.meetingOn, ...(r.meetingId !== undefined ? { meetingId: r.meetingId } : {}) };
      const named = (memberId: string) => nameFrom(r.entitled, memberId);
      for (const v of r.votes) out.push({ ...at, memberId: v.memberId, ...named(v.memberId), response: 'vote' });
      for (const m of r.shortNoticeAgreedBy) out.push({ ...at, memberId: m, ...named(m), response: 'short-notice-agreement' });
      if (r.chair?.memberId !== undefined && r.meetingId === undefined) chairs.push({ ...at, memberId: r.chair.memberId, name: r.chair.name, response: 'chair' });
    } else if (r.procedure === 'members-written') {
      for (const a of r.agreements) out.push({ memberId: a.memberId, ...nameFrom(r.eligible, a.memberId), resolutionId: r.id, response: 'agreement', entitledOn: r.circulatedOn });
    }
  }
  for (const m of meetings) {
    if (m.kind === 'board') continue;
    for (const a of m.attendance) {
      if (a.as !== 'member') continue;
      out.push({ memberId: a.member.memberId, name: a.member.name, meetingId: m.id, response: 'attendance', entitledOn: a.on, capacity: a.capacity, ...(a.actingName !== undefined ? { actingName: a.actingName } : {}) });
    }
    if (m.chair?.memberId !== undefined) chairs.push({ memberId: m.chair.memberId, name: m.chair.name, meetingId: m.id, response: 'chair', entitledOn: m.heldOn });
  }
  return [...out, ...chairs];
}

/** `{ name }` of the member on a resolution's list, or nothing when the list does not name them. */
function nameFrom(list: readonly { readonly memberId: string; readonly name: string }[], memberId: string): { name?: string } {
  const name = list.find((m) => m.memberId === memberId)?.name;
  return name === undefined ? {} : { name };
}

function isSource(source: Iterable<Resolution> | MemberRecordsSource): source is MemberRecordsSource {
  return 'resolutions' in source;
}

/** The members whose holding a share event changes from its effective date (none for a change of particulars). */
export function membersChangedBy(event: ShareEvent): string[] {
  return event.type === 'particulars-change' ? [] : membersOf(event);
}

const RESPONSE_WORDS: Record<MemberResponse['response'], string> = {
  vote: 'voted at the general meeting on',
  'short-notice-agreement': 'agreed to short notice of the general meeting on',
  agreement: 'agreed, as an eligible member, to the written resolution circulated on',
  attendance: 'was present at the general meeting on',
  chair: 'chaired, as a member, the general meeting on',
};

/** The resolution and meeting a response concerns, by reference where they have one, for a refusal's words and details. */
export function responseNamed(response: MemberResponse, references: References = NO_REFERENCES): { named: string; details: Record<string, string> } {
  const reference = response.resolutionId !== undefined ? references.byId.get(response.resolutionId) : undefined;
  const meetingReference = response.meetingId !== undefined ? references.byId.get(response.meetingId) : undefined;
  const meeting = response.meetingId !== undefined ? (meetingReference ?? response.meetingId) : undefined;
  const named = response.resolutionId !== undefined
    ? `resolution ${reference ?? response.resolutionId}${meetingReference !== undefined ? ` (meeting ${meetingReference})` : ''}`
    : `meeting ${meeting ?? 'record'}`;
  return {
    named,
    details: {
      ...(response.resolutionId !== undefined ? { resolutionId: response.resolutionId } : {}),
      ...(reference !== undefined ? { reference } : {}),
      ...(response.meetingId !== undefined ? { meetingId: response.meetingId } : {}),
      ...(meetingReference !== undefined ? { meetingReference } : {}),
    },
  };
}

/** The latest of `responses` by the day entitlement was taken; of those on one day, the first. */
export function latestResponse<T extends { readonly entitledOn: CalendarDate }>(responses: readonly T[]): T | undefined {
  return responses.reduce<T | undefined>((a, b) => (a === undefined || compareDates(b.entitledOn, a.entitledOn) > 0 ? b : a), undefined);
}

/**
 * RM-3 with MA-1 and WR-2: a member's vote at a general meeting was taken on the register as at the
 * meeting day (the end of it), and an agreement to a written resolution on the register as at its
 * circulation date (a change on that date itself taken to follow the circulation, as
 * `checkNotBeforeEligibleMembersLists` takes it, so a buy-back or surrender it authorises may be
 * completed the day it passes); a member's presence at a general meeting (in person, by proxy or representative)
 * and a member chairing one rely on the register as at that sitting. A share change that takes effect
 * on or before that day, for such a member, would rewrite the register the record was made on (the
 * member would not have held the share, or would have held another): the record and the register
 * would disagree. Such a change is refused; record it on a day after the meeting or circulation.
 * Throws `EVENT_PREDATES_DEPENDENCY` naming the latest such record (the resolution's id and reference,
 * the meeting's id and reference where it has a meeting record), the member and the response.
 * The records are {@link memberResponses}: a correction of the register is held to the same ones.
 */
export function checkNotBeforeMemberResponses(
  event: ShareEvent,
  records: Iterable<Resolution> | MemberRecordsSource,
  references: References = NO_REFERENCES,
): void {
  const changed = new Set(membersChangedBy(event));
  if (changed.size === 0) return;
  // WR-2: a change on a written resolution's circulation date is taken to follow the circulation (as its eligible members' list takes it), so it contradicts no agreement; MA-1: a meeting counts the register at the end of its day.
  const relied = (r: MemberResponse) => (r.response === 'agreement' ? compareDates(r.entitledOn, event.effectiveOn) > 0 : compareDates(r.entitledOn, event.effectiveOn) >= 0);
  const last = latestResponse(memberResponses(records).filter((r) => changed.has(r.memberId) && relied(r)));
  if (last === undefined) return;
  const { named, details } = responseNamed(last, references);
  throw new DomainError(
    'EVENT_PREDATES_DEPENDENCY',
    { text: `${last.name ?? `member ${last.memberId}`} ${RESPONSE_WORDS[last.response]} ${last.entitledOn} on ${named}, counted on the register as at that day; a change to the member's shares cannot take effect before it, on ${event.effectiveOn} (date it after ${last.entitledOn})` },
    { memberId: last.memberId, ...(last.name !== undefined ? { member: last.name } : {}), ...details, response: last.response, lastChangedOn: last.entitledOn },
  );
}
