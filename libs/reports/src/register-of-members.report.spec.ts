import { renderRegisterOfMembers, type RegisterEntryView, type RegisterOfMembersView } from '#reports';
import { bytesOf, flat, infoOf, pageTexts, textColours } from '../test/read-pdf';

const HASH = 'a1'.repeat(32);
const OTHER_HASH = 'b2'.repeat(32);
const LONG_NAME =
  'Drs Abernethy-Okonkwo, Bhattacharya, Castellanos-Whitfield, Dimitrakopoulou and Partners trading as the Bromley-by-Bow Health Partnership';
const LONG_ADDRESS =
  'Ground and First Floors, The Old Dispensary Building, 180 Bromley-by-Bow Terrace, Tower Hamlets, London E3 3QX, United Kingdom';

/** Entry `i` (1-based): a practice, every 10th a former member, the 50th with a very long name and address. */
function entry(i: number): RegisterEntryView {
  const id = String(i).padStart(3, '0');
  const former = i % 10 === 0;
  return {
    name: i === 50 ? `Practice ${id}: ${LONG_NAME}` : `Practice ${id}: Whitechapel Surgery`,
    address: i === 50 ? LONG_ADDRESS : `${i} Whitechapel Road, London E1 1BU`,
    registeredOn: '2016-04-01',
    ceasedOn: former ? '2021-09-30' : null,
    shares: former ? [] : [{ shareNumber: i, shareClass: 'Ordinary', nominalPence: 100, paidUpPence: 100 }],
  };
}

function register(count: number, overrides: Partial<RegisterOfMembersView> = {}): RegisterOfMembersView {
  return {
    company: { name: 'Tower Hamlets GP Care Group CIC', number: '09876543', registeredOffice: 'Unit 4, 1 Example Yard, London E1 1AA' },
    asAt: '2026-03-31',
    documentDate: '2026-03-31T17:00:00Z',
    ledgerHead: { sequence: 4821, hash: HASH },
    entries: function* () {
      for (let i = 1; i <= count; i++) yield entry(i);
    },
    ...overrides,
  };
}

const practicesOn = (page: string) => [...page.matchAll(/Practice (\d{3}):/g)].map((m) => Number(m[1]));

describe('register of members with 120 entries', () => {
  let pdf: Buffer;
  let pages: string[];

  beforeAll(async () => {
    pdf = await bytesOf(renderRegisterOfMembers(register(120)));
    pages = await pageTexts(pdf);
  });

  it('puts the title, company name, number and registered office on the first page only', () => {
    expect(pages.length).toBeGreaterThan(2);
    for (const text of ['Register of members', 'Tower Hamlets GP Care Group CIC', 'Company number 09876543', 'Registered office: Unit 4, 1 Example Yard, London E1 1AA', 'As at 31 March 2026']) {
      expect(pages[0]).toContain(text);
    }
    expect(pages[1]).not.toContain('Registered office');
  });

  it('paints every piece of text in ink or the muted grey, never in the header shading', async () => {
    for (const colours of await textColours(pdf)) expect([...colours].sort()).toEqual(['#111111', '#555555']);
  });

  it('repeats the table header at the top of every page', () => {
    for (const page of pages) expect(flat(page)).toContain('Member: name and address Registered as a member Ceased to be a member Share no.');
    expect(pages[1].trimStart().startsWith('Member: name and address')).toBe(true);
  });

  it('places every entry once, in order, starting on page 1 and ending on the last page', () => {
    const perPage = pages.map(practicesOn);
    expect(perPage.flat()).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(perPage[0][0]).toBe(1);
    expect(perPage[pages.length - 1].at(-1)).toBe(120);
    for (const onPage of perPage) expect(onPage.length).toBeGreaterThan(0);
  });

  it('prints "Page N of M", the as-at date and the ledger head on every page', () => {
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toContain('as at 31 March 2026');
      expect(page).toContain(`Built from ledger entry 4,821, hash ${HASH}`);
    });
  });

  it('ends with the totals on the last page', () => {
    const last = flat(pages[pages.length - 1]);
    expect(last).toContain('Totals');
    expect(last).toContain('Current members 108');
    expect(last).toContain("Former members' entries 12");
    expect(last).toContain('Aggregate amount paid up £108.00');
    expect(pages.slice(0, -1).some((p) => p.includes('Totals'))).toBe(false);
  });

  it('shows shares, amounts and dates in full words and pounds', () => {
    expect(flat(pages[0])).toContain('Practice 001: Whitechapel Surgery 1 Whitechapel Road, London E1 1BU 1 April 2016 — 1 Ordinary £1.00 £1.00');
    const withFormer = pages.find((p) => p.includes('Practice 010:'))!;
    expect(flat(withFormer)).toContain('Practice 010: Whitechapel Surgery 10 Whitechapel Road, London E1 1BU 1 April 2016 30 September 2021 — — — —');
  });

  it('wraps a long name and address over several lines without losing a word', () => {
    const page = pages.find((p) => p.includes('Practice 050:'))!;
    const lines = page.split('\n');
    const first = lines.findIndex((l) => l.includes('Practice 050:'));
    // The cell's lines come first on each text line; other cells follow after a tab.
    const cell = lines.slice(first, first + 12).map((l) => l.split('\t')[0]).join(' ');
    expect(lines[first]).not.toContain(LONG_NAME);
    expect(flat(cell)).toContain(`Practice 050: ${LONG_NAME} ${LONG_ADDRESS}`);
  });

  it('writes a fixed info dictionary from the view model, and embeds its fonts', async () => {
    const info = await infoOf(pdf);
    expect(info.Title).toBe('Register of members: Tower Hamlets GP Care Group CIC, as at 31 March 2026');
    expect(info.Author).toBe('Tower Hamlets GP Care Group CIC');
    expect(String(info.Subject)).toContain(HASH);
    expect(info.CreationDate).toBe('D:20260331170000Z');
    expect(info.ModDate).toBe('D:20260331170000Z');
    const raw = pdf.toString('latin1');
    expect(raw).not.toContain('/Helvetica');
    expect(raw).toMatch(/\/FontFile2/);
  });
});

describe('reproducible output', () => {
  it('gives byte-identical PDFs for the same view model', async () => {
    const [a, b] = await Promise.all([bytesOf(renderRegisterOfMembers(register(60))), bytesOf(renderRegisterOfMembers(register(60)))]);
    expect(a.equals(b)).toBe(true);
  });

  it('changes the bytes, and prints the new hash, when the ledger head changes', async () => {
    const a = await bytesOf(renderRegisterOfMembers(register(60)));
    const b = await bytesOf(renderRegisterOfMembers(register(60, { ledgerHead: { sequence: 4822, hash: OTHER_HASH } })));
    expect(a.equals(b)).toBe(false);
    const pages = await pageTexts(b);
    for (const page of pages) {
      expect(page).toContain(`Built from ledger entry 4,822, hash ${OTHER_HASH}`);
      expect(page).not.toContain(HASH);
    }
  });
});

describe('the checkpoint signing key', () => {
  it('prints the fingerprint of the key that signs the chain under the ledger head on every page', async () => {
    const keyId = '0123456789abcdef';
    const pages = await pageTexts(await bytesOf(renderRegisterOfMembers(register(60, { ledgerHead: { sequence: 4821, hash: HASH, signingKeyId: keyId } }))));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page).toContain(`Built from ledger entry 4,821, hash ${HASH}`);
      expect(page).toContain(`Ledger checkpoints signed with Ed25519 key fingerprint ${keyId}`);
    }
  });
});

describe('row sources', () => {
  it('reads an asynchronous source once per layout pass', async () => {
    let calls = 0;
    const entries = async function* () {
      calls += 1;
      for (let i = 1; i <= 45; i++) {
        await new Promise((resolve) => setImmediate(resolve));
        yield entry(i);
      }
    };
    const pages = await pageTexts(await bytesOf(renderRegisterOfMembers(register(0, { entries }))));
    expect(calls).toBe(2);
    expect(pages.map(practicesOn).flat()).toHaveLength(45);
  });

  it('fails the stream when the source gives different rows the second time', async () => {
    let calls = 0;
    const entries = function* () {
      calls += 1;
      for (let i = 1; i <= (calls === 1 ? 40 : 200); i++) yield entry(i);
    };
    await expect(bytesOf(renderRegisterOfMembers(register(0, { entries })))).rejects.toMatchObject({ code: 'REPORT_ROWS_CHANGED' });
  });

  it('fails the stream with the error of a failing source', async () => {
    const entries = function* () {
      yield entry(1);
      throw new Error('database went away');
    };
    await expect(bytesOf(renderRegisterOfMembers(register(0, { entries })))).rejects.toThrow('database went away');
  });

  it('renders an empty register as one page that says so', async () => {
    const pages = await pageTexts(await bytesOf(renderRegisterOfMembers(register(0))));
    expect(pages).toHaveLength(1);
    expect(flat(pages[0])).toContain('The register has no entries.');
    expect(flat(pages[0])).toContain('Current members 0');
    expect(pages[0]).toContain('Page 1 of 1');
  });

  it('splits an entry taller than a page across pages, header repeated, nothing lost', async () => {
    const address = Array.from({ length: 90 }, (_, i) => `Line ${i + 1} of a very long address`).join('\n');
    const entries = () => [entry(1), { ...entry(2), address }, entry(3)];
    const pages = await pageTexts(await bytesOf(renderRegisterOfMembers(register(0, { entries }))));
    const text = pages.join('\n');
    for (let i = 1; i <= 90; i++) expect(text).toContain(`Line ${i} of a very long address`);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toContain('Member: name and address');
    });
    expect(pages.map(practicesOn).flat()).toEqual([1, 2, 3]);
  });
});

describe('streaming', () => {
  it('stops drawing while nobody reads, so buffered output stays bounded', async () => {
    let yielded = 0;
    const entries = function* () {
      for (let i = 1; i <= 1500; i++) {
        yielded += 1;
        yield entry((i % 999) + 1);
      }
    };
    const stream = renderRegisterOfMembers(register(0, { entries }));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // The measuring pass has read all 1,500; the drawing pass has stopped early, waiting for a reader.
    expect(yielded).toBeGreaterThanOrEqual(1500);
    expect(yielded).toBeLessThan(3000);
    expect(stream.readableLength).toBeLessThan(1024 * 1024);
    const pdf = await bytesOf(stream);
    expect(yielded).toBe(3000);
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('lets the event loop run while measuring, and stops measuring when the stream is destroyed', async () => {
    let yielded = 0;
    const entries = function* () {
      for (let i = 1; i <= 50_000; i++) {
        yielded += 1;
        yield entry((i % 999) + 1);
      }
    };
    const stream = renderRegisterOfMembers(register(0, { entries }));
    stream.on('error', () => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    stream.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const seen = yielded;
    expect(seen).toBeLessThan(50_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(yielded).toBe(seen);
  });

  it('stops reading rows once the stream is destroyed', async () => {
    let closed = false;
    let yielded = 0;
    const entries = function* () {
      try {
        for (let i = 1; i <= 5000; i++) {
          yielded += 1;
          yield entry((i % 999) + 1);
        }
      } finally {
        closed = true;
      }
    };
    const stream = renderRegisterOfMembers(register(0, { entries }));
    stream.on('error', () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    stream.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(true);
    expect(yielded).toBeLessThan(10_000);
  });
});
