import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes that answer "as at a date" inside the index. A register entry is current on day D when
 * registered_on <= D and coalesce(ceased_on, 'infinity') > D (a share is held likewise by held_from
 * and held_to). With that expression a key of the index, PostgreSQL checks both bounds on the index
 * tuple and fetches from the table only the rows it returns; before, it fetched every former entry
 * it walked past to read ceased_on. The entries' index is also in the page's full order (ties of
 * name, member and date broken by ceased_on, then opened_by), so no sort is needed. They replace the
 * indexes they extend.
 */
export class Migration20261123000001_register_as_at_indexes extends Migration {
  override name = 'Migration20261123000001_register_as_at_indexes';

  override up(): void {
    this.addSql(`create index register_entry_as_at_idx on register_entry
      (company_id, name_key collate "C", member_id collate "C", registered_on, coalesce(ceased_on, 'infinity'::date), opened_by)`);
    this.addSql(`drop index register_entry_order_idx`);
    this.addSql(`create index share_holding_as_at_idx on share_holding
      (company_id, member_id, held_from, coalesce(held_to, 'infinity'::date))`);
    this.addSql(`drop index share_holding_member_idx`);
  }
}
