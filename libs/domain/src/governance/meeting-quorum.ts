import type { CalendarDate } from '../calendar/calendar-date';
import { itemQuorum, type BoardMeetingResolution } from './board-resolution';
import { boardDuring, type RegisterOfDirectors } from './directors';
import type { GeneralMeetingResolution } from './general-meeting';
import { interestedBefore, qualifyingPersons, type Attendance, type Meeting, type PresentMember } from './meeting';
import { resolutionOutcome, type Resolution } from './resolution-outcome';

/** Who was present at one sitting of a meeting, and whether that made a quorum. */
export interface SittingQuorum {
  readonly on: CalendarDate;
  /** General: qualifying persons (s.318, MT-3); board: directors present (before any are left out as interested in an item, MA-2). */
  readonly present: number;
  readonly quorum: number;
  readonly quorate: boolean;
  /**
   * MA-2: at a quorate sitting of a board meeting, the items decided then for which the directors left
   * out as interested bring the count below the quorum, in the meeting's order: each fails for want of
   * a quorum (`itemQuorum`, as its outcome counts it). Empty otherwise.
   */
  readonly notQuorateFor: readonly ItemNotQuorate[];
}

/** MA-2: an item of a board meeting whose quorum was not present: the directors counted in it, and those left out as interested. */
export interface ItemNotQuorate {
  readonly resolutionId: string;
  readonly counted: number;
  readonly interested: number;
}

/**
 * MT-3 / MA-3: the quorum at the meeting's sitting on `on`, from the attendance recorded for it and
 * the votes cast on the items decided then (a voter is present). Two proxies or representatives of
 * one member count once.
 */
export function sittingQuorum(meeting: Meeting, resolutions: ReadonlyMap<string, Resolution>, on: CalendarDate): SittingQuorum {
  const attendance = meeting.attendance.filter((a) => a.on === on);
  const items = meeting.resolutionIds.map((id) => resolutions.get(id)).filter((r): r is GeneralMeetingResolution | BoardMeetingResolution => r !== undefined && 'meetingOn' in r && r.meetingOn === on);
  let present: number;
  if (meeting.kind === 'board') {
    const directors = new Set(attendance.flatMap((a) => (a.as === 'director' ? [a.directorId] : [])));
    for (const item of items) if (item.procedure === 'board-meeting') for (const v of item.votes) directors.add(v.directorId);
    present = directors.size;
  } else {
    const people: PresentMember[] = attendance.flatMap((a) =>
      a.as === 'member' ? [{ memberId: a.member.memberId, capacity: a.capacity, ...(a.actingName ? { actingName: a.actingName } : {}) }] : [],
    );
    for (const item of items) {
      if (item.procedure !== 'general-meeting') continue;
      for (const v of item.votes) people.push({ memberId: v.memberId, capacity: v.capacity ?? 'in-person', ...(v.actingName ? { actingName: v.actingName } : {}) });
    }
    present = qualifyingPersons(people);
  }
  const quorate = present >= meeting.quorum;
  const notQuorateFor = quorate
    ? items.flatMap((item) => {
        if (item.procedure !== 'board-meeting') return [];
        const q = itemQuorum(item);
        return q.quorate ? [] : [{ resolutionId: item.id, counted: q.counted, interested: q.interested }];
      })
    : [];
  return { on, present, quorum: meeting.quorum, quorate, notQuorateFor };
}

/**
 * MT-3 / MA-2: who was present at the meeting's sitting on `on`: the attendance recorded for it, then
 * each person who voted on an item decided then and is not already recorded (a vote is cast by someone
 * present; so a one-item meeting whose votes are all that was recorded still lists its attendance).
 * A member who voted carries the entitlement of the register on the day (MA-1), a director the name on
 * the board that day; a director's interest in the item is taken from the vote. A director's items
 * of interest are listed each once, in the meeting's order.
 */
export function sittingAttendance(
  meeting: Meeting,
  resolutions: ReadonlyMap<string, Resolution>,
  on: CalendarDate,
  directors: RegisterOfDirectors,
): Attendance[] {
  const board = boardDuring(directors, on);
  const directorName = (directorId: string) => board.find((d) => d.directorId === directorId)?.name ?? directorId;
  const attendance: Attendance[] = meeting.attendance.filter((a) => a.on === on);
  const seen = new Set(attendance.map((a) => (a.as === 'director' ? `d:${a.directorId}` : `m:${a.member.memberId}`)));
  for (const id of meeting.resolutionIds) {
    const item = resolutions.get(id);
    if (item === undefined || !('meetingOn' in item) || item.meetingOn !== on) continue;
    if (item.procedure === 'board-meeting') {
      for (const v of item.votes) {
        const key = `d:${v.directorId}`;
        const interestedIn = v.interested === true ? [item.id] : [];
        const listed = attendance.findIndex((a) => a.as === 'director' && a.directorId === v.directorId);
        if (seen.has(key)) {
          const a = attendance[listed];
          if (listed >= 0 && a.as === 'director' && interestedIn.length && !a.interestedIn.includes(item.id)) attendance[listed] = { ...a, interestedIn: [...a.interestedIn, item.id] };
          continue;
        }
        seen.add(key);
        attendance.push({ as: 'director', on, directorId: v.directorId, name: directorName(v.directorId), interestedIn });
      }
    } else {
      for (const v of item.votes) {
        const key = `m:${v.memberId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const member = v.member ?? item.entitled.find((m) => m.memberId === v.memberId) ?? { memberId: v.memberId, name: v.memberId, votes: 1, nominalPence: 0 };
        attendance.push({ as: 'member', on, member, capacity: v.capacity ?? 'in-person', ...(v.actingName ? { actingName: v.actingName } : {}) });
      }
    }
  }
  // MA-2: an interest recorded at an earlier sitting in an item decided at this one holds here too.
  const decidedNow = meeting.resolutionIds.filter((id) => {
    const item = resolutions.get(id);
    return item !== undefined && 'meetingOn' in item && item.meetingOn === on;
  });
  const earlier = (directorId: string) => decidedNow.filter((id) => interestedBefore(meeting, id, on).includes(directorId));
  // MA-2: each item a director is interested in once, in the order of the agenda, however it was recorded.
  const inOrder = (ids: readonly string[]) => meeting.resolutionIds.filter((id) => ids.includes(id));
  return attendance.map((a) => (a.as === 'director' ? { ...a, interestedIn: inOrder([...a.interestedIn, ...earlier(a.directorId)]) } : a));
}

/**
 * MT-3, MA-2: whether an item of a meeting awaits its attendance as at the end of `asAt`: its outcome
 * would read failed for want of a quorum, or (MT-1) for a notice too short whose agreement may still be
 * recorded (s.307(4): consent is entered after the meeting too, dated by its day), only because nothing
 * of the sitting that decides it has been entered yet (attendance and votes are entered after the
 * meeting): no vote on it, and no one recorded
 * present, nor any vote on another item, at that sitting (the day the meeting was held, or the day it was
 * adjourned to). So an item of a meeting adjourned before any attendance was recorded awaits its
 * attendance; it has not failed. A resolution decided at a meeting with no record of its own
 * (`records.meetings` holds no meeting by its `meetingId`) awaits its attendance until a vote on it is
 * recorded. False for a written resolution. Pages and the minutes say "no attendance recorded yet".
 */
export function awaitsAttendance(
  resolution: Resolution,
  asAt: CalendarDate,
  records: { readonly meetings: ReadonlyMap<string, Meeting>; readonly resolutions: ReadonlyMap<string, Resolution> },
): boolean {
  if (resolution.procedure !== 'board-meeting' && resolution.procedure !== 'general-meeting') return false;
  const outcome = resolutionOutcome(resolution, asAt);
  if (outcome.status !== 'failed' || outcome.failedBecause === 'majority-not-reached' || resolution.votes.length > 0) return false;
  const meeting = resolution.meetingId === undefined ? undefined : records.meetings.get(resolution.meetingId);
  return meeting === undefined || sittingQuorum(meeting, records.resolutions, resolution.meetingOn).present === 0;
}
