import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderRegisterOfMembers, renderShareCertificate, type RegisterOfMembersView, type ShareCertificateView } from '#reports';
import { shapeLine } from './text-shaper';
import { bytesOf, flat, pageTexts, rolesOf, structureTrees, withObjectStreams } from '../test/read-pdf';

/** Names as members of a London practice write them: Polish, Vietnamese, Bengali, Urdu, Chinese, Greek, Ukrainian, Gujarati, Hebrew, Tamil. */
const NAMES = [
  'Łukasz Wójcik',
  'Nguyễn Thị Minh',
  'সৈয়দ আহমেদ',
  'محمد علی',
  '王小明',
  'Γιώργος Παπαδόπουλος',
  'Олена Коваленко',
  'પટેલ ભાવના',
  'שרה כהן',
  'கார்த்திக் ராஜா',
  // Left-to-right and right-to-left in one name.
  'Łukasz Nguyễn محمد الحسن',
];
const MIXED = NAMES.at(-1);

const company = { name: 'Tower Hamlets GP Care Group CIC', number: '09876543', registeredOffice: 'Unit 4, 1 Example Yard, London E1 1AA' };

const register: RegisterOfMembersView = {
  company,
  asAt: '2026-03-31',
  documentDate: '2026-03-31T17:00:00Z',
  ledgerHead: { sequence: 4821, hash: 'e5'.repeat(32) },
  entries: () =>
    NAMES.map((name, i) => ({
      name,
      address: `${i + 1} Whitechapel Road, London E1 1BU`,
      registeredOn: '2016-04-01',
      ceasedOn: null,
      shares: [{ shareNumber: i + 1, shareClass: 'Ordinary', nominalPence: 100, paidUpPence: 100 }],
    })),
};

const certificate = (holderName: string): ShareCertificateView => ({
  company,
  asAt: '2016-06-01',
  documentDate: '2016-06-01T09:00:00Z',
  ledgerHead: { sequence: 38, hash: 'c3'.repeat(32) },
  certificateNumber: 'SC-0017',
  holderName,
  holderAddress: 'Jubilee Street Practice, 368 Commercial Road, London E1 0LS',
  share: { shareNumber: 17, shareClass: 'Ordinary', nominalPence: 100, paidUpPence: 100 },
  issuedOn: '2016-06-01',
  signatories: { director: 'সৈয়দ আহমেদ' },
});

/** What a poppler-utils command (`pdffonts`, `pdftotext … -`) prints for the PDF, or null when poppler-utils is not installed (CI installs it). */
function poppler(command: 'pdffonts' | 'pdftotext', pdf: Buffer): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'poppler-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    return execFileSync(command, command === 'pdftotext' ? [file, '-'] : [file], { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('names in every script the practices use', () => {
  let pdf: Buffer;
  let text: string;

  beforeAll(async () => {
    pdf = await bytesOf(renderRegisterOfMembers(register));
    text = flat((await pageTexts(pdf)).join('\n'));
  });

  it.each(NAMES)('prints %s in the register so that it reads back as written', (name) => {
    expect(text).toContain(name);
  });

  it('reads back as written by a reader that places text where it is drawn (pdftotext): no name split, no word joiner', () => {
    const placed = poppler('pdftotext', pdf);
    if (placed === null) return console.warn('pdftotext (poppler-utils) is not installed: not checked');
    const lines = placed.split('\n').map((line) => line.replace(/[\u202a-\u202e]/g, ''));
    // Not a name that mixes directions: pdftotext gives the right-to-left part of such a line in the order drawn (visual), whatever the line's /ActualText says.
    for (const name of NAMES.filter((n) => n !== MIXED)) expect([name, lines.includes(name)]).toEqual([name, true]);
    expect(placed).not.toContain('\u2060');
  });

  it.each(NAMES)('draws every letter of %s with a glyph of its own, in both weights (no empty box: glyph 0, .notdef)', (name) => {
    for (const weight of ['regular', 'bold'] as const) {
      const glyphs = shapeLine(name, weight).runs.flatMap((run) => run.glyphs);
      expect(glyphs.length).toBeGreaterThan(0);
      expect(glyphs.filter((g) => g.id === 0)).toEqual([]);
    }
  });

  it('puts each name in its own row, beside its address', () => {
    NAMES.forEach((name, i) => expect(text).toContain(`${name} ${i + 1} Whitechapel Road`));
  });

  it.each(NAMES)('prints %s on a share certificate', async (name) => {
    const certificateText = flat((await pageTexts(await bytesOf(renderShareCertificate(certificate(name)))))[0]);
    expect(certificateText).toContain(`This is to certify that ${name} of Jubilee Street Practice`);
    expect(certificateText).toContain('Director সৈয়দ আহমেদ');
  });

  it('is byte-identical on a second render, and when two renders run at once', async () => {
    const [a, b] = await Promise.all([bytesOf(renderRegisterOfMembers(register)), bytesOf(renderRegisterOfMembers(register))]);
    expect(a.equals(pdf)).toBe(true);
    expect(b.equals(pdf)).toBe(true);
  });

  it('is byte-identical whatever the process rendered before it', async () => {
    // A fresh copy of the library, whose fonts are opened and caches filled by this one render alone.
    let cold!: typeof import('#reports');
    jest.isolateModules(() => {
      cold = require('#reports');
    });
    // Extended Arabic-Indic digits (as Urdu writes them) and Arabic-Indic ones share glyphs in Noto Sans Arabic.
    const urdu = certificate('محمد علی ۱۲');
    const alone = await bytesOf(cold.renderShareCertificate(urdu));
    await bytesOf(renderShareCertificate(certificate('محمد علی ١٢')));
    const after = await bytesOf(renderShareCertificate(urdu));
    expect(after.equals(alone)).toBe(true);
    expect(flat((await pageTexts(after))[0])).toContain('محمد علی ۱۲');
    const again = await bytesOf(renderRegisterOfMembers(register));
    expect(again.equals(pdf)).toBe(true);
  });

  it('embeds every font it uses, subset, with a Unicode map', () => {
    const raw = pdf.toString('latin1');
    const fonts = [...raw.matchAll(/\/BaseFont \/([A-Z]{6})\+([\w-]+)/g)].map((m) => m[2]);
    expect(new Set(fonts)).toEqual(
      new Set([
        'NotoSans-Regular',
        'NotoSans-Bold',
        'NotoSansBengali-Bold',
        'NotoSansArabic-Bold',
        'NotoSansSC-Bold',
        'NotoSansGujarati-Bold',
        'NotoSansHebrew-Bold',
        'NotoSansTamil-Bold',
      ]),
    );
    expect(raw).not.toMatch(/\/Subtype \/Type1/);
    const table = poppler('pdffonts', pdf);
    if (table === null) {
      console.warn('pdffonts (poppler-utils) is not installed: checked the font dictionaries only, not with pdffonts');
      return;
    }
    const rows = table.trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    // Columns: name, type, encoding, then "emb sub uni" as yes/no.
    for (const row of rows) expect(row).toMatch(/ yes +yes +yes +\d+ +\d+$/);
  });

  it('is a tagged PDF in British English with its title shown, structured as headings, lists and a table', async () => {
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Lang (en-GB)');
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/Title \d+ 0 R/);
    expect(raw).toContain('(Register of members: Tower Hamlets GP Care Group CIC, as at 31 March 2026)');
    expect(raw).toMatch(/\/StructParents 0/);
    // The elements are packed into object streams; pdf.js reads them as a screen reader would be given them.
    const roles = (await structureTrees(pdf)).flatMap(rolesOf);
    for (const type of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'THead', 'TBody', 'TR', 'TH', 'TD']) {
      expect(roles).toContain(type);
    }
    expect(roles.filter((r) => r === 'TR')).toHaveLength(NAMES.length + 1);
    expect(roles.filter((r) => r === 'TD')).toHaveLength(NAMES.length * 7);
    expect(withObjectStreams(pdf)).toMatch(/\/S \/TH \/P \d+ 0 R \/K \[\d+\] \/Pg \d+ 0 R \/A <<\/O \/Table \/Scope \/Column>>/);
  });
});
