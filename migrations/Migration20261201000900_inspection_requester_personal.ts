import { Migration } from '@mikro-orm/migrations';

/**
 * The address of whoever asked to inspect or copy the register of members (s.116(4)(a), IN-2): personal
 * data, which only the secretary may see. The inspection log itself is ledger entries
 * (`inspection.*`), which board members and auditors read; since `inspection.request-received.v2` the
 * entry carries only a salted SHA-256 commitment to the address, which lives here, append-only like
 * the ledger and like officer_personal.
 */
export class Migration20261201000900_inspection_requester_personal extends Migration {
  override name = 'Migration20261201000900_inspection_requester_personal';

  override up(): void {
    this.addSql(`create table inspection_requester_personal (
      company_id text not null references company (id),
      request_id text not null,
      commitment char(64) not null,
      salt char(32) not null,
      data jsonb not null,
      recorded_at timestamptz not null default now(),
      primary key (company_id, commitment)
    )`);
    this.addSql(`create index inspection_requester_personal_request_idx on inspection_requester_personal (company_id, request_id)`);
    this.addSql(`create function inspection_requester_personal_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'inspection requesters'' addresses are append-only: % is not allowed', tg_op;
      end
    $$`);
    this.addSql(`create trigger inspection_requester_personal_no_update before update or delete on inspection_requester_personal
      for each row execute function inspection_requester_personal_is_append_only()`);
    this.addSql(`create trigger inspection_requester_personal_no_truncate before truncate on inspection_requester_personal
      for each statement execute function inspection_requester_personal_is_append_only()`);
  }
}
