import { Migration } from '@mikro-orm/migrations';

/**
 * No parallel plans over `ledger_entry`. A share write reads the entries about its shares and members
 * through the `share_entry_keys` GIN index, whose keys come from a subquery, so the planner estimates
 * thousands of rows; on a ledger of a million entries that estimate chose a parallel plan, and starting
 * two workers took 40–50 ms for a read that finds a handful of rows in under 3 ms (`npm run bench:write`
 * with `BENCH_LARGE=1000000`: 18 writes a second against 93 at a thousand entries). The reads that do
 * go over a whole ledger use cursors, for which PostgreSQL makes no parallel plan anyway.
 */
export class Migration20261203000100_ledger_entry_serial_scans extends Migration {
  override name = 'Migration20261203000100_ledger_entry_serial_scans';

  override up(): void {
    this.addSql(`alter table ledger_entry set (parallel_workers = 0)`);
  }
}
