import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainError, shareOf, type ChainedLedgerRecord, type Company, type ShareEvent, type ShareRegister } from '#domain';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import type { Em } from '../database/orm';
import { shareRegisterFamily } from '../ledger/codecs/share-register.codec';
import { Ledger, shareHistoryQuery } from '../ledger/ledger';
import { shareCorrections, shareEventsInForce } from '../ledger/share-events-in-force';
import { LedgerProjections, type LedgerProjection, type ProjectionVerification } from '../ledger/ledger-projections';
import { firstDifference, rowsAbout, type ProjectionDifference } from './projection-difference';
import { projectionEqualsFold } from './projection-stream-check';
import { ProjectionStore, rowsAboutColumns } from './projection.store';
import { foldProjection, type EntryRow, type HoldingRow } from './register-projection';

/**
 * The register projection (share_holding, register_entry, register_total) checked against the ledger:
 * whole, when the ledger is verified; and the rows a share event relies on, before it is written.
 */
@Injectable()
export class RegisterProjectionCheck implements LedgerProjection, OnModuleInit {
  readonly name = 'register';

  constructor(
    private readonly ledger: Ledger,
    private readonly projections: LedgerProjections,
    private readonly store: ProjectionStore,
    private readonly companies: CompaniesService,
  ) {}

  onModuleInit(): void {
    this.projections.register(this);
  }

  /**
   * The whole projection against the fold of every share entry: first as a stream, in bounded memory
   * ({@link projectionEqualsFold}); only when that finds a difference (or cannot tell), whole, in
   * memory, to name the first difference or the rule the ledger breaks. Outside a transaction it opens
   * one (a consistent read, which the stream's cursors need).
   */
  async verify(em: Em, companyId: string): Promise<ProjectionVerification> {
    if (!em.isInTransaction()) return em.transactional((tx) => this.verify(tx, companyId), { isolationLevel: 'repeatable read', readOnly: true });
    const company = await this.companies.get(companyId, em);
    const corrections = await shareCorrections(this.ledger, em, companyId);
    if (await projectionEqualsFold(em, this.ledger, company, corrections)) return { matches: true };
    const events: ShareEvent[] = await shareEventsInForce(this.ledger, em, companyId);
    let expected;
    try {
      expected = foldProjection(company, events, 'latest').rows;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { matches: false, ledgerDoesNotFold: foldFailure(error) };
    }
    const difference = firstDifference(expected, await this.store.rows(em, companyId));
    return difference ? { matches: false, firstDifference: difference } : { matches: true };
  }

  /**
   * The register of the shares and members `event` depends on, folded from the ledger entries about
   * them (the event's share, every share its members ever held, every share entered for the receiving
   * practice): exact for those, whatever the rest of the ledger holds. Refuses, before anything is
   * written, when the projection's rows for the event's share and members are not the ones that fold
   * gives: the write would build on rows the ledger does not back.
   */
  async registerFor(em: Em, company: Company, event: ShareEvent, memberIds: readonly string[], practiceId: string | null): Promise<ShareRegister> {
    const about = this.readAbout(company.id, event, memberIds, practiceId);
    const [read] = await em.execute<ReadAbout[]>(`select ${about.sql}`, about.params);
    return this.registerFrom(company, event, memberIds, read);
  }

  /**
   * What {@link registerFor} reads, as columns of a select (`ledgerEntries`, `holdings`, `entries`),
   * for a caller that reads other things in the same round trip and hands the row to {@link registerFrom}.
   */
  readAbout(companyId: string, event: ShareEvent, memberIds: readonly string[], practiceId: string | null): { sql: string; params: unknown[] } {
    const shareNumber = shareOf(event);
    const shareNumbers = shareNumber === null ? [] : [shareNumber];
    // The ledger entries about them and their stored rows, in one round trip.
    const history = shareHistoryQuery(companyId, { shareNumbers, memberIds, practiceIds: practiceId === null ? [] : [practiceId] });
    const stored = rowsAboutColumns(companyId, { shareNumbers, memberIds });
    return {
      sql: `(select coalesce(json_agg(h order by h.sequence), '[]'::json) from (${history.sql}) h) as "ledgerEntries", ${stored.sql}`,
      params: [...history.params, ...stored.params],
    };
  }

  /** {@link registerFor} from what {@link readAbout} read: the fold, checked against the stored rows (throws as registerFor does). */
  registerFrom(company: Company, event: ShareEvent, memberIds: readonly string[], read: ReadAbout): ShareRegister {
    const shareNumber = shareOf(event);
    const shareNumbers = shareNumber === null ? [] : [shareNumber];
    let folded;
    try {
      folded = foldProjection(company, shareRegisterFamily.decodeAll(read.ledgerEntries));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const failure = foldFailure(error);
      throw new AppError('LEDGER_DOES_NOT_FOLD', `the ledger no longer folds: entry ${failure.sequence} breaks ${failure.code} (${failure.message}); nothing was recorded`, failure);
    }
    const difference = firstDifference(rowsAbout(folded.rows, shareNumbers, memberIds), { holdings: read.holdings, entries: read.entries });
    if (difference) throw projectionOutOfStep(company.id, difference);
    return folded.register;
  }
}

/** What {@link RegisterProjectionCheck.readAbout} reads: the ledger entries about an event's shares and members, and their stored rows. */
export interface ReadAbout {
  readonly ledgerEntries: ChainedLedgerRecord[];
  readonly holdings: HoldingRow[];
  readonly entries: EntryRow[];
}

export function projectionOutOfStep(companyId: string, difference: ProjectionDifference): AppError {
  const key = Object.entries(difference.row).map(([k, v]) => `${k} ${v}`).join(', ');
  return new AppError(
    'PROJECTION_OUT_OF_STEP',
    `the register projection does not match the ledger (${difference.table}: ${key}); nothing was recorded. ` +
      `Rebuild it from the ledger with: npm run rebuild-projection -- ${companyId}`,
    difference,
  );
}

function foldFailure(error: DomainError): { sequence: number | null; code: string; message: string } {
  const eventId = (error.details as { eventId?: string } | undefined)?.eventId;
  return { sequence: eventId === undefined ? null : Number(eventId), code: error.code, message: error.message };
}
