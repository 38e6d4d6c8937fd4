import { buyBackShares, holdersAsAt, type CalendarDate, type RegisterEntry, type Resolution } from '#domain';
import type { AuthorisationView } from '#reports';

/**
 * What a resolution's documents print beyond its own record: each buy-back's selling member by share
 * number (SR-2, s.695; see {@link sellersOf}), and the EC-3 warning for each director who took part in
 * a board decision while unverified.
 */
export interface ResolutionContext {
  readonly sellers: ReadonlyMap<number, { readonly memberId: string; readonly name: string }>;
  readonly unverifiedDirectors: readonly string[];
}

/**
 * The day a members' resolution approving a buy-back takes its selling members from the register: its
 * circulation date (s.695(2)) or the day of the meeting (s.695(3)); null for the board's resolutions,
 * and for any resolution that approves no buy-back.
 */
export function sellersDay(r: Resolution): CalendarDate | null {
  if (buyBackShares(r.authorises).size === 0) return null;
  return r.procedure === 'members-written' ? r.circulatedOn : r.procedure === 'general-meeting' ? r.meetingOn : null;
}

/**
 * SR-2, s.695: the member holding each share whose buy-back `r` approves at the end of `on` (see
 * {@link sellersDay}), by share number, from the register's `entries` as at that day; a share nobody
 * held then is left out.
 */
export function sellersOf(r: Resolution, entries: readonly RegisterEntry[], on: CalendarDate): ResolutionContext['sellers'] {
  const sellers = new Map<number, { memberId: string; name: string }>();
  for (const shareNumber of buyBackShares(r.authorises)) {
    const [seller] = holdersAsAt(entries, on, new Set([shareNumber]));
    if (seller !== undefined) sellers.set(shareNumber, seller);
  }
  return sellers;
}

/** What `r` authorises, as its page names it, with each buy-back's selling member. */
export function authorisationViews(r: Resolution, context: ResolutionContext): AuthorisationView[] {
  return r.authorises.map((a) => {
    if (a.action !== 'cancellation' || a.reason !== 'buy-back') return { action: a.action, shareNumber: a.shareNumber };
    const seller = context.sellers.get(a.shareNumber);
    return { action: 'buy-back', shareNumber: a.shareNumber, ...(seller ? { seller: seller.name } : {}) };
  });
}

/** The members whose votes do not count on the resolution because it approves buying a share from them (s.695(3)). */
export const sellerIds = (context: ResolutionContext) => new Set([...context.sellers.values()].map((s) => s.memberId));
