import type { RefusalWording } from '../errors';

/**
 * A resolution named in words for a message: "the resolution “THAT …”", its text in full up to 80
 * characters, otherwise cut at a word with an ellipsis. Messages name records so, never by id.
 */
export function resolutionInWords(resolution: { readonly text: string }): string {
  const flat = resolution.text.trim().replace(/\s+/g, ' ');
  if (flat.length <= 80) return `the resolution “${flat}”`;
  const space = flat.lastIndexOf(' ', 80);
  return `the resolution “${flat.slice(0, space > 40 ? space : 80)}…”`;
}

/** A meeting's kind in words, as messages name it: "board meeting", "annual general meeting". */
export const MEETING_KIND_IN_WORDS = { board: 'board meeting', general: 'general meeting', 'annual-general': 'annual general meeting' } as const;

/**
 * A meeting named in words for a message, by its kind and the day it was called for: "the board
 * meeting on 2024-10-21", "the annual general meeting on 2025-06-30".
 */
export function meetingInWords(meeting: { readonly kind: keyof typeof MEETING_KIND_IN_WORDS; readonly heldOn: string }): string {
  return `the ${MEETING_KIND_IN_WORDS[meeting.kind]} on ${meeting.heldOn}`;
}

/** The name the register of members gives a member on any day, or undefined when no member has that reference. */
export type MemberNames = (memberId: string) => string | undefined;

/**
 * Why a member is not among those who may respond to a resolution, as a refusal's wording naming them:
 * `why`, whose `{member}` is the member's name, given in the returned `member` (a detail of the
 * refusal); with `names` to look them up and none found, "there is no member with that reference"
 * and no name; without `names`, "the member".
 */
export function memberNamedWhy(memberId: string, names: MemberNames | undefined, why: RefusalWording): { readonly wording: RefusalWording; readonly member?: string } {
  const name = names === undefined ? 'the member' : names(memberId);
  return name === undefined ? { wording: { text: 'there is no member with that reference' } } : { wording: why, member: name };
}
