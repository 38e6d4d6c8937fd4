import { Migration } from '@mikro-orm/migrations';

/**
 * A member's particulars change over time (RM-3, s.113(6A)): each register_entry row is one version
 * of an entry's particulars, shown from `shown_from` until `shown_to` (null: still shown). Rows made
 * before this had one version each, shown from the day the member was registered. `joint_holders`
 * lists the other joint holders' names after the first-named (RM-2), null for a sole holder; the
 * member table keeps a member's current ones, as it keeps the current name and address.
 */
export class Migration20261201000400_register_particulars extends Migration {
  override name = 'Migration20261201000400_register_particulars';

  override up(): void {
    this.addSql(`alter table register_entry add column shown_from date null, add column shown_to date null, add column joint_holders jsonb null`);
    this.addSql(`update register_entry set shown_from = registered_on`);
    this.addSql(`alter table register_entry alter column shown_from set not null`);
    this.addSql(`alter table member add column joint_holders jsonb null`);
  }
}
