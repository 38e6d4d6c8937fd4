import { Injectable } from '@nestjs/common';
import { checkDependentsKept, outcomeWorsened, type GovernanceState, type ResolutionDependent } from '#domain';
import type { Em } from '../database/orm';
import { assetLockedBodiesFamily } from '../ledger/codecs/asset-transfers.codec';
import { dividendsFamily } from '../ledger/codecs/dividends.codec';
import { Ledger } from '../ledger/ledger';
import { ShareLedgerCache } from '../ledger/share-ledger-cache';

/** The filings that do a resolution's duties: the resolution itself (FR-1) and the articles it amends (s.26). */
const FILING_WORDS: Readonly<Record<string, string>> = {
  'resolution-filing': 'The filing of the resolution with Companies House',
  'articles-filing': 'The filing of the articles as amended',
};

/**
 * The records that rely on a resolution having passed (filings, share events, dividends, changes of
 * the asset-locked bodies), read so that a later vote, attendance or interest cannot take away the
 * outcome they relied on. They are read only for a resolution whose outcome a write would worsen.
 */
@Injectable()
export class ResolutionDependents {
  constructor(
    private readonly ledger: Ledger,
    private readonly shares: ShareLedgerCache,
  ) {}

  /**
   * Checks, for each resolution of `before` whose record `after` changes, that every record relying on
   * it still finds it passed by its day. Throws `EVENT_PREDATES_DEPENDENCY` (409, `checkDependentsKept`).
   */
  async checkKept(em: Em, companyId: string, before: GovernanceState, after: GovernanceState): Promise<void> {
    for (const [id, was] of before.resolutions) {
      const now = after.resolutions.get(id);
      if (now === undefined || now === was || !outcomeWorsened(was, now)) continue;
      checkDependentsKept(was, now, await this.of(em, companyId, id, after), after.references.byId.get(id));
    }
  }

  /** The records of the company that rely on resolution `resolutionId`, in no particular order. */
  async of(em: Em, companyId: string, resolutionId: string, state: GovernanceState): Promise<ResolutionDependent[]> {
    const dependents: ResolutionDependent[] = [];
    for (const f of state.filings) {
      const words = FILING_WORDS[f.kind];
      if (words !== undefined && f.reference === resolutionId) dependents.push({ entry: 'filing', on: f.filedOn, words, details: { kind: f.kind } });
    }
    for (const e of await this.shares.movementsInForce(em, companyId)) {
      if (e.authorisedBy !== resolutionId || e.type === 'particulars-change') continue;
      dependents.push({ entry: e.type, on: e.effectiveOn, words: `The ${e.type} of share ${e.shareNumber}`, details: { shareNumber: e.shareNumber } });
    }
    for await (const d of this.ledger.events(em, companyId, dividendsFamily)) {
      const { declaration } = d;
      if (declaration.resolutionId === resolutionId) dependents.push({ entry: 'dividend', on: declaration.declaredOn, words: `The dividend ${declaration.id}`, details: { dividendId: declaration.id } });
    }
    for await (const c of this.ledger.events(em, companyId, assetLockedBodiesFamily)) {
      if (c.resolutionId === resolutionId) dependents.push({ entry: 'asset-locked-bodies', on: c.effectiveOn, words: 'The change of the asset-locked bodies the articles name', details: { changeId: c.changeId } });
    }
    return dependents;
  }
}
