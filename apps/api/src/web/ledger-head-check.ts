import type { ChainHead } from '#domain';
import { AppError } from '../common/app-error';
import { VerifyQuery } from '../ledger/dto/verify.query';
import type { VerificationSummary } from './web-session';
import type { LedgerVerification } from '../ledger/ledger.service';
import { asDto, filled, wholeNumber, type FieldError } from './web-page';

/**
 * The ledger page's "Check a head you wrote down earlier": an entry number and its hash, as an auditor
 * noted them from this page's checkpoint, an export or a report's footer, checked with the API's
 * `verify?knownSequence=&knownHash=` (the same DTO, the same service call), and the answer in words.
 */

/** The form's fields as typed (`GET /ledger/check?entry=&hash=`). */
export interface HeadTyped {
  readonly entry?: string;
  readonly hash?: string;
}

/** The form field of each of the DTO's. */
const FIELD_OF: Readonly<Record<string, 'entry' | 'hash'>> = { knownSequence: 'entry', knownHash: 'hash' };

/** A hash as written down: spaces and line breaks between its digits dropped, capitals read as small letters. */
function hashOf(typed: string | undefined): string | undefined {
  const text = filled(typed);
  return text === undefined ? undefined : text.replace(/\s+/g, '').toLowerCase();
}

/** What the form says beside a field it cannot use, in words. */
function fieldWords(field: 'entry' | 'hash', typed: HeadTyped): string {
  if (field === 'entry') {
    return filled(typed.entry) === undefined
      ? 'Enter the entry number you wrote down'
      : 'The entry number must be a whole number from 1, such as 12: the No. column of the ledger';
  }
  const hash = hashOf(typed.hash);
  if (hash === undefined) return 'Enter the hash you wrote down';
  if (/[^0-9a-f]/.test(hash)) return 'The hash must be 64 characters, each a digit 0 to 9 or a letter a to f: this one has other characters';
  return `The hash must be 64 characters, each a digit 0 to 9 or a letter a to f: this one has ${hash.length}`;
}

/**
 * The head the form names, checked by the API's own `VerifyQuery`. Both fields are needed.
 * @returns the head, or the problems beside each field (with the values as typed kept by the caller).
 */
export async function headAsked(typed: HeadTyped): Promise<{ head: ChainHead } | { errors: FieldError[] }> {
  const plain = { knownSequence: wholeNumber(typed.entry), knownHash: hashOf(typed.hash) };
  const refused = new Set<'entry' | 'hash'>();
  if (plain.knownSequence === undefined) refused.add('entry');
  if (plain.knownHash === undefined) refused.add('hash');
  try {
    const dto = await asDto(VerifyQuery, plain);
    if (refused.size === 0 && dto.knownSequence !== undefined && dto.knownHash !== undefined) return { head: { sequence: dto.knownSequence, hash: dto.knownHash } };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'VALIDATION_FAILED' || !Array.isArray(error.details)) throw error;
    for (const d of error.details as { field: string }[]) refused.add(FIELD_OF[d.field] ?? 'entry');
  }
  const errors = (['entry', 'hash'] as const).filter((f) => refused.has(f)).map((field) => ({ field, text: fieldWords(field, typed), href: `#${field}` }));
  return { errors };
}

/** The answer to a head checked: whether the ledger still holds it, in words. */
export interface HeadAnswer {
  /** The ledger holds the entry with that hash, and nothing at or before it fails to verify. */
  readonly held: boolean;
  readonly heading: string;
  readonly lines: readonly string[];
}

/** What is wrong with a ledger that does not verify, in words. */
export function problemOf(result: LedgerVerification): string | null {
  if (!result.valid && 'firstBreak' in result) {
    const b = result.firstBreak;
    if (b.reason === 'sequence-gap') return `Entry ${b.expectedSequence} is missing: the next entry is ${b.sequence}`;
    if (b.reason === 'previous-hash-mismatch') return `Entry ${b.sequence} does not link to the entry before it: that entry was changed or removed`;
    return `Entry ${b.sequence} was changed after it was recorded: its content no longer matches its hash`;
  }
  if (result.projection && !result.projection.matches) return 'The register tables do not equal the ledger: they were changed outside the service';
  if (result.knownHead && result.knownHead.found !== 'same') return result.knownHead.problem;
  return null;
}

/** The {@link VerificationSummary} of a verification. */
export function verificationSummary(result: LedgerVerification): VerificationSummary {
  const head = result.valid ? { headSequence: result.headSequence, headHash: result.headHash } : { headSequence: null, headHash: null };
  return { valid: result.valid, events: result.events, ...head, problem: problemOf(result) };
}

const TELL = 'If your note is right, tell the company secretary and the board.';

/** The verification of the whole ledger with the head asked for, as the auditor is told it. */
export function headAnswer(result: LedgerVerification, head: ChainHead): HeadAnswer {
  const known = result.knownHead;
  const n = head.sequence;
  const b = !result.valid && 'firstBreak' in result ? result.firstBreak : null;
  // Where the chain first breaks: the entry missing from a gap, else the entry that does not verify.
  const broken = b === null ? null : b.reason === 'sequence-gap' ? b.expectedSequence : b.sequence;
  if (broken !== null && broken <= n) {
    return {
      held: false,
      heading: `The ledger does not verify up to entry ${n}`,
      lines: [`${problemOf(result)}. An entry at or before entry ${n} was changed or removed after it was recorded, so the ledger is no longer the one you wrote the head of down.`, 'Tell the company secretary and the board.'],
    };
  }
  if (known === undefined || known.found === 'missing') {
    const endsAt = known?.found === 'missing' ? known.ledgerEndsAt : 0;
    return {
      held: false,
      heading: `The ledger does not hold entry ${n}`,
      lines: [
        `The ledger ends at entry ${endsAt}. Either the entry number was written down or typed wrongly, or entries were removed after you wrote it down: entry ${n}, and every entry after entry ${endsAt}, are no longer there.`,
        TELL,
      ],
    };
  }
  if (known.found === 'different-hash') {
    return {
      held: false,
      heading: `The ledger does not hold entry ${n} with that hash`,
      lines: [
        `Entry ${n} now has the hash ${known.storedHash}.`,
        `Either the hash was written down or typed wrongly (compare it with your note, character by character), or the ledger was rewritten after you wrote it down: entry ${n} or an entry before it was changed, and the hashes from there on were worked out again. The ledger as it stands cannot then be relied on to be the one you saw.`,
        TELL,
      ],
    };
  }
  const lines = [
    `Nothing up to and including entry ${n} has been changed or removed since you wrote it down: each entry's hash covers its content and the hash of the entry before it, so a change to any of them would have changed this hash.`,
  ];
  if (broken !== null) lines.push(`Later entries do not verify, though: ${problemOf(result)}. Tell the company secretary and the board.`);
  else if (result.projection && !result.projection.matches) lines.push(`${problemOf(result)}. Tell the company secretary and the board.`);
  else if ('headSequence' in result) lines.push(`The whole ledger verifies too: ${result.events} entries, ending at entry ${result.headSequence}.`);
  return { held: true, heading: `The ledger still holds entry ${n} with that hash`, lines };
}
