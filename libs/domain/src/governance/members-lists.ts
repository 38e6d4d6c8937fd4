import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { NO_REFERENCES, type References } from './references';
import type { Resolution } from './resolution-outcome';

/**
 * The list of members a members' resolution counted, fixed when it was proposed: for a written
 * resolution the eligible members on the circulation date (WR-2, s.289), for a general meeting the
 * members entitled to vote on the register as at the meeting day (MA-1; the first day it sat, when it
 * was adjourned).
 */
export interface MembersList {
  readonly resolutionId: string;
  readonly meetingId?: string;
  readonly procedure: 'members-written' | 'general-meeting';
  /** The day the register was taken as at. */
  readonly on: CalendarDate;
}

/** The lists of members the members' resolutions counted (board resolutions count none), in the order given. */
export function membersLists(resolutions: Iterable<Resolution>): MembersList[] {
  const out: MembersList[] = [];
  for (const r of resolutions) {
    if (r.procedure === 'members-written') out.push({ resolutionId: r.id, procedure: r.procedure, on: r.circulatedOn });
    else if (r.procedure === 'general-meeting') {
      out.push({ resolutionId: r.id, procedure: r.procedure, on: r.adjournedFrom?.[0] ?? r.meetingOn, ...(r.meetingId !== undefined ? { meetingId: r.meetingId } : {}) });
    }
  }
  return out;
}

/**
 * The lists a change recorded on `recordedOn` and taking effect from `from` would rewrite: those taken
 * as at a day after `from` (a change on the day itself is taken to follow the circulation or the
 * meeting) that had already come when the change was recorded. A list for a general meeting still to
 * come is taken from the register as it stands when the meeting is called, and is not held against
 * later changes.
 */
export function listsRewrittenBy(lists: readonly MembersList[], from: CalendarDate, recordedOn: CalendarDate): MembersList[] {
  return lists.filter((l) => compareDates(l.on, from) > 0 && compareDates(l.on, recordedOn) <= 0);
}

/** The latest of `lists` by the day each was taken; of those on one day, the first. */
export function latestList(lists: readonly MembersList[]): MembersList | undefined {
  return lists.reduce<MembersList | undefined>((a, b) => (a === undefined || compareDates(b.on, a.on) > 0 ? b : a), undefined);
}

/** The resolution and meeting a list belongs to, with their references where they have one, as a refusal's details. */
export function listDetails(list: MembersList, references: References = NO_REFERENCES): Record<string, string> {
  const reference = references.byId.get(list.resolutionId);
  const meetingReference = list.meetingId !== undefined ? references.byId.get(list.meetingId) : undefined;
  return {
    resolutionId: list.resolutionId,
    ...(reference !== undefined ? { reference } : {}),
    ...(list.meetingId !== undefined ? { meetingId: list.meetingId } : {}),
    ...(meetingReference !== undefined ? { meetingReference } : {}),
  };
}
