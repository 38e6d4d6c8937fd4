import type { CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { BoardMeetingResolution } from './board-resolution';
import type { GeneralMeetingResolution } from './general-meeting';
import { meetingInWords, resolutionInWords } from './in-words';
import { declareInterest } from './meeting-interest';
import { adjournMeeting, callMeeting, currentSitting, interestedBefore, recordAttendance, type Attendance, type Meeting } from './meeting';
import { referenceFor, type References } from './references';
import type { Resolution } from './resolution-outcome';

/** A meeting called: a general meeting by notice on `effectiveOn`, a board meeting on the day it is held. */
export interface MeetingCalled {
  readonly type: 'meeting-called';
  readonly effectiveOn: CalendarDate;
  readonly meeting: Omit<Meeting, 'adjournments' | 'attendance' | 'resolutionIds'>;
}

/** Someone present at the sitting of `effectiveOn`. */
export interface MeetingAttended {
  readonly type: 'meeting-attended';
  readonly effectiveOn: CalendarDate;
  readonly meetingId: string;
  readonly attendance: Attendance;
}

/** The meeting sitting on `effectiveOn` adjourned to `to` (MA-3). */
export interface MeetingAdjourned {
  readonly type: 'meeting-adjourned';
  readonly effectiveOn: CalendarDate;
  readonly meetingId: string;
  readonly to: CalendarDate;
}

/**
 * MA-2: a director present at the sitting of `effectiveOn` declares an interest in items of the
 * meeting (`resolutionIds`) after the attendance was recorded, before they are voted on.
 */
export interface MeetingInterestDeclared {
  readonly type: 'meeting-interest-declared';
  readonly effectiveOn: CalendarDate;
  readonly meetingId: string;
  readonly directorId: string;
  readonly resolutionIds: readonly string[];
}

/** Every change to a company's meetings, as its ledger records them. */
export type MeetingEvent = MeetingCalled | MeetingAttended | MeetingAdjourned | MeetingInterestDeclared;

/** The parts of the governance state meetings change. */
export interface MeetingRecords {
  readonly meetings: ReadonlyMap<string, Meeting>;
  readonly resolutions: ReadonlyMap<string, Resolution>;
  readonly references: References;
}

type MeetingResolution = GeneralMeetingResolution | BoardMeetingResolution;

/**
 * The records after one meeting event. Attendance is copied to the items that the sitting decides,
 * and an adjournment moves every item not yet voted on to the day adjourned to, so that each
 * resolution's outcome is computed from the sitting at which it was decided (MA-3: passed on the
 * adjourned day). A declaration of interest gives the items declared the sitting's attendance again,
 * the director interested in them (MA-2). Throws `MEETING_NOT_FOUND` and the meeting's own errors.
 */
export function evolveMeetings<S extends MeetingRecords>(state: S, event: MeetingEvent): S {
  if (event.type === 'meeting-called') {
    const meeting = callMeeting(event.meeting);
    const references = referenceFor(state.references, meeting.id, { meeting: meeting.kind }, meeting.heldOn);
    return { ...state, meetings: new Map(state.meetings).set(meeting.id, meeting), references };
  }
  const what = event.type === 'meeting-attended' ? 'attendance' : event.type === 'meeting-adjourned' ? 'an adjournment' : 'a declaration of interest';
  const before = meetingOf(state, event.meetingId, `no meeting has been called with that reference, so ${what} cannot be recorded at it`);
  if (event.type === 'meeting-interest-declared') {
    // MA-2: the declared items take the sitting's attendance again, the director now interested in them.
    const meeting = declareInterest(before, state.resolutions, { on: event.effectiveOn, directorId: event.directorId, resolutionIds: event.resolutionIds });
    const resolutions = new Map(state.resolutions);
    for (const id of event.resolutionIds) resolutions.set(id, withPresent(state.resolutions.get(id)!, meeting, event.effectiveOn));
    return { ...state, meetings: new Map(state.meetings).set(meeting.id, meeting), resolutions };
  }
  const meeting = event.type === 'meeting-attended' ? recordAttendance(before, event.attendance) : adjournMeeting(before, event.to);
  const resolutions = new Map(state.resolutions);
  for (const item of items(state, meeting)) {
    if (event.type === 'meeting-adjourned') {
      if (item.votes.length > 0 || item.meetingOn !== event.effectiveOn) continue;
      const moved = { ...withPresent(item, meeting, event.to), meetingOn: event.to };
      resolutions.set(item.id, moved.procedure === 'general-meeting' ? { ...moved, adjournedFrom: [...(moved.adjournedFrom ?? []), event.effectiveOn] } : moved);
    } else if (item.meetingOn === event.effectiveOn) {
      resolutions.set(item.id, withPresent(item, meeting, event.effectiveOn));
    }
  }
  return { ...state, meetings: new Map(state.meetings).set(meeting.id, meeting), resolutions };
}

/**
 * A resolution proposed as an item of a meeting: the meeting lists it, and it takes the attendance
 * of the meeting's current sitting. Throws `MEETING_NOT_FOUND`, or `RESOLUTION_NOT_FOR_MEETING` when
 * the resolution's procedure or day does not match the meeting.
 */
export function addMeetingItem<S extends MeetingRecords>(state: S, resolution: Resolution): { state: S; resolution: Resolution } {
  if (!('meetingId' in resolution) || resolution.meetingId === undefined) return { state, resolution };
  const meeting = meetingOf(state, resolution.meetingId, `${resolutionInWords(resolution)} names a meeting that has not been called`);
  const why = notAnItemBecause(resolution, meeting);
  if (why !== null) {
    throw new DomainError('RESOLUTION_NOT_FOR_MEETING', `${resolutionInWords(resolution)} cannot be an item of ${meetingInWords(meeting)}: ${why}`, { meetingId: meeting.id });
  }
  const listed: Meeting = { ...meeting, resolutionIds: [...meeting.resolutionIds, resolution.id] };
  return {
    state: { ...state, meetings: new Map(state.meetings).set(meeting.id, listed) },
    resolution: withPresent(resolution, listed, meeting.heldOn),
  };
}

function meetingOf(state: MeetingRecords, meetingId: string, words: string): Meeting {
  const meeting = state.meetings.get(meetingId);
  if (!meeting) throw new DomainError('MEETING_NOT_FOUND', words, { meetingId });
  return meeting;
}

/** Why the resolution cannot be an item of the meeting, in words; null when it can. */
function notAnItemBecause(resolution: MeetingResolution, meeting: Meeting): string | null {
  const board = meeting.kind === 'board';
  if ((resolution.procedure === 'board-meeting') !== board) {
    return board ? 'a board meeting decides the directors’ resolutions, not the members’' : 'a general meeting decides the members’ resolutions, not the directors’';
  }
  if (resolution.meetingOn !== meeting.heldOn) return `the resolution is proposed for ${resolution.meetingOn}, not the day of the meeting`;
  if (meeting.adjournments.length > 0) return 'the meeting has been adjourned, and takes no new items';
  return null;
}

/**
 * MA-3: an adjournment moves to the day adjourned to every item not yet voted on at the sitting
 * adjourned (see {@link evolveMeetings}). When there is none, every item was voted on, so decided
 * (passed or failed), at that sitting or an earlier one: there is no business left, and the adjournment
 * would only add an empty sitting. An item not voted on is business left, quorate or not (an inquorate
 * meeting is adjourned). Throws `MEETING_HAS_NO_BUSINESS_LEFT` (details: `meetingId`, `on`: the sitting).
 */
export function checkBusinessLeft(state: MeetingRecords, meetingId: string): void {
  const meeting = meetingOf(state, meetingId, 'no meeting has been called with that reference, so an adjournment cannot be recorded at it');
  const on = currentSitting(meeting);
  if (items(state, meeting).some((item) => item.votes.length === 0 && item.meetingOn === on)) return;
  throw new DomainError(
    'MEETING_HAS_NO_BUSINESS_LEFT',
    { text: 'every item of {meeting} had been voted on by its sitting on {on}, so it has no business left to adjourn', rule: 'MA-3' },
    { meetingId, on, meeting: meetingInWords(meeting) },
  );
}

function items(state: MeetingRecords, meeting: Meeting): MeetingResolution[] {
  return meeting.resolutionIds.map((id) => state.resolutions.get(id) as MeetingResolution);
}

/** The item with the attendance of the meeting's sitting on `on`. */
function withPresent<R extends Resolution>(item: R, meeting: Meeting, on: CalendarDate): R {
  const sitting = meeting.attendance.filter((a) => a.on === on);
  if (item.procedure === 'general-meeting') {
    const present = sitting.flatMap((a) =>
      a.as === 'member' ? [{ memberId: a.member.memberId, capacity: a.capacity, ...(a.actingName ? { actingName: a.actingName } : {}) }] : [],
    );
    return { ...item, present };
  }
  if (item.procedure === 'board-meeting') {
    // MA-2: an interest recorded at an earlier sitting concerns the matter, and holds at this one.
    const earlier = interestedBefore(meeting, item.id, on);
    const present = sitting.flatMap((a) => (a.as === 'director' ? [{ directorId: a.directorId, interested: a.interestedIn.includes(item.id) || earlier.includes(a.directorId) }] : []));
    return { ...item, present, ...(earlier.length > 0 ? { interestedEarlier: earlier } : {}) };
  }
  return item;
}
