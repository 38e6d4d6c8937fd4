import { Injectable } from '@nestjs/common';
import { foldGovernance, governanceSettings, type ChainedLedgerRecord, type GovernanceSettings, type GovernanceSettingsOverrides, type GovernanceState } from '#domain';
import type { Em } from '../database/orm';
import { governanceFamilies } from '../ledger/codecs/governance.codec';
import { Ledger } from '../ledger/ledger';

/** A company's directors, resolutions and filings, folded by the domain from its ledger; and the articles' settings. */
@Injectable()
export class GovernanceRecords {
  constructor(private readonly ledger: Ledger) {}

  async load(em: Em, companyId: string): Promise<GovernanceState> {
    const entries: { entry: ChainedLedgerRecord; family: (typeof governanceFamilies)[number] }[] = [];
    for (const family of governanceFamilies) {
      for await (const entry of this.ledger.all(em, companyId, family.prefix)) entries.push({ entry, family });
    }
    entries.sort((a, b) => a.entry.sequence - b.entry.sequence);
    return foldGovernance(entries.map(({ entry, family }) => family.decode(entry)));
  }

  /** The articles' governance settings: the Act's defaults with the company's overrides. */
  async settings(em: Em, companyId: string): Promise<GovernanceSettings> {
    const rows = await em.execute<{ governance: GovernanceSettingsOverrides }[]>(`select governance from company where id = ?`, [companyId]);
    return governanceSettings(rows[0]?.governance ?? {});
  }
}
