import { Injectable } from '@nestjs/common';
import type { ChainedLedgerRecord } from '#domain';
import type { Em } from '../database/orm';
import { Ledger } from './ledger';

interface Cached {
  /** The last entry folded in. */
  readonly sequence: number;
  readonly hash: string;
  readonly state: unknown;
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

  constructor(private readonly ledger: Ledger) {}

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
    const folded =
      (cached === undefined ? null : await this.extend(em, companyId, families, evolve, cached.state as S, cached)) ??
      (await this.extend(em, companyId, families, evolve, initial, null))!;
    const { state, last } = folded;
    this.states.delete(key);
    if (last !== null && keep(state)) this.states.set(key, { ...last, state });
    if (this.states.size > MAX_STATES) this.states.delete(this.states.keys().next().value!);
    return state;
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
  ): Promise<{ state: S; last: { sequence: number; hash: string } | null } | null> {
    const prefixes = families.map((family) => family.prefix);
    let last = from === null ? null : { sequence: from.sequence, hash: from.hash };
    let confirmed = from === null;
    for await (const entry of this.ledger.all(em, companyId, prefixes, 5000, from === null ? 0 : from.sequence - 1)) {
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
