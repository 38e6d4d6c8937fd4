import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { MEETING_KIND_IN_WORDS, meetingInWords, resolutionInWords } from './in-words';
import { interestedBefore, sittings, type DirectorAttendance, type Meeting } from './meeting';
import type { Resolution } from './resolution-outcome';

/**
 * MA-2 (model articles art. 14): a director present at a sitting of a board meeting declares, during
 * the meeting and before the items are voted on, an interest in items of it that the attendance did
 * not name. `on` is the day of the sitting (the meeting day or a day it was adjourned to) that takes
 * the items; `resolutionIds` are items (resolution ids) of the meeting.
 */
export interface InterestDeclaration {
  readonly on: CalendarDate;
  readonly directorId: string;
  readonly resolutionIds: readonly string[];
}

/**
 * MA-2: the meeting with the director's attendance at the sitting of `declaration.on` interested in the
 * items declared, exactly as if the attendance had named them; each item's quorum and votes are then
 * counted by the rules for interested directors. Checked against `resolutions` (the items as they
 * stand). Throws:
 * - `ATTENDANCE_NOT_FOR_MEETING`: not a board meeting, a day the meeting does not sit, a resolution
 *   that is not an item of the meeting, or an item taken at a later sitting than the declaration;
 * - `ATTENDANCE_NOT_RECORDED`: no attendance is recorded yet at that sitting;
 * - `DIRECTOR_NOT_PRESENT`: the director is not recorded present at that sitting;
 * - `INTEREST_DECLARED_AFTER_VOTE`: the director has already voted on the item (so too a director not
 *   listed present who voted on it before the attendance was recorded), or the item was decided at an
 *   earlier sitting: an interest declared after the vote changes nothing;
 * - `INTEREST_ALREADY_DECLARED`: the director is already recorded as interested in the item (by the
 *   attendance or an earlier declaration, at this sitting or an earlier one of the meeting: the
 *   interest concerns the matter), or the declaration names it twice.
 */
export function declareInterest(meeting: Meeting, resolutions: ReadonlyMap<string, Resolution>, declaration: InterestDeclaration): Meeting {
  const { on, directorId } = declaration;
  const details = { meetingId: meeting.id, directorId };
  const notFor = (why: string, more: object = {}): never => {
    throw new DomainError('ATTENDANCE_NOT_FOR_MEETING', why, { ...details, ...more });
  };
  if (meeting.kind !== 'board') notFor(`a declaration of a director’s interest is recorded at a board meeting, not at ${meetingInWords(meeting)}`);
  const days = sittings(meeting);
  if (!days.includes(on)) throw notASitting(meeting, on, details);
  const sitting = meeting.attendance.filter((a) => a.on === on);
  if (sitting.length === 0) {
    throw new DomainError('ATTENDANCE_NOT_RECORDED', `no attendance is recorded yet at the sitting of ${on} of ${meetingInWords(meeting)}; record who was present before a declaration of interest (MA-2)`, { ...details, on });
  }
  const index = meeting.attendance.findIndex((a) => a.on === on && a.as === 'director' && a.directorId === directorId);
  const present = meeting.attendance[index] as DirectorAttendance | undefined;
  if (present === undefined) {
    // A director who voted on an item is taken as present by the vote: the declaration comes too late for it.
    const votedOn = declaration.resolutionIds.find((id) => {
      const item = resolutions.get(id);
      return item?.procedure === 'board-meeting' && item.votes.some((v) => v.directorId === directorId);
    });
    if (votedOn !== undefined) {
      const n = meeting.resolutionIds.indexOf(votedOn) + 1;
      throw new DomainError('INTEREST_DECLARED_AFTER_VOTE', `item ${n}, ${resolutionInWords(resolutions.get(votedOn)!)}: the director has already voted on it; an interest declared after the vote changes nothing (MA-2)`, { ...details, resolutionId: votedOn, item: n });
    }
    throw new DomainError('DIRECTOR_NOT_PRESENT', `the director is not recorded present at the sitting of ${on} of ${meetingInWords(meeting)}, so cannot declare an interest in its items (MA-2)`, { ...details, on });
  }
  const seen = new Set<string>();
  for (const id of declaration.resolutionIds) {
    const item = resolutions.get(id);
    const n = meeting.resolutionIds.indexOf(id) + 1;
    if (n === 0 || item === undefined || item.procedure !== 'board-meeting') notFor(`a director can be interested only in an item of ${meetingInWords(meeting)}`, { resolutionId: id });
    if (item === undefined || item.procedure !== 'board-meeting') continue;
    const taken = compareDates(item.meetingOn, on);
    if (taken > 0) notFor(`item ${n}, ${resolutionInWords(item)}, is taken at the sitting of ${item.meetingOn}, not ${on}`, { resolutionId: id, item: n });
    const voted = item.votes.some((v) => v.directorId === directorId);
    if (voted || taken < 0) {
      const why = voted ? `${present.name} has already voted on it` : `it was decided at the sitting of ${item.meetingOn}`;
      throw new DomainError('INTEREST_DECLARED_AFTER_VOTE', `item ${n}, ${resolutionInWords(item)}: ${why}; an interest declared after the vote changes nothing (MA-2)`, { ...details, resolutionId: id, item: n });
    }
    if (seen.has(id) || present.interestedIn.includes(id) || interestedBefore(meeting, id, on).includes(directorId)) {
      throw new DomainError('INTEREST_ALREADY_DECLARED', `${present.name} is already recorded as interested in item ${n}, ${resolutionInWords(item)} (MA-2)`, { ...details, resolutionId: id, item: n });
    }
    seen.add(id);
  }
  const attendance = [...meeting.attendance];
  attendance[index] = { ...present, interestedIn: [...present.interestedIn, ...declaration.resolutionIds] };
  return { ...meeting, attendance };
}

/**
 * MA-2: a declaration dated on a day the meeting did not sit, in words that say so plainly: before the
 * meeting's day, that the meeting had not yet sat that day; otherwise that it did not sit that day;
 * each naming the days it sat (details `sitting1`, `sitting2`, … and `sittings`). Beside `declaredOn`.
 */
function notASitting(meeting: Meeting, on: CalendarDate, details: object): DomainError {
  const days = sittings(meeting);
  const named = days.map((_, i) => `{sitting${i + 1}}`);
  const sat = named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} and ${named.at(-1)!}`;
  const kind = MEETING_KIND_IN_WORDS[meeting.kind];
  const text =
    compareDates(on, meeting.heldOn) < 0
      ? `the ${kind} had not yet sat on {declaredOn}: ${days.length === 1 ? 'the meeting’s day is' : 'it sat on'} ${sat}; an interest is declared at a sitting of the meeting`
      : `the ${kind} did not sit on {declaredOn}: it sat on ${sat}; an interest is declared at a sitting of the meeting`;
  const each = Object.fromEntries(days.map((day, i) => [`sitting${i + 1}`, day]));
  return new DomainError('ATTENDANCE_NOT_FOR_MEETING', { text, rule: 'MA-2' }, { ...details, field: 'declaredOn', declaredOn: on, sittings: days, ...each });
}
