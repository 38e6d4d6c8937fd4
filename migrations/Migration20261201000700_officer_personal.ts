import { Migration } from '@mikro-orm/migrations';

/**
 * Officers' protected details (EC-3, EC-4): the s.165 residential address, the full date of birth and
 * the identity-verification personal code, which only the secretary may see. The officers' records
 * themselves are ledger entries (director.*, officer.*); the ledger, which board members and auditors
 * read, carries only a salted SHA-256 commitment to each version of these details. The versions live
 * here, append-only like the ledger, as employees' records do in tupe_employee_personal.
 */
export class Migration20261201000700_officer_personal extends Migration {
  override name = 'Migration20261201000700_officer_personal';

  override up(): void {
    this.addSql(`create table officer_personal (
      company_id text not null references company (id),
      officer_id text not null,
      commitment char(64) not null,
      salt char(32) not null,
      data jsonb not null,
      recorded_at timestamptz not null default now(),
      primary key (company_id, commitment)
    )`);
    this.addSql(`create index officer_personal_officer_idx on officer_personal (company_id, officer_id)`);
    this.addSql(`create function officer_personal_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'officers'' protected details are append-only: % is not allowed', tg_op;
      end
    $$`);
    this.addSql(`create trigger officer_personal_no_update before update or delete on officer_personal
      for each row execute function officer_personal_is_append_only()`);
    this.addSql(`create trigger officer_personal_no_truncate before truncate on officer_personal
      for each statement execute function officer_personal_is_append_only()`);
  }
}
