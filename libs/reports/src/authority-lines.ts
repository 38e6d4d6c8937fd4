import type { AuthorisationView } from './view-models';

/** The heading of each EC-3 warning, as the resolution and meeting pages head theirs. */
export const UNVERIFIED_DIRECTOR_HEADING = 'Director acting without verified identity';

/**
 * What a resolution authorises, as label–value rows: "Authorises", in the resolution page's words
 * ("buy-back of share 14 from Practice 14; allotment of share 38"), then for each buy-back's selling
 * member (SR-2, s.695) that on a written resolution they were not an eligible member (s.695(2)), or at a
 * meeting that it passes only if it would have passed without their votes (s.695(3)). No rows when it authorises nothing.
 */
export function authorityRows(authorises: readonly AuthorisationView[], procedure: 'written' | 'meeting'): [string, string][] {
  if (authorises.length === 0) return [];
  const words = authorises.map((a) => `${a.action} of share ${a.shareNumber}${a.action === 'buy-back' && a.seller !== undefined ? ` from ${a.seller}` : ''}`);
  const rows: [string, string][] = [['Authorises', words.join('; ')]];
  for (const a of authorises) {
    if (a.action !== 'buy-back' || a.seller === undefined) continue;
    const seller = `${a.seller} (share ${a.shareNumber})`;
    rows.push(['Selling member', procedure === 'written' ? `${seller} was not an eligible member (s.695(2))` : `It passes only if it would have passed without the votes of ${seller} (s.695(3))`]);
  }
  return rows;
}
