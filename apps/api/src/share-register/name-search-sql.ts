import { NAME_WORD_SEPARATORS, nameKey } from '#domain';

/**
 * RM-1: `nameHasWordStarting` as a condition on `register_entry.name_key`: the key begins with the
 * search's key, or holds it after a word separator. LIKE's `%` and `_` in the search are matched as
 * themselves (escaped with `!`). Given as ` and (…)` to add to a where clause; nothing for no search.
 */
export function nameSearchCondition(search: string | null | undefined): { readonly sql: string; readonly params: readonly string[] } {
  if (!search?.trim()) return { sql: '', params: [] };
  const wanted = nameKey(search.trim()).replace(/[!%_]/g, (c) => `!${c}`);
  const params = [`${wanted}%`, ...NAME_WORD_SEPARATORS.map((separator) => `%${separator}${wanted}%`)];
  return { sql: ` and (${params.map(() => `name_key like ? escape '!'`).join(' or ')})`, params };
}
