/**
 * The share-entry key index that a write's rule checks look up is a GIN index with no pending list
 * (`fastupdate = off`): each entry's keys are in the sorted index as soon as it is committed, so a
 * look-up never scans a list that grows with the writes since the last vacuum.
 */
import { databaseKinds } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

describe.each(databaseKinds())('the share-entry key index (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    await t.close();
  });

  it('is a GIN index with fastupdate off', async () => {
    const [index] = await t.sql<{ method: string; options: string[] | null }>(
      `select am.amname as method, c.reloptions as options
       from pg_class c join pg_am am on am.oid = c.relam where c.relname = 'ledger_entry_share_keys_idx'`,
    );
    expect(index).toEqual({ method: 'gin', options: ['fastupdate=off'] });
  });
});
