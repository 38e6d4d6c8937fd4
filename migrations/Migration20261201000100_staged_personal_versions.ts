import { Migration } from '@mikro-orm/migrations';

/**
 * An employee's new record versions are stored before the company's write lock is taken (a 5 MB
 * staff list is some 20,000 rows), and the ledger entry committing to them is appended under the lock
 * afterwards. Until then a version is staged: its ledger_sequence is null. A version is only ever read
 * through a commitment the ledger names, so one staged by an import that then failed is never shown.
 */
export class Migration20261201000100_staged_personal_versions extends Migration {
  override name = 'Migration20261201000100_staged_personal_versions';

  override up(): void {
    this.addSql(`alter table tupe_employee_personal alter column ledger_sequence drop not null`);
  }
}
