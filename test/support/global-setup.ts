import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Once per run, before any test file: a scratch directory and an id for the run. Test databases and
 * their templates (test/support/databases.ts) are made under them, and global-teardown.ts removes
 * whatever is left, even after a run that was interrupted part-way through a file.
 */
export default function globalSetup(): void {
  process.env.CIC_TEST_RUN_ID = randomBytes(4).toString('hex');
  process.env.CIC_TEST_RUN_DIR = mkdtempSync(join(tmpdir(), 'cic-test-run-'));
}
