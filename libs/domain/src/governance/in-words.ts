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

const MEETING_KIND_IN_WORDS = { board: 'board meeting', general: 'general meeting', 'annual-general': 'annual general meeting' } as const;

/**
 * A meeting named in words for a message, by its kind and the day it was called for: "the board
 * meeting on 2024-10-21", "the annual general meeting on 2025-06-30".
 */
export function meetingInWords(meeting: { readonly kind: keyof typeof MEETING_KIND_IN_WORDS; readonly heldOn: string }): string {
  return `the ${MEETING_KIND_IN_WORDS[meeting.kind]} on ${meeting.heldOn}`;
}
