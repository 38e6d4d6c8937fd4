/**
 * `GET …/ledger/verify?from=known-head&knownSequence=&knownHash=`: an auditor who verified the ledger
 * up to a head (a checkpoint they kept) checks only what was appended since: that entry still has that
 * hash, and every entry after it is intact and linked to it. The cost is the new entries alone: the
 * result counts them.
 */
import type { Checkpoint } from '../apps/api/src/ledger/checkpoint';
import { passBoardResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

describe.each(databaseKinds())('verifying only what was appended after a head the auditor holds (%s)', (kind) => {
  let t: TestApp;
  let held: Checkpoint;
  beforeAll(async () => {
    t = await startTestApp(kind);
    held = (await t.http.get(`${C}/ledger/checkpoint`).set(t.auth('auditor')).expect(200)).body.checkpoint;
    await passBoardResolution(t, COMPANY, '2024-01-10', [{ action: 'allotment', shareNumber: 38 }]);
    await t.http.post(`${C}/share-allotments`).set(t.auth('secretary')).send({ effectiveOn: '2024-02-01', shareNumber: 38, holder: { practiceId: 'practice-z00038' } });
  });
  afterAll(() => t.close());

  const verify = async (query: string, status = 200) => (await t.http.get(`${C}/ledger/verify${query}`).set(t.auth('auditor')).expect(status)).body;
  const after = (c: { sequence: number; hash: string }) => `?from=known-head&knownSequence=${c.sequence}&knownHash=${c.hash}`;

  it('RM-4: checks and counts only the entries after the head held, and agrees with a whole verify', async () => {
    const whole = await verify('');
    expect(whole).toMatchObject({ valid: true, events: whole.headSequence, projection: { matches: true } });
    expect(whole.checkedFrom).toBeUndefined();
    expect(whole.headSequence).toBeGreaterThan(held.sequence + 1);
    const since = await verify(after(held));
    expect(since).toEqual({
      valid: true,
      events: whole.headSequence - held.sequence,
      headSequence: whole.headSequence,
      headHash: whole.headHash,
      checkedFrom: held.sequence + 1,
      knownHead: { sequence: held.sequence, hash: held.hash, found: 'same' },
    });
    // At the head itself: nothing new to check.
    expect(await verify(after({ sequence: whole.headSequence, hash: whole.headHash }))).toMatchObject({ valid: true, events: 0, headSequence: whole.headSequence });
  });

  it('RM-4: an entry after the head held, changed behind the service (trigger off), is named; a head held that the ledger no longer has is reported', async () => {
    const whole = await verify('');
    await t.orm.em.fork().transactional(async (em) => {
      await em.execute('set local session_replication_role = replica');
      await em.execute(`update ledger_entry set payload = payload || '{"altered": true}'::jsonb where company_id = ? and sequence = ?`, [COMPANY, held.sequence + 1]);
    });
    expect(await verify(after(held))).toMatchObject({ valid: false, checkedFrom: held.sequence + 1, firstBreak: { reason: 'hash-mismatch', sequence: held.sequence + 1 } });
    expect(await verify(after({ sequence: held.sequence, hash: 'a'.repeat(64) }))).toMatchObject({
      valid: false,
      events: 0,
      knownHead: { found: 'different-hash', storedHash: held.hash, problem: expect.stringContaining('the chain was rewritten') },
    });
    expect(await verify(after({ sequence: whole.headSequence + 5, hash: held.hash }))).toMatchObject({
      valid: false,
      knownHead: { found: 'missing', ledgerEndsAt: whole.headSequence },
    });
  });

  it('from=known-head without the head held is refused with 400 naming knownSequence; an unknown from too', async () => {
    expect(await verify('?from=known-head', 400)).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'knownSequence' }] });
    expect(await verify('?from=somewhere', 400)).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'from' }] });
  });
});
