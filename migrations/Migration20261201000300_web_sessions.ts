import { Migration } from '@mikro-orm/migrations';

/**
 * Sessions of the web pages: one row per signed-in browser (and per visitor holding a sign-in form's
 * CSRF token), so that every instance of the service sees the same sessions. `data` is what
 * express-session keeps (the caller's token id, name and role, the CSRF token); never a bearer token.
 * A row past `expires_at` is refused and pruned.
 */
export class Migration20261201000300_web_sessions extends Migration {
  override name = 'Migration20261201000300_web_sessions';

  override up(): void {
    this.addSql(`create table web_session (sid varchar(128) primary key, data jsonb not null, expires_at timestamptz not null)`);
    this.addSql(`create index web_session_expires_at_index on web_session (expires_at)`);
  }
}
