/**
 * The floor for `npm run bench:startup`: Node and PGlite opening a data directory, and nothing else.
 *
 *   node dist/bench/startup-floor.js <pglite directory>
 *
 * Prints `open` once `select 1` has answered, then closes the database and exits. On an empty
 * directory PGlite runs initdb first, as the service would without its template.
 */
import '../apps/api/src/compile-cache';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';

async function main(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const db = await PGlite.create(dir);
  await db.query('select 1');
  process.stdout.write('open\n');
  await db.close();
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
