import { Migration } from '@mikro-orm/migrations';
import { rekeyRegisterNames } from './register-name-keys';

/**
 * The register's sort and search key (`register_entry.name_key`) without accents (`nameKey`: "Nguyễn"
 * under "nguyen", "Łukasz" under "lukasz"). Keys written before were the name in lower case only; each
 * distinct name is keyed again by the domain's own function (`rekeyRegisterNames`).
 */
export class Migration20261206000000_register_name_key_folded extends Migration {
  override name = 'Migration20261206000000_register_name_key_folded';

  override async up(): Promise<void> {
    await rekeyRegisterNames((sql, params) => this.execute(sql, params));
  }
}
