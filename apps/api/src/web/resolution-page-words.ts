import type { Attendance } from '#domain';
import { writtenAgreementWords } from '#reports';
import type { resolutionResponse } from '../governance/resolution.mapper';

type ResolutionView = ReturnType<typeof resolutionResponse>;

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
 * MT-3: the members a general meeting's item's page offers to record a vote for, who have not yet voted.
 * Once attendance is recorded for the sitting that decides it (`attendance`: the meeting's record, not the
 * voters a one-item meeting shows as present), only the members recorded there in person (a member
 * attending by proxy or corporate representative votes on the meeting's page, which asks for the name;
 * `fromAttendance` true); before, every member entitled. The others would be refused
 * (`VOTER_NOT_PRESENT`, `VOTE_NOT_AS_ATTENDED`). Null for any other resolution.
 */
export function membersToVote(r: ResolutionView, attendance: readonly Attendance[]): { choices: { value: string; text: string }[]; fromAttendance: boolean } | null {
  if (r.procedure !== 'meeting' || !('entitled' in r)) return null;
  const present = attendance.flatMap((a) => (a.as === 'member' && a.on === r.meetingOn ? [a] : []));
  const voted = new Set(r.votes.map((v) => v.memberId));
  const members = present.length === 0 ? r.entitled : present.filter((a) => a.capacity === 'in-person').map((a) => a.member);
  return { choices: members.filter((m) => !voted.has(m.memberId)).map((m) => ({ value: m.memberId, text: m.name })), fromAttendance: present.length > 0 };
}
