import { ChainVerifier, type ShareEvent } from '#domain';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import type { Orm } from '../database/orm';
import { shareEventsInForce } from '../ledger/share-events-in-force';
import { Ledger } from '../ledger/ledger';
import { firstDifference, type ProjectionDifference } from './projection-difference';
import { ProjectionStore } from './projection.store';
import { RegisterStore } from './register.store';
import { buildProjection } from './register-writer';

export interface RebuildResult {
  readonly companyId: string;
  readonly ledgerEntries: number;
  readonly shareEvents: number;
  /** The first difference the rebuild put right, or null when the projection already matched. */
  readonly corrected: ProjectionDifference | null;
  readonly rows: { readonly holdings: number; readonly entries: number; readonly totals: number };
}

/**
 * Replaces a company's register projection with the fold of its ledger, inside the company's write
 * lock (so no share event is recorded meanwhile). Refuses when the chain does not verify: a projection
 * is only ever rebuilt from a ledger that is intact. Used by `npm run rebuild-projection -- <companyId>`.
 */
export async function rebuildProjection(orm: Orm, companyId: string): Promise<RebuildResult> {
  const ledger = new Ledger(orm);
  const companies = new CompaniesService(orm);
  return ledger.writeForCompany(companyId, 'rebuild-projection', async ({ em }) => {
    const company = await companies.get(companyId, em);
    const verifier = new ChainVerifier();
    for await (const entry of ledger.all(em, companyId)) if (!verifier.push(entry)) break;
    const chain = verifier.result();
    if (!chain.valid) {
      throw new AppError('LEDGER_DOES_NOT_FOLD', `the ledger's chain is broken at entry ${chain.firstBreak.sequence} (${chain.firstBreak.reason}): the projection is not rebuilt from it`, chain.firstBreak);
    }
    const events: ShareEvent[] = await shareEventsInForce(ledger, em, companyId);
    const rows = buildProjection(company, events);
    const corrected = firstDifference(rows, await new ProjectionStore().rows(em, companyId));
    await new RegisterStore().replace(em, companyId, rows);
    return {
      companyId,
      ledgerEntries: chain.events,
      shareEvents: events.length,
      corrected,
      rows: { holdings: rows.holdings.length, entries: rows.entries.length, totals: rows.totals.length },
    };
  });
}
