import type { ShareCorrection, ShareEvent } from '#domain';
import type { CorrectedEntryView, RegisterCorrectionView } from '#reports';

/** A correcting entry as the register lists it, with the members its two entries concern (for a member's page; never printed). */
export interface RegisterCorrection extends RegisterCorrectionView {
  /** The member ids the voided entry and its replacement name: holder, transferor and transferee, or the member whose share was cancelled. */
  readonly memberIds: readonly string[];
}

const CANCELLED: Record<string, string> = { surrender: 'surrender', 'buy-back': 'buy-back', forfeiture: 'forfeiture', cancellation: 'cancellation' };

/**
 * SR-4, RM-4: every correcting entry, each with the entry it voids described as the register recorded
 * it (the names the entries gave), so the register as a document keeps the original visible beside the
 * correction. All of them, whatever the as-at date: the register as at any date is folded with every
 * correction recorded. `events`: every share entry in ledger order, corrected or not.
 */
export function registerCorrectionViews(events: readonly ShareEvent[], corrections: readonly ShareCorrection[]): RegisterCorrection[] {
  if (corrections.length === 0) return [];
  const byId = new Map<string, ShareEvent>(events.map((e) => [e.eventId, e]));
  const names = new Map<string, string>();
  const named = (e: ShareEvent) => {
    if (e.type === 'allotment') names.set(e.holder.memberId, e.holder.name);
    else if (e.type === 'transfer') names.set(e.to.memberId, e.to.name);
    else if (e.type === 'particulars-change' && !names.has(e.memberId)) names.set(e.memberId, e.name);
  };
  events.forEach(named);
  for (const c of corrections) {
    if (c.replacement === null) continue;
    byId.set(c.eventId, { ...c.replacement, eventId: c.eventId });
    named(c.replacement);
  }
  const describe = (e: ShareEvent | undefined): CorrectedEntryView | null => {
    const who = (id: string) => names.get(id) ?? 'a member';
    switch (e?.type) {
      case 'allotment':
        return { text: `allotment of share ${e.shareNumber} to ${e.holder.name}`, on: e.effectiveOn };
      case 'transfer':
        return { text: `transfer of share ${e.shareNumber} from ${who(e.fromMemberId)} to ${e.to.name}`, on: e.effectiveOn };
      case 'cancellation':
        return { text: `${CANCELLED[e.reason] ?? 'cancellation'} of share ${e.shareNumber} held by ${who(e.memberId)}`, on: e.effectiveOn };
      default:
        return null;
    }
  };
  return corrections.map((c) => ({
    memberIds: [...new Set([...membersOf(byId.get(c.correctsEventId)), ...membersOf(c.replacement ?? undefined)])],
    sequence: Number(c.eventId),
    enteredOn: c.effectiveOn,
    corrects: Number(c.correctsEventId),
    original: describe(byId.get(c.correctsEventId)),
    reason: c.reason,
    courtOrderReference: c.courtOrderReference,
    replacement: c.replacement === null ? null : describe({ ...c.replacement, eventId: c.eventId }),
  }));
}

function membersOf(e: ShareEvent | undefined): string[] {
  switch (e?.type) {
    case 'allotment':
      return [e.holder.memberId];
    case 'transfer':
      return [e.fromMemberId, e.to.memberId];
    case 'cancellation':
    case 'particulars-change':
      return [e.memberId];
    default:
      return [];
  }
}
