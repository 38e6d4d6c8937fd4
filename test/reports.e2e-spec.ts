import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import canonicalize from 'canonicalize';
import type { Response } from 'supertest';
import { correctedShareEvents } from '#domain';
import { formatDate } from '#reports';
import { shareCorrectionsFamily } from '../apps/api/src/ledger/codecs/share-records.codec';
import { shareRegisterFamily } from '../apps/api/src/ledger/codecs/share-register.codec';
import { foldProjection } from '../apps/api/src/share-register/register-projection';
import { registerLineIs } from '../apps/cli/src/register-comparison';
import { flat, pageTexts } from '../libs/reports/test/read-pdf';
import { main as verifyLedgerMain, verifyLedgerExport } from '../scripts/verify-ledger';
import { passBoardResolution, passSpecialResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { addDays, todayAndTomorrow } from './support/dates';
import { ledgerHead } from './support/ledger';
import { readRegister, type RegisterEntry } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

/**
 * Reports and exports over HTTP: PDFs read back with pdf-parse, bytes compared, the ledger export
 * verified offline. That every role may download, and bad ids and dates in the path or query, are the
 * controller's spec (apps/api/src/reports/reports.controller.spec.ts).
 */
describe.each(databaseKinds())('reports and exports (%s)', (kind) => {
  let t: TestApp;
  const C = `/api/companies/${COMPANY}`;
  const ASAT = '2024-06-30';

  beforeAll(async () => {
    t = await startTestApp(kind, { seedAlliance: true });
  });
  const afterCleanup: (() => void)[] = [];
  afterAll(async () => {
    for (const clean of afterCleanup) clean();
    await t?.close();
  });

  const binary = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  };
  const download = (path: string, role: 'board' | 'auditor' | 'secretary' = 'board') =>
    t.http.get(path).set(t.auth(role)).buffer(true).parse(binary as never);
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  const head = () => ledgerHead(t);
  const holderOf = async (shareNumber: number, asAt?: string): Promise<RegisterEntry> =>
    (await readRegister(t, `status=current&limit=1000${asAt ? `&asAt=${asAt}` : ''}`)).members.find((m) => m.shares.some((s) => s.shareNumber === shareNumber))!;

  it('the register of members PDF: headers, every current member, page N of M, the ledger head and the checkpoint key fingerprint, byte-identical twice', async () => {
    const res = await download(`${C}/reports/register-of-members.pdf?asAt=${ASAT}`).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="register-of-members-${COMPANY}-${ASAT}.pdf"`);
    const body = res.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.headers['x-content-sha256']).toBe(sha(body));
    const pages = await pageTexts(body);
    const text = flat(pages.join('\n'));
    expect(text).toContain('Tower Hamlets GP Care Group CIC');
    const { members } = await readRegister(t, `asAt=${ASAT}&status=current&limit=1000`);
    expect(members.length).toBeGreaterThan(0);
    for (const m of members) expect(text).toContain(flat(m.name));
    expect(flat(pages[0])).toContain(`Page 1 of ${pages.length}`);
    const h = await head();
    for (const page of pages) expect(flat(page)).toContain(h.headHash.slice(0, 16));
    expect(text).toContain(h.headHash);
    const { keyId } = (await t.http.get(`${C}/ledger/checkpoint`).set(t.auth('auditor')).expect(200)).body;
    for (const page of pages) expect(flat(page)).toContain(`Ledger checkpoints signed with Ed25519 key fingerprint ${keyId}`);
    const again = await download(`${C}/reports/register-of-members.pdf?asAt=${ASAT}`, 'auditor').expect(200);
    expect(Buffer.compare(again.body as Buffer, body)).toBe(0);
  });

  it('a register PDF as at a day after the last entry was recorded says it shows what was recorded up to then; one as at an earlier day does not', async () => {
    const later = flat((await pageTexts((await download(`${C}/reports/register-of-members.pdf?asAt=2099-01-01`).expect(200)).body)).join('\n'));
    expect(later).toMatch(/1 January 2099 is after the last entry was recorded \(\d{1,2} \w+ \d{4}\): this shows what was recorded up to then, as it would stand on 1 January 2099 if nothing else were recorded\./);
    const earlier = flat((await pageTexts((await download(`${C}/reports/register-of-members.pdf?asAt=${ASAT}`).expect(200)).body)).join('\n'));
    expect(earlier).not.toContain('after the last entry was recorded');
  });

  it('the register CSV has a header and one line per entry; the certificate and a resolution copy render', async () => {
    const csv = await t.http.get(`${C}/reports/register.csv?asAt=${ASAT}`).set(t.auth('auditor')).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe(
      'Member name,Registered address,Date entered on register,Date ceased to be a member,Share numbers,Share class,Nominal value (pence),Amount paid up (pence),Joint holders,Shares held and how each came and went,Earlier names and addresses,Voided,Voided ledger entry,What the voided entry recorded,Date voided,Reason voided,Court order reference,Correcting ledger entry,Entered in its place',
    );
    expect(lines).toHaveLength(1 + (await readRegister(t, `asAt=${ASAT}&status=all&limit=1000`, 'auditor')).members.length);

    const cert = await download(`${C}/shares/1/certificate.pdf`).expect(200);
    expect(cert.headers['content-type']).toBe('application/pdf');
    expect(cert.headers['x-content-sha256']).toBe(sha(cert.body));
    expect(cert.headers['content-disposition']).toMatch(/share-certificate-.*-share-1-draft\.pdf/);
    const holder = await holderOf(1, ASAT);
    expect(flat((await pageTexts(cert.body)).join(' '))).toContain(flat(holder.name));

    const resolutions = (await t.http.get(`${C}/resolutions`).set(t.auth('board')).expect(200)).body as { resolutionId: string; text: string }[];
    expect(resolutions.length).toBeGreaterThan(0);
    const copy = await download(`${C}/resolutions/${resolutions[0].resolutionId}/copy.pdf`, 'auditor').expect(200);
    expect(copy.headers['x-content-sha256']).toBe(sha(copy.body));
    expect(flat((await pageTexts(copy.body)).join(' '))).toContain(flat(resolutions[0].text).slice(0, 30));
    const copyAgain = await download(`${C}/resolutions/${resolutions[0].resolutionId}/copy.pdf`).expect(200);
    expect(Buffer.compare(copyAgain.body, copy.body)).toBe(0);
  });

  it('RS-1: the copy of a written resolution still open is as at its last agreement, not the day it would lapse', async () => {
    const { today } = await todayAndTomorrow();
    const circulatedOn = addDays(today, -5);
    const proposed = await t.http.post(`${C}/resolutions`).set(t.auth('secretary'))
      .send({ kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn, text: 'THAT the annual accounts be received.' }).expect(201);
    const [first] = proposed.body.eligible as { memberId: string }[];
    await t.http.post(`${C}/resolutions/${proposed.body.resolutionId}/agreements`).set(t.auth('secretary')).send({ memberId: first.memberId, agreedOn: addDays(circulatedOn, 1) }).expect(201);
    const copy = await download(`${C}/resolutions/${proposed.body.resolutionId}/copy.pdf`).expect(200);
    const text = flat((await pageTexts(copy.body)).join(' '));
    expect(text).toContain(`As at ${formatDate(addDays(circulatedOn, 1))}`);
    const lapses = /Lapses if not passed by (\d{1,2} \w+ \d{4})/.exec(text)?.[1];
    expect(lapses).toBeDefined();
    expect(text).not.toContain(`As at ${lapses}`);
    expect(text).toContain('Outcome Pending');
  });

  it('the alliance report for the board: partners and Tower Hamlets, no employee names or dates of birth, byte-identical twice', async () => {
    const res = await download(`${C}/reports/alliance.pdf?asAt=${ASAT}`).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('alliance-report-');
    expect(res.headers['x-content-sha256']).toBe(sha(res.body));
    const pages = await pageTexts(res.body);
    const text = flat(pages.join('\n'));
    expect(text).toContain('Tower Hamlets');
    expect(text).toContain('Barts Health');
    // Each section's heading is on the page where its table starts (here the contracts', which fell at the foot of page 1).
    for (const heading of ['Alliance partners', 'Service lines', 'Service contracts', 'TUPE transfers', 'FTE by band']) {
      expect([heading, pages.some((p) => new RegExp(`${heading}\\s+(Partner|Service line|Contract|Transfer)\\s`).test(flat(p)))]).toEqual([heading, true]);
    }
    // On 2024-06-30 the community health services contract is the ICB's; the CCG had it until 30 June 2022.
    expect(text).toMatch(/North East London Integrated Care Board.*from 1 July 2022: Health and Care Act 2022.*NHS Tower Hamlets Clinical Commissioning Group until 30 June 2022/s);
    const staff = await t.http.get(`${C}/tupe-transfers/tupe-2016-health-visiting/employees`).set(t.auth('secretary')).expect(200);
    expect(staff.body.employees.length).toBeGreaterThan(0);
    for (const e of staff.body.employees as { name: string; dateOfBirth: string }[]) {
      expect(text).not.toContain(e.name);
      expect(text).not.toContain(e.dateOfBirth);
      expect(text).not.toContain(formatDate(e.dateOfBirth));
    }
    expect(text).not.toContain('Synthetic Employee');
    const again = await download(`${C}/reports/alliance.pdf?asAt=${ASAT}`, 'auditor').expect(200);
    expect(Buffer.compare(again.body, res.body)).toBe(0);
  });

  it('the ledger export verifies offline; a tampered payload fails naming the sequence', async () => {
    const res = await t.http.get(`${C}/ledger/export`).set(t.auth('auditor')).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const h = await head();
    expect(res.body.exportedAtHead).toEqual({ sequence: h.headSequence, hash: h.headHash });
    expect(res.body.entries).toHaveLength(h.headSequence);
    // Version 3: each entry line is the entry's RFC 8785 text, as any JCS library writes it.
    expect(res.body.version).toBe(3);
    const lines = res.text.split('\n').slice(1, -2).map((l) => l.replace(/,$/, ''));
    expect(lines).toEqual(res.body.entries.map((e: object) => canonicalize(e)));
    const valid = `valid: ${h.headSequence} entries, head ${h.headHash}`;
    expect(verifyLedgerExport(res.text)).toMatchObject({ valid: true, message: expect.stringMatching(new RegExp(`^${valid}; checkpoint signed by the key the export names`)) });

    const dir = mkdtempSync(join(tmpdir(), 'cic-ledger-'));
    afterCleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const good = join(dir, 'ledger.json');
    writeFileSync(good, res.text);
    const out: string[] = [];
    expect(await verifyLedgerMain([good], (l) => out.push(l))).toBe(0);
    expect(out[0]).toMatch(new RegExp(`^${valid};`));
    // The file's register line is the very text the verifier expects for the fold's rows, so it is checked without being parsed.
    const events = correctedShareEvents(shareRegisterFamily.decodeAll(res.body.entries), shareCorrectionsFamily.decodeAll(res.body.entries));
    expect(registerLineIs(res.text.trimEnd().split('\n').at(-1)!, foldProjection(res.body.company, events).rows)).toBe(true);

    const tampered = JSON.parse(res.text);
    const target = tampered.entries[9];
    target.payload = { ...target.payload, tampered: true };
    const bad = join(dir, 'tampered.json');
    writeFileSync(bad, JSON.stringify(tampered));
    const badOut: string[] = [];
    expect(await verifyLedgerMain([bad], (l) => badOut.push(l))).toBe(1);
    expect(badOut[0]).toContain(`sequence ${target.sequence}`);
  });

  it('a change to the ledger changes the printed head hash', async () => {
    const before = await head();
    const old = flat((await pageTexts((await download(`${C}/reports/register-of-members.pdf?asAt=${ASAT}`).expect(200)).body)).join(' '));
    expect(old).toContain(before.headHash);
    const holder = await holderOf(2);
    // SR-1: a surrender reduces capital: a special resolution, with the solvency statement made in the 15 days before it;
    // dated after the written resolution an earlier test circulated 5 days ago (WR-2: its eligible members stay as counted).
    const { today } = await todayAndTomorrow();
    const approved = await passSpecialResolution(t, COMPANY, addDays(today, -4), [{ action: 'cancellation', shareNumber: 2 }]);
    await t.http
      .post(`${C}/share-cancellations`)
      .set(t.auth('secretary'))
      .send({ shareNumber: 2, reason: 'surrender', effectiveOn: addDays(today, -3), memberId: holder.memberId, authorisedBy: approved, solvencyStatementOn: addDays(today, -6) })
      .expect(201);
    const after = await head();
    expect(after.headHash).not.toBe(before.headHash);
    const res = await download(`${C}/reports/register-of-members.pdf?asAt=${ASAT}`).expect(200);
    const text = flat((await pageTexts(res.body)).join(' '));
    expect(text).toContain(after.headHash);
    expect(text).not.toContain(before.headHash);
    expect(text).toContain(flat(holder.name)); // a former member's entry stays on the register
    // A cancelled share has no certificate.
    const cancelled = await download(`${C}/shares/2/certificate.pdf`).expect(409);
    expect(JSON.parse((cancelled.body as Buffer).toString('utf8'))).toMatchObject({ statusCode: 409, code: 'SHARE_NOT_IN_ISSUE' });
  });

  it('reports of an unknown company, resolution or share are 404', async () => {
    await t.http.get(`/api/companies/no-such-company/reports/register-of-members.pdf`).set(t.auth('board')).expect(404);
    await t.http.get(`/api/companies/no-such-company/reports/alliance.pdf`).set(t.auth('board')).expect(404);
    await t.http.get(`/api/companies/no-such-company/ledger/export`).set(t.auth('board')).expect(404);
    await t.http.get(`${C}/resolutions/no-such-resolution/copy.pdf`).set(t.auth('board')).expect(404);
    await t.http.get(`${C}/shares/9999/certificate.pdf`).set(t.auth('board')).expect(404);
  });
});
