import { writtenAgreementWords } from '#reports';
import type { resolutionResponse } from '../governance/resolution.mapper';

type ResolutionView = ReturnType<typeof resolutionResponse>;

/**
 * RS-2, RS-4: a written resolution's agreements against what it needs, in the copy PDF's words
 * (`writtenAgreementWords`): "Agreed by 19 of the 37 eligible members (more than half needed: 19)."
 * for the members (counted in votes where some member has more than one), "Agreed by 2 of the 3
 * directors (all needed: 3)." for the board; null for a resolution decided at a meeting, or with no tally.
 */
export function agreementWordsOnPage(r: ResolutionView): string | null {
  const tally = r.outcome.tally;
  if (r.procedure !== 'written' || tally === null) return null;
  if (r.kind === 'board') return writtenAgreementWords(tally, 'directors');
  return writtenAgreementWords(tally, r.type, 'eligible' in r ? r.eligible.every((m) => m.votes === 1) : true);
}
