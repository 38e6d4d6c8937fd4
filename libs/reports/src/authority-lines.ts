import { formatDate } from './format';
import { sellingMemberWords, shareChangesInWords } from './resolution-words';
import type { AuthorisationView, MatterView } from './view-models';

/** s.168(2), s.511, s.312: the row naming the day the company received special notice of a removal resolution. */
export function specialNoticeRow(receivedOn: string): [string, string] {
  return ['Special notice', `Received by the company on ${formatDate(receivedOn)} (s.312)`];
}

/**
 * SH-4, s.696(2): the row naming how the contract for a buy-back the resolution approves was disclosed
 * to members: a copy sent to every eligible member (written), or open to inspection from the day given
 * and at the meeting.
 */
export function contractDisclosureRow(disclosedOn: string, procedure: 'written' | 'meeting'): [string, string] {
  return procedure === 'written'
    ? ['Buy-back contract', `A copy of the contract was sent to every eligible member on ${formatDate(disclosedOn)} (s.696(2)(a))`]
    : ['Buy-back contract', `The contract was available for inspection at the registered office from ${formatDate(disclosedOn)} and at the meeting (s.696(2)(b))`];
}

/** What a resolution is for, in words, where the law gives it a procedure or a duty: the resolution's page, copy and minutes say it alike. */
export const MATTER_WORDS: Readonly<Record<MatterView, string>> = {
  'removal-of-director': 'Removes a director from office (s.168), decided only at a general meeting on special notice',
  'removal-of-auditor': 'Removes an auditor from office (s.510), decided only at a general meeting on special notice',
  'amendment-of-articles': 'Amends the articles (s.21); the articles as amended go to Companies House within 15 days of its passing (s.26)',
  'change-of-objects': "Changes the company's objects (s.21, s.31); it takes effect only once the CIC Regulator approves it, and the articles as amended go to Companies House within 15 days of the approval (s.26)",
};

/** The row saying what a resolution is for ({@link MATTER_WORDS}). */
export function matterRow(matter: MatterView): [string, string] {
  return ['Matter', MATTER_WORDS[matter]];
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
