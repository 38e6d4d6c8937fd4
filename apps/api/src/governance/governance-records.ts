import { Injectable } from '@nestjs/common';
import { EMPTY_GOVERNANCE, evolveGovernanceWithOfficers, governanceSettings, type GovernanceEvent, type OfficerEvent, type GovernanceSettings, type GovernanceSettingsOverrides, type GovernanceState } from '#domain';
import type { Em } from '../database/orm';
import { governanceFamilies } from '../ledger/codecs/governance.codec';
import { officersFamily } from '../ledger/codecs/officers.codec';
import { FoldCache } from '../ledger/fold-cache';

/** A company's directors, resolutions and filings, folded by the domain from its ledger; and the articles' settings. */
@Injectable()
export class GovernanceRecords {
  constructor(private readonly folds: FoldCache) {}

  /**
   * Folded by the domain's `evolveGovernanceWithOfficers` (the officers' `officer.*` entries too, so the
   * register of directors keeps each change of name or service address with its day), brought up to
   * date from the entries appended since the last read.
   */
  load(em: Em, companyId: string): Promise<GovernanceState> {
    return this.folds.fold<GovernanceState, GovernanceEvent | OfficerEvent>(em, companyId, 'governance', [...governanceFamilies, officersFamily], EMPTY_GOVERNANCE, evolveGovernanceWithOfficers);
  }

  /** The articles' governance settings: the Act's defaults with the company's overrides. */
  async settings(em: Em, companyId: string): Promise<GovernanceSettings> {
    const rows = await em.execute<{ governance: GovernanceSettingsOverrides }[]>(`select governance from company where id = ?`, [companyId]);
    return governanceSettings(rows[0]?.governance ?? {});
  }
}
