import { Injectable } from '@nestjs/common';
import { checkNotBeforeLaterChanges, DomainError, membersOf, refusalWith, ShareRegister, type CalendarDate, type Company, type Holder, type MemberRecord, type ShareEvent } from '#domain';
import type { CompanyWrite, WritesWithEntry } from '../ledger/ledger';
import { Ledger } from '../ledger/ledger';
import { shareEventsInForce } from '../ledger/share-events-in-force';
import { foldProjection, projectionDelta } from './register-projection';
import { RegisterProjectionCheck, type ReadAbout } from './register-projection-check';
import { RegisterStore } from './register.store';
import { ShareBatchStore } from './share-batch.store';
import { writeStateColumns, writeStateOf, type ShareWriteState, type WriteStateRow } from './write-state';

/** One member an event would change: its record on the register just before and just after (null: not on it). */
export interface MemberChange {
  readonly memberId: string;
  readonly before: MemberRecord | null;
  readonly after: MemberRecord | null;
}

/**
 * Checks a share event against the register and brings the projection up to date, inside the
 * company's write. An event dated on or after every earlier one is checked against a register folded
 * from just the ledger entries about the shares and members it depends on (never against the
 * projection alone, which is checked against that fold first); a back-dated one re-folds the whole
 * ledger with it in place, so it cannot break any later entry, and the projection is rebuilt.
 */
@Injectable()
export class RegisterWriter {
  constructor(
    private readonly store: RegisterStore,
    private readonly ledger: Ledger,
    private readonly check: RegisterProjectionCheck,
    private readonly batchStore: ShareBatchStore,
  ) {}

  /**
   * Checks `event` (throws the register's first broken rule) and brings the projection up to date with
   * it: returns the writes to send with the event's ledger entry (`CompanyWrite.append`'s `alongside`:
   * an event dated on or after every earlier one, its projection changes and the day's totals, in the
   * entry's statement), or undefined when they were written here (a change of particulars, change by
   * change; a back-dated event, the projection rebuilt). `newMember`: a holder whose member row is still
   * to be entered (its id just made), entered with the writes.
   */
  async accept(write: CompanyWrite, company: Company, event: ShareEvent, practiceId: string | null, newMember: Holder | null = null): Promise<WritesWithEntry | undefined> {
    const { em, companyId } = write;
    const fold = await this.foldWith(write, company, event, practiceId);
    if (fold.path === 'dependencies') {
      const delta = projectionDelta(event, (id) => fold.before.member(id), fold.after);
      if (!delta.changes.some((change) => change.op === 'change-particulars')) return this.batchStore.eventWrites(companyId, event, delta, newMember);
      if (newMember !== null) await this.batchStore.insertMember(em, companyId, newMember);
      await this.store.applyDelta(em, companyId, write.nextSequence, event.effectiveOn, delta);
      return undefined;
    }
    if (newMember !== null) await this.batchStore.insertMember(em, companyId, newMember);
    await this.store.replace(em, companyId, fold.rows);
    return undefined;
  }

  /**
   * The same check and fold as {@link accept}, storing nothing: the members `event` concerns as the
   * register shows them just before it and just after it. Throws the register's first broken rule.
   */
  async preview(write: CompanyWrite, company: Company, event: ShareEvent, practiceId: string | null): Promise<MemberChange[]> {
    const fold = await this.foldWith(write, company, event, practiceId);
    const before = fold.path === 'dependencies' ? fold.before : ShareRegister.fold(company, fold.earlier);
    return [...new Set(membersOf(event))].map((memberId) => ({
      memberId,
      before: before.member(memberId) ?? null,
      after: fold.after.member(memberId) ?? null,
    }));
  }

  /**
   * The register's state as the write's next entry finds it ({@link ShareWriteState}), read once for
   * that entry: the event's builder (the next share number) and its check share one read, and the next
   * entry of the same write (a batch under one lock) reads it again.
   */
  state(write: CompanyWrite): Promise<ShareWriteState> {
    const kept = this.keptState(write);
    if (kept !== undefined) return kept;
    const columns = writeStateColumns(write.companyId);
    const state = write.em.execute<WriteStateRow[]>(`select ${columns.sql}`, columns.params).then(([row]) => writeStateOf(row));
    this.states.set(write, { sequence: write.nextSequence, state });
    return state;
  }

  private keptState(write: CompanyWrite): Promise<ShareWriteState> | undefined {
    const kept = this.states.get(write);
    return kept !== undefined && kept.sequence === write.nextSequence ? kept.state : undefined;
  }

  private readonly states = new WeakMap<CompanyWrite, { sequence: number; state: Promise<ShareWriteState> }>();

  /** The register with `event` folded in, by the path {@link accept} takes; throws the first rule an event breaks. */
  private async foldWith(write: CompanyWrite, company: Company, event: ShareEvent, practiceId: string | null): Promise<Fold> {
    const { em, companyId } = write;
    const members = membersOf(event);
    let state = await this.keptState(write);
    let about: ReadAbout | undefined;
    if (state === undefined) {
      // Not read yet for this entry (a transfer or cancellation, which need it only now): read with it, in the
      // same round trip, what the usual path checks the event against, the entries and rows about it.
      const columns = writeStateColumns(companyId);
      const dependencies = this.check.readAbout(companyId, event, members, practiceId);
      const [row] = await em.execute<(WriteStateRow & ReadAbout)[]>(`select ${columns.sql}, ${dependencies.sql}`, [...columns.params, ...dependencies.params]);
      state = writeStateOf(row);
      this.states.set(write, { sequence: write.nextSequence, state: Promise.resolve(state) });
      about = row;
    }
    // Once the register has been corrected, the entries about a share are no longer all in force: fold the whole ledger.
    if (!state.corrected && (state.latest === null || event.effectiveOn >= state.latest)) {
      const before = about !== undefined ? this.check.registerFrom(company, event, members, about) : await this.check.registerFor(em, company, event, members, practiceId);
      return { path: 'dependencies', before, after: before.apply(event) };
    }
    const earlier: ShareEvent[] = await shareEventsInForce(this.ledger, em, companyId);
    let folded;
    try {
      folded = foldProjection(company, [...earlier, event]);
    } catch (error) {
      throw withoutNewEventId(error, event);
    }
    const { register, rows } = folded;
    // It folds in date order; a change of particulars dated before entries already recorded must also not
    // be before the member's last change (RM-3), which the fold in date order cannot see.
    if (event.type === 'particulars-change') checkNotBeforeLaterChanges(ShareRegister.fold(company, earlier, undefined, 'latest'), event);
    return { path: 'whole-ledger', earlier, after: register, rows };
  }
}

type Fold =
  | { readonly path: 'dependencies'; readonly before: ShareRegister; readonly after: ShareRegister }
  | { readonly path: 'whole-ledger'; readonly earlier: readonly ShareEvent[]; readonly after: ShareRegister; readonly rows: ReturnType<typeof foldProjection>['rows'] };

/**
 * A refusal of the whole ledger's fold as the request gets it: the fold names the entry that broke a
 * rule (`eventId`), which for the event being recorded is only the sequence it would have had; that
 * one is left out, so a refusal never names an entry the ledger does not hold.
 */
function withoutNewEventId(error: unknown, event: ShareEvent): unknown {
  if (!(error instanceof DomainError) || error.details?.eventId !== event.eventId) return error;
  const { eventId: _new, ...details } = error.details;
  return refusalWith(error, details);
}

/** The projection rows of a whole ledger; throws the first rule an event breaks. */
export function buildProjection(company: Company, events: readonly ShareEvent[]) {
  return foldProjection(company, events, 'latest').rows;
}

/** What a share write reads first about the register (RM-4, RM-5, RM-3). */
