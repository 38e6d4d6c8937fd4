/**
 * The command line (`npm run cic -- <command>`, `bin/cic.js`) run as its own process from the build,
 * against a PGlite data directory the service used and then released. Each command's effect is
 * checked through the service's own data: tokens, verification online and of an export file, the
 * projection rebuilt after tampering, and the all-or-nothing import of register history.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { passBoardResolution, passSpecialResolution } from './support/authority';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin/cic.js');
const NODE = join(ROOT, 'node_modules/.bin/node');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('the command line (pglite, built CLI as a child process)', () => {
  let t: TestApp;
  let dataDir: string;
  const files = mkdtempSync(join(tmpdir(), 'cic-cli-'));
  /** Runs `cic <args>` on the test's data directory with the service stopped. */
  const cic = (...args: string[]): Promise<Run> =>
    new Promise((resolve) => {
      const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'error', NODE_OPTIONS: '' };
      delete (env as Record<string, string | undefined>).DATABASE_URL;
      execFile(NODE, [BIN, ...args], { env, cwd: ROOT, timeout: 120_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      });
    });
  const write = (name: string, text: string) => {
    const file = join(files, name);
    writeFileSync(file, text);
    return file;
  };
  const entriesIn = async () => Number(/valid: (\d+) entries/.exec((await cic('verify', COMPANY)).stdout)?.[1]);

  let resolutionId: string;
  /** SR-1: the members' special resolution for the surrenders (reductions of capital), with the solvency statement of 2024-01-05. */
  let reductionId: string;
  let share2Practice: string;
  beforeAll(async () => {
    expect(existsSync(join(ROOT, 'dist/apps/cli/src/main.js'))).toBe(true);
    t = await startTestApp('pglite');
    dataDir = t.database.dataDir;
    resolutionId = await passBoardResolution(t, COMPANY, '2024-01-10', [
      { action: 'cancellation', shareNumber: 2 },
      { action: 'allotment', shareNumber: 38 },
      { action: 'cancellation', shareNumber: 38 },
    ]);
    reductionId = await passSpecialResolution(t, COMPANY, '2024-01-10', [
      { action: 'cancellation', shareNumber: 2 },
      { action: 'cancellation', shareNumber: 38 },
    ]);
    const register = (await t.http.get(`/api/companies/${COMPANY}/register?status=current&limit=100`).set(t.auth('secretary')).expect(200)).body;
    const holder = register.members.find((m: { shares: { shareNumber: number }[] }) => m.shares.some((s) => s.shareNumber === 2));
    const practices = (await t.http.get(`/api/companies/${COMPANY}/practices`).set(t.auth('secretary')).expect(200)).body as { practiceId: string; name: string }[];
    // The command line takes the data directory's lock, as the service does: the service stops first.
    await t.app.close();
    share2Practice = practices.find((p) => p.name === holder.name)!.practiceId;
    expect(typeof share2Practice).toBe('string');
  }, 180_000);
  afterAll(async () => {
    rmSync(files, { recursive: true, force: true });
    await t.database.drop();
  });

  it('lists its commands from the build, without compiling', async () => {
    const help = await cic('--help');
    expect(help.code).toBe(0);
    for (const command of ['tokens', 'verify', 'export', 'rebuild-projection', 'import-history']) expect(help.stdout).toContain(command);
    expect((await cic('no-such-command')).code).toBe(2);
  });

  it('every `npm run cic -- …` the README and the OpenAPI document show names a command it has', async () => {
    const texts = ['README.md', 'apps/api/src/openapi/openapi-document.ts'].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
    const shown = [...texts.matchAll(/npm run cic -- ([a-z-]+)(?: ([a-z-]+))?/g)];
    expect(shown.map((m) => m[1])).toEqual(expect.arrayContaining(['tokens', 'verify']));
    for (const [whole, command, word] of shown) {
      const help = await cic(command!, '--help');
      expect({ whole, code: help.code }).toEqual({ whole, code: 0 });
      // A command with subcommands lists them: the word after it must be one.
      const subcommands = /\nCommands:\n([\s\S]*)$/.exec(help.stdout)?.[1];
      if (subcommands !== undefined) expect({ whole, listed: new RegExp(`^  ${word} `, 'm').test(subcommands) }).toEqual({ whole, listed: true });
    }
  }, 180_000);

  it('tokens: issue prints the token once; list shows it without it; revoke marks it revoked', async () => {
    const issued = await cic('tokens', 'issue', '--name', 'Auditor from the CLI', '--role', 'auditor', '--expires-in-days', '30');
    expect(issued.code).toBe(0);
    const made = JSON.parse(issued.stdout);
    expect(made).toMatchObject({ name: 'Auditor from the CLI', role: 'auditor', token: expect.stringMatching(/^cic_/) });
    const listed = await cic('tokens', 'list');
    expect(listed.stdout).toMatch(new RegExp(`${made.tokenId}\\s+Auditor from the CLI\\s+auditor\\s+active`));
    expect(listed.stdout).not.toContain(made.token);
    expect((await cic('tokens', 'revoke', made.tokenId)).code).toBe(0);
    expect((await cic('tokens', 'list')).stdout).toMatch(new RegExp(`${made.tokenId}\\s+Auditor from the CLI\\s+auditor\\s+revoked`));
    const unknown = await cic('tokens', 'revoke', '00000000-0000-4000-8000-000000000000');
    expect(unknown.code).toBe(1);
    expect((await cic('tokens', 'issue', '--name', 'x', '--role', 'king')).code).toBe(2);
  }, 180_000);

  it('verify online and export: the export verifies offline with its register; a changed register row is named', async () => {
    const online = await cic('verify', COMPANY);
    expect(online.code).toBe(0);
    expect(online.stdout).toMatch(/^valid: \d+ entries, head [0-9a-f]{64}; the projection equals the fold of the ledger/);
    const file = join(files, 'ledger.json');
    expect((await cic('export', COMPANY, '--out', file)).code).toBe(0);
    const offline = await cic('verify', '--file', file);
    expect(offline).toMatchObject({ code: 0, stdout: expect.stringMatching(/^valid: .*register equals the fold of \d+ share entries/) });

    const exported = JSON.parse(readFileSync(file, 'utf8'));
    exported.register.holdings[0].memberId = 'someone-who-never-held-it';
    const bad = await cic('verify', '--file', write('changed-register.json', JSON.stringify(exported)));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`invalid: the register differs from the fold of the share entries at share_holding (shareNumber ${exported.register.holdings[0].shareNumber}`);
  }, 180_000);

  it('import-history: rows of the wrong shape are all listed and nothing is written', async () => {
    const before = await entriesIn();
    const csv = write(
      'bad-shape.csv',
      [
        'type,effectiveOn,shareNumber,memberId,practiceId,fromMemberId,lodgedOn,reason,authorisedBy,forfeitureNoticeOn',
        `allotment,2024-13-01,38,,${share2Practice},,,,${resolutionId},`,
        `gift,2024-02-01,2,,,,,,${resolutionId},`,
        `transfer,2024-02-01,2,,${share2Practice},,2024-01-20,,${resolutionId},`,
        `cancellation,2024-02-01,2,,,,,surrender,${resolutionId},`,
        `cancellation,2024-02-01,2,,,,,forfeiture,${resolutionId},2024-02-31`,
      ].join('\n'),
    );
    const run = await cic('import-history', COMPANY, csv);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nothing imported: 4 bad rows');
    // Rows as a spreadsheet numbers them: the header is row 1.
    expect(run.stderr).toMatch(/row 6 \(line 6\): forfeitureNoticeOn: /);
    expect(run.stderr).toMatch(/row 2 \(line 2\): effectiveOn: /);
    expect(run.stderr).toMatch(/row 3 \(line 3\): type: must be allotment, transfer or cancellation/);
    expect(run.stderr).toMatch(/row 4 \(line 4\): fromMemberId: /);
    expect(run.stderr).not.toMatch(/row 5/);
    expect(await entriesIn()).toBe(before);
  }, 180_000);

  it('import-history: rows the register rules refuse are all listed, and the good ones are not kept either (SH-3)', async () => {
    const before = await entriesIn();
    const csv = write(
      'bad-rules.csv',
      [
        'type,effectiveOn,shareNumber,memberId,practiceId,reason,authorisedBy,solvencyStatementOn',
        `cancellation,2024-02-01,2,,,surrender,${reductionId},2024-01-05`,
        `allotment,2024-02-02,1,,${share2Practice},,${resolutionId},`,
        `allotment,2024-02-03,38,,${share2Practice},,,`,
      ].join('\n'),
    );
    const run = await cic('import-history', COMPANY, csv);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nothing imported: 2 bad rows');
    expect(run.stderr).toMatch(/row 3 \(line 3\): /);
    expect(run.stderr).toMatch(/row 4 \(line 4\): SHARE_EVENT_NOT_AUTHORISED/);
    expect(run.stderr).not.toMatch(/row 2 /);
    expect(await entriesIn()).toBe(before);
  }, 180_000);

  it('import-history: a good file is recorded whole through the share register, a later row naming the member an earlier one entered', async () => {
    const before = await entriesIn();
    const csv = write(
      'good.csv',
      [
        'type,effectiveOn,shareNumber,memberId,practiceId,reason,authorisedBy,solvencyStatementOn',
        `cancellation,2024-02-01,2,,,surrender,${reductionId},2024-01-05`,
        `allotment,2024-02-02,38,,${share2Practice},,${resolutionId},`,
        `cancellation,2024-03-01,38,row:3,,surrender,${reductionId},2024-01-05`,
      ].join('\n'),
    );
    const run = await cic('import-history', COMPANY, csv);
    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining(`imported 3 share events into the register of ${COMPANY}`) });
    expect(await entriesIn()).toBe(before + 3);
  }, 180_000);

  it('rebuild-projection: a projection row changed by SQL fails verify; the rebuild puts it right', async () => {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create(join(dataDir, 'pglite'));
    await db.exec(`set session_replication_role = replica; update share_holding set member_id = 'someone-else' where company_id = '${COMPANY}' and share_number = 5`);
    await db.close();
    const broken = await cic('verify', COMPANY);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('invalid: the register projection does not equal the fold of the ledger');
    const rebuilt = await cic('rebuild-projection', COMPANY);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stdout).toContain('corrected, first difference:');
    expect((await cic('verify', COMPANY)).code).toBe(0);
  }, 180_000);
});
