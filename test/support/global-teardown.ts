import { rmSync } from 'node:fs';
import { admin } from './postgres-admin';

/** Once per run, after every test file: the run's template and test databases and its scratch directory go. */
export default async function globalTeardown(): Promise<void> {
  const runId = process.env.CIC_TEST_RUN_ID;
  const runDir = process.env.CIC_TEST_RUN_DIR;
  if (runDir) rmSync(runDir, { recursive: true, force: true });
  if (!runId || !process.env.TEST_DATABASE_URL) return;
  await admin(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `select datname from pg_database where datname like 'cic\\_test\\_' || $1 || '\\_%' or datname like 'cic\\_template\\_' || $1 || '\\_%'`,
      [runId],
    );
    for (const { datname } of rows) await client.query(`drop database if exists ${datname} with (force)`);
  });
}
