import { renderShareCertificate, type ShareCertificateView } from '#reports';
import { bytesOf, flat, pageTexts } from '../test/read-pdf';

const certificate: ShareCertificateView = {
  company: { name: 'Tower Hamlets GP Care Group CIC', number: '09876543', registeredOffice: 'Unit 4, 1 Example Yard, London E1 1AA' },
  asAt: '2016-06-01',
  documentDate: '2016-06-01T09:00:00Z',
  ledgerHead: { sequence: 38, hash: 'c3'.repeat(32) },
  certificateNumber: 'SC-0017',
  holderName: 'Dr Amina Rahman and Dr Thomas Okafor',
  holderAddress: 'Jubilee Street Practice, 368 Commercial Road, London E1 0LS',
  share: { shareNumber: 17, shareClass: 'Ordinary', nominalPence: 100, paidUpPence: 100 },
  issuedOn: '2016-06-01',
  signatories: { director: 'Dr Farah Siddiqui' },
};

describe('share certificate', () => {
  it('RM-2: a share held jointly names every holder, the first-named first, with their one address', async () => {
    const joint = { ...certificate, holderName: 'Dr Amina Rahman', jointHolders: ['Dr Thomas Okafor', 'Dr Lena Byrne'] };
    const text = flat((await pageTexts(await bytesOf(renderShareCertificate(joint))))[0]);
    expect(text).toContain('This is to certify that Dr Amina Rahman and Dr Thomas Okafor and Dr Lena Byrne of Jubilee Street Practice');
  });

  it('states the certificate and share numbers, holder, class, amounts and date on one page', async () => {
    const pages = await pageTexts(await bytesOf(renderShareCertificate(certificate)));
    expect(pages).toHaveLength(1);
    const text = flat(pages[0]);
    for (const expected of [
      'Certificate no. SC-0017',
      'Share no. 17',
      'Tower Hamlets GP Care Group CIC',
      'Company number 09876543',
      'This is to certify that Dr Amina Rahman and Dr Thomas Okafor of Jubilee Street Practice, 368 Commercial Road, London E1 0LS',
      'is the registered holder of one Ordinary share of £1.00, fully paid, numbered 17, in the above-named company, subject to the articles of association of the company.',
      'Certificate number Share number Class Nominal value Amount paid up Date of issue SC-0017 17 Ordinary £1.00 £1.00 1 June 2016',
      'Issued under the authority of the board of directors. Date of issue: 1 June 2016.',
      'Director',
      'Dr Farah Siddiqui',
      'Secretary / Witness Name:',
      'Page 1 of 1',
      `Built from ledger entry 38, hash ${'c3'.repeat(32)}`,
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('says how much is paid up on a partly paid share', async () => {
    const partly = { ...certificate, share: { ...certificate.share, paidUpPence: 50 } };
    const text = flat((await pageTexts(await bytesOf(renderShareCertificate(partly))))[0]);
    expect(text).toContain('one Ordinary share of £1.00, with £0.50 paid up, numbered 17');
  });

  it('is byte-identical for the same view model', async () => {
    const [a, b] = await Promise.all([bytesOf(renderShareCertificate(certificate)), bytesOf(renderShareCertificate(certificate))]);
    expect(a.equals(b)).toBe(true);
  });

  it('SH-2: without a certificate number it is a draft: numbered and dated "not yet issued", marked DRAFT, titled so, still on one page and reproducible', async () => {
    const draft = { ...certificate, certificateNumber: null };
    const bytes = await bytesOf(renderShareCertificate(draft));
    const pages = await pageTexts(bytes);
    expect(pages).toHaveLength(1);
    const text = flat(pages[0]);
    expect(text.startsWith('DRAFT — not a certificate until issued and recorded Certificate no. not yet issued')).toBe(true);
    expect(text.match(/DRAFT — not a certificate until issued and recorded/g)).toHaveLength(2);
    expect(text).toContain('Certificate number Share number Class Nominal value Amount paid up Date of issue not yet issued 17 Ordinary £1.00 £1.00 not yet issued');
    expect(text).toContain('It becomes a certificate only when the company issues it and records it in its certificate register');
    expect(text).not.toContain('under the authority of the board');
    expect(text).not.toMatch(/C-\d/);
    expect(text).toContain('Draft share certificate');
    expect((await bytesOf(renderShareCertificate(draft))).equals(bytes)).toBe(true);
  });

  it('SH-2, SR-4: a certificate since cancelled is marked so at its head and before its signatures, with the day and why, on one page; one in force is not', async () => {
    const cancelled = { ...certificate, cancelled: { on: '2026-12-03', reason: 'correction' as const } };
    const pages = await pageTexts(await bytesOf(renderShareCertificate(cancelled)));
    expect(pages).toHaveLength(1);
    const text = flat(pages[0]);
    const marking = 'CANCELLED on 3 December 2026: the register entry it certified was corrected. Not evidence of title.';
    expect(text.startsWith(`${marking} Certificate no. SC-0017`)).toBe(true);
    expect(text.split(marking)).toHaveLength(3);
    expect(text).not.toContain('DRAFT');
    expect(flat((await pageTexts(await bytesOf(renderShareCertificate(certificate))))[0])).not.toContain('CANCELLED');
  });
});
