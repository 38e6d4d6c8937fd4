import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderReport } from './pdf-document';
import { Table, type CellBlock } from './table';
import { STYLES, type TextStyle } from './typesetter';
import { bytesOf } from '../test/read-pdf';

/**
 * Lines in scripts whose glyphs reach further from the baseline than Latin text's: Arabic dots below
 * (the final ي of "علي"; the Urdu "خدیجہ بیگم"), Tamil and Bengali vowel signs, Vietnamese capitals
 * with stacked accents. Consecutive lines alternate between two inks, red and blue, so that the pixels
 * of each line can be told apart once the page is rasterised.
 */
const LINES = ['محمد علي', 'NGUYỄN THỊ MINH', 'خدیجہ بیگم', 'Nguyễn Thị Minh', 'கார்த்திக் ராஜா', 'সৈয়দ আহমেদ', 'محمد علي', 'ỄỖẪ Ễ'];
const RED = '#ff0000';
const BLUE = '#0000ff';
const inks = (style: TextStyle, i: number): TextStyle => ({ ...style, color: i % 2 === 0 ? RED : BLUE });

const basis = {
  company: { name: 'Tower Hamlets GP Care Group CIC', number: '09876543', registeredOffice: 'Unit 4, 1 Example Yard, London E1 1AA' },
  asAt: '2026-03-31',
  documentDate: '2026-03-31T17:00:00Z',
  ledgerHead: { sequence: 4821, hash: 'e5'.repeat(32) },
};

/** A register's name column (a name in bold over its other lines, rows one under another) and then paragraphs, in the two inks. */
function render() {
  return renderReport({ title: 'Line spacing', subject: 'Lines in many scripts.', basis }, (flow) => {
    flow.newPage();
    const rows: CellBlock[][] = [
      LINES.slice(0, 4).map((text, i) => ({ text, style: inks(i === 0 ? STYLES.cellBold : STYLES.cell, i) })),
      LINES.slice(4).map((text, i) => ({ text, style: inks(i === 0 ? STYLES.cellBold : STYLES.cell, i + 4) })),
    ];
    const table = new Table<CellBlock[]>(flow, [{ header: 'Member: name and address', width: 1, cell: (row) => row }], { width: 160 });
    for (const row of rows) table.row(row);
    table.end();
    flow.y += 12;
    for (const style of [STYLES.body, STYLES.muted]) LINES.forEach((text, i) => flow.paragraph(text, inks(style, i)));
  });
}

/** Page 1 at 200 dpi as a PPM image (pdftoppm, poppler-utils), or null when poppler-utils is not installed (CI installs it). */
function rasterise(pdf: Buffer): { width: number; height: number; rgb: Buffer } | null {
  const dir = mkdtempSync(join(tmpdir(), 'raster-'));
  try {
    writeFileSync(join(dir, 'page.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '200', '-f', '1', '-l', '1', '-singlefile', join(dir, 'page.pdf'), join(dir, 'page')]);
    const ppm = readFileSync(join(dir, 'page.ppm'));
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 32))!;
    return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How much more red (or blue) than the other channels a pixel is that counts as ink: about a tenth covered. */
const INK = 24;

/**
 * The page's pixel rows top to bottom as the ink in them: 'R' (red only), 'B' (blue only), 'RB' (both)
 * or '' (blank: no pixel is ink of either colour).
 */
function rowInks(page: { width: number; height: number; rgb: Buffer }): string[] {
  const rows: string[] = [];
  for (let y = 0; y < page.height; y++) {
    let red = false;
    let blue = false;
    for (let x = 0; x < page.width; x++) {
      const at = 3 * (y * page.width + x);
      const r = page.rgb[at];
      const g = page.rgb[at + 1];
      const b = page.rgb[at + 2];
      if (r - Math.max(g, b) > INK) red = true;
      if (b - Math.max(r, g) > INK) blue = true;
    }
    rows.push(red && blue ? 'RB' : red ? 'R' : blue ? 'B' : '');
  }
  return rows;
}

describe('lines in scripts with deep descenders and tall marks', () => {
  let pdf: Buffer;

  beforeAll(async () => {
    pdf = await bytesOf(render());
  });

  it('leave at least one blank pixel row (at 200 dpi) between the ink of consecutive lines, in a table cell, across rows and in paragraphs', () => {
    const page = rasterise(pdf);
    if (page === null) return console.warn('pdftoppm (poppler-utils) is not installed: not checked');
    const rows = rowInks(page);
    const touching: number[] = [];
    let last = '';
    let blankSince = true;
    let changes = 0;
    rows.forEach((ink, y) => {
      if (ink === '') blankSince = true;
      else if (ink === 'RB') touching.push(y);
      else {
        if (last !== '' && ink !== last) {
          changes += 1;
          if (!blankSince) touching.push(y);
        }
        last = ink;
        blankSince = false;
      }
    });
    expect(touching).toEqual([]);
    // Every line was drawn, each in its own ink: the table's lines, then each paragraph style's.
    expect(changes).toBe(3 * LINES.length - 1);
  });

  it('is byte-identical on a second render', async () => {
    expect((await bytesOf(render())).equals(pdf)).toBe(true);
  });
});
