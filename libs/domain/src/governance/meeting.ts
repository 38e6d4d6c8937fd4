import { addMonths, compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { votingMembersAsAt, type MembersSource, type VotingMember } from './member-snapshot';
import { MEETING_KIND_IN_WORDS, memberNamedWhy, type MemberNames } from './in-words';
import { meetingBeforeNotice, type NoticeSent } from './notice-delivery';

/** A general meeting, an annual general meeting (which a private company holds only if its articles say so) or a board meeting. */
export type MeetingKind = 'general' | 'annual-general' | 'board';

/** Who chaired: a director (board; or a general meeting chaired by a director) or a member or other person named. */
export interface MeetingChair {
  readonly directorId?: string;
  readonly memberId?: string;
  readonly name: string;
}

/** How a member attends a general meeting: in person, by proxy (s.324) or, for a corporate member, by representative (s.323). */
export type MemberCapacity = 'in-person' | 'proxy' | 'corporate-representative';

/**
 * A member present at a sitting of a general meeting, with the entitlement the register of members
 * gave on that day (MA-1), and who stood in for the member.
 */
export interface MemberAttendance {
  readonly as: 'member';
  /** The day of the sitting: the meeting day or the day it was adjourned to. */
  readonly on: CalendarDate;
  readonly member: VotingMember;
  readonly capacity: MemberCapacity;
  /** The proxy's or the representative's name; absent in person. */
  readonly actingName?: string;
}

/** A director present at a sitting of a board meeting, and the items (resolution ids) the director is interested in (MA-2). */
export interface DirectorAttendance {
  readonly as: 'director';
  readonly on: CalendarDate;
  readonly directorId: string;
  readonly name: string;
  readonly interestedIn: readonly string[];
}

/** Someone present at a sitting: a member (general meetings) or a director (board meetings). */
export type Attendance = MemberAttendance | DirectorAttendance;

/** An adjournment: the meeting sitting on `on` stopped and is to go on on `to` (MA-3). */
export interface Adjournment {
  readonly on: CalendarDate;
  readonly to: CalendarDate;
}

/**
 * A meeting as its record shows it: when notice went (general meetings) and to whom (the register on
 * the notice day, MA-1), the day it was held and every day it was adjourned to, the chair, the
 * attendance at each sitting, and the resolutions (items) put to it, in order.
 */
export interface Meeting {
  readonly id: string;
  readonly kind: MeetingKind;
  /** The day notice was given: the day it is deemed delivered (MT-2, s.1147). Null for a board meeting. */
  readonly noticeGivenOn: CalendarDate | null;
  /** The day the notice was sent and how, when recorded (`noticeGivenOn` is then worked out from it by `deemedDeliveryOn`); absent otherwise. */
  readonly noticeSent?: NoticeSent;
  /** Members to whom notice went: the register on the notice day (s.310). Empty for a board meeting. */
  readonly noticeTo: readonly VotingMember[];
  readonly heldOn: CalendarDate;
  readonly chair: MeetingChair | null;
  /** How items are decided unless a poll is demanded (general meetings; s.284). */
  readonly voting: 'show-of-hands' | 'poll';
  /** The articles' quorum on the day it was called (general: s.318, 2; board: model articles, 2). */
  readonly quorum: number;
  readonly adjournments: readonly Adjournment[];
  readonly attendance: readonly Attendance[];
  readonly resolutionIds: readonly string[];
}

/**
 * RS-1, MA-3: a meeting as its record stood at the end of `asAt`: only the attendance of sittings held by
 * then and the adjournments decided by then (at a sitting on or before it), so a sitting still to come
 * shows no one present. Its items are read as at the same day with `resolutionAsAt`.
 */
export function meetingAsAt(meeting: Meeting, asAt: CalendarDate): Meeting {
  const byThen = (on: CalendarDate) => compareDates(on, asAt) <= 0;
  if (meeting.attendance.every((a) => byThen(a.on)) && meeting.adjournments.every((a) => byThen(a.on))) return meeting;
  return { ...meeting, attendance: meeting.attendance.filter((a) => byThen(a.on)), adjournments: meeting.adjournments.filter((a) => byThen(a.on)) };
}

/** The day the meeting sits now: the day it was held, or the last day it was adjourned to. */
export function currentSitting(meeting: Meeting): CalendarDate {
  return meeting.adjournments.at(-1)?.to ?? meeting.heldOn;
}

/**
 * Whether the meeting had been called by the end of `on`: a general meeting once its notice was given
 * (s.307), a board meeting (called under the articles, with no notice recorded) on the day it is held.
 * The day its `meeting-called` record takes effect; a list "as at" a day shows only these.
 */
export function meetingCalledBy(meeting: Pick<Meeting, 'noticeGivenOn' | 'noticeSent' | 'heldOn'>, on: CalendarDate): boolean {
  return compareDates(meetingCalledOn(meeting), on) <= 0;
}

/**
 * The day a meeting was called: the day its notice was sent, when recorded, else the day notice was
 * given (a general meeting) or the day it is held (a board meeting). The effective date of its
 * `meeting-called` record.
 */
export function meetingCalledOn(meeting: Pick<Meeting, 'noticeGivenOn' | 'noticeSent' | 'heldOn'>): CalendarDate {
  return meeting.noticeSent?.on ?? meeting.noticeGivenOn ?? meeting.heldOn;
}

/**
 * FR-2: whether the meeting had been held by the end of `on` (a calendar date): its first sitting was
 * on or before that day. Minutes record a meeting held, so none are drawn up before then.
 */
export function meetingHeldBy(meeting: Pick<Meeting, 'heldOn'>, on: CalendarDate): boolean {
  return compareDates(meeting.heldOn, on) <= 0;
}

/** Every day the meeting sat or is to sit, in order. */
export function sittings(meeting: Meeting): CalendarDate[] {
  return [meeting.heldOn, ...meeting.adjournments.map((a) => a.to)];
}

/**
 * MA-2: the directors recorded interested in the item (a resolution id) at a sitting of the meeting
 * before `on` (by their attendance, or a declaration at it). The interest concerns the matter, so it
 * holds at every later sitting of the same meeting. Each director once, in the order recorded.
 */
export function interestedBefore(meeting: Meeting, resolutionId: string, on: CalendarDate): string[] {
  const ids = meeting.attendance.flatMap((a) => (a.as === 'director' && compareDates(a.on, on) < 0 && a.interestedIn.includes(resolutionId) ? [a.directorId] : []));
  return [...new Set(ids)];
}

/**
 * Checks a meeting as called: notice before the meeting for a general meeting (`MEETING_BEFORE_NOTICE`),
 * none for a board meeting (`NOTICE_NOT_FOR_BOARD_MEETING`). Returns it with no attendance yet.
 */
export function callMeeting(meeting: Omit<Meeting, 'adjournments' | 'attendance' | 'resolutionIds'>): Meeting {
  if (meeting.kind === 'board' && (meeting.noticeGivenOn !== null || meeting.noticeTo.length > 0)) {
    throw new DomainError('NOTICE_NOT_FOR_BOARD_MEETING', 'a board meeting is called under the articles; no notice to members is recorded', { meetingId: meeting.id });
  }
  if (meeting.kind !== 'board' && meeting.noticeGivenOn === null) {
    throw new DomainError('MEETING_BEFORE_NOTICE', `a meeting on ${meeting.heldOn} needs notice given before it`, { noticeGivenOn: null, meetingOn: meeting.heldOn });
  }
  if (meeting.kind !== 'board' && compareDates(meeting.heldOn, meeting.noticeGivenOn!) <= 0) throw meetingBeforeNotice(meeting.heldOn, meeting.noticeGivenOn!, meeting.noticeSent);
  return { ...meeting, adjournments: [], attendance: [], resolutionIds: [] };
}

/**
 * The meeting with one more person present at its current sitting. Throws `ATTENDANCE_NOT_FOR_MEETING`
 * (a director at a general meeting, a member at a board meeting, an attendance dated on another day
 * than the current sitting, or interest in an item not on the agenda), `PROXY_NAME_REQUIRED` (a proxy or
 * representative without a name) and `ATTENDANCE_ALREADY_RECORDED` (the same member or director twice
 * in the same capacity and name at one sitting).
 */
export function recordAttendance(meeting: Meeting, attendance: Attendance): Meeting {
  const wrong = (why: string) => {
    throw new DomainError('ATTENDANCE_NOT_FOR_MEETING', why, { meetingId: meeting.id });
  };
  if ((attendance.as === 'director') !== (meeting.kind === 'board')) wrong(`a ${attendance.as} does not attend a ${meeting.kind} meeting as such`);
  if (attendance.on !== currentSitting(meeting)) wrong(`the meeting sits on ${currentSitting(meeting)}, not ${attendance.on}`);
  if (attendance.as === 'director' && attendance.interestedIn.some((id) => !meeting.resolutionIds.includes(id))) {
    wrong('a director can be interested only in an item of the meeting');
  }
  if (attendance.as === 'member' && attendance.capacity !== 'in-person' && !attendance.actingName?.trim()) {
    throw new DomainError('PROXY_NAME_REQUIRED', `a member attending by ${attendance.capacity} needs the name of who attended`, { memberId: attendance.member.memberId });
  }
  if (meeting.attendance.some((a) => a.on === attendance.on && personKey(a) === personKey(attendance))) {
    const who = attendance.as === 'director' ? attendance.name : attendance.member.name;
    const how = attendance.as === 'director' || attendance.capacity === 'in-person' ? '' : ` by ${attendance.capacity === 'proxy' ? 'proxy' : 'corporate representative'} ${attendance.actingName ?? ''}`.trimEnd();
    const sitting = attendance.on === meeting.heldOn ? '' : 'the sitting of {on} of ';
    throw new DomainError('ATTENDANCE_ALREADY_RECORDED', { text: `{who} is already recorded as present{how} at ${sitting}the {meeting} on {heldOn}` }, {
      meetingId: meeting.id,
      ...(attendance.as === 'director' ? { directorId: attendance.directorId } : { memberId: attendance.member.memberId }),
      who, how, on: attendance.on, meeting: MEETING_KIND_IN_WORDS[meeting.kind], heldOn: meeting.heldOn,
    });
  }
  return { ...meeting, attendance: [...meeting.attendance, attendance] };
}

/**
 * A member present in person is not also present by proxy or corporate representative at the same
 * sitting, nor the other way round (a member may send more than one proxy or representative, which
 * count once towards the quorum, MT-3, s.318). Throws `ATTENDANCE_ALREADY_RECORDED`, naming how the
 * member is already recorded. Checked for new attendance only: a replay of the ledger applies
 * {@link recordAttendance}.
 */
export function checkMemberPresentOnce(meeting: Meeting, attendance: Attendance): void {
  if (attendance.as !== 'member') return;
  const already = meeting.attendance.find(
    (a) =>
      a.on === attendance.on &&
      a.as === 'member' &&
      a.member.memberId === attendance.member.memberId &&
      (a.capacity === 'in-person') !== (attendance.capacity === 'in-person'),
  );
  if (already === undefined || already.as !== 'member') return;
  const how = already.capacity === 'in-person' ? 'in person' : `by ${already.capacity === 'proxy' ? 'proxy' : 'corporate representative'} ${already.actingName ?? ''}`.trim();
  throw new DomainError('ATTENDANCE_ALREADY_RECORDED', { text: '{who} is already recorded as present {how} at the sitting of {on}' }, {
    meetingId: meeting.id,
    memberId: attendance.member.memberId,
    who: attendance.member.name, how, on: attendance.on,
  });
}

/**
 * How far ahead of the day it is recorded a meeting may be called to sit, or adjourned to, in years:
 * a general meeting is called on 14 clear days' notice (s.307), a board meeting sooner, and an
 * adjournment is to a day soon after the sitting (MA-3); a year ahead covers an annual general meeting
 * fixed at the last one [GK]. A day further ahead is a mistyped year, and a meeting dated there could
 * record nothing (attendance, votes) until then.
 */
export const MEETING_PLANNING_YEARS = 1;

/**
 * A meeting's day, or the day it is adjourned to, is no more than {@link MEETING_PLANNING_YEARS} after
 * `recordedOn`, the day (in the UK) it is recorded. Checked when it is recorded, not when the ledger is
 * read. Throws `DATED_TOO_FAR_AHEAD` naming the `field` (the request's, `heldOn`, `adjournedTo` or `to`)
 * and the `latest` day it may be.
 */
export function checkMeetingDateAhead(what: string, field: string, date: CalendarDate, recordedOn: CalendarDate): void {
  const latest = addMonths(recordedOn, 12 * MEETING_PLANNING_YEARS);
  if (compareDates(date, latest) > 0) {
    throw new DomainError('DATED_TOO_FAR_AHEAD', `${what} is dated ${date}, more than ${MEETING_PLANNING_YEARS} year after today (${recordedOn}); the latest is ${latest}`, { field, latest });
  }
}

/** The meeting adjourned from its current sitting to `to`; throws `ADJOURNED_TO_EARLIER_DAY` unless `to` is later. */
export function adjournMeeting(meeting: Meeting, to: CalendarDate): Meeting {
  const on = currentSitting(meeting);
  if (compareDates(to, on) <= 0) {
    throw new DomainError('ADJOURNED_TO_EARLIER_DAY', `a meeting sitting on ${on} can only be adjourned to a later day, not ${to}`, { on, to });
  }
  return { ...meeting, adjournments: [...meeting.adjournments, { on, to }] };
}

/** Who is present at a sitting of a general meeting, for the quorum: a member and the name of who attended for them. */
export interface PresentMember {
  readonly memberId: string;
  readonly capacity: MemberCapacity;
  readonly actingName?: string;
}

/**
 * MT-3 / MA-3 (s.318): the qualifying persons present. A member in person, a proxy and a corporate
 * representative each count as a person; two proxies (or representatives) of the same member count
 * once, and so does one person acting for several members. Counted as the groups of members and
 * persons linked by who acted for whom.
 */
export function qualifyingPersons(present: readonly PresentMember[]): number {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    const up = parent.get(key) ?? key;
    if (up === key) return key;
    const root = find(up);
    parent.set(key, root);
    return root;
  };
  for (const p of present) {
    const member = `member:${p.memberId}`;
    const person = p.capacity === 'in-person' ? member : `person:${p.actingName!.trim().toLowerCase()}`;
    parent.set(find(person), find(member));
  }
  return new Set(present.map((p) => find(`member:${p.memberId}`))).size;
}

/**
 * MA-1: the member's entitlement to vote at a general meeting sitting on `on`: the member's entry on
 * the register that day (a member admitted after the notice votes; one who has left does not).
 * Throws `MEMBER_NOT_ELIGIBLE` (details `memberId`, `meetingOn`, the `member`'s name, and `cannot`:
 * `so`), naming the member from `names` and saying what they cannot do (`so`:
 * "cannot vote on the resolution “…”").
 */
export function entitlementAt(members: MembersSource, memberId: string, on: CalendarDate, names?: MemberNames, so?: string): VotingMember {
  const member = votingMembersAsAt(members, on).find((m) => m.memberId === memberId);
  if (!member) {
    const text = `{member} was not on the register of members on {meetingOn}, the day of the meeting${so === undefined ? '' : ', so {cannot}'}`;
    const named = memberNamedWhy(memberId, names, { text, rule: 'MA-1' });
    throw new DomainError('MEMBER_NOT_ELIGIBLE', named.wording, { memberId, meetingOn: on, ...(named.member !== undefined ? { member: named.member } : {}), ...(so !== undefined ? { cannot: so } : {}) });
  }
  return member;
}

function personKey(a: Attendance): string {
  return a.as === 'director' ? `director:${a.directorId}` : `${a.member.memberId}:${a.capacity}:${a.actingName?.trim().toLowerCase() ?? ''}`;
}
