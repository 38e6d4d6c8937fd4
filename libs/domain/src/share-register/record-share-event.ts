import { checkNotDatedAfterRecording, type Instant } from '../calendar/calendar-date';
import type { GovernanceSettings } from '../governance/governance-settings';
import type { Resolution } from '../governance/resolution-outcome';
import { authorityOf } from '../governance/resolution-outcome';
import { checkShareEventAuthority } from '../governance/share-authority';
import { authorityFor, checkCapitalResolution, checkForfeiture, checkReductionSupport, reducesCapital } from '../governance/capital-changes';
import type { ShareCorrection } from './corrections';
import type { ShareMovement } from './share-event';

/**
 * What checking a share event needs from the company's records. The caller supplies them (from a
 * database, or from memory in tests); each is asked for only when its step is reached.
 */
export interface ShareEventChecks {
  /** When the event is being recorded: it may not take effect after that day. */
  readonly recordedAt: Instant;
  /** The resolution the event names; throws when there is none with that id (a 404 in the service). */
  resolution(resolutionId: string): Promise<Resolution> | Resolution;
  /** Applies the event to the register, throwing the register's first broken rule (RM-1…RM-5, SH-5). */
  applyToRegister(event: ShareMovement): Promise<void> | void;
  /** The articles' governance settings, among them the authority each share action needs. */
  settings(): Promise<GovernanceSettings> | GovernanceSettings;
}

/**
 * Checks a share event before it is appended to the ledger, in this order:
 * 1. it is not dated after the day it is recorded (`DATED_AFTER_RECORDING`); a reduction of capital
 *    (a cancellation or a surrender, SR-1) names its solvency statement or court order
 *    ({@link checkReductionSupport}); a forfeiture
 *    follows the articles' provision for it, if any ({@link checkForfeiture}: the settings are asked
 *    for here only for a forfeiture);
 * 2. the resolution it names exists;
 * 3. the register's own rules (they say more, e.g. `EVENT_BEFORE_INCORPORATION`);
 * 4. the authority the articles require (`SHARE_EVENT_NOT_AUTHORISED`, {@link checkShareEventAuthority}).
 *    A resolution named where the articles require none must still name the event and have passed
 *    by its date, so that the register never shows an authority that is not one. A buy-back and a
 *    reduction need the resolutions `capitalAuthority` names (SR-1, SR-2), and a members' resolution
 *    relied on for them must pass without the seller's votes and follow the solvency statement
 *    ({@link checkCapitalResolution}).
 * Throws the first failure; on success the register has taken the event. Only the recording of an
 * event is checked so: entries already in the ledger are folded as they stand.
 */
export async function checkShareEvent(event: ShareMovement, checks: ShareEventChecks): Promise<void> {
  checkNotDatedAfterRecording(`the ${event.type}`, event.effectiveOn, checks.recordedAt, 'effectiveOn');
  checkReductionSupport(event);
  if (event.type === 'cancellation' && event.reason === 'forfeiture') checkForfeiture(event, await checks.settings());
  const resolution = event.authorisedBy ? await checks.resolution(event.authorisedBy) : null;
  await checks.applyToRegister(event);
  checkArticlesAuthority(event, resolution, await checks.settings());
}

/**
 * Step 4 of {@link checkShareEvent}: the authority the articles require for `event` (`authorityFor`:
 * a buy-back's and a reduction's from `capitalAuthority`, SR-1, SR-2), from `resolution`, the one it
 * names (null: none). A resolution named where the articles require none must still name the event
 * and have passed by its date. A members' resolution relied on for a buy-back or reduction must pass
 * without the seller's votes and follow the solvency statement ({@link checkCapitalResolution}).
 * Throws `SHARE_EVENT_NOT_AUTHORISED`, `BUY_BACK_CARRIED_BY_SELLER` or `SOLVENCY_STATEMENT_OUT_OF_TIME`.
 */
export function checkArticlesAuthority(event: ShareMovement, resolution: Resolution | null, settings: GovernanceSettings): void {
  const articles = authorityFor(event, settings);
  const required = articles === 'none' && resolution ? authorityOf(resolution) : articles;
  const relied = checkShareEventAuthority(event, resolution ? [resolution] : [], {
    ...settings,
    shareEventAuthority: { ...settings.shareEventAuthority, [event.type]: required },
  });
  checkCapitalResolution(event, relied);
}

/**
 * SR-1, SR-2, SR-4 (s.694–695, s.125): the entry a correction puts in place whose authority must be
 * checked as one recorded directly is ({@link checkArticlesAuthority}), or null when none is. A
 * replacement that names a resolution, or is a buy-back or a reduction of capital (a cancellation for
 * `buy-back`, `cancellation` or `surrender`), needs the authority the articles require. Another replacement naming
 * none (a past entry keyed wrongly, say) is taken as the record of what happened; a change of a
 * member's particulars needs none; and a correction made under a court's order (`courtOrderReference`,
 * s.125) rests on the order, so none of its replacements is checked so.
 */
export function replacementNeedingAuthority(correction: Pick<ShareCorrection, 'replacement' | 'courtOrderReference'>): ShareMovement | null {
  const { replacement } = correction;
  if (replacement === null || correction.courtOrderReference !== null || replacement.type === 'particulars-change') return null;
  const capital = (replacement.type === 'cancellation' && replacement.reason === 'buy-back') || reducesCapital(replacement);
  return replacement.authorisedBy || capital ? replacement : null;
}
