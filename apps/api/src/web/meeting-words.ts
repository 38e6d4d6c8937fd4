import { sameActingName } from '#domain';
import { notQuorateForWords, quorateExceptWords, sellingMemberWords } from '#reports';
import type { meetingResponse } from '../governance/meeting.mapper';
import type { resolutionResponse } from '../governance/resolution.mapper';
import { inWords } from './view-filters';

type MeetingView = ReturnType<typeof meetingResponse>;
type Sitting = MeetingView['sittings'][number];
type ResolutionView = ReturnType<typeof resolutionResponse>;

/**
 * MT-3, MA-3: the quorum in one phrase, the number needed beside the number counted present at each
 * sitting with attendance recorded, e.g. "2 needed; 3 counted present — quorate" (with "on <day>"
 * after "present" when the meeting sat more than once). MA-2: a quorate sitting of a board meeting
 * names the items for which the interested directors bring the count below the quorum: "2 needed;
 * 3 counted present — quorate, except for item 1: 1 counted (2 interested) — not quorate".
 */
export function quorumWords(quorum: number, sittings: readonly Sitting[]): string {
  const recorded = sittings.filter((s) => s.attendance.length > 0);
  if (recorded.length === 0) return `${quorum} needed; no attendance recorded yet`;
  const each = recorded.map((s) => `${s.present} counted present${recorded.length > 1 || sittings.length > 1 ? ` on ${inWords(s.on)}` : ''} — ${quorateWords(s)}`);
  return `${quorum} needed; ${each.join('; ')}`;
}

/** One sitting's quorum, for its heading: "quorate (3 counted present; 2 needed)", then any items not quorate (MA-2) as in {@link quorumWords}. */
export function sittingQuorumWords(quorum: number, s: Sitting): string {
  if (s.attendance.length === 0) return 'no attendance recorded';
  return `${s.quorate ? 'quorate' : 'not quorate'} (${s.present} counted present; ${quorum} needed)${notQuorateWords(s)}`;
}

/** MA-2: "quorate" or "not quorate" for a sitting, with the items of a quorate one whose quorum was not present: "quorate, except for item 1: …". */
function quorateWords(s: Sitting): string {
  return s.quorate ? quorateExceptWords(s.notQuorateFor) : 'not quorate';
}

/** MA-2: ", except for item 1: 1 counted (2 interested) — not quorate" for a quorate sitting; "" when every item decided then had its quorum. */
function notQuorateWords(s: Sitting): string {
  const except = s.quorate ? notQuorateForWords(s.notQuorateFor) : '';
  return except === '' ? '' : `, ${except}`;
}

/** A way of voting in words, and the order the groups are shown in. */
const VOTE_WORDS = { for: 'For', against: 'Against', abstain: 'Abstained' } as const;

/** The votes on an item in one group: how they voted, and who by name (with who cast it for a member, and a director's interest). */
export interface VoteGroup {
  readonly vote: string;
  readonly voters: readonly string[];
}

/**
 * A resolution's votes at a meeting (a meeting's item, or the resolution's own page) grouped by how they
 * were cast, each voter by name: the director as on the board on the meeting day, the member as on the
 * register at the meeting (MA-1), with the proxy or corporate representative who cast it (MT-3) named as
 * the attendance at the sitting that decided it names them (see `sameActingName`); a director
 * interested in the matter is marked so, and as not counted where the resolution leaves interested
 * directors out (MA-2), and a member selling the company a share whose buy-back it approves as the
 * selling member (SR-2, s.695(3); `sellingMemberWords` says what follows). Words only: which votes
 * count towards the outcome is the outcome's business. `sittings`: the meeting's, none for a
 * resolution decided at a meeting with no record of its own.
 */
export function votesInWords(item: ResolutionView, sittings: readonly Sitting[]): VoteGroup[] {
  const nameOf = new Map<string, string>();
  for (const s of sittings) {
    for (const a of s.attendance) {
      const id = 'directorId' in a ? a.directorId : a.memberId;
      if (id !== undefined && a.name) nameOf.set(id, a.name);
    }
  }
  if ('board' in item) for (const d of item.board) nameOf.set(d.directorId, d.name);
  if ('entitled' in item) for (const m of item.entitled) nameOf.set(m.memberId, m.name);
  if (!('votes' in item)) return [];
  // MA-2: interested directors are left out where the resolution says so (as the articles stood when it was proposed).
  const notCounted = 'interestedDirectorsExcluded' in item && item.interestedDirectorsExcluded === true;
  // SR-2, s.695(3): the holders of the shares whose buy-back the item approves.
  const sellers = new Set('sellers' in item ? item.sellers.map((m) => m.memberId) : []);
  // MT-3: those who attended the sitting that decided it by proxy or corporate representative, by member.
  const attended = sittings.find((s) => s.on === item.meetingOn)?.attendance ?? [];
  const asAttended = (memberId: string, capacity: 'proxy' | 'corporate-representative', name: string): string => {
    for (const a of attended) {
      if (!('memberId' in a) || a.memberId !== memberId || a.capacity !== capacity) continue;
      const recorded = 'proxyName' in a ? a.proxyName : 'representativeName' in a ? a.representativeName : undefined;
      if (recorded !== undefined && sameActingName(recorded, name)) return recorded;
    }
    return name;
  };
  const voters = item.votes.map((v) => {
    const id = 'directorId' in v ? v.directorId : v.memberId;
    const name = nameOf.get(id) ?? ('directorId' in v ? 'a director not on the board that day' : 'a member not on the register that day');
    const how =
      'interested' in v && v.interested ? ` (interested in the matter${notCounted ? ', not counted' : ''})`
      : 'proxyName' in v && v.proxyName ? `, by proxy: ${asAttended(id, 'proxy', v.proxyName)}`
      : 'representativeName' in v && v.representativeName ? `, by its corporate representative ${asAttended(id, 'corporate-representative', v.representativeName)}`
      : '';
    const seller = sellers.has(id) ? ' (the selling member)' : '';
    return { vote: v.vote, who: `${name}${how}${seller}` };
  });
  return (Object.keys(VOTE_WORDS) as (keyof typeof VOTE_WORDS)[])
    .map((vote) => ({ vote: VOTE_WORDS[vote], voters: voters.filter((v) => v.vote === vote).map((v) => v.who) }))
    .filter((g) => g.voters.length > 0);
}

/**
 * SR-2, s.695: what the page says of a members' resolution approving a buy-back, in the copy PDF's
 * words (`sellingMemberWords`): who sells, and that a written resolution's seller is not an eligible
 * member (s.695(2)), or that a meeting's item passes only without the seller's votes (s.695(3)),
 * under the heading "Selling member" (or "Selling members" when more than one sells); null when it
 * approves none.
 */
export function sellersOnPage(r: ResolutionView): { readonly heading: string; readonly words: string } | null {
  if (!('sellers' in r) || r.sellers.length === 0) return null;
  return { heading: r.sellers.length > 1 ? 'Selling members' : 'Selling member', words: sellingMemberWords(r.sellers.map((m) => m.name), r.procedure) };
}

