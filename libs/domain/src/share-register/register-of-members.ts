import { compareDates, type CalendarDate, type Instant } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import type { ShareEvent } from './share-event';
import { jointHoldersOf } from './particulars';
import { ShareRegister } from './share-register';

/** A share as shown against a member's entry (s.113(3)): number, class, amount paid up. */
export interface RegisterShare {
  readonly shareNumber: number;
  readonly shareClass: string;
  readonly nominalPence: number;
  readonly paidUpPence: number;
  /** The resolution that authorised the event by which the member got the share, if one was needed. */
  readonly authorisedBy?: string;
}

/**
 * One entry of the register of members (s.113): a period of membership. A member who ceased and
 * later joined again has one entry for each period; former members keep their entries (s.121).
 */
export interface RegisterEntry {
  readonly memberId: string;
  readonly name: string;
  readonly address: string;
  /** RM-2: the other joint holders' names, after the first-named `name`; absent for a sole holder. */
  readonly jointHolders?: readonly string[];
  readonly registeredOn: CalendarDate;
  readonly ceasedOn: CalendarDate | null;
  /** Shares held on the as-at date; empty for a former member's entry. */
  readonly shares: readonly RegisterShare[];
}

/** Which entries a register shows: members on the register that day, former members (RM-1 keeps them 10 years), or both. */
export type EntryStatus = 'current' | 'former' | 'all';

/**
 * The register of members (s.113, RM-1) as at the end of `asAt`: each entry with its name, address,
 * shares and dates of entry and cessation, and the totals of shares issued and members on the register.
 */
export interface RegisterOfMembers {
  readonly companyId: string;
  readonly asAt: CalendarDate;
  /** When set, only entries recorded by this instant were taken into account. */
  readonly knownAt: Instant | null;
  /** Entries ordered by {@link compareEntries}. */
  readonly entries: readonly RegisterEntry[];
  readonly totals: { readonly issuedShares: number; readonly currentMembers: number };
}

/**
 * The register of members as at the end of `asAt`, optionally as it was known at `knownAt` (what the
 * register said then, before entries recorded later — corrections among them). A pure fold of the ledger.
 */
export function registerOfMembers(
  company: Company,
  events: readonly ShareEvent[],
  view: { asAt: CalendarDate; knownAt?: Instant | null; status?: EntryStatus },
): RegisterOfMembers {
  const knownAt = view.knownAt ?? null;
  const visible = events.filter(
    (e) => compareDates(e.effectiveOn, view.asAt) <= 0 && (knownAt === null || e.recordedAt <= knownAt),
  );
  const register = ShareRegister.fold(company, visible);
  return { companyId: company.id, asAt: view.asAt, knownAt, ...entriesOf(register, view.status ?? 'all') };
}

/** The s.113 entries and totals of a register that has been folded up to the day wanted. */
export function entriesOf(
  register: ShareRegister,
  status: EntryStatus,
): Pick<RegisterOfMembers, 'entries' | 'totals'> {
  const entries: RegisterEntry[] = [];
  for (const member of register.allMembers()) {
    for (const period of member.periods) {
      const current = period.ceasedOn === null;
      if ((status === 'current' && !current) || (status === 'former' && current)) continue;
      const shares = current
        ? member.shareNumbers.map((n) => {
            const share = register.share(n)!;
            return {
              shareNumber: n,
              shareClass: share.shareClass,
              nominalPence: share.nominalPence,
              paidUpPence: share.paidUpPence,
              ...(share.authorisedBy ? { authorisedBy: share.authorisedBy } : {}),
            };
          })
        : [];
      entries.push({
        memberId: member.memberId,
        name: period.name,
        address: period.address,
        ...jointHoldersOf(period),
        registeredOn: period.registeredOn,
        ceasedOn: period.ceasedOn,
        shares,
      });
    }
  }
  entries.sort(compareEntries);
  return { entries, totals: register.totals };
}

/** The register's order: by name (case-insensitive, code-point order), then member id, then date registered. */
export function compareEntries(a: RegisterEntry, b: RegisterEntry): number {
  return (
    compareText(nameKey(a.name), nameKey(b.name)) ||
    compareText(a.memberId, b.memberId) ||
    compareDates(a.registeredOn, b.registeredOn)
  );
}

/**
 * Letters of the Latin alphabets that carry their mark in the letter itself (no Unicode decomposition),
 * with the plain letters they are looked up and sorted as: "Łukasz" with "Lukasz", "Øster" with "Oster".
 */
const UNDECOMPOSED: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ð: 'd', ø: 'o', ħ: 'h', ŧ: 't', ŀ: 'l', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/**
 * The key the register is sorted and searched by (RM-1): the name in lower case, without the accents
 * of the Latin, Greek and Cyrillic alphabets, so "Nguyễn" is found by "Nguyen" and sorts beside it and
 * "Łukasz" by "Lukasz". The name is decomposed by compatibility (Unicode NFKD: full-width "Ｎｇｕｙｅｎ"
 * and ligatures read as plain letters), and its combining diacritical marks (U+0300–U+036F) and
 * invisible zero-width spaces and joiners-to-nothing (U+200B, U+2060, U+FEFF) dropped; the marks of
 * other scripts (Bengali, Arabic…), which spell the name, stay, as do the joiners those scripts use.
 * Runs of spaces (tabs, no-break spaces) are one space, and none leads or trails: "Dr  Jones" is keyed, and
 * found, as the page shows it, "Dr Jones". The register keeps the name as written: only the key is folded.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u200b\u2060\ufeff]/g, '')
    .toLowerCase()
    .replace(/[łđðøħŧŀıßæœþ]/g, (letter) => UNDECOMPOSED[letter]!)
    .replace(/\s+/gu, ' ')
    .trim();
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * What separates the words of a name for a search (RM-1): spaces, hyphens ("Smith-Jones"), apostrophes
 * ("O'Brien", "O’Brien"), slashes and an opening bracket ("Demo Practice (synthetic)").
 */
export const NAME_WORD_SEPARATORS: readonly string[] = [' ', '-', "'", '’', '/', '('];

/**
 * True when a word of `name` begins with `search`, both read through {@link nameKey} (RM-1): "jones"
 * finds "Alex Smith-Jones", "Nguyen" finds "Nguyễn Thị Minh" and "minh" finds it too. Surrounding spaces
 * of the search are ignored; an empty search finds every name.
 */
export function nameHasWordStarting(name: string, search: string): boolean {
  const key = nameKey(name);
  const wanted = nameKey(search.trim());
  return key.startsWith(wanted) || NAME_WORD_SEPARATORS.some((separator) => key.includes(separator + wanted));
}

