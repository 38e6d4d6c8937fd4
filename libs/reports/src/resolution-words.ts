import { formatCount, formatDate } from './format';
import type { NoticeSentWords } from './notice-sent-view';
import type { VotingMethod } from './view-models';

/**
 * Numbers in words as runs: sorted, each repeated number once, three or more consecutive numbers as
 * a range. `[1, 2, 3]` → "1 to 3"; `[3, 5, 8, 9, 10]` → "3, 5 and 8 to 10"; `[8, 9]` → "8 and 9";
 * `[]` → "".
 */
export function numberRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]} to ${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** One share change named by its kind ("allotment", "buy-back") and share number, with whom it is bought from where that is known. */
export interface ShareChangeWords {
  readonly change: string;
  readonly shareNumber: number;
  readonly from?: string;
}

/**
 * Share changes in words, the shares of each kind of change (and, for a purchase, each seller) in
 * runs (see {@link numberRanges}), in the order each kind is first named, joined by "; ":
 * `allotment` of 1…37 → "the allotment of shares 1 to 37"; a buy-back of share 14 from Practice 14
 * and the allotment of share 38 → "the buy-back of share 14 from Practice 14; the allotment of share
 * 38". None → "".
 */
export function shareChangesInWords(changes: readonly ShareChangeWords[]): string {
  const groups = new Map<string, { change: string; from?: string; shares: number[] }>();
  for (const c of changes) {
    const key = JSON.stringify([c.change, c.from ?? null]);
    const group = groups.get(key) ?? { change: c.change, ...(c.from !== undefined ? { from: c.from } : {}), shares: [] };
    group.shares.push(c.shareNumber);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => `the ${g.change} of ${new Set(g.shares).size === 1 ? 'share' : 'shares'} ${numberRanges(g.shares)}${g.from !== undefined ? ` from ${g.from}` : ''}`)
    .join('; ');
}

/** `['A']` → "A"; `['A', 'B', 'C']` → "A, B and C". */
function names(list: readonly string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/**
 * SR-2, CA 2006 s.695: who sells the company the shares a members' resolution approves buying back,
 * and what follows: on a written resolution they are not eligible members and their agreement does
 * not count (s.695(2)); at a meeting the resolution passes only if it would have passed without their
 * votes (s.695(3)). `sellers`: their names, each once. One sentence, ending with a full stop.
 */
export function sellingMemberWords(sellers: readonly string[], procedure: 'written' | 'meeting'): string {
  const many = new Set(sellers).size > 1;
  const who = `${names([...new Set(sellers)])} ${many ? 'sell' : 'sells'} the company the shares bought back`;
  return procedure === 'written'
    ? `${who}: not ${many ? 'eligible members, their agreements do' : 'an eligible member, its agreement does'} not count (CA 2006 s.695(2)).`
    : `${who}: the resolution passes only if it would have passed without ${many ? 'their' : 'its'} votes (CA 2006 s.695(3)).`;
}

/** MA-2: an item of a board meeting for which the directors left out as interested bring the count below the quorum. */
export interface ItemNotQuorateWords {
  /** The item's number on the agenda. */
  readonly item: number;
  readonly counted: number;
  readonly interested: number;
}

/**
 * MA-2 (model articles art. 14): what follows "quorate" for a sitting of a board meeting at which the
 * interested directors bring the count for some items below the quorum, on pages and in the minutes
 * alike: "except for item 1: 1 counted (2 interested) — not quorate"; "" when there is none.
 */
export function notQuorateForWords(items: readonly ItemNotQuorateWords[]): string {
  if (items.length === 0) return '';
  return `except for ${names(items.map((i) => `item ${i.item}: ${formatCount(i.counted)} counted (${formatCount(i.interested)} interested)`))} — not quorate`;
}

/** MA-2: "quorate", then ", except for item 1: … — not quorate" for the items of the sitting whose quorum was not present. */
export function quorateExceptWords(items: readonly ItemNotQuorateWords[]): string {
  const except = notQuorateForWords(items);
  return except === '' ? 'quorate' : `quorate, ${except}`;
}

/** A director who took part in a board decision while acting without a verified identity: the name, the day (ISO) and the day verification was due (ISO). */
export interface UnverifiedDirectorWords {
  readonly name: string;
  readonly on: string;
  readonly verificationDueOn: string;
}

/**
 * EC-3: the warning for a director who took part in a board decision (at a board meeting, or agreeing
 * a written board resolution) while acting without the verified identity that was due, dates in words:
 * "Dr A took part in the board meeting on 30 November 2026 without a verified identity, which was due
 * by 14 September 2026: acting as a director unverified is an offence". Throws `ReportFormatError`
 * (REPORT_BAD_VALUE) on a date that is not a calendar date.
 */
export function unverifiedDirectorWords(u: UnverifiedDirectorWords, procedure: 'written' | 'meeting'): string {
  const how = procedure === 'meeting' ? 'took part in the board meeting' : 'agreed the written board resolution';
  return `${u.name} ${how} on ${formatDate(u.on)} without a verified identity, which was due by ${formatDate(u.verificationDueOn)}: acting as a director unverified is an offence`;
}

/** The count behind a written resolution: the voting rights (or directors) agreeing, those eligible, and the number needed to pass. */
export interface WrittenTally {
  readonly inFavour: number;
  readonly outOf: number;
  readonly needed: number;
}

/**
 * A written resolution's agreements against what it needs (RS-2, RS-4: written resolutions have only
 * agreements, no votes against or abstentions), in one sentence:
 * - `ordinary`: "Agreed by 19 of the 37 eligible members (more than half needed: 19)." (CA 2006 s.282(2));
 * - `special`: "Agreed by 28 of the 37 eligible members (at least 75% needed: 28)." (s.283(2));
 * - `directors`: the directors' written resolution, which every director on the board agrees:
 *   "Agreed by 2 of the 3 directors (all needed: 3).".
 * `perMember`: false where some eligible member has more than one vote: the count is then of votes
 * ("Agreed by members with 19 of the 40 eligible votes (…)").
 */
export function writtenAgreementWords(tally: WrittenTally, of: 'ordinary' | 'special' | 'directors', perMember = true): string {
  const [agreed, outOf, needed] = [formatCount(tally.inFavour), formatCount(tally.outOf), formatCount(tally.needed)];
  if (of === 'directors') return `Agreed by ${agreed} of the ${outOf} directors (all needed: ${needed}).`;
  const threshold = of === 'special' ? 'at least 75% needed' : 'more than half needed';
  const count = perMember ? `${agreed} of the ${outOf} eligible members` : `members with ${agreed} of the ${outOf} eligible votes`;
  return `Agreed by ${count} (${threshold}: ${needed}).`;
}

/** The way the votes were taken, in words after a date or a meeting's name: "on a show of hands", "on a poll", "by a vote of the directors". */
export function votingWords(method: VotingMethod): string {
  return method === 'directors' ? 'by a vote of the directors' : `on a ${method}`;
}

/** A vote's count in a table of votes: "—" for one not counted (an interested director's, MA-2; a selling member's, s.695(3)), which its note says. */
export function votesCell(vote: { readonly votes: number; readonly note?: string | null }): string {
  return vote.note?.includes('not counted') ? '—' : formatCount(vote.votes);
}

/**
 * MT-2 (s.1147): how a general meeting's notice was sent, in words to follow the day it was given:
 * " (posted on 6 March 2026; deemed delivered 48 hours later, not counting weekends and bank holidays)",
 * " (handed over)"; empty when only the day of delivery was recorded. Throws `ReportFormatError` on a day that is
 * not a calendar date.
 */
export function noticeSentInWords(sent: NoticeSentWords | null | undefined): string {
  if (sent === null || sent === undefined) return '';
  if (sent.by === 'hand') return ' (handed over)';
  return ` (${sent.by === 'post' ? 'posted' : 'sent electronically'} on ${formatDate(sent.on)}; deemed delivered 48 hours later, not counting weekends and bank holidays)`;
}
