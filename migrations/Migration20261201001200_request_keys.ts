import { Migration } from '@mikro-orm/migrations';

/**
 * The keys of requests and page forms already answered (an `Idempotency-Key` header, a form's
 * one-time token), so that the same request sent twice records once on every instance of the service
 * and after a restart. A key is written in the same transaction as the record it made, under the
 * company's lock (Ledger.writeForCompany); `record_id` names that record, `fingerprint` the request
 * body it came with (null for a form's token). Nothing of it enters the ledger. Keys older than a day
 * are ignored and pruned.
 */
export class Migration20261201001200_request_keys extends Migration {
  override name = 'Migration20261201001200_request_keys';

  override up(): void {
    this.addSql(`create table request_key (
      company_id text not null references company (id),
      scope text not null,
      key text not null,
      fingerprint text null,
      record_id text not null,
      created_at timestamptz not null default now(),
      primary key (company_id, scope, key)
    )`);
    this.addSql(`create index request_key_created_at_index on request_key (company_id, created_at)`);
  }
}
