/** An ISO calendar date, as every view model carries dates. */
type CalendarDateString = string;

/** RM-3 (s.113): one earlier version of an entry's particulars, printed under the entry (`formerParticularsLine`). */
export interface FormerParticularsView {
  readonly name: string;
  readonly address: string;
  /** RM-2 (s.113(5)): the other joint holders of that version, after the first-named `name`; absent or empty for a sole holder. */
  readonly jointHolders?: readonly string[];
  /** The day (YYYY-MM-DD) the next version took effect. */
  readonly until: CalendarDateString;
  /**
   * True when the next version took effect the day this one did (a later change entered with the same
   * effective day): this one was superseded that day, in force for no full day. Absent or false otherwise.
   */
  readonly supersededSameDay?: boolean;
}
