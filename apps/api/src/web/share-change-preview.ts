import type { MemberRecord } from '#domain';
import type { ShareChangePreview } from '../share-register/share-events.service';
import { inWords } from './view-filters';

/** One row of the preview table: a member whose entry on the register the change would alter. */
export interface PreviewRow {
  readonly name: string;
  readonly before: string;
  readonly after: string;
}

/** What the preview shows: a sentence saying what would be entered (the resolution by its reference), and each member's entry before → after. */
export function previewView(preview: ShareChangePreview, references: ReadonlyMap<string, string> = new Map()): { summary: string; rows: PreviewRow[] } {
  const { event } = preview;
  const what = event.type === 'allotment' ? 'Allotment' : event.type === 'transfer' ? 'Transfer' : 'Cancellation';
  const authority = event.authorisedBy ? `, authorised by resolution ${references.get(event.authorisedBy) ?? event.authorisedBy}` : '';
  return {
    summary: `${what} of share No. ${event.shareNumber} on ${inWords(event.effectiveOn)}${authority}.`,
    rows: preview.members.map((m) => ({ name: (m.after ?? m.before)?.name ?? m.memberId, before: entryText(m.before), after: entryText(m.after) })),
  };
}

/** A member's entry in words: not on the register, a former member, or the shares held. */
function entryText(record: MemberRecord | null): string {
  if (record === null) return 'Not on the register';
  if (record.shareNumbers.length === 0) return 'Former member (no shares)';
  return `Member holding share No. ${record.shareNumbers.join(', ')}`;
}
