import * as alliance from '../ledger/codecs/alliance.codec';
import * as assetTransfers from '../ledger/codecs/asset-transfers.codec';
import * as centralRegister from '../ledger/codecs/central-register.codec';
import * as dividends from '../ledger/codecs/dividends.codec';
import * as governance from '../ledger/codecs/governance.codec';
import * as meetings from '../ledger/codecs/meetings.codec';
import * as officers from '../ledger/codecs/officers.codec';
import * as practices from '../ledger/codecs/practices.codec';
import * as shareRecords from '../ledger/codecs/share-records.codec';
import * as shareRegister from '../ledger/codecs/share-register.codec';
import * as tupe from '../ledger/codecs/tupe.codec';
import { LedgerFamily } from '../ledger/ledger-codec';
import { ENTRY_WORDS, entryWords } from './entry-words';
import { INSPECTION_ANSWERS, viewFilters } from './view-filters';

/** Every ledger family the codecs declare. */
const families = [alliance, assetTransfers, centralRegister, dividends, governance, meetings, officers, practices, shareRecords, shareRegister, tupe]
  .flatMap((module) => Object.values(module))
  .filter((value): value is LedgerFamily<{ type: string; effectiveOn: string }> => value instanceof LedgerFamily);

describe('ledger entries in words', () => {
  it('RM-3: every kind of entry every ledger family reads has words of its own, never its kind name', () => {
    const kinds = families.flatMap((family) => family.kindNames());
    expect(kinds.length).toBeGreaterThan(40);
    expect(kinds.filter((kind) => !(kind in ENTRY_WORDS))).toEqual([]);
    for (const kind of kinds) expect([kind, /[.]|[a-z]-[a-z]|[a-z][A-Z]/.test(entryWords(kind))]).toEqual([kind, false]);
    expect(entryWords('share.transfer')).toBe('Share transferred');
    expect(entryWords('practice.closed')).toBe('Practice ceased');
  });

  it('a kind not yet listed reads as its name without punctuation', () => {
    expect(entryWords('audit.note-added.v2')).toBe('Audit note added');
    expect(entryWords(null)).toBe('');
  });

  it('IN-3: every answer to a request to inspect the register reads as words', () => {
    const answerWords = viewFilters.answerWords as (answer: string | null) => string;
    for (const answer of Object.keys(INSPECTION_ANSWERS)) expect([answer, answerWords(answer).includes('-')]).toEqual([answer, false]);
    expect(answerWords('applied-to-court')).toBe('Applied to the court (not a proper purpose)');
  });
});
