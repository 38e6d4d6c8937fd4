import { Migration } from '@mikro-orm/migrations';

/**
 * The head of each company's chain (its last entry's sequence, hash and recording instant) kept on the
 * company's row, so that a write reads it with the row lock it takes, in the same statement: a
 * `select … for update` that waited for another writer returns the row as that writer left it, where a
 * read of `ledger_entry` in the same statement would still see the chain as it stood before. A trigger
 * on `ledger_entry` keeps the head, once per insert statement, whatever inserts the entries (a write, a
 * batch, a bulk load); the head only moves forward. `GET …/ledger/verify` recomputes the chain itself
 * and does not rely on these columns.
 */
export class Migration20261201001100_company_chain_head extends Migration {
  override name = 'Migration20261201001100_company_chain_head';

  override up(): void {
    this.addSql(`alter table company add column head_sequence integer, add column head_hash text, add column head_recorded_at timestamptz`);
    this.addSql(`create function company_chain_head() returns trigger language plpgsql as $$
      begin
        update company c set head_sequence = n.sequence, head_hash = n.hash, head_recorded_at = n.recorded_at
          from (select distinct on (company_id) company_id, sequence, hash, recorded_at from inserted order by company_id, sequence desc) n
          where c.id = n.company_id and n.sequence > coalesce(c.head_sequence, 0);
        return null;
      end $$`);
    this.addSql(`create trigger ledger_entry_chain_head after insert on ledger_entry
      referencing new table as inserted for each statement execute function company_chain_head()`);
    this.addSql(`update company c set head_sequence = h.sequence, head_hash = h.hash, head_recorded_at = h.recorded_at
      from (select distinct on (company_id) company_id, sequence, hash, recorded_at from ledger_entry order by company_id, sequence desc) h
      where c.id = h.company_id`);
  }
}
