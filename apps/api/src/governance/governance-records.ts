import { Injectable } from '@nestjs/common';
import { EMPTY_GOVERNANCE, evolveGovernance, governanceSettings, type GovernanceEvent, type GovernanceSettings, type GovernanceSettingsOverrides, type GovernanceState } from '#domain';
import type { Em } from '../database/orm';
import { governanceFamilies } from '../ledger/codecs/governance.codec';
import { FoldCache } from '../ledger/fold-cache';

/** A company's directors, resolutions and filings, folded by the domain from its ledger; and the articles' settings. */
@Injectable()
export class GovernanceRecords {
  constructor(private readonly folds: FoldCache) {}

  /** Folded by the domain's `evolveGovernance`, brought up to date from the entries appended since the last read. */
  load(em: Em, companyId: string): Promise<GovernanceState> {
    return this.folds.fold<GovernanceState, GovernanceEvent>(em, companyId, 'governance', governanceFamilies, EMPTY_GOVERNANCE, evolveGovernance);
  }

  /** The articles' governance settings: the Act's defaults with the company's overrides. */
  async settings(em: Em, companyId: string): Promise<GovernanceSettings> {
    const rows = await em.execute<{ governance: GovernanceSettingsOverrides }[]>(`select governance from company where id = ?`, [companyId]);
    return governanceSettings(rows[0]?.governance ?? {});
  }
}
