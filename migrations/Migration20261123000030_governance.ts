import { Migration } from '@mikro-orm/migrations';

/**
 * Directors, resolutions and filings live in the ledger; this adds the articles' governance
 * settings to the company, the authorising resolution to the holdings projection, and an index for
 * reading one kind of ledger entry.
 */
export class Migration20261123000030_governance extends Migration {
  override name = 'Migration20261123000030_governance';

  override up(): void {
    this.addSql(`alter table company add column governance jsonb not null default '{}'::jsonb`);
    this.addSql(`alter table share_holding add column authorised_by text null`);
    this.addSql(`create index ledger_entry_kind_idx on ledger_entry (company_id, kind text_pattern_ops, sequence)`);
  }
}
