import { Migration } from '@mikro-orm/migrations';
import { nameKey } from '#domain';

/** Names re-keyed per statement: small enough for one parameter, few enough statements for a register of 100,000 names. */
const BATCH = 2_000;

/**
 * The register's sort and search key (`register_entry.name_key`) without accents (`nameKey`: "Nguyễn"
 * under "nguyen", "Łukasz" under "lukasz"). Keys written before were the name in lower case only; each
 * distinct name is keyed again by the domain's own function, so the stored keys are the ones the
 * register's reads and the domain's fold compare with. Names already keyed alike are left as they are.
 */
export class Migration20261206000000_register_name_key_folded extends Migration {
  override name = 'Migration20261206000000_register_name_key_folded';

  override async up(): Promise<void> {
    const rows = (await this.execute(`select distinct name, name_key as "key" from register_entry`)) as { name: string; key: string }[];
    const changed = rows.filter((r) => nameKey(r.name) !== r.key).map((r) => ({ name: r.name, key: nameKey(r.name) }));
    for (let i = 0; i < changed.length; i += BATCH) {
      await this.execute(
        `update register_entry r set name_key = t.key
           from jsonb_to_recordset(?::jsonb) as t(name text, key text)
          where r.name = t.name and r.name_key is distinct from t.key`,
        [JSON.stringify(changed.slice(i, i + BATCH))],
      );
    }
  }
}
