import { Migration } from '@mikro-orm/migrations';

/**
 * Personal data of employees on TUPE transfers. The alliance and TUPE records themselves are ledger
 * entries (organisation.*, partnership.*, service-contract.*, network.*, tupe.*); the ledger, which
 * board members and auditors read, carries only a salted SHA-256 commitment to each version of an
 * employee's record. The versions live here, append-only like the ledger: a re-import that changes
 * someone's record adds a version, and each version names the ledger entry that commits to it.
 */
export class Migration20261123000020_alliance_tupe extends Migration {
  override name = 'Migration20261123000020_alliance_tupe';

  override up(): void {
    this.addSql(`create table tupe_employee_personal (
      company_id text not null references company (id),
      transfer_id text not null,
      staff_number text not null,
      version integer not null check (version > 0),
      ledger_sequence integer not null,
      commitment char(64) not null,
      salt char(32) not null,
      data jsonb not null,
      -- Keyed by the commitment (unique: every version has its own random salt), not by staff number,
      -- which is free text from the transferor's spreadsheet and may be longer than an index allows.
      -- ledger_sequence names the entry that commits to the version; it is not a foreign key, which
      -- would change how ledger_entry refuses TRUNCATE.
      primary key (company_id, commitment)
    )`);
    this.addSql(`create index tupe_employee_personal_transfer_idx on tupe_employee_personal (company_id, transfer_id)`);
    this.addSql(`create function tupe_employee_personal_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'employee records are append-only: % is not allowed', tg_op;
      end
    $$`);
    this.addSql(`create trigger tupe_employee_personal_no_update before update or delete on tupe_employee_personal
      for each row execute function tupe_employee_personal_is_append_only()`);
    this.addSql(`create trigger tupe_employee_personal_no_truncate before truncate on tupe_employee_personal
      for each statement execute function tupe_employee_personal_is_append_only()`);
  }
}
