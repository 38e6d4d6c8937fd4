/** An ISO calendar date, as every view model carries dates. */
type CalendarDateString = string;

/** A share entry as a correction names it: what it recorded ("allotment of share 1 to …") and its date. */
export interface CorrectedEntryView { readonly text: string; readonly on: CalendarDateString }

/**
 * A correcting entry of the register (SR-4; s.125): its ledger number and day entered, the entry it
 * voids (`corrects`, and what that recorded; null if unreadable), why, and any entry put in its place.
 */
export interface RegisterCorrectionView {
  readonly sequence: number;
  readonly enteredOn: CalendarDateString;
  readonly corrects: number;
  readonly original: CorrectedEntryView | null;
  readonly reason: string;
  readonly courtOrderReference: string | null;
  readonly replacement: CorrectedEntryView | null;
}
