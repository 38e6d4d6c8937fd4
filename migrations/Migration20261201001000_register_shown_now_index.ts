import { Migration } from '@mikro-orm/migrations';

/**
 * The register entries' particulars as shown now (`shown_to is null`), in register order: a page of the
 * register as at a day on or after its last change reads only these, so it costs the same however many
 * times the members' names and addresses have changed (RM-3). Pages as at an earlier day keep to
 * register_entry_as_at_idx, which holds every version.
 */
export class Migration20261201001000_register_shown_now_index extends Migration {
  override name = 'Migration20261201001000_register_shown_now_index';

  override up(): void {
    this.addSql(`create index register_entry_shown_now_idx on register_entry
      (company_id, name_key collate "C", member_id collate "C", registered_on, coalesce(ceased_on, 'infinity'::date), opened_by)
      where shown_to is null`);
  }
}
