import type { CalendarDate } from '../calendar/calendar-date';
import type { DutyKind, FilingRecord } from './compliance-calendar';

/**
 * The statement of lawful purpose as a filing records it, CA 2006 s.853A (as amended by ECCTA 2023):
 * `{ lawfulPurposeStatement: true }` for a confirmation statement (`kind` `'confirmation-statement'`)
 * whose statement was made (`made` true); `{}` otherwise: for any other filing, and for a statement
 * not made or not said. The flag is present as `true` or absent, never `false`, so that ledger entries
 * recorded before it existed read (and hash) as before.
 */
export function lawfulPurposeRecorded(kind: DutyKind, made: boolean | undefined): { readonly lawfulPurposeStatement?: true } {
  return made === true && kind === 'confirmation-statement' ? { lawfulPurposeStatement: true } : {};
}

/**
 * A duty done, as the company records it (see {@link FilingRecord}): its `kind`, the duty's
 * `reference`, the day it was filed or done (`filedOn`) and, on a confirmation statement whose
 * statement of lawful purpose was made, `lawfulPurposeStatement: true` (CA 2006 s.853A; see
 * {@link lawfulPurposeRecorded}). Any other field of `filing` (a row number, a ledger entry's type) is left out.
 */
export function filingRecord(filing: { readonly kind: DutyKind; readonly reference: string; readonly filedOn: CalendarDate; readonly lawfulPurposeStatement?: boolean }): FilingRecord {
  return { kind: filing.kind, reference: filing.reference, filedOn: filing.filedOn, ...lawfulPurposeRecorded(filing.kind, filing.lawfulPurposeStatement) };
}
