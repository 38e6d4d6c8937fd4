import type { Response } from 'supertest';
import { flat, pageTexts } from '../libs/reports/test/read-pdf';
import { passBoardResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { todayAndTomorrow } from './support/dates';
import { ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { holdersByShare } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

interface Certificate {
  certificateNumber: number;
  certificate: string;
  shareNumber: number;
  holder: { memberId: string; name: string };
  issuedOn: string;
  replacement: { replacesCertificate: number; reason: string; indemnityReceivedOn: string } | null;
  cancelledOn: string | null;
  cancellationReason: string | null;
}

/**
 * The certificate register (SH-2, SR-3): certificates numbered 1, 2, 3 … per company, issued for a
 * holding (which does its certificate duty), replaced when lost or defaced (the replacement marked as
 * such, the old one cancelled), cancelled by a transfer; each certificate's PDF is the certificate as
 * issued, the same bytes on every download.
 */
describe.each(databaseKinds())('the certificate register (%s)', (kind) => {
  let t: TestApp;
  let today: string;
  let transferSequence: number;
  beforeAll(async () => {
    t = await startTestApp(kind);
    ({ today } = await todayAndTomorrow());
    const holder = await holdersByShare(t);
    const resolution = await passBoardResolution(t, COMPANY, today, [{ action: 'transfer', shareNumber: 7 }]);
    const transfer = await post('share-transfers', {
      shareNumber: 7, fromMemberId: holder.get(7), to: { practiceId: 'practice-z00007', name: 'New partners of Demo Practice 07' },
      lodgedOn: today, effectiveOn: today, authorisedBy: resolution,
    });
    if (transfer.status !== 201) throw new Error(JSON.stringify(transfer.body));
    transferSequence = transfer.body.sequence;
  });
  afterAll(() => t.close());

  function post(path: string, body: object) {
    return t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);
  }
  const binary = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  };
  const download = async (path: string): Promise<Buffer> =>
    (await t.http.get(`${C}/${path}`).set(t.auth('board')).buffer(true).parse(binary as never).expect(200)).body as Buffer;
  const certificates = async (): Promise<Certificate[]> => (await t.http.get(`${C}/certificates`).set(t.auth('auditor')).expect(200)).body.certificates;
  const certificateDuty = async () =>
    ((await t.http.get(`${C}/deadlines?asAt=${today}`).set(t.auth('auditor')).expect(200)).body as { kind: string; reference: string; status: string; doneOn: string | null }[]).find(
      (d) => d.kind === 'share-certificate' && d.reference === `share-transfer-${transferSequence}`,
    );
  const refused = refusedUnchanged(async () => ({ head: await ledgerHead(t), certificates: await certificates() }));

  it('SH-2: issuing the certificate for a transfer records it, numbered next in the register, and does the certificate duty', async () => {
    const before = await certificates();
    expect(await certificateDuty()).toMatchObject({ status: 'due', doneOn: null });
    const issued = await post('shares/7/certificates', { issuedOn: today });
    expect(issued.status).toBe(201);
    const number = before.length + 1;
    expect(issued.body).toMatchObject({ certificateNumber: number, certificate: `C-${String(number).padStart(4, '0')}`, kind: 'share-certificate.issued' });
    expect((await certificates()).at(-1)).toMatchObject({ certificateNumber: number, shareNumber: 7, holder: { name: 'New partners of Demo Practice 07' }, issuedOn: today, cancelledOn: null, replacement: null });
    expect(await certificateDuty()).toMatchObject({ status: 'done', doneOn: today });
    await refused(() => post('shares/7/certificates', { issuedOn: today }), 409, 'CERTIFICATE_ALREADY_ISSUED');
    await refused(() => post('shares/9999/certificates', { issuedOn: today }), 409, 'CERTIFICATE_SHARE_NOT_HELD');
  });

  it('SR-3: a lost certificate is replaced: a new number marked as a replacement, the old one cancelled; each PDF byte-identical on every download', async () => {
    const [old] = (await certificates()).filter((c) => c.shareNumber === 7 && c.cancelledOn === null);
    const oldPdf = await download(`certificates/${old.certificateNumber}/certificate.pdf`);
    expect(await download(`certificates/${old.certificate}/certificate.pdf`)).toEqual(oldPdf);

    await refused(() => post('shares/7/certificates/replacement', { reason: 'stolen', indemnityReceivedOn: today, issuedOn: today }), 400, 'VALIDATION_FAILED', 'reason');
    // The certificate may be named by its label as listed (`C-0007`); a label of no certificate's form is 400 naming the field.
    await refused(() => post('shares/7/certificates/replacement', { reason: 'lost', indemnityReceivedOn: today, issuedOn: today, replacesCertificate: 'C-00x7' }), 400, 'VALIDATION_FAILED', 'replacesCertificate');
    const replaced = await post('shares/7/certificates/replacement', { reason: 'lost', indemnityReceivedOn: today, issuedOn: today, replacesCertificate: old.certificate });
    expect(replaced.status).toBe(201);
    const number = replaced.body.certificateNumber as number;
    expect(number).toBe(old.certificateNumber + 1);
    // The same request sent again names a certificate no longer in force: nothing is issued twice.
    await refused(() => post('shares/7/certificates/replacement', { reason: 'lost', indemnityReceivedOn: today, issuedOn: today, replacesCertificate: old.certificateNumber }), 409, 'CERTIFICATE_NOT_IN_FORCE');
    await refused(() => post('shares/7/certificates/replacement', { reason: 'lost', indemnityReceivedOn: today, issuedOn: today, replacesCertificate: old.certificate.toLowerCase() }), 409, 'CERTIFICATE_NOT_IN_FORCE');

    const register = await certificates();
    expect(register.find((c) => c.certificateNumber === old.certificateNumber)).toMatchObject({ cancelledOn: today, cancellationReason: 'replacement' });
    expect(register.find((c) => c.certificateNumber === number)).toMatchObject({
      shareNumber: 7, cancelledOn: null, replacement: { replacesCertificate: old.certificateNumber, reason: 'lost', indemnityReceivedOn: today },
    });

    const first = await download(`certificates/${number}/certificate.pdf`);
    const second = await download(`certificates/${number}/certificate.pdf`);
    expect(second.equals(first)).toBe(true);
    expect(first.equals(oldPdf)).toBe(false);
    const text = flat((await pageTexts(first)).join(' '));
    expect(text).toContain(flat(`Certificate no. C-${String(number).padStart(4, '0')}`));
    expect(text).toContain(flat(`Replacement certificate, issued in place of certificate ${old.certificate} (lost)`));
    // A copy of the old certificate is now marked cancelled, with the day and why (SH-2), the same on every download;
    // the share's certificate route gives the one in force.
    const oldCopy = await download(`certificates/${old.certificateNumber}/certificate.pdf`);
    expect(oldCopy.equals(oldPdf)).toBe(false);
    expect((await download(`certificates/${old.certificateNumber}/certificate.pdf`)).equals(oldCopy)).toBe(true);
    const oldText = flat((await pageTexts(oldCopy)).join(' '));
    expect(oldText).toMatch(/^CANCELLED on \d{1,2} [A-Z][a-z]+ \d{4}: a replacement certificate was issued\. Not evidence of title\./);
    expect(oldText).toContain(flat(`Certificate no. ${old.certificate}`));
    expect(flat((await pageTexts(oldPdf)).join(' '))).not.toContain('CANCELLED');
    expect((await download('shares/7/certificate.pdf')).equals(first)).toBe(true);
    await t.http.get(`${C}/certificates/999999/certificate.pdf`).set(t.auth('board')).expect(404);
    await t.http.get(`${C}/certificates/abc/certificate.pdf`).set(t.auth('board')).expect(400);
  });

  it('SH-2: a transfer of the share cancels the certificate in force on its date', async () => {
    const holder = await holdersByShare(t);
    const resolution = await passBoardResolution(t, COMPANY, today, [{ action: 'transfer', shareNumber: 7 }]);
    await post('share-transfers', {
      shareNumber: 7, fromMemberId: holder.get(7), to: { practiceId: 'practice-z00007', name: 'Newer partners of Demo Practice 07' },
      lodgedOn: today, effectiveOn: today, authorisedBy: resolution,
    }).expect(201);
    const forShare7 = (await certificates()).filter((c) => c.shareNumber === 7);
    expect(forShare7.map((c) => c.cancellationReason)).toEqual(['replacement', 'transfer']);
    expect(forShare7.every((c) => c.cancelledOn === today)).toBe(true);
  });

  it('SH-2: a change to a share cannot take effect before a certificate already issued for it; nothing is written', async () => {
    const holder = await holdersByShare(t);
    const resolution = await passBoardResolution(t, COMPANY, '2024-04-01', [{ action: 'transfer', shareNumber: 8 }]);
    const issued = await post('shares/8/certificates', { issuedOn: '2024-06-01' }).expect(201);
    const label = `C-${String(issued.body.certificateNumber).padStart(4, '0')}`;
    const transfer = (effectiveOn: string) => ({
      shareNumber: 8, fromMemberId: holder.get(8), to: { practiceId: 'practice-z00008', name: 'New partners of Demo Practice 08' }, lodgedOn: '2024-05-01', effectiveOn, authorisedBy: resolution,
    });
    const res = await refused(() => post('share-transfers', transfer('2024-05-15')), 409, 'EVENT_PREDATES_DEPENDENCY');
    expect(res.body.message).toContain(`certificate ${label} for share 8 was issued`);
    expect(res.body.details).toMatchObject({ shareNumber: 8, certificateNumber: issued.body.certificateNumber });
    await post('share-transfers', transfer('2024-06-01')).expect(201);
  });

  it('SR-3: a replacement dated before the certificate in force is refused, so one certificate of a holding is ever in force', async () => {
    const first = await post('shares/9/certificates', { issuedOn: '2025-03-01' }).expect(201);
    const second = await post('shares/9/certificates/replacement', { reason: 'lost', indemnityReceivedOn: '2025-03-10', issuedOn: '2025-03-10' }).expect(201);
    // Between the two it would replace the first again, and the second would stay in force beside it.
    const res = await refused(() => post('shares/9/certificates/replacement', { reason: 'defaced', indemnityReceivedOn: '2025-03-05', issuedOn: '2025-03-05' }), 422, 'CERTIFICATE_ISSUED_BEFORE_HOLDING');
    expect(res.body.details).toMatchObject({ certificateNumber: second.body.certificateNumber });
    await refused(() => post('shares/9/certificates/replacement', { reason: 'defaced', indemnityReceivedOn: '2025-03-12', issuedOn: '2025-03-12', replacesCertificate: first.body.certificateNumber }), 409, 'CERTIFICATE_NOT_IN_FORCE');
    const third = await post('shares/9/certificates/replacement', { reason: 'defaced', indemnityReceivedOn: '2025-03-12', issuedOn: '2025-03-12', replacesCertificate: second.body.certificateNumber }).expect(201);
    const inForce = (await certificates()).filter((c) => c.shareNumber === 9 && c.cancelledOn === null);
    expect(inForce.map((c) => c.certificateNumber)).toEqual([third.body.certificateNumber]);
  });
});
