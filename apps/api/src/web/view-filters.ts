import { formatDate, formatMoney, jointHolderNames, MATTER_WORDS, noticeSentInWords, shareChangesInWords, unverifiedDirectorWords, type UnverifiedDirectorWords } from '#reports';
import type { InspectionRequestAnswered, PracticeClosureReason, ResolutionOutcome } from '#domain';
import { dutyWords } from './duty-words';
import { entryWords } from './entry-words';
import { keptAsTyped, keptChoice } from './kept-values';
import { today } from '../common/today';
import { FAILED_BECAUSE } from '../reports/governance-views';

export { FAILED_BECAUSE };

/** Small formatting filters the page templates use. */
export const viewFilters: Record<string, (...args: never[]) => unknown> = {
  /** A duty kind in plain words: "ap01" → "Tell Companies House a director was appointed". */
  dutyWords,
  /** A ledger entry's kind in words: "share.transfer" → "Share transferred". */
  entryWords,
  /** An input's options, a date that is no real date shown as typed (form-controls.njk; kept-values.ts). */
  keptAsTyped,
  /** A select's options, the value chosen kept when the list does not offer it (form-controls.njk; kept-values.ts). */
  keptChoice,
  /** How a request to inspect or copy the register was answered (IN-3), in words: "applied-to-court" → "Applied to the court". */
  answerWords: (answer: string | null | undefined) => (answer ? ((INSPECTION_ANSWERS as Record<string, string>)[answer] ?? answer.replaceAll('-', ' ')) : ''),
  /** Why a resolution failed, in words: "quorum-not-met" → "the meeting was not quorate". */
  whyFailed: (reason: string | null | undefined) => (reason ? ((FAILED_BECAUSE as Record<string, string>)[reason] ?? reason.replaceAll('-', ' ')) : ''),
  /**
   * Where a resolution stands, in words: "passed", "open", "lapsed", "failed"; a meeting's item with
   * no vote entered yet reads "no votes recorded yet", not "failed" (the votes are entered after the meeting).
   */
  outcomeWords: (outcome: Pick<ResolutionOutcome, 'status' | 'failedBecause' | 'tally'> | null | undefined) =>
    !outcome ? '' : noVotesYet(outcome) ? 'no votes recorded yet' : outcome.status,
  /**
   * The share changes a resolution authorises, in words, as its copy PDF gives them: `[{action:
   * "cancellation", shareNumber: 14, reason: "buy-back"}]` → "the buy-back of share 14" (SR-2); the
   * shares of each change in runs, "the allotment of shares 1 to 37" (see `shareChangesInWords`); none → "".
   */
  shareChanges: (authorises: readonly { action: string; shareNumber: number; reason?: string }[] | null | undefined) =>
    shareChangesInWords((authorises ?? []).map((a) => ({ change: a.reason === 'buy-back' ? 'buy-back' : a.action, shareNumber: a.shareNumber }))),
  /**
   * What a members' resolution is for, as its copy PDF and minutes say it: "removal-of-director" →
   * "Removes a director from office (s.168), …", "amendment-of-articles" → "Amends the articles (s.21); …";
   * "general" or none → "".
   */
  matterWords: (matter: string | null | undefined) => (matter != null && Object.hasOwn(MATTER_WORDS, matter) ? MATTER_WORDS[matter as keyof typeof MATTER_WORDS] : ''),
  /**
   * EC-3: the warning for a director who took part in a board decision unverified, dates in words, as
   * the PDFs give it: "… took part in the board meeting on 30 November 2026 …". `procedure`: the
   * resolution's, "meeting" or "written".
   */
  unverifiedWords: (u: UnverifiedDirectorWords | null | undefined, procedure: 'written' | 'meeting') => (u ? unverifiedDirectorWords(u, procedure) : ''),
  /**
   * RM-2 (s.113(5)): every joint holder of an entry, as the register's PDF and CSV name them: the
   * first-named holder first and marked ("Dr A (first-named holder); Dr B"); "" for a sole holder.
   */
  jointHolders: (firstNamed: string | null | undefined, others: readonly string[] | null | undefined) => jointHolderNames(firstNamed ?? '', others ?? []),
  /** A role in words: "board" → "Board member". */
  roleWords: (role: string | null | undefined) => (role ? (ROLES[role] ?? role) : ''),
  /** Why a practice ceased, in words: "contract-ended" → "its GP contract ended". */
  closureWords: (reason: string | null | undefined) => (reason ? ((CLOSURE_REASONS as Record<string, string>)[reason] ?? reason.replaceAll('-', ' ')) : ''),
  /** EC-3, s.163: a month of birth as the public register gives it, as the officers PDF does: "1975-04" → "April 1975"; anything else as it is. */
  monthYear: (month: string | null | undefined) => (month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? inWords(`${month}-01`).replace(/^1 /, '') : (month ?? '')),
  /** An accounting reference date (s.391) in words: `{day: 30, month: 9}` → "30 September"; none → "". */
  dayMonth: (d: { day: number; month: number } | null | undefined) =>
    d && Number.isInteger(d.month) && d.month >= 1 && d.month <= 12 ? `${d.day} ${inWords(`2000-${String(d.month).padStart(2, '0')}-01`).split(' ')[1]}` : '',
  /**
   * A calendar date in words, as the PDFs and warnings give it (`formatDate`): "2026-11-20" → "20
   * November 2026"; none → ""; anything not a calendar date as it is. Form inputs' values and
   * machine-readable attributes keep the ISO date.
   */
  dateWords: inWords,
  /** MT-2 (s.1147): how a notice was sent, to follow the day it was given: " (posted on 6 March 2026; deemed delivered 48 hours later, …)"; none → "". */
  noticeSentWords: noticeSentInWords,
  /**
   * CI-6: a change of the objects' standing with the CIC Regulator in words: "Waiting for the CIC
   * Regulator's decision", "Approved by the CIC Regulator on 3 March 2026", "Refused by the CIC Regulator
   * on …", with the note recorded after a dash; none → "".
   */
  regulatorWords: (r: { status: string; decidedOn: string | null; note?: string } | null | undefined) => {
    if (!r) return '';
    const words = r.status === 'awaiting-regulator' || r.decidedOn === null ? "Waiting for the CIC Regulator's decision" : `${r.status === 'approved' ? 'Approved' : 'Refused'} by the CIC Regulator on ${inWords(r.decidedOn)}`;
    return r.note ? `${words} — ${r.note}` : words;
  },
  /** Whether a calendar date (`YYYY-MM-DD`) is after today, the date in England. */
  afterToday: (day: string | null | undefined) => typeof day === 'string' && day > today(),
  /** A message of the domain's, its ISO dates in words: see `datesInWords`. */
  datesInWords,
  /** Pence as pounds with thousands separated (`formatMoney`, as the PDFs give it): 100 → "£1.00", 4500000 → "£45,000.00". */
  pounds: (pence: number | null | undefined) => (pence === null || pence === undefined ? '' : formatMoney(pence)),
  /** An ISO instant, its day in words: "2026-11-30T07:15:00Z" → "30 November 2026, 07:15 UTC". */
  instant: (iso: string | null | undefined) => (iso ? `${inWords(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC` : ''),
  /**
   * Whether a table cell's text (HTML, its tags skipped) has a word too long to keep whole in a column
   * (over {@link LONG_WORD} characters with no space): such a cell may break anywhere, others only
   * between words (app.css, `app-long-word`).
   */
  longWord: (html: unknown) => hasLongWord(String(html ?? '')),
  /**
   * Whether a select's items offer anything to choose: an item with a value besides the empty
   * "Choose…" one. A form whose only choice is empty (no practice can receive a share) leaves out its
   * button as well as the select (practice-choice.njk, transfers.njk).
   */
  hasChoice: (items: readonly { readonly value?: unknown }[] | null | undefined) => (items ?? []).some((item) => item.value !== '' && item.value !== undefined),
  /** A long hash shortened for a table, the whole in a title. */
  short: (hash: string | null | undefined) => (hash ? `${hash.slice(0, 12)}…` : ''),
  /** Query string of a link that keeps the page's other parameters. */
  query: (params: Record<string, string | number | null | undefined>) =>
    new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]): [string, string] => [k, String(v)])).toString(),
};

/** A calendar date in words (`formatDate`, as the PDFs give it): "2026-11-20" → "20 November 2026"; none → ""; anything not a calendar date as it is. */
export function inWords(date: string | null | undefined): string {
  if (!date) return '';
  try {
    return formatDate(date);
  } catch {
    return date;
  }
}

/**
 * A sentence of the domain's or the API's, which give dates as ISO, with each calendar date in words
 * (see {@link inWords}): "… left it on 2026-04-01" → "… left it on 1 April 2026".
 */
export function datesInWords(text: string | null | undefined): string {
  return (text ?? '').replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => inWords(date));
}

/** The longest word, in characters, a table column keeps whole on a wide screen: a longer one (an unbroken name, an email address) may break anywhere. */
export const LONG_WORD = 20;

function hasLongWord(html: string): boolean {
  return html.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, '_').split(/\s+/).some((word) => [...word].length > LONG_WORD);
}

/** A meeting's item held, quorate, but with no vote (for, against or abstaining) entered. */
function noVotesYet(outcome: Pick<ResolutionOutcome, 'status' | 'failedBecause' | 'tally'>): boolean {
  const tally = outcome.tally;
  return outcome.status === 'failed' && outcome.failedBecause === 'majority-not-reached' && tally !== null && tally.inFavour + tally.against + tally.abstaining === 0;
}

/** The roles a person signs in with, as the access page describes them. */
const ROLES: Readonly<Record<string, string>> = { secretary: 'Company secretary', board: 'Board member', auditor: 'Auditor' };

/** Why a practice left the borough's list (RM-1), as the closure form puts it. */
export const CLOSURE_REASONS: Readonly<Record<PracticeClosureReason, string>> = {
  closed: 'closed',
  merged: 'merged into another practice',
  'contract-ended': 'its GP contract ended',
};


/** The answers the domain records to a request to inspect or copy the register (IN-3: comply, or apply to the court; IN-2: not a valid request). */
export const INSPECTION_ANSWERS: Readonly<Record<InspectionRequestAnswered['answer'], string>> = {
  complied: 'Complied: inspected or copy sent',
  'applied-to-court': 'Applied to the court (not a proper purpose)',
  'invalid-request': 'Not a valid request',
};
