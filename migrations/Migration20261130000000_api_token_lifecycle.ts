import { Migration } from '@mikro-orm/migrations';

/**
 * Tokens get an optional expiry, a revocation time and the time last used, and say where they came
 * from: `api` (POST /api/tokens), `admin-token` (the ADMIN_TOKEN setting; a new value revokes the
 * previous one's) or `generated` (the first secretary token written to DATA_DIR). Existing rows are
 * classified by how they were made before: the ADMIN_TOKEN's was named `admin`, the generated one
 * `first secretary`, both with no creator.
 */
export class Migration20261130000000_api_token_lifecycle extends Migration {
  override name = 'Migration20261130000000_api_token_lifecycle';

  override up(): void {
    this.addSql(`alter table api_token add column expires_at timestamptz null`);
    this.addSql(`alter table api_token add column revoked_at timestamptz null`);
    this.addSql(`alter table api_token add column last_used_at timestamptz null`);
    this.addSql(`alter table api_token add column origin text not null default 'api'`);
    this.addSql(`update api_token set origin = 'admin-token' where name = 'admin' and created_by is null`);
    this.addSql(`update api_token set origin = 'generated' where name = 'first secretary' and created_by is null`);
    this.addSql(`alter table api_token add constraint api_token_origin_check check (origin in ('api', 'admin-token', 'generated'))`);
  }
}
