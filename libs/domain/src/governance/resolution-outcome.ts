import type { CalendarDate } from '../calendar/calendar-date';
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
