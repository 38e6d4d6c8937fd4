import type { Response } from 'supertest';
import { flat, pageTexts } from '../libs/reports/test/read-pdf';
import { passBoardResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { addDays, todayAndTomorrow } from './support/dates';
import { holdersByShare } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
const DRAFT = 'DRAFT — not a certificate until issued and recorded';

interface HeldShare {
  shareNumber: number;
  acquiredOn: string;
  certificateNumber: string | null;
}

/**
 * SH-2, RM-1: the register of members (JSON with its history, CSV and PDF) names the certificate the
 * certificate register issued for each holding (`C-0001`), or none when none was issued, as at the
 * register's date; a share's certificate before one is issued downloads as a marked draft.
 */
describe.each(databaseKinds())('certificate numbers on the register (%s)', (kind) => {
  let t: TestApp;
  let today: string;
  let transferredOn: string;
  let newHolder: string;
  let resolutionId: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    ({ today } = await todayAndTomorrow());
    transferredOn = addDays(today, -5);
    const holder = await holdersByShare(t);
    const resolution = await passBoardResolution(t, COMPANY, addDays(today, -6), [{ action: 'transfer', shareNumber: 7 }]);
    const transfer = await t.http.post(`${C}/share-transfers`).set(t.auth('secretary')).send({
      shareNumber: 7, fromMemberId: holder.get(7), to: { practiceId: 'practice-z00007', name: 'New partners of Demo Practice 07' },
      lodgedOn: transferredOn, effectiveOn: transferredOn, authorisedBy: resolution,
    });
    if (transfer.status !== 201) throw new Error(JSON.stringify(transfer.body));
    newHolder = transfer.body.payload.to.memberId;
    resolutionId = resolution;
  });
  afterAll(() => t.close());

  const binary = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  };
  const download = async (path: string) => t.http.get(`${C}/${path}`).set(t.auth('board')).buffer(true).parse(binary as never).expect(200);
  const pdfText = async (path: string) => flat((await pageTexts((await download(path)).body as Buffer)).join('\n'));
  const heldBy = async (memberId: string, asAt = today): Promise<HeldShare[]> => {
    const { members } = (await t.http.get(`${C}/register?include=history&status=all&limit=1000&asAt=${asAt}`).set(t.auth('board')).expect(200)).body as {
      members: { memberId: string; sharesHeld: HeldShare[] }[];
    };
    return members.find((m) => m.memberId === memberId)?.sharesHeld ?? [];
  };
  const csvLine = async (asAt = today) => (await t.http.get(`${C}/reports/register.csv?asAt=${asAt}`).set(t.auth('board')).expect(200)).text.split('\r\n').find((l) => l.startsWith('New partners of Demo Practice 07'));

  it('SH-2: before a certificate is issued, the register prints none for the holding and the share\'s certificate is a marked draft', async () => {
    expect(await heldBy(newHolder)).toEqual([expect.objectContaining({ shareNumber: 7, acquiredOn: transferredOn, certificateNumber: null })]);
    // The authorising resolution is named by its reference, as its copy names it, not by its id.
    const { reference } = (await t.http.get(`${C}/resolutions/${resolutionId}`).set(t.auth('board')).expect(200)).body as { reference: string };
    expect(reference).toMatch(/^BR-\d{4}-\d{2}$/);
    expect(await csvLine()).toContain(`(certificate not issued; authorised by ${reference})`);
    const register = await pdfText(`reports/register-of-members.pdf?asAt=${today}`);
    expect(register).toContain(`(certificate not issued; authorised by ${reference})`);
    expect(register).not.toContain(resolutionId);
    // No certificate has been issued at all: no holding may print a certificate number.
    expect(register).not.toMatch(/\(certificate C-\d/);

    const draft = await download('shares/7/certificate.pdf');
    expect(draft.headers['content-disposition']).toMatch(/share-7-draft\.pdf/);
    const text = flat((await pageTexts(draft.body as Buffer)).join('\n'));
    expect(text.startsWith(`${DRAFT} Certificate no. not yet issued`)).toBe(true);
    expect(text).toContain('Date of issue not yet issued');
    expect(text).toContain('New partners of Demo Practice 07');
    expect(text).not.toMatch(/C-\d/);
    expect(((await download('shares/7/certificate.pdf')).body as Buffer).equals(draft.body as Buffer)).toBe(true);
  });

  it('SH-2, RM-1: once issued, the JSON, CSV and PDF register name the certificate as the certificate register numbers it, from its date of issue', async () => {
    const issued = await t.http.post(`${C}/shares/7/certificates`).set(t.auth('secretary')).send({ issuedOn: today }).expect(201);
    const label: string = issued.body.certificate;
    expect(label).toMatch(/^C-\d{4}$/);

    expect(await heldBy(newHolder)).toEqual([expect.objectContaining({ shareNumber: 7, certificateNumber: label })]);
    expect(await csvLine()).toContain(`(certificate ${label}; authorised by`);
    const register = await pdfText(`reports/register-of-members.pdf?asAt=${today}`);
    expect(register).toContain(`(certificate ${label}; authorised by`);
    // As at the day before it was issued, the holding had no certificate.
    expect(await heldBy(newHolder, addDays(today, -1))).toEqual([expect.objectContaining({ shareNumber: 7, certificateNumber: null })]);
    expect(await csvLine(addDays(today, -1))).toContain('(certificate not issued; authorised by');

    // The share's certificate is now the one issued, not a draft.
    const text = await pdfText('shares/7/certificate.pdf');
    expect(text).toContain(`Certificate no. ${label}`);
    expect(text).not.toContain('DRAFT');
  });
});
