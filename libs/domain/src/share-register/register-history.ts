import { compareDates, type CalendarDate, type Instant } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import { certificateLabel, type CertificateIssued } from './certificates';
import { compareEntries, type EntryStatus, type RegisterEntry } from './register-of-members';
import { jointHoldersOf } from './particulars';
import type { CancellationReason, ShareEvent } from './share-event';
import { ShareRegister } from './share-register';

/** A counterparty of a share's acquisition or disposal: the member as entered that day. */
export interface HistoryParty {
  readonly memberId: string;
  readonly name: string;
}

/**
 * One share as held in one entry (RM-1): when and from whom it was acquired (null `from`: allotted by
 * the company), when and to whom it was disposed of, or how it ended (cancelled, bought back,
 * surrendered, forfeited), the certificate issued for the holding, and the resolutions that authorised both.
 */
export interface ShareHeld {
  readonly shareNumber: number;
  readonly acquiredOn: CalendarDate;
  readonly acquiredFrom: HistoryParty | null;
  /**
   * SH-2: the certificate issued for this holding, as numbered in the certificate register (`C-0001`):
   * the latest issued for it by `asAt` (a replacement after the one it replaced); null when none was.
   */
  readonly certificateNumber: string | null;
  readonly authorisedBy: string | null;
  readonly disposedOn: CalendarDate | null;
  /** `transfer`, or the reason the share was cancelled: `surrender`, `buy-back`, `forfeiture`, `cancellation`. */
  readonly disposal: 'transfer' | CancellationReason | null;
  readonly disposedTo: HistoryParty | null;
  readonly disposalAuthorisedBy: string | null;
  /** SH-4: for a buy-back, the price paid for the share in integer pence; present only when recorded. */
  readonly disposalPricePence?: number;
  /** FC-1: taken by a subscriber to the memorandum on incorporation, not allotted later; present only then. */
  readonly subscriber?: true;
}

/**
 * One version of an entry's particulars (RM-3, s.113(6A)): in force from `from` (a calendar date) to the
 * next version's `from`, entered at `recordedAt` (a UTC instant). Versions are in effective order, those
 * taking effect on one day in recorded order. A change taking effect the day an earlier version did
 * supersedes that version, and both stay (each is an entry of the register, s.113): the earlier is
 * followed by a version with the same `from`, and was in force for no full day; the register as at
 * that day reads the later.
 */
export interface ParticularsVersion {
  readonly from: CalendarDate;
  readonly name: string;
  readonly address: string;
  readonly jointHolders?: readonly string[];
  readonly recordedAt: Instant;
}

/** A register entry with every share it ever held and every version of its particulars. */
export interface RegisterEntryWithHistory extends RegisterEntry {
  readonly sharesHeld: readonly ShareHeld[];
  readonly particulars: readonly ParticularsVersion[];
}

interface PeriodHistory {
  sharesHeld: ShareHeld[];
  particulars: ParticularsVersion[];
}

/**
 * The register of members as at `asAt` (optionally as known at `knownAt`), each entry, current and
 * former, with its share history and its particulars over time (RM-1, RM-3). A pure fold of the ledger.
 * `certificates` are the certificate register's entries (SH-2): each holding names the certificate
 * issued for it (by `holdingEventId`), counting only those issued by `asAt` and recorded by `knownAt`.
 */
export function registerHistory(
  company: Company,
  events: readonly ShareEvent[],
  view: { asAt: CalendarDate; knownAt?: Instant | null; status?: EntryStatus },
  certificates: readonly CertificateIssued[],
): RegisterEntryWithHistory[] {
  const knownAt = view.knownAt ?? null;
  const seen = (e: { effectiveOn: CalendarDate; recordedAt: Instant }) => compareDates(e.effectiveOn, view.asAt) <= 0 && (knownAt === null || e.recordedAt <= knownAt);
  const visible = events.filter(seen);
  const certificateOf = latestCertificates(certificates.filter(seen));
  /** memberId → one history per period, in order. */
  const histories = new Map<string, PeriodHistory[]>();
  const current = (memberId: string, register: ShareRegister) => {
    const periods = register.member(memberId)?.periods.length ?? 0;
    const list = histories.get(memberId) ?? [];
    while (list.length < periods) list.push({ sharesHeld: [], particulars: [] });
    histories.set(memberId, list);
    return list[list.length - 1];
  };
  const party = (memberId: string, name: string | undefined): HistoryParty => ({ memberId, name: name ?? memberId });
  const dispose = (history: PeriodHistory, shareNumber: number, change: Pick<ShareHeld, 'disposedOn' | 'disposal' | 'disposedTo' | 'disposalAuthorisedBy' | 'disposalPricePence'>) => {
    const i = history.sharesHeld.findIndex((s) => s.shareNumber === shareNumber && s.disposedOn === null);
    if (i >= 0) history.sharesHeld[i] = { ...history.sharesHeld[i], ...change };
  };
  const register = ShareRegister.fold(company, visible, (event, before, after) => {
    const authorisedBy = event.authorisedBy ?? null;
    const acquire = (memberId: string, shareNumber: number, from: HistoryParty | null, subscriber = false) => {
      const history = current(memberId, after);
      const member = after.member(memberId)!;
      if (history.particulars.length === 0) history.particulars.push({ from: event.effectiveOn, name: member.name, address: member.address, ...jointHoldersOf(member), recordedAt: event.recordedAt });
      history.sharesHeld.push({
        shareNumber, acquiredOn: event.effectiveOn, acquiredFrom: from, certificateNumber: certificateOf.get(event.eventId) ?? null, authorisedBy,
        disposedOn: null, disposal: null, disposedTo: null, disposalAuthorisedBy: null, ...(subscriber ? { subscriber: true as const } : {}),
      });
    };
    switch (event.type) {
      case 'allotment':
        return acquire(event.holder.memberId, event.shareNumber, null, event.subscriber === true);
      case 'transfer': {
        dispose(current(event.fromMemberId, after), event.shareNumber, {
          disposedOn: event.effectiveOn, disposal: 'transfer', disposedTo: party(event.to.memberId, event.to.name), disposalAuthorisedBy: authorisedBy,
        });
        return acquire(event.to.memberId, event.shareNumber, party(event.fromMemberId, before(event.fromMemberId)?.name));
      }
      case 'cancellation':
        return dispose(current(event.memberId, after), event.shareNumber, {
          disposedOn: event.effectiveOn, disposal: event.reason, disposedTo: null, disposalAuthorisedBy: authorisedBy,
          ...(event.pricePence !== undefined ? { disposalPricePence: event.pricePence } : {}),
        });
      case 'particulars-change':
        // A version superseded on the day it took effect stays, before the one that superseded it (s.113:
        // both were entered); the entry reads the later from that day, so the register as at any day is unchanged.
        current(event.memberId, after).particulars.push({
          from: event.effectiveOn, name: event.name, address: event.address, ...jointHoldersOf(event), recordedAt: event.recordedAt,
        });
    }
  });
  const entries: RegisterEntryWithHistory[] = [];
  const status = view.status ?? 'all';
  for (const member of register.allMembers()) {
    const periods = histories.get(member.memberId) ?? [];
    member.periods.forEach((period, i) => {
      const isCurrent = period.ceasedOn === null;
      if ((status === 'current' && !isCurrent) || (status === 'former' && isCurrent)) return;
      const history = periods[i] ?? { sharesHeld: [], particulars: [] };
      entries.push({
        memberId: member.memberId,
        name: period.name,
        address: period.address,
        ...jointHoldersOf(period),
        registeredOn: period.registeredOn,
        ceasedOn: period.ceasedOn,
        shares: isCurrent
          ? member.shareNumbers.map((n) => {
              const share = register.share(n)!;
              return { shareNumber: n, shareClass: share.shareClass, nominalPence: share.nominalPence, paidUpPence: share.paidUpPence, ...(share.authorisedBy ? { authorisedBy: share.authorisedBy } : {}) };
            })
          : [],
        sharesHeld: history.sharesHeld,
        particulars: history.particulars,
      });
    });
  }
  return entries.sort(compareEntries);
}

/** Holding event id → the label of the latest certificate issued for that holding (the highest number). */
function latestCertificates(certificates: readonly CertificateIssued[]): Map<string, string> {
  const latest = new Map<string, CertificateIssued>();
  for (const c of certificates) {
    const before = latest.get(c.holdingEventId);
    if (before === undefined || c.certificateNumber > before.certificateNumber) latest.set(c.holdingEventId, c);
  }
  return new Map([...latest].map(([id, c]) => [id, certificateLabel(c.certificateNumber)]));
}
