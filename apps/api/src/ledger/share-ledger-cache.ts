import { Injectable } from '@nestjs/common';
import { correctedMovements, correctedShareEvents, type CertificateIssued, type ChainedLedgerRecord, type Instant, type ShareCorrection, type ShareEvent } from '#domain';
import type { Em } from '../database/orm';
import { shareRegisterFamily } from './codecs/share-register.codec';
import { certificatesFamily, shareCorrectionsFamily } from './codecs/share-records.codec';
import { FoldCache } from './fold-cache';
import { Ledger } from './ledger';
import { shareEventsInForce } from './share-events-in-force';

/**
 * Items appended in order, one array shared by successive states: each state sees its first `length`
 * items, so extending the newest state costs one push, and extending an older one (two reads folding
 * from the same cached state at once) copies first. A state's own items never change.
 */
export class AppendOnly<T> {
  private constructor(
    private readonly items: T[],
    readonly length: number,
  ) {}

  static empty<T>(): AppendOnly<T> {
    return new AppendOnly<T>([], 0);
  }

  /** This list with `item` after it. */
  with(item: T): AppendOnly<T> {
    const items = this.items.length === this.length ? this.items : this.items.slice(0, this.length);
    items.push(item);
    return new AppendOnly(items, this.length + 1);
  }

  /** A copy of the items this state sees. */
  toArray(): T[] {
    return this.items.slice(0, this.length);
  }
}

/** The share ledger as folded so far: its events and its correcting entries (RM-4, SR-4), in sequence order. */
interface ShareLedgerState {
  readonly events: AppendOnly<ShareEvent>;
  readonly corrections: AppendOnly<ShareCorrection>;
}

type Decoded = { readonly event: ShareEvent; readonly correction?: undefined } | { readonly correction: ShareCorrection; readonly event?: undefined };

const FAMILIES = [
  { prefix: shareRegisterFamily.prefix, decode: (entry: ChainedLedgerRecord): Decoded => ({ event: shareRegisterFamily.decode(entry) }) },
  { prefix: shareCorrectionsFamily.prefix, decode: (entry: ChainedLedgerRecord): Decoded => ({ correction: shareCorrectionsFamily.decode(entry) }) },
];

/** The kinds of entry that move a share (allotments, transfers, cancellations), and the correcting entries: not the changes of particulars. */
const MOVEMENT_FAMILIES = [
  ...['share.allotment', 'share.transfer', 'share.cancellation'].map((prefix) => ({ prefix, decode: FAMILIES[0]!.decode })),
  FAMILIES[1]!,
];

const evolve = (state: ShareLedgerState, d: Decoded): ShareLedgerState =>
  d.event !== undefined ? { ...state, events: state.events.with(d.event) } : { ...state, corrections: state.corrections.with(d.correction) };

/** A company's share ledger is kept folded only up to this many entries; a longer one is read afresh each time. */
const MAX_CACHED_ENTRIES = 250_000;

/** Results kept per events array (views × keys). */
const MAX_DERIVED = 32;
/** Values kept to be taken further (companies × keys), the least recently used dropped first. */
const MAX_EXTENDED = 1_000;

/**
 * Whether `events` is `earlier` with events appended. The events in force only grow at the end (new
 * entries have higher sequence numbers, a correction's replacement too) and are the same objects from
 * one fold to the next; a correction removes one, which moves every later one down a place. So the last
 * of `earlier` found at the same place in `events` (and the first) shows that nothing before it changed.
 */
function startsWith(events: readonly ShareEvent[], earlier: readonly ShareEvent[]): boolean {
  if (earlier.length > events.length) return false;
  if (earlier.length === 0) return true;
  return events[0] === earlier[0] && events[earlier.length - 1] === earlier[earlier.length - 1];
}

/**
 * The share events in force (the share entries with their corrections applied, `correctedShareEvents`),
 * kept per company and process in the {@link FoldCache} and brought up to date with the entries
 * appended since, so that a read does not fetch and decode the whole share ledger again. The array
 * returned is frozen and shared by every read at the same head: derive from it, do not change it.
 */
@Injectable()
export class ShareLedgerCache {
  private readonly inForce = new WeakMap<ShareLedgerState, readonly ShareEvent[]>();
  private readonly issued = new WeakMap<AppendOnly<CertificateIssued>, readonly CertificateIssued[]>();
  private readonly derivedOf = new WeakMap<readonly ShareEvent[], Map<string, unknown>>();
  /** Per key, the events array last derived from and the value: what {@link extended} takes further. */
  private readonly lastExtended = new Map<string, { events: readonly ShareEvent[]; value: unknown }>();

  constructor(
    private readonly folds: FoldCache,
    private readonly ledger: Ledger,
  ) {}

  /**
   * The events in force now, in sequence order (as `shareEventsInForce` without `knownAt`).
   * @throws DomainError CORRECTION_TARGET_UNKNOWN, AppError LEDGER_ENTRY_UNREADABLE, as that does.
   */
  eventsInForce(em: Em, companyId: string): Promise<readonly ShareEvent[]> {
    return this.inForceOf(em, companyId, 'share-events-in-force', FAMILIES, correctedShareEvents);
  }

  /**
   * The events in force that move a share, in sequence order: {@link eventsInForce} less the changes of
   * particulars, folded from the allotments, transfers, cancellations and corrections alone
   * (`correctedMovements`), so that a reader that has no need of the changes (the compliance calendar)
   * neither reads them nor keeps them, however many there are. Kept, frozen and shared as that is.
   * @throws AppError LEDGER_ENTRY_UNREADABLE for an entry that does not decode.
   */
  movementsInForce(em: Em, companyId: string): Promise<readonly ShareEvent[]> {
    return this.inForceOf(em, companyId, 'share-movements-in-force', MOVEMENT_FAMILIES, correctedMovements);
  }

  /** The entries of `families` folded as `view` (kept while short enough), with `corrected` applied once per state, frozen. */
  private async inForceOf(
    em: Em,
    companyId: string,
    view: string,
    families: typeof FAMILIES,
    corrected: (events: readonly ShareEvent[], corrections: readonly ShareCorrection[]) => ShareEvent[],
  ): Promise<readonly ShareEvent[]> {
    const initial: ShareLedgerState = { events: AppendOnly.empty(), corrections: AppendOnly.empty() };
    const state = await this.folds.fold(em, companyId, view, families, initial, evolve, (s) => s.events.length <= MAX_CACHED_ENTRIES);
    let events = this.inForce.get(state);
    if (events === undefined) {
      events = Object.freeze(corrected(state.events.toArray(), state.corrections.toArray()));
      this.inForce.set(state, events);
    }
    return events;
  }

  /**
   * The certificate register's entries (SH-2), every certificate issued, in sequence order: kept
   * per company as {@link eventsInForce} is, so a read or a transfer does not decode them all again.
   * Frozen and shared: not to be changed.
   * @throws AppError LEDGER_ENTRY_UNREADABLE for an entry that does not decode.
   */
  async certificatesIssued(em: Em, companyId: string): Promise<readonly CertificateIssued[]> {
    const state = await this.folds.fold(em, companyId, 'certificates-issued', [certificatesFamily], AppendOnly.empty<CertificateIssued>(), (list, c) => list.with(c));
    let issued = this.issued.get(state);
    if (issued === undefined) {
      issued = Object.freeze(state.toArray());
      this.issued.set(state, issued);
    }
    return issued;
  }

  /**
   * The events in force as known at `knownAt` (the corrections recorded by then applied), read from
   * the ledger; when `knownAt` is null or not given, the events in force now, kept
   * ({@link eventsInForce}): frozen and shared, not to be changed.
   * @throws DomainError CORRECTION_TARGET_UNKNOWN, AppError LEDGER_ENTRY_UNREADABLE, as `shareEventsInForce` does.
   */
  eventsKnownAt(em: Em, companyId: string, knownAt?: Instant | null): Promise<readonly ShareEvent[]> {
    return knownAt === null || knownAt === undefined ? this.eventsInForce(em, companyId) : shareEventsInForce(this.ledger, em, companyId, knownAt);
  }

  /**
   * A value derived from the events in force that can be taken further: `full(events)` the first
   * time, then, when `events` is the array last seen for this key with events appended (the entries
   * recorded since, no correction among them), `extend(value, added)`; `full` again when `extend` gives
   * null or the events changed otherwise. Kept with the events array like {@link derived}.
   */
  extended<T>(events: readonly ShareEvent[], key: string, full: (events: readonly ShareEvent[]) => T, extend: (value: T, added: readonly ShareEvent[]) => T | null): T {
    return this.derived(events, key, () => {
      const last = this.lastExtended.get(key) as { events: readonly ShareEvent[]; value: T } | undefined;
      const value = (last !== undefined && startsWith(events, last.events) ? extend(last.value, events.slice(last.events.length)) : null) ?? full(events);
      this.lastExtended.delete(key);
      this.lastExtended.set(key, { events, value });
      if (this.lastExtended.size > MAX_EXTENDED) this.lastExtended.delete(this.lastExtended.keys().next().value!);
      return value;
    });
  }

  /**
   * `compute()` once for an events array (as {@link eventsInForce} returns it, shared while the share
   * ledger is unchanged) and a key naming whatever else the result depends on; the result is shared
   * too, so it must not be changed.
   */
  derived<T>(events: readonly ShareEvent[], key: string, compute: () => T): T {
    let results = this.derivedOf.get(events);
    if (results === undefined) this.derivedOf.set(events, (results = new Map()));
    if (!results.has(key)) {
      if (results.size >= MAX_DERIVED) results.clear();
      results.set(key, compute());
    }
    return results.get(key) as T;
  }
}
