import { Injectable } from '@nestjs/common';
import { GENESIS_HASH, type ChainedLedgerRecord, type ChainHead } from '#domain';
import type { Em } from '../database/orm';
import { Ledger, type ChainLinkHead } from './ledger';

interface Cached {
  /** The last entry folded in. */
  readonly sequence: number;
  readonly hash: string;
  readonly state: unknown;
  /** The families' prefixes. */
  readonly prefixes: readonly string[];
  /**
   * A chain head up to which the state is known whole: every entry of its families up to it is folded
   * in. Set by a fold inside a write (which knows the head it holds the lock for) and moved by that
   * write's appends of other kinds; absent when the state was folded by a read.
   */
  head?: ChainLinkHead;
}

/** How many folded states a process keeps (companies × views), least recently used dropped first. */
const MAX_STATES = 2_000;

/** What a fold reads: a family's prefix and its decoder (any `LedgerFamily` of the events, or of some of them). */
interface FamilyOf<E> {
  readonly prefix: string;
  decode(entry: ChainedLedgerRecord): E;
}

/**
 * Folded states of ledger families, kept per process and brought up to date by folding only the
 * entries appended since, so a read's cost does not grow with history. A state is reused only while
 * the entry it was folded up to is still in the chain with the same hash (read in the statement that
 * reads the entries after it): an entry rolled back, or a chain rewritten behind the service's back,
 * makes it fold again from the start. Each instance keeps its own cache; several instances on one database stay correct, since
 * every read asks the database what has been appended. States must be immutable (the domain's folds are).
 */
@Injectable()
export class FoldCache {
  private readonly states = new Map<string, Cached>();

  constructor(private readonly ledger: Ledger) {
    ledger.onAppend((companyId, from, to, kinds) => this.appended(companyId, from, to, kinds));
  }

  async fold<S, E>(
    em: Em,
    companyId: string,
    view: string,
    families: readonly FamilyOf<E>[],
    initial: S,
    evolve: (state: S, event: E) => S,
    /** Whether to keep the state for the next read (a large one may be left out); kept by default. */
    keep: (state: S) => boolean = () => true,
  ): Promise<S> {
    const key = `${companyId}\u0000${view}`;
    const cached = this.states.get(key);
    // Inside a write the head is known (read with the lock): a state known whole up to that very head
    // (the hash names the whole chain) needs no read at all.
    const head = this.ledger.headOfWrite(em, companyId);
    if (head !== undefined && cached?.head !== undefined && cached.head.sequence === head.sequence && cached.head.hash === head.hash) {
      this.states.delete(key);
      this.states.set(key, cached);
      return cached.state as S;
    }
    const prefixes = families.map((family) => family.prefix);
    const folded =
      (cached === undefined ? null : await this.extend(em, companyId, families, evolve, cached.state as S, cached)) ??
      (await this.extend(em, companyId, families, evolve, initial, null))!;
    const { state } = folded;
    // With no entry of its families yet, the state is kept as folded up to "entry 0": the next read reads them all.
    const last = folded.last ?? { sequence: 0, hash: GENESIS_HASH };
    this.states.delete(key);
    if (keep(state)) this.states.set(key, { ...last, state, prefixes, ...(head === undefined ? {} : { head }) });
    if (this.states.size > MAX_STATES) this.states.delete(this.states.keys().next().value!);
    return state;
  }

  /**
   * A write moved the chain from `from` to `to`, appending entries of `kinds`: a state known whole up
   * to `from` whose families have none of them is known whole up to `to` as well. Should the write roll
   * back, no write will hold a lock on `to` (another entry with its sequence has another hash).
   */
  private appended(companyId: string, from: ChainLinkHead, to: ChainLinkHead, kinds: readonly string[]): void {
    const start = `${companyId}\u0000`;
    for (const [key, cached] of this.states) {
      const head = cached.head;
      if (head === undefined || head.sequence !== from.sequence || head.hash !== from.hash || !key.startsWith(start)) continue;
      cached.head = kinds.some((kind) => cached.prefixes.some((prefix) => kind.startsWith(prefix))) ? undefined : to;
    }
  }

  /**
   * `state` with the entries of `families` after `from` folded in (from the start when `from` is
   * null), read in one statement: an entry of two families (one's prefix within the other's) is folded
   * once for each, in the order the families are given. From a kept state the read starts at the entry
   * it was folded up to, which must still be in the chain with the same hash: null when it is not.
   */
  private async extend<S, E>(
    em: Em,
    companyId: string,
    families: readonly FamilyOf<E>[],
    evolve: (state: S, event: E) => S,
    state: S,
    from: Cached | null,
  ): Promise<{ state: S; last: ChainHead | null } | null> {
    const prefixes = families.map((family) => family.prefix);
    let last = from === null ? null : { sequence: from.sequence, hash: from.hash };
    let confirmed = from === null || from.sequence === 0;
    for await (const entry of this.ledger.all(em, companyId, prefixes, 5000, from === null ? 0 : Math.max(0, from.sequence - 1))) {
      if (!confirmed) {
        if (entry.sequence !== from!.sequence || entry.hash !== from!.hash) return null;
        confirmed = true;
        continue;
      }
      for (const family of families) if (entry.kind.startsWith(family.prefix)) state = evolve(state, family.decode(entry));
      last = { sequence: entry.sequence, hash: entry.hash };
    }
    return confirmed ? { state, last } : null;
  }
}
