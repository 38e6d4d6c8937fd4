import { Migration } from '@mikro-orm/migrations';
import { rekeyRegisterNames } from './register-name-keys';

/**
 * The register's key reads runs of spaces as one, with none leading or trailing (`nameKey`): "Dr  Jones"
 * is keyed, sorted and found as "dr jones". Keys written before kept the spaces as typed.
 */
export class Migration20261206000100_register_name_key_spaces extends Migration {
  override name = 'Migration20261206000100_register_name_key_spaces';

  override async up(): Promise<void> {
    await rekeyRegisterNames((sql, params) => this.execute(sql, params));
  }
}
