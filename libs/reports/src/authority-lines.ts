import { formatDate } from './format';
import { sellingMemberWords, shareChangesInWords } from './resolution-words';
import type { AuthorisationView } from './view-models';

/** s.168(2), s.511, s.312: the row naming the day the company received special notice of a removal resolution. */
export function specialNoticeRow(receivedOn: string): [string, string] {
  return ['Special notice', `Received by the company on ${formatDate(receivedOn)} (s.312)`];
}

/** The heading of each EC-3 warning, as the resolution and meeting pages head theirs. */
export const UNVERIFIED_DIRECTOR_HEADING = 'Director acting without verified identity';

/**
 * What a resolution authorises, as label–value rows: "Authorises", in the resolution page's words
 * ("the buy-back of share 14 from Practice 14; the allotment of shares 38 to 40", see
 * {@link shareChangesInWords}), then, where it approves a buy-back, the selling members in the
 * page's words (SR-2, s.695; see {@link sellingMemberWords}). No rows when it authorises nothing.
 */
export function authorityRows(authorises: readonly AuthorisationView[], procedure: 'written' | 'meeting'): [string, string][] {
  if (authorises.length === 0) return [];
  const rows: [string, string][] = [['Authorises', shareChangesInWords(authorises.map((a) => ({ change: a.action, shareNumber: a.shareNumber, ...(a.seller !== undefined ? { from: a.seller } : {}) })))]];
  const sellers = [...new Set(authorises.flatMap((a) => (a.action === 'buy-back' && a.seller !== undefined ? [a.seller] : [])))];
  if (sellers.length > 0) rows.push([sellers.length > 1 ? 'Selling members' : 'Selling member', sellingMemberWords(sellers, procedure)]);
  return rows;
}
