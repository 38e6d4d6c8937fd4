import { Migration } from '@mikro-orm/migrations';

/**
 * What each share entry of the ledger is about, as an index: its share, the members it names and the
 * practice of the holder it enters. A write checks its event against a fold of just the entries about
 * the shares it touches and the shares its members ever held (never against the projection alone),
 * and this index finds those entries without reading the rest of the ledger. It is derived by
 * PostgreSQL from the append-only table itself, so nothing outside the ledger can make it lie.
 */
export class Migration20261201000000_share_entry_keys extends Migration {
  override name = 'Migration20261201000000_share_entry_keys';

  override up(): void {
    this.addSql(`create function share_entry_keys(company_id text, kind text, payload jsonb) returns text[]
      language sql immutable parallel safe as $$
        select case when kind like 'share.%' then array_remove(array[
          company_id || '/share:' || (payload->>'shareNumber'),
          company_id || '/member:' || coalesce(payload->'holder'->>'memberId', payload->'to'->>'memberId'),
          company_id || '/member:' || coalesce(payload->>'fromMemberId', payload->>'memberId'),
          company_id || '/practice:' || coalesce(payload->'holder'->>'practiceId', payload->'to'->>'practiceId')
        ], null) end
      $$`);
    this.addSql(`create index ledger_entry_share_keys_idx on ledger_entry
      using gin (share_entry_keys(company_id, kind, payload)) where kind like 'share.%'`);
  }
}
