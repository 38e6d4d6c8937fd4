import { DomainError, type ChainedLedgerRecord, type Json } from '#domain';
import type { z } from 'zod';
import { AppError } from '../common/app-error';

/** What a use case adds to the ledger; the store supplies sequence, instant and links. */
export interface NewLedgerEntry {
  readonly kind: string;
  readonly effectiveOn: string;
  readonly payload: Json;
}

/**
 * One kind of ledger entry: its name, the version of its payload, the payload's schema, and the
 * mapping between the domain event and the payload in both directions.
 *
 * The payload is what is hashed into the chain, so it is written from this schema field by field,
 * never by serialising a domain object as it happens to be shaped. Renaming a field of a domain type
 * changes `encode`, which the compiler points at, and never silently what is hashed. A payload whose
 * shape must change gets a new kind name (`share.allotment.v2`) with its own schema, and the old kind
 * keeps decoding what is already in ledgers: the family lists both for the event type, newest first,
 * and the old one's `writes` says which events it records (those decoded from its own entries, so
 * they re-encode to the payload that was hashed).
 */
export interface EntryKind<E, P> {
  /** The ledger's `kind` column, e.g. `share.allotment`. */
  readonly kind: string;
  /** The version of the payload schema under this kind name. */
  readonly version: number;
  readonly schema: z.ZodType<P>;
  /** The payload of an event: every field named, nothing else. */
  encode(event: E): P;
  /** The event an entry records, from its validated payload and the entry's own fields. */
  decode(payload: P, entry: ChainedLedgerRecord): E;
  /**
   * For the kinds a ledger is read in bulk (every share entry, when a register is folded or an export
   * verified): a check by hand, true only for a payload the schema passes and gives back unchanged, so
   * that it is decoded as it stands; false sends it through the schema, which refuses what it refuses,
   * with its own messages. Tested against the schema on valid and altered payloads.
   */
  plain?(payload: unknown): boolean;
  /** For a kind superseded by a newer one of the same type: whether it still records `event` (one decoded from its entries). Without it, a superseded kind only decodes. */
  writes?(event: E): boolean;
}

/** Declares an entry kind for events of type `E`, inferring the payload's type from its schema: `entryKind<E>()({…})`. */
export function entryKind<E>() {
  return <S extends z.ZodType>(definition: {
    kind: string;
    version: number;
    schema: S;
    encode(event: E): z.input<S>;
    decode(payload: z.output<S>, entry: ChainedLedgerRecord): E;
    plain?(payload: unknown): boolean;
    writes?(event: E): boolean;
  }): EntryKind<E, z.output<S>> => definition as unknown as EntryKind<E, z.output<S>>;
}

type KindOf<E> = EntryKind<E, unknown>;
/** Each event type's kind, or its kinds newest first when its payload changed shape (see `EntryKind`). */
type Kinds<E extends { readonly type: string }> = {
  readonly [T in E['type']]: KindOf<Extract<E, { readonly type: T }>> | readonly [KindOf<Extract<E, { readonly type: T }>>, ...KindOf<Extract<E, { readonly type: T }>>[]];
};

/**
 * The codec of one family of ledger entries (a context's events): every kind it writes, with a
 * validating encode and decode. A family's kinds share a prefix, so a read can fetch just its entries.
 */
export class LedgerFamily<E extends { readonly type: string; readonly effectiveOn: string }> {
  private readonly byKind = new Map<string, EntryKind<E, unknown>>();

  constructor(
    /** e.g. `share register`. */
    readonly name: string,
    /** e.g. `share.`: every kind of the family starts with it. */
    readonly prefix: string,
    private readonly kinds: Kinds<E>,
  ) {
    for (const kind of Object.values(kinds).flat() as EntryKind<E, unknown>[]) {
      if (!kind.kind.startsWith(prefix)) throw new Error(`${kind.kind} does not start with ${prefix}`);
      this.byKind.set(kind.kind, kind);
    }
  }

  /** The kind an event type is written as now, e.g. for queries that read only some of them. */
  kindOf(type: E['type']): string {
    return this.kindsOf(type)[0]!.kind;
  }

  /** Every kind of an event type, newest first. */
  private kindsOf(type: E['type']): readonly EntryKind<E, unknown>[] {
    return [this.kinds[type] as EntryKind<E, unknown> | readonly EntryKind<E, unknown>[]].flat();
  }

  /** Every kind name the family reads, the superseded ones too (`share.allotment`, `inspection.request-received.v2`…). */
  kindNames(): readonly string[] {
    return [...this.byKind.keys()];
  }

  owns(kind: string): boolean {
    return this.byKind.has(kind);
  }

  /** The entry to append for an event; throws if the payload does not match its own schema (a bug, not bad input). */
  encode(event: E): NewLedgerEntry {
    const kinds = this.kindsOf(event.type as E['type']);
    // The newest kind, unless an older one claims the event (one decoded from its own entries).
    const kind = kinds.slice(1).find((k) => k.writes?.(event) === true) ?? kinds[0]!;
    const checked = kind.schema.safeParse(kind.encode(event));
    if (!checked.success) throw new Error(`${kind.kind}: the payload does not match its schema: ${checked.error.message}`);
    return { kind: kind.kind, effectiveOn: event.effectiveOn, payload: checked.data as Json };
  }

  /** The event a stored entry records; `LEDGER_ENTRY_UNREADABLE` if its kind or payload is not one this family knows. */
  decode(entry: ChainedLedgerRecord): E {
    const kind = this.byKind.get(entry.kind);
    if (kind === undefined) throw unreadable(entry, `the kind is not one of the ${this.name}'s`);
    let payload: unknown = entry.payload;
    if (kind.plain?.(payload) !== true) {
      const checked = kind.schema.safeParse(payload);
      if (!checked.success) throw unreadable(entry, checked.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; '));
      payload = checked.data;
    }
    try {
      return kind.decode(payload, entry);
    } catch (error) {
      // The entry's own fields (effective date, recording instant), checked as the event is built.
      if (error instanceof DomainError) throw unreadable(entry, error.message);
      throw error;
    }
  }

  /** The events of the entries this family owns, in the order given. */
  decodeAll(entries: Iterable<ChainedLedgerRecord>): E[] {
    const events: E[] = [];
    for (const entry of entries) if (this.owns(entry.kind)) events.push(this.decode(entry));
    return events;
  }
}

function unreadable(entry: ChainedLedgerRecord, why: string): AppError {
  return new AppError('LEDGER_ENTRY_UNREADABLE', `ledger entry ${entry.sequence} (${entry.kind}) cannot be read: ${why}`, {
    sequence: entry.sequence,
    kind: entry.kind,
  });
}
