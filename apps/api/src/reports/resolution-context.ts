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
 * SR-2, s.695: the selling member of each share whose buy-back `r` approves, by share number. The
 * resolution's recorded `sellers` (fixed when it was proposed) are the selling members: each is put
 * against the share the register's `entries` as at `on` (see {@link sellersDay}) show it holding, and
 * a single seller the register no longer shows on any of them against the single share left, so that a
 * holding changed later (a correction of the register, say) does not change who sold. A resolution
 * recorded without `sellers` (before they were kept) takes the holder of each share at the end of `on`
 * from `entries`; a share nobody held then is left out.
 */
export function sellersOf(r: Resolution, entries: readonly RegisterEntry[], on: CalendarDate): ResolutionContext['sellers'] {
  const sellers = new Map<number, { memberId: string; name: string }>();
  const recorded = 'sellers' in r && r.sellers !== undefined ? new Map(r.sellers.map((m) => [m.memberId, m])) : null;
  const unmatched: number[] = [];
  for (const shareNumber of buyBackShares(r.authorises)) {
    const [holder] = holdersAsAt(entries, on, new Set([shareNumber]));
    const seller = recorded === null ? holder : holder && recorded.get(holder.memberId);
    if (seller === undefined) {
      unmatched.push(shareNumber);
      continue;
    }
    sellers.set(shareNumber, seller);
    recorded?.delete(seller.memberId);
  }
  const [left] = recorded?.values() ?? [];
  if (left !== undefined && recorded!.size === 1 && unmatched.length === 1) sellers.set(unmatched[0]!, left);
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
