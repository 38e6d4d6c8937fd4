import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { membersOf, type ShareEvent } from '../share-register/share-event';
import { NO_REFERENCES, type References } from './references';
import type { Resolution } from './resolution-outcome';

/** A member's recorded response to a members' resolution, and the day the member's entitlement to it is taken. */
export interface MemberResponse {
  readonly memberId: string;
  readonly resolutionId: string;
  /** `vote` at a general meeting, `short-notice-agreement` to one, `agreement` to a written resolution. */
  readonly response: 'vote' | 'short-notice-agreement' | 'agreement';
  /** The general meeting this item was put to, if it has a meeting record. */
  readonly meetingId?: string;
  /** MA-1: the meeting day (the register as at the meeting), or WR-2: the circulation date. */
  readonly entitledOn: CalendarDate;
}

/** Every member's response recorded on the members' resolutions, with the day each member's votes were taken. */
export function memberResponses(resolutions: Iterable<Resolution>): MemberResponse[] {
  const out: MemberResponse[] = [];
  for (const r of resolutions) {
    if (r.procedure === 'general-meeting') {
      const at = { resolutionId: r.id, entitledOn: r.meetingOn, ...(r.meetingId !== undefined ? { meetingId: r.meetingId } : {}) };
      for (const v of r.votes) out.push({ ...at, memberId: v.memberId, response: 'vote' });
      for (const m of r.shortNoticeAgreedBy) out.push({ ...at, memberId: m, response: 'short-notice-agreement' });
    } else if (r.procedure === 'members-written') {
      for (const a of r.agreements) out.push({ memberId: a.memberId, resolutionId: r.id, response: 'agreement', entitledOn: r.circulatedOn });
    }
  }
  return out;
}

/** The members whose holding a share event changes from its effective date (none for a change of particulars). */
export function membersChangedBy(event: ShareEvent): string[] {
  return event.type === 'particulars-change' ? [] : membersOf(event);
}

const RESPONSE_WORDS: Record<MemberResponse['response'], string> = {
  vote: 'voted at the general meeting on',
  'short-notice-agreement': 'agreed to short notice of the general meeting on',
  agreement: 'agreed, as an eligible member, to the written resolution circulated on',
};

/**
 * RM-3 with MA-1 and WR-2: a member's vote at a general meeting was taken on the register as at the
 * meeting day (the end of it), and an agreement to a written resolution on the register as at its
 * circulation date. A share change that takes effect on or before that day, for a member who has
 * responded, would rewrite the register the response was counted on (the member would not have held
 * the share, or would have held another): the vote record and the register would disagree. Such a
 * change is refused; record it on a day after the meeting or circulation, or correct the entry.
 * Throws `EVENT_PREDATES_DEPENDENCY` naming the latest such resolution (its id and reference, the
 * meeting's id and reference where it has a meeting record), the member and the response.
 */
export function checkNotBeforeMemberResponses(
  event: ShareEvent,
  resolutions: Iterable<Resolution>,
  references: References = NO_REFERENCES,
): void {
  const changed = new Set(membersChangedBy(event));
  if (changed.size === 0) return;
  const clashes = memberResponses(resolutions).filter((r) => changed.has(r.memberId) && compareDates(r.entitledOn, event.effectiveOn) >= 0);
  if (clashes.length === 0) return;
  const last = clashes.reduce((a, b) => (compareDates(b.entitledOn, a.entitledOn) > 0 ? b : a));
  const reference = references.byId.get(last.resolutionId);
  const meetingReference = last.meetingId !== undefined ? references.byId.get(last.meetingId) : undefined;
  const named = `resolution ${reference ?? last.resolutionId}${meetingReference ? ` (meeting ${meetingReference})` : ''}`;
  throw new DomainError(
    'EVENT_PREDATES_DEPENDENCY',
    `member ${last.memberId} ${RESPONSE_WORDS[last.response]} ${last.entitledOn} on ${named}, counted on the register as at that day; a change to the member's shares cannot take effect before it, on ${event.effectiveOn} (date it after ${last.entitledOn}, or correct the entry)`,
    {
      memberId: last.memberId,
      resolutionId: last.resolutionId,
      ...(reference !== undefined ? { reference } : {}),
      ...(last.meetingId !== undefined ? { meetingId: last.meetingId } : {}),
      ...(meetingReference !== undefined ? { meetingReference } : {}),
      response: last.response,
      lastChangedOn: last.entitledOn,
    },
  );
}
