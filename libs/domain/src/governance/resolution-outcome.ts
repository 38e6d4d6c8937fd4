import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import {
  boardMeetingOutcome,
  boardWrittenOutcome,
  type BoardMeetingResolution,
  type BoardWrittenResolution,
} from './board-resolution';
import { generalMeetingOutcome, type GeneralMeetingResolution } from './general-meeting';
import type { ShareEventAuthority } from './governance-settings';
import type { ResolutionOutcome } from './resolution';
import { writtenResolutionOutcome, type MembersWrittenResolution } from './written-resolution';

/** Any resolution the company records: the members' or the board's, in writing or at a meeting. */
export type Resolution = MembersWrittenResolution | GeneralMeetingResolution | BoardMeetingResolution | BoardWrittenResolution;

/** The outcome of any resolution as at the end of `asAt` (see each procedure's outcome function). */
export function resolutionOutcome(resolution: Resolution, asAt: CalendarDate): ResolutionOutcome {
  switch (resolution.procedure) {
    case 'members-written':
      return writtenResolutionOutcome(resolution, asAt);
    case 'general-meeting':
      return generalMeetingOutcome(resolution, asAt);
    case 'board-meeting':
      return boardMeetingOutcome(resolution, asAt);
    case 'board-written':
      return boardWrittenOutcome(resolution, asAt);
  }
}

/**
 * RS-1: the resolution's record as it stood at the end of `asAt`, for a page or a copy as at that day:
 * a written resolution's agreements dated on or before it; a meeting's votes and attendance only once
 * the sitting that decides it has come, and a general meeting's adjournments only those made by then
 * (before the first, its day is the one it was first put to), and before its day only the agreements to
 * short notice dated by then (s.307(4)). {@link resolutionOutcome} as at `asAt`
 * counts nothing later either, so it gives the same outcome for this record as for the whole one.
 * Whatever else `resolution` carries (a reference, say) is kept.
 */
export function resolutionAsAt<R extends Resolution>(resolution: R, asAt: CalendarDate): R {
  const byThen = (on: CalendarDate) => compareDates(on, asAt) <= 0;
  const r: Resolution = resolution;
  switch (r.procedure) {
    case 'members-written':
    case 'board-written':
      return { ...resolution, agreements: r.agreements.filter((a) => byThen(a.agreedOn)) };
    case 'board-meeting':
      return byThen(r.meetingOn) ? resolution : { ...resolution, votes: [], present: [] };
    case 'general-meeting': {
      if (byThen(r.meetingOn)) return resolution;
      const adjournedFrom = r.adjournedFrom ?? [];
      const made = adjournedFrom.filter(byThen);
      const meetingOn = adjournedFrom[made.length] ?? r.meetingOn;
      // s.307(4): agreement to short notice is given by the meeting day at the latest, so before it only those dated by then count.
      const later = new Set((r.shortNoticeAgreedOn ?? []).filter((a) => !byThen(a.agreedOn)).map((a) => a.memberId));
      const agreements = later.size === 0 ? {} : { shortNoticeAgreedBy: r.shortNoticeAgreedBy.filter((id) => !later.has(id)), shortNoticeAgreedOn: r.shortNoticeAgreedOn!.filter((a) => byThen(a.agreedOn)) };
      return { ...resolution, meetingOn, votes: [], present: [], ...agreements, ...(r.adjournedFrom === undefined ? {} : { adjournedFrom: made }) };
    }
  }
}

/** The authority a resolution gives once passed: the board's, or the members' by ordinary or special resolution. */
export function authorityOf(resolution: Resolution): Exclude<ShareEventAuthority, 'none'> {
  switch (resolution.procedure) {
    case 'board-meeting':
    case 'board-written':
      return 'board';
    case 'members-written':
    case 'general-meeting':
      return resolution.kind === 'special' ? 'members-special' : 'members-ordinary';
  }
}
