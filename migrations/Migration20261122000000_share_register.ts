import { Migration } from '@mikro-orm/migrations';

/**
 * The share register: companies, practices and holders; API tokens; the hash-chained, append-only
 * ledger; and the projection of holdings by effective date that register queries read.
 */
export class Migration20261122000000_share_register extends Migration {
  override name = 'Migration20261122000000_share_register';

  override up(): void {
    this.addSql(`create table company (
      id text primary key,
      name text not null,
      company_number text null,
      incorporated_on date not null,
      registered_office text not null,
      share_class text not null,
      nominal_value_pence integer not null check (nominal_value_pence >= 0),
      one_share_per_member boolean not null,
      member_eligibility text not null check (member_eligibility in ('practice', 'any')),
      created_at timestamptz not null default now()
    )`);
    this.addSql(`create table practice (
      id text primary key,
      company_id text not null references company (id),
      ods_code text not null,
      name text not null,
      address text not null,
      network_name text null,
      unique (company_id, ods_code)
    )`);
    this.addSql(`create table member (
      id text primary key,
      company_id text not null references company (id),
      name text not null,
      address text not null,
      practice_id text null references practice (id),
      created_at timestamptz not null default now()
    )`);
    this.addSql(`create index member_company_practice_idx on member (company_id, practice_id)`);
    this.addSql(`create table api_token (
      id text primary key,
      name text not null,
      role text not null check (role in ('secretary', 'board', 'auditor')),
      token_hash text not null unique,
      created_at timestamptz not null,
      created_by text null
    )`);

    // The ledger: one chain per company. The primary key and the unique previous_hash make a fork
    // impossible even if two writers got past the lock; the trigger refuses updates and deletes.
    this.addSql(`create table ledger_entry (
      company_id text not null references company (id),
      sequence integer not null check (sequence > 0),
      kind text not null,
      effective_on date not null,
      recorded_at timestamptz not null,
      recorded_by text not null,
      payload jsonb not null,
      previous_hash char(64) not null,
      hash char(64) not null,
      primary key (company_id, sequence),
      unique (company_id, previous_hash)
    )`);
    this.addSql(`create function ledger_entry_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'ledger entries are append-only: % is not allowed', tg_op;
      end
    $$`);
    this.addSql(`create trigger ledger_entry_no_update before update or delete on ledger_entry
      for each row execute function ledger_entry_is_append_only()`);
    this.addSql(`create trigger ledger_entry_no_truncate before truncate on ledger_entry
      for each statement execute function ledger_entry_is_append_only()`);

    // Projection of the ledger, rebuilt from it at will: each s.113 entry (a period of membership)
    // and each period a share was held, by effective date.
    this.addSql(`create table register_entry (
      company_id text not null references company (id),
      member_id text not null,
      opened_by integer not null,
      registered_on date not null,
      ceased_on date null,
      name text not null,
      name_key text not null,
      address text not null,
      primary key (company_id, opened_by)
    )`);
    this.addSql(`create index register_entry_order_idx
      on register_entry (company_id, name_key collate "C", member_id collate "C", registered_on) include (ceased_on)`);
    this.addSql(`create index register_entry_member_idx on register_entry (company_id, member_id, registered_on)`);
    this.addSql(`create table share_holding (
      company_id text not null references company (id),
      share_number integer not null,
      opened_by integer not null,
      member_id text not null,
      held_from date not null,
      held_to date null,
      share_class text not null,
      nominal_pence integer not null,
      paid_up_pence integer not null,
      primary key (company_id, share_number, opened_by)
    )`);
    this.addSql(`create index share_holding_member_idx on share_holding (company_id, member_id, held_from)`);
    this.addSql(`create table register_total (
      company_id text not null references company (id),
      on_date date not null,
      issued_shares integer not null,
      current_members integer not null,
      primary key (company_id, on_date)
    )`);
  }
}

