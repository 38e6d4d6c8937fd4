import { DomainError } from '../errors';
import { directorName } from './board-resolution';
import type { GeneralMeetingResolution, MemberVote } from './general-meeting';
import type { ResolutionResponse } from './governance-events';
import type { Meeting, MemberCapacity, PresentMember } from './meeting';
import { resolutionInWords } from './in-words';
import type { Resolution } from './resolution-outcome';

/**
 * MT-3 / MA-2: a vote at a meeting is cast by someone present at the sitting that decides the item,
 * the way they attend. Where the meeting recorded attendance for that sitting:
 * - a director's vote at a board meeting comes from a director recorded present, and a member's vote
 *   at a general meeting from a member recorded present (in person, by proxy or by corporate
 *   representative); otherwise `VOTER_NOT_PRESENT`;
 * - a member's vote is cast in the capacity the member attends in, by the proxy or representative
 *   named in the attendance (names compared without regard to case or surrounding spaces); otherwise
 *   `VOTE_NOT_AS_ATTENDED`.
 *
 * Where no attendance is recorded for the sitting (a one-item meeting, say), anyone entitled may vote
 * and the votes are the attendance. Other responses, and resolutions not decided at a meeting, pass.
 * Checked when a vote is recorded, before it is written; the ledger's fold does not re-check votes
 * already recorded, so a record that holds one still reads.
 */
export function checkVoteByPresent(resolution: Resolution, response: ResolutionResponse): void {
  if (response.type !== 'vote') return;
  if (resolution.procedure === 'board-meeting') {
    const present = resolution.present ?? [];
    if (present.length > 0 && !present.some((p) => p.directorId === response.voterId)) {
      throw new DomainError(
        'VOTER_NOT_PRESENT',
        { text: '{director} is not recorded present at the board meeting on {meetingOn}, so cannot vote on {resolution}', rule: 'MA-2' },
        { directorId: response.voterId, meetingOn: resolution.meetingOn, director: directorName(resolution.board, response.voterId), resolution: resolutionInWords(resolution) },
      );
    }
    return;
  }
  if (resolution.procedure !== 'general-meeting') return;
  const present = resolution.present ?? [];
  if (present.length === 0) return;
  const attends = present.filter((p) => p.memberId === response.voterId);
  if (attends.length === 0) {
    throw new DomainError(
      'VOTER_NOT_PRESENT',
      { text: '{member} is not recorded present, in person, by proxy or by corporate representative, at the meeting on {meetingOn}, so cannot vote on {resolution}', rule: 'MT-3' },
      { memberId: response.voterId, meetingOn: resolution.meetingOn, member: memberName(resolution, response), resolution: resolutionInWords(resolution) },
    );
  }
  const cast: PresentMember = { memberId: response.voterId, capacity: response.capacity ?? 'in-person', ...(response.actingName !== undefined ? { actingName: response.actingName } : {}) };
  if (!attends.some((a) => sameWay(a, cast))) {
    throw new DomainError(
      'VOTE_NOT_AS_ATTENDED',
      { text: '{member} attends {attendsAs}, and votes that way, not {castAs}', rule: 'MT-3' },
      {
        memberId: response.voterId, meetingOn: resolution.meetingOn, attends: attends.map((a) => ({ capacity: a.capacity, ...(a.actingName ? { actingName: a.actingName } : {}) })),
        member: memberName(resolution, response), attendsAs: attends.map(described).join(' and '), castAs: described(cast),
      },
    );
  }
}

/**
 * MT-3: attendance recorded at a sitting after a member has voted there agrees with the vote. Each
 * vote of a member in `memberIds` on an item decided at a sitting with recorded attendance must be
 * cast the way one of the member's attendances there gives (in person; by the proxy or corporate
 * representative named). Checked on the records with the new attendance folded in, before it is
 * written; throws `VOTE_NOT_AS_ATTENDED`, naming the member, the vote and how the attendance has the
 * member present. A director's attendance at a board meeting records no capacity: nothing to check.
 */
export function checkAttendanceAsVoted(
  records: { readonly meetings: ReadonlyMap<string, Meeting>; readonly resolutions: ReadonlyMap<string, Resolution> },
  meetingId: string,
  memberIds: readonly string[],
): void {
  for (const id of records.meetings.get(meetingId)?.resolutionIds ?? []) {
    const item = records.resolutions.get(id);
    if (item?.procedure !== 'general-meeting') continue;
    for (const v of item.votes.filter((x) => memberIds.includes(x.memberId))) {
      const attends = (item.present ?? []).filter((p) => p.memberId === v.memberId);
      const cast: PresentMember = { memberId: v.memberId, capacity: v.capacity ?? 'in-person', ...(v.actingName !== undefined ? { actingName: v.actingName } : {}) };
      if (attends.length === 0 || attends.some((a) => sameWay(a, cast))) continue;
      const name = item.entitled.find((m) => m.memberId === v.memberId)?.name ?? 'The member';
      throw new DomainError(
        'VOTE_NOT_AS_ATTENDED',
        { text: `{member} ${VOTED[v.vote]} {resolution} {castAs}; attendance {attendsAs} at the sitting of {meetingOn} would contradict that vote`, rule: 'MT-3' },
        {
          memberId: v.memberId, meetingOn: item.meetingOn, voted: { capacity: cast.capacity, ...(cast.actingName ? { actingName: cast.actingName } : {}) },
          member: name, resolution: resolutionInWords(item), castAs: described(cast), attendsAs: attends.map(described).join(' and '),
        },
      );
    }
  }
}

const VOTED = { for: 'voted for', against: 'voted against', abstain: 'abstained on' } as const;

function memberName(resolution: GeneralMeetingResolution, response: ResolutionResponse): string {
  return response.member?.name ?? resolution.entitled.find((m) => m.memberId === response.voterId)?.name ?? 'The member';
}

function sameWay(a: PresentMember, b: PresentMember): boolean {
  return a.capacity === b.capacity && (a.capacity === 'in-person' || sameActingName(a.actingName, b.actingName));
}

/**
 * MT-3: whether two spellings of a proxy's or corporate representative's name name the same person, as
 * a vote is checked against the attendance: without regard to case or to spaces around and between words.
 */
export function sameActingName(a: string | undefined, b: string | undefined): boolean {
  return nameKey(a) === nameKey(b);
}

/**
 * MT-3: the proxy or corporate representative who cast a member's `vote` on `resolution`, named as the
 * attendance recorded at the sitting that decided it names them (`resolution.present`: the member
 * attending in the vote's capacity, by a name that is the vote's but for case and spacing, see
 * {@link sameActingName}); the vote's own spelling where the attendance names nobody so. Absent for a
 * vote in person.
 */
export function actingNameAsAttended(resolution: GeneralMeetingResolution, vote: MemberVote): string | undefined {
  if (vote.capacity === undefined || vote.capacity === 'in-person') return undefined;
  const attended = (resolution.present ?? []).find((p) => p.memberId === vote.memberId && p.capacity === vote.capacity && sameActingName(p.actingName, vote.actingName));
  return attended?.actingName ?? vote.actingName;
}

function nameKey(name: string | undefined): string {
  return (name ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}

const HOW: Record<MemberCapacity, string> = { 'in-person': 'in person', proxy: 'by proxy', 'corporate-representative': 'by corporate representative' };

function described(p: PresentMember): string {
  return p.capacity === 'in-person' ? HOW[p.capacity] : `${HOW[p.capacity]} ${p.actingName?.trim() ?? ''}`.trim();
}
