import { Migration } from '@mikro-orm/migrations';

/**
 * The share-entry key index (a GIN index, see Migration20261201000000_share_entry_keys) without its
 * pending list. With `fastupdate` on, new entries' keys wait in an unsorted list that every look-up
 * scans until a vacuum merges it, so the rule checks of a write slow down as writes accumulate; off,
 * each insert puts its keys into the index at once and a look-up reads only the sorted tree. The
 * list already pending is merged now.
 */
export class Migration20261201000800_share_entry_keys_fastupdate_off extends Migration {
  override name = 'Migration20261201000800_share_entry_keys_fastupdate_off';

  override up(): void {
    this.addSql(`alter index ledger_entry_share_keys_idx set (fastupdate = off)`);
    this.addSql(`select gin_clean_pending_list('ledger_entry_share_keys_idx'::regclass)`);
  }
}
