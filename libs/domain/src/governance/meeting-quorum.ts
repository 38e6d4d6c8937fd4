import type { CalendarDate } from '../calendar/calendar-date';
import type { BoardMeetingResolution } from './board-resolution';
import type { GeneralMeetingResolution } from './general-meeting';
import { qualifyingPersons, type Meeting, type PresentMember } from './meeting';
import type { Resolution } from './resolution-outcome';

/** Who was present at one sitting of a meeting, and whether that made a quorum. */
export interface SittingQuorum {
  readonly on: CalendarDate;
  /** General: qualifying persons (s.318, MT-3); board: directors present (before any are left out as interested in an item, MA-2). */
  readonly present: number;
  readonly quorum: number;
  readonly quorate: boolean;
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
  return { on, present, quorum: meeting.quorum, quorate: present >= meeting.quorum };
}
