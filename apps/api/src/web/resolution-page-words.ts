import { writtenAgreementWords } from '#reports';
import type { meetingResponse } from '../governance/meeting.mapper';
import type { resolutionResponse } from '../governance/resolution.mapper';

type ResolutionView = ReturnType<typeof resolutionResponse>;
type Sitting = ReturnType<typeof meetingResponse>['sittings'][number];

/**
 * RS-2, RS-4: a written resolution's agreements against what it needs, in the copy PDF's words
 * (`writtenAgreementWords`): "Agreed by 19 of the 37 eligible members (more than half needed: 19)."
 * for the members (counted in votes where some member has more than one), "Agreed by 2 of the 3
 * directors (all needed: 3)." for the board; null for a resolution decided at a meeting, or with no tally.
 */
export function agreementWordsOnPage(r: ResolutionView): string | null {
  const tally = r.outcome.tally;
  if (r.procedure !== 'written' || tally === null) return null;
  if (r.kind === 'board') return writtenAgreementWords(tally, 'directors');
  return writtenAgreementWords(tally, r.type, 'eligible' in r ? r.eligible.every((m) => m.votes === 1) : true);
}

/**
 * MT-3, MA-2: a meeting's resolution that reads failed for want of a quorum only because nothing of
 * the meeting has been entered yet: no vote on it, and no attendance at the sitting that decides it
 * (the attendance and votes are entered after the meeting). The meeting's page says "no attendance
 * recorded yet" of it; so does the resolution's. `sittings`: the meeting's, none for a resolution
 * decided at a meeting with no record of its own.
 */
export function awaitsAttendance(r: ResolutionView, sittings: readonly Sitting[]): boolean {
  if (r.procedure !== 'meeting' || r.outcome.status !== 'failed' || r.outcome.failedBecause !== 'quorum-not-met') return false;
  if ('votes' in r && r.votes.length > 0) return false;
  return !sittings.some((s) => s.on === r.meetingOn && s.attendance.length > 0);
}
