/**
 * An anchor outside the database. Deleting the newest entries, or rewriting the whole chain with
 * recomputed hashes, leaves a chain that verifies on its own; a signed checkpoint the auditor kept
 * from before makes both fail, online and offline. A checkpoint signed by any other key is refused.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chain, type ChainedLedgerRecord } from '#domain';
import { checkpointMessage, checkpointSignedBy, publishedKey, type Checkpoint } from '../apps/api/src/ledger/checkpoint';
import { SIGNING_KEY_FILE } from '../apps/api/src/ledger/checkpoint-signer';
import { main as verifyLedger } from '../scripts/verify-ledger';
import { passBoardResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

interface Published {
  checkpoint: Checkpoint;
  publicKey: string;
}

describe.each(databaseKinds())('signed checkpoints of the chain head (%s)', (kind) => {
  let t: TestApp | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'cic-checkpoint-'));
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const app = () => t!;
  const checkpoint = async (): Promise<Published> => (await app().http.get(`${C}/ledger/checkpoint`).set(app().auth('auditor')).expect(200)).body;
  const verify = async (query = '') => (await app().http.get(`${C}/ledger/verify${query}`).set(app().auth('auditor')).expect(200)).body;
  const known = (c: Checkpoint) => `?knownSequence=${c.sequence}&knownHash=${c.hash}`;
  const exportFile = async (name: string, change?: (exported: Record<string, unknown>) => void) => {
    const res = await app().http.get(`${C}/ledger/export`).set(app().auth('auditor')).expect(200);
    const exported = JSON.parse(res.text);
    change?.(exported);
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(exported));
    return file;
  };
  const offline = async (args: string[]) => {
    const out: string[] = [];
    const code = await verifyLedger(args, (line) => out.push(line));
    return { code, out: out.join('\n') };
  };
  /** Changes the stored ledger as a superuser could: with its append-only trigger switched off. */
  const asSuperuser = (work: (sql: (query: string, params?: unknown[]) => Promise<unknown>) => Promise<void>) =>
    app().orm.em.fork().transactional(async (em) => {
      await em.execute('set local session_replication_role = replica');
      await work((query, params = []) => em.execute(query, params));
    });

  it('GET …/ledger/checkpoint signs the head with a key kept in the data directory (mode 0600), and the export carries one', async () => {
    t = await startTestApp(kind);
    const published = await checkpoint();
    const head = await verify();
    expect(published.checkpoint).toMatchObject({ companyId: COMPANY, sequence: head.headSequence, hash: head.headHash });
    expect(checkpointSignedBy(published.checkpoint, published.publicKey)).toBe(true);
    expect(statSync(join(t.database.dataDir, SIGNING_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(await verify(known(published.checkpoint))).toMatchObject({ valid: true, knownHead: { found: 'same' } });
    const file = await exportFile('ledger.json');
    expect(await offline([file, `--public-key=${published.publicKey}`, '--known-sequence', String(published.checkpoint.sequence), '--known-hash', published.checkpoint.hash])).toEqual({
      code: 0,
      out: expect.stringMatching(/^valid: \d+ entries, head [0-9a-f]{64}; checkpoint signed by the key given \([0-9a-f]{16}\); entry \d+ has the hash you hold; register equals the fold of \d+ share entries$/),
    });
  });

  it('deleting the newest entries passes a plain verify, but not one against the head the auditor holds', async () => {
    t = await startTestApp(kind);
    await passBoardResolution(t, COMPANY, '2024-01-10', [{ action: 'allotment', shareNumber: 38 }]);
    const held = (await checkpoint()).checkpoint;
    const { publicKey } = await checkpoint();
    await asSuperuser(async (sql) => {
      await sql(`delete from ledger_entry where company_id = ? and sequence > ?`, [COMPANY, held.sequence - 2]);
    });

    expect(await verify()).toMatchObject({ valid: true, headSequence: held.sequence - 2 });
    expect(await verify(known(held))).toMatchObject({
      valid: false,
      knownHead: { sequence: held.sequence, found: 'missing', ledgerEndsAt: held.sequence - 2, problem: expect.stringContaining('entries were removed') },
    });
    const file = await exportFile('truncated.json');
    expect(await offline([file, `--public-key=${publicKey}`])).toMatchObject({ code: 0 });
    expect(await offline([file, `--public-key=${publicKey}`, '--known-sequence', String(held.sequence), '--known-hash', held.hash])).toEqual({
      code: 1,
      out: expect.stringContaining(`entry ${held.sequence}, which you hold, is not in it (entries were removed)`),
    });
  });

  it('rewriting the whole chain with recomputed hashes passes a plain verify, but not one against the head the auditor holds', async () => {
    t = await startTestApp(kind);
    const held = (await checkpoint()).checkpoint;
    const entries = (await app().http.get(`${C}/ledger?limit=1000`).set(app().auth('auditor')).expect(200)).body.entries as ChainedLedgerRecord[];
    // The second director's vote for the founding allotments becomes a vote against; every hash from there on is recomputed.
    const rewritten: ChainedLedgerRecord[] = [];
    for (const e of entries) {
      const payload = e.sequence === 6 ? { ...(e.payload as object), vote: 'against' } : e.payload;
      rewritten.push(chain({ ...e, companyId: COMPANY, payload }, rewritten.at(-1) ?? null));
    }
    await asSuperuser(async (sql) => {
      for (const e of rewritten.slice(5)) {
        await sql(`update ledger_entry set payload = ?::jsonb, previous_hash = ?, hash = ? where company_id = ? and sequence = ?`, [JSON.stringify(e.payload), e.previousHash, e.hash, COMPANY, e.sequence]);
      }
    });

    expect(await verify()).toMatchObject({ valid: true, headSequence: held.sequence, headHash: rewritten.at(-1)!.hash });
    expect(await verify(known(held))).toMatchObject({
      valid: false,
      knownHead: { found: 'different-hash', storedHash: rewritten.at(-1)!.hash, problem: expect.stringContaining('the chain was rewritten') },
    });
    const { publicKey } = await checkpoint();
    const file = await exportFile('rewritten.json');
    expect(await offline([file, `--public-key=${publicKey}`, '--known-sequence', String(held.sequence), '--known-hash', held.hash])).toEqual({
      code: 1,
      out: expect.stringContaining(`entry ${held.sequence} has hash ${rewritten.at(-1)!.hash}, not the ${held.hash} you hold (the chain was rewritten)`),
    });
  });

  it('offline, a checkpoint signed by another key is refused, even when the export names that key', async () => {
    t = await startTestApp(kind);
    const { publicKey } = await checkpoint();
    const other = generateKeyPairSync('ed25519');
    const file = await exportFile('forged.json', (exported) => {
      const { signature: _real, ...unsigned } = exported.checkpoint as Checkpoint;
      exported.checkpoint = { ...unsigned, signature: sign(null, checkpointMessage(unsigned), other.privateKey).toString('base64url') };
      exported.publicKey = publishedKey(other.publicKey);
    });
    expect(await offline([file, `--public-key=${publicKey}`])).toEqual({ code: 1, out: expect.stringContaining('the checkpoint is not signed by the key given') });
    // Without the service's key, the verifier says whose key it checked against.
    expect(await offline([file])).toEqual({ code: 0, out: expect.stringContaining("pass --public-key to check it is the service's") });
    const unsigned = await exportFile('tampered-signature.json', (exported) => {
      (exported.checkpoint as { signature: string }).signature = Buffer.alloc(64).toString('base64url');
    });
    expect(await offline([unsigned])).toEqual({ code: 1, out: expect.stringContaining('not signed by the key the export names') });
    // A key that is not one is a mistake in the command (exit 2), not a fault of the export.
    for (const key of ['', 'garbage', publicKey.slice(1)]) {
      expect(await offline([file, `--public-key=${key}`])).toEqual({ code: 2, out: expect.stringContaining('--public-key: not an Ed25519 public key') });
    }
  });
});
