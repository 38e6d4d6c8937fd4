import { compareDates, dateOfInstant, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { ShareEvent } from '../share-register/share-event';
import { checkNotice } from './general-meeting';
import type { Meeting } from './meeting';
import { checkNotBeforeMemberResponses } from './member-responses';
import { NO_REFERENCES, type References } from './references';
import type { Resolution } from './resolution-outcome';

/**
 * WR-2 (s.289): the eligible members of a members' written resolution, fixed on its circulation date
 * with their voting rights; its majority is reckoned on their total voting rights (ss.282–283), so the
 * list is part of the outcome. (A general meeting's list is not fixed so: each vote is taken on the
 * member's entry on the register as at the meeting day, MA-1, and a majority is of the votes cast.)
 */
export interface EligibleMembersList {
  readonly resolutionId: string;
  /** The circulation date: the day the register was taken as at. */
  readonly on: CalendarDate;
}

/** The eligible members' lists of the members' written resolutions, in the order given. */
export function eligibleMembersLists(resolutions: Iterable<Resolution>): EligibleMembersList[] {
  const out: EligibleMembersList[] = [];
  for (const r of resolutions) if (r.procedure === 'members-written') out.push({ resolutionId: r.id, on: r.circulatedOn });
  return out;
}

/**
 * The lists a change recorded on `recordedOn` and taking effect from `from` would rewrite: those taken
 * as at a day after `from` (a change on the circulation date itself is taken to follow the circulation)
 * that had already come when the change was recorded.
 */
export function listsRewrittenBy(lists: readonly EligibleMembersList[], from: CalendarDate, recordedOn: CalendarDate): EligibleMembersList[] {
  return lists.filter((l) => compareDates(l.on, from) > 0 && compareDates(l.on, recordedOn) <= 0);
}

/** The latest of `lists` by circulation date; of those on one day, the first. */
export function latestList(lists: readonly EligibleMembersList[]): EligibleMembersList | undefined {
  return lists.reduce<EligibleMembersList | undefined>((a, b) => (a === undefined || compareDates(b.on, a.on) > 0 ? b : a), undefined);
}

/** The resolution's reference (`OR-2026-01`), or its id when it has none. */
export function listReference(list: EligibleMembersList, references: References = NO_REFERENCES): string {
  return references.byId.get(list.resolutionId) ?? list.resolutionId;
}

/**
 * WR-2 (with RM-3): an allotment, transfer or cancellation changes the holdings of its members from the
 * day it takes effect, so one taking effect before a members' written resolution's circulation date,
 * recorded once that day had come, would change who was eligible to vote on it, or with how many votes,
 * after its majority was reckoned on them. Such a change is refused; record it with effect from the
 * circulation date or later. A change taking effect on the circulation date itself is taken to follow
 * the circulation; a member who agreed is held to the day by `checkNotBeforeMemberResponses`. A change
 * of particulars moves no share and is not refused.
 *
 * Throws `EVENT_PREDATES_DEPENDENCY` (409) naming the latest such resolution: details `resolutionId`,
 * `reference`, `lastChangedOn` (its circulation date) and `otherResolutions` when the lists of others
 * would change too.
 */
export function checkNotBeforeEligibleMembersLists(event: ShareEvent, resolutions: Iterable<Resolution>, references: References = NO_REFERENCES): void {
  if (event.type === 'particulars-change') return;
  const rewritten = listsRewrittenBy(eligibleMembersLists(resolutions), event.effectiveOn, dateOfInstant(event.recordedAt));
  const last = latestList(rewritten);
  if (last === undefined) return;
  const reference = listReference(last, references);
  const others = rewritten.length - 1;
  throw new DomainError(
    'EVENT_PREDATES_DEPENDENCY',
    {
      text:
        `written resolution ${reference} counted the eligible members on its circulation date, ${last.on}; a change to members' shares taking effect on ${event.effectiveOn} would change that list after it was counted` +
        `${others > 0 ? ` (and the lists of ${others} other written ${others === 1 ? 'resolution' : 'resolutions'})` : ''}: date it on or after ${last.on}`,
    },
    { resolutionId: last.resolutionId, reference, lastChangedOn: last.on, ...(others > 0 ? { otherResolutions: others } : {}) },
  );
}

/** A general meeting's item (MT-1). */
type MeetingItem = Extract<Resolution, { procedure: 'general-meeting' }>;

/**
 * MT-1, s.307(6): the items of general meetings held at short notice, with members' agreement to it
 * recorded, whose count of the members entitled to attend and vote a change to members' shares would
 * rewrite: one taking effect on `effectiveOn` (a calendar date) or before the meeting day, recorded on
 * `recordedOn` (the calendar date in England), once the meeting day had come.
 */
export function shortNoticeCountsRewrittenBy(resolutions: Iterable<Resolution>, effectiveOn: CalendarDate, recordedOn: CalendarDate): MeetingItem[] {
  const out: MeetingItem[] = [];
  for (const r of resolutions) {
    if (r.procedure !== 'general-meeting' || r.shortNoticeAgreedBy.length === 0 || !checkNotice(r).short) continue;
    if (compareDates(r.meetingOn, effectiveOn) >= 0 && compareDates(r.meetingOn, recordedOn) <= 0) out.push(r);
  }
  return out;
}

/** The item of the latest meeting among `items` (the first listed of that day), or undefined for none. */
export function latestMeetingItem<T extends MeetingItem>(items: readonly T[]): T | undefined {
  return items.reduce<T | undefined>((a, r) => (a === undefined || compareDates(r.meetingOn, a.meetingOn) > 0 ? r : a), undefined);
}

/**
 * MT-1, s.307(5)–(6): a general meeting held at short notice counted the members entitled to attend and
 * vote, and the nominal value of their shares, when the members' agreement to it was weighed. An
 * allotment, transfer or cancellation taking effect on or before the meeting day, recorded once that
 * day had come, would change that count after the meeting: it is refused; record it with effect from
 * the day after. (One recorded before the meeting day is not refused: consent given later counts the
 * member's entry on the register of the meeting day.) A change of particulars moves no share.
 *
 * Throws `EVENT_PREDATES_DEPENDENCY` (409) naming the latest such meeting's item: details
 * `resolutionId`, `reference`, `meetingId`, `meetingReference`, `lastChangedOn` (the meeting day).
 */
export function checkNotBeforeShortNoticeCounts(event: ShareEvent, resolutions: Iterable<Resolution>, references: References = NO_REFERENCES): void {
  if (event.type === 'particulars-change') return;
  const last = latestMeetingItem(shortNoticeCountsRewrittenBy(resolutions, event.effectiveOn, dateOfInstant(event.recordedAt)));
  if (last === undefined) return;
  const { agreement } = checkNotice(last);
  const reference = references.byId.get(last.id) ?? last.id;
  const meetingReference = last.meetingId !== undefined ? references.byId.get(last.meetingId) : undefined;
  throw new DomainError(
    'EVENT_PREDATES_DEPENDENCY',
    {
      text:
        `resolution ${reference}${meetingReference !== undefined ? ` (meeting ${meetingReference})` : ''} was put to a general meeting on ${last.meetingOn} held at short notice, agreed by ${agreement.agreed} of the ${agreement.entitled} members entitled to attend and vote, counted on the register that day (s.307(6)); ` +
        `a change to members' shares taking effect on ${event.effectiveOn} would change that count after the meeting: date it after ${last.meetingOn}`,
    },
    {
      resolutionId: last.id,
      reference,
      ...(last.meetingId !== undefined ? { meetingId: last.meetingId } : {}),
      ...(meetingReference !== undefined ? { meetingReference } : {}),
      lastChangedOn: last.meetingOn,
    },
  );
}

/**
 * A share change held to every governance record that counted the register before it (RM-3, MA-1,
 * WR-2, s.307(6)): the members' own responses (`checkNotBeforeMemberResponses`, named first), then the eligible
 * members of the written resolutions ({@link checkNotBeforeEligibleMembersLists}) and the count of a
 * meeting held at short notice ({@link checkNotBeforeShortNoticeCounts}). `records`: the
 * company's folded governance state (its resolutions, meetings and references). Throws
 * `EVENT_PREDATES_DEPENDENCY` (409) as those do.
 */
export function checkNotBeforeGovernanceRecords(
  event: ShareEvent,
  records: { readonly resolutions: ReadonlyMap<string, Resolution>; readonly meetings: ReadonlyMap<string, Meeting>; readonly references: References },
): void {
  checkNotBeforeMemberResponses(event, { resolutions: records.resolutions.values(), meetings: records.meetings.values() }, records.references);
  checkNotBeforeEligibleMembersLists(event, records.resolutions.values(), records.references);
  checkNotBeforeShortNoticeCounts(event, records.resolutions.values(), records.references);
}
