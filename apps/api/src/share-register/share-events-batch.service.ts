import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DomainError, governanceSettings, type ChainedLedgerRecord, type PracticeList, type Resolution } from '#domain';
import type { Caller } from '../auth/roles';
import { AppError } from '../common/app-error';
import { once } from '../common/once';
import { flattenValidationErrors } from '../common/validation';
import { GovernanceRecords } from '../governance/governance-records';
import { shareRegisterFamily } from '../ledger/codecs/share-register.codec';
import { Ledger, type CompanyWrite } from '../ledger/ledger';
import { appendOnce, type Recorded, type RequestKey } from '../ledger/request-keys';
import { ShareLedgerCache } from '../ledger/share-ledger-cache';
import { PracticeRecords } from '../practices/practice-records';
import { SHARE_EVENT_BODIES, type CreateShareTransferDto } from './dto/record-share-event.dto';
import { firstDifference, rowsAbout } from './projection-difference';
import { foldProjection } from './register-projection';
import { atIndex, foldBatch, type BatchContext, type BatchEvent } from './share-batch-fold';
import { ShareBatchStore } from './share-batch.store';
import { ShareEventsService, type BuiltShareEvent } from './share-events.service';

/**
 * Share events recorded all or nothing: every event is validated first, then all are checked and
 * entered in one transaction under the company's lock, each by the same rules as when recorded alone
 * (`ShareEventsService`) against the register the events before it left. The first one refused rolls
 * the whole batch back; its error names its `index`.
 *
 * Set-based when every event is dated on or after every share event before it and the register was
 * never corrected (the case the single path checks against the entries about the event's shares and
 * members): one statement reads the company's state and the members and shares the batch names, one
 * the ledger entries about them, one the projection rows about them; the events are checked and folded
 * in memory ({@link foldBatch}); the new members and the projection rows are written in one statement,
 * and the chained ledger entries in one more (one per 2,000). Otherwise — a back-dated event, a corrected register, a ledger that
 * does not fold or a projection out of step with it — each event goes through the single path in turn,
 * which re-folds the ledger where needed and refuses exactly as alone.
 */
@Injectable()
export class ShareEventsBatchService {
  constructor(
    private readonly ledger: Ledger,
    private readonly shares: ShareEventsService,
    private readonly store: ShareBatchStore,
    private readonly governance: GovernanceRecords,
    private readonly practices: PracticeRecords,
    private readonly shareLedger: ShareLedgerCache,
  ) {}

  /**
   * Records `events` (request bodies with a `type`) in order; returns their ledger entries. Once per
   * `key` (an API `Idempotency-Key`): a batch whose key was answered before records nothing and gives
   * the entries it recorded (`replayed`); the key sent before with another body is 422 `IDEMPOTENCY_KEY_REUSED`.
   * @throws AppError VALIDATION_FAILED (400) naming `events[i].field` for a malformed event, before anything is read;
   *   any error a single event can raise (4xx), with `index` added to its details and `event i:` to its message.
   */
  async record(companyId: string, raw: readonly Record<string, unknown>[], caller: Caller, key?: RequestKey): Promise<Recorded<readonly ChainedLedgerRecord[]>> {
    const events: BatchEvent[] = [];
    for (const [index, body] of raw.entries()) events.push(parseEvent(body, index));
    return appendOnce<readonly ChainedLedgerRecord[]>(this.ledger, companyId, caller.name, key, async (write) => (await this.setBased(write, events)) ?? this.oneByOne(write, events));
  }

  /** The batch recorded set-based, or null (nothing written) when it must go through the single path. */
  private async setBased(write: CompanyWrite, events: readonly BatchEvent[]): Promise<ChainedLedgerRecord[] | null> {
    const { em, companyId, company } = write;
    const named = namesOf(events);
    const state = await this.store.state(em, companyId, named);
    if (state.corrected || !inDateOrder(events, state.latest)) return null;
    // The shares the allotments will take, as the single path numbers them.
    let highest = state.highestShare;
    const allotted: number[] = [];
    for (const e of events) {
      if (e.type !== 'allotment') continue;
      allotted.push(e.dto.shareNumber ?? highest + 1);
      highest = Math.max(highest, allotted[allotted.length - 1]);
    }
    const shareNumbers = [...new Set([...named.shareNumbers, ...allotted])];
    const memberIds = [...new Set([...named.memberIds, ...state.holders.map((h) => h.memberId)])];
    const practiceIds = [...new Set([...named.practiceIds, ...state.members.flatMap((m) => (m.practiceId ? [m.practiceId] : []))])];
    const entries = await this.ledger.shareHistory(em, companyId, { shareNumbers, memberIds, practiceIds });
    let folded;
    try {
      folded = foldProjection(company, shareRegisterFamily.decodeAll(entries));
    } catch (error) {
      // A ledger that does not fold, or an entry that cannot be read: the single path names the event it reaches first.
      if (error instanceof DomainError || error instanceof AppError) return null;
      throw error;
    }
    const found = await this.store.rowsAbout(em, companyId, shareNumbers, memberIds);
    if (firstDifference(rowsAbout(folded.rows, shareNumbers, memberIds), found)) return null;

    const governance = once(() => this.governance.load(em, companyId));
    const context: BatchContext = {
      company,
      firstSequence: write.nextSequence,
      recordedAt: write.recordedAt,
      settings: governanceSettings(write.governanceOverrides),
      register: folded.register,
      members: new Map(state.members.map((m) => [m.id, m])),
      practices: new Set(state.practices),
      highestShare: state.highestShare,
      totals: state.totals,
      practiceList: once((): Promise<PracticeList> => this.practices.list(em, companyId)),
      resolution: async (id): Promise<Resolution> => {
        const resolution = (await governance()).resolutions.get(id);
        if (!resolution) throw AppError.notFound('resolution', { authorisedBy: id });
        return resolution;
      },
      governance,
      certificatesIssued: once(() => this.shareLedger.certificatesIssued(em, companyId)),
    };
    const batch = await foldBatch(context, events);
    return write.appendAll(batch.events.map((e) => shareRegisterFamily.encode(e)), this.store.writes(companyId, batch.newMembers, batch.projection));
  }

  /** Each event through the single path in turn, onto the chain head the one before it left. */
  private async oneByOne(write: CompanyWrite, events: readonly BatchEvent[]): Promise<ChainedLedgerRecord[]> {
    const entries: ChainedLedgerRecord[] = [];
    for (const [index, e] of events.entries()) {
      try {
        let built: BuiltShareEvent;
        if (e.type === 'allotment') built = await this.shares.allotment(write, write.company, e.dto);
        else if (e.type === 'transfer') built = await this.shares.registeredTransfer(write, write.company, e.dto);
        else built = await this.shares.cancellation(write, e.dto);
        entries.push(await this.shares.enter(write, write.company, built.event, built.practiceId, built.newMember));
        // Everything is written by now: let go of the entities (new members) this event loaded, so each
        // later flush does not go over every one the batch has entered so far.
        write.em.clear();
      } catch (error) {
        throw atIndex(error, index);
      }
    }
    return entries;
  }
}

/** The existing members, shares and practices the events name (a new holder's practice, a transferor, a share to move). */
function namesOf(events: readonly BatchEvent[]) {
  const memberIds = new Set<string>();
  const shareNumbers = new Set<number>();
  const practiceIds = new Set<string>();
  const holder = (h: { memberId?: string; practiceId?: string }) => {
    if (h.memberId !== undefined) memberIds.add(h.memberId);
    if (h.practiceId !== undefined) practiceIds.add(h.practiceId);
  };
  for (const e of events) {
    if (e.type === 'allotment') {
      holder(e.dto.holder);
      if (e.dto.shareNumber !== undefined) shareNumbers.add(e.dto.shareNumber);
    } else if (e.type === 'transfer') {
      holder(e.dto.to);
      memberIds.add(e.dto.fromMemberId);
      shareNumbers.add(e.dto.shareNumber);
    } else {
      if (e.dto.memberId !== undefined) memberIds.add(e.dto.memberId);
      shareNumbers.add(e.dto.shareNumber);
    }
  }
  return { memberIds: [...memberIds], shareNumbers: [...shareNumbers], practiceIds: [...practiceIds] };
}

/** Whether each event is dated on or after `latest` and every event before it: the case the set-based path takes. */
function inDateOrder(events: readonly BatchEvent[], latest: string | null): boolean {
  let last = latest;
  for (const e of events) {
    const on = e.dto.effectiveOn;
    if (on === undefined || (last !== null && on < last)) return false;
    last = on;
  }
  return true;
}

/** One event's body checked as its route checks it (every validator of these bodies is synchronous). */
function parseEvent(body: Record<string, unknown>, index: number): BatchEvent {
  const { type, ...fields } = body;
  const field = `events[${index}]`;
  if (type !== 'allotment' && type !== 'transfer' && type !== 'cancellation') {
    throw new AppError('VALIDATION_FAILED', `event ${index}: type must be allotment, transfer or cancellation`, [
      { field: `${field}.type`, problems: ['type must be one of: allotment, transfer, cancellation'] },
    ]);
  }
  const dto = plainToInstance(SHARE_EVENT_BODIES[type] as new () => object, fields);
  const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', `event ${index} is not valid`, flattenValidationErrors(errors, field));
  if (type === 'transfer' && (dto as CreateShareTransferDto).status === 'lodged') {
    throw new AppError('VALIDATION_FAILED', `event ${index}: a batch registers transfers; lodge a transfer with POST share-transfers`, [
      { field: `${field}.status`, problems: ['status must be registered in a batch'] },
    ]);
  }
  return { type, dto } as BatchEvent;
}
