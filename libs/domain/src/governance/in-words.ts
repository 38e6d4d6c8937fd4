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
