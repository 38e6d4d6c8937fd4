import { nameKey } from '#domain';

/** Names re-keyed per statement: small enough for one parameter, few enough statements for a register of 100,000 names. */
const BATCH = 2_000;

/**
 * Keys each distinct name of the register again with the domain's `nameKey`, so the stored keys
 * (`register_entry.name_key`) are the ones the register's reads and the domain's fold compare with.
 * Names already keyed alike are left as they are. Used by each migration that changes the key.
 */
export async function rekeyRegisterNames(execute: (sql: string, params?: unknown[]) => Promise<unknown>): Promise<void> {
  const rows = (await execute(`select distinct name, name_key as "key" from register_entry`)) as { name: string; key: string }[];
  const changed = rows.filter((r) => nameKey(r.name) !== r.key).map((r) => ({ name: r.name, key: nameKey(r.name) }));
  for (let i = 0; i < changed.length; i += BATCH) {
    await execute(
      `update register_entry r set name_key = t.key
         from jsonb_to_recordset(?::jsonb) as t(name text, key text)
        where r.name = t.name and r.name_key is distinct from t.key`,
      [JSON.stringify(changed.slice(i, i + BATCH))],
    );
  }
}
