import fc from 'fast-check';
import PDFDocument from 'pdfkit';
import { facesFor, fontOf } from './font-faces';
import { clean, LATIN_ROOM, STYLES, Typesetter } from './typesetter';

const ts = new Typesetter();
const style = STYLES.cell;

describe('Typesetter.width', () => {
  it('measures one-face text as pdfkit does with the same embedded font', () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    const samples = ['AVAVA To Wa Y. LT', 'Practice 050: Bromley-by-Bow', '£1,234.56 – “quoted” €', 'Zoë Brontë', ''];
    for (const weight of ['regular', 'bold'] as const) {
      doc.registerFont(weight, fontOf(facesFor(weight)[0]) as never);
      for (const size of [7, 8, 9.5, 18]) {
        for (const text of samples) {
          expect(ts.width(text, { ...style, weight, size })).toBeCloseTo(doc.font(weight, size).widthOfString(text), 9);
        }
      }
    }
  });

  it('adds up the faces of mixed text, and gives no width to no text', () => {
    const mixed = 'Łukasz Wójcik, সৈয়দ আহমেদ, 王小明';
    const parts = ['Łukasz Wójcik, ', 'সৈয়দ আহমেদ', ', ', '王小明'];
    expect(ts.width(mixed, style)).toBeGreaterThan(0);
    expect(ts.width(mixed, style)).toBeCloseTo(parts.reduce((sum, part) => sum + ts.width(part, style), 0), 6);
    expect(ts.width('', style)).toBe(0);
  });
});

describe('Typesetter.wrap', () => {
  it('keeps text that fits on one line', () => {
    expect(ts.wrap('1 April 2016', style, 100)).toEqual(['1 April 2016']);
  });

  it('breaks between words so every line fits, losing no word', () => {
    const text = 'Drs Abernethy-Okonkwo, Bhattacharya, Castellanos-Whitfield and Partners trading as the Bromley-by-Bow Health Partnership';
    const lines = ts.wrap(text, style, 120);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(ts.width(line, style)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });

  it('breaks inside a word only when the word alone is too wide, and never inside a grapheme', () => {
    const word = 'A'.repeat(80);
    const lines = ts.wrap(`x ${word} y`, style, 100);
    for (const line of lines) expect(ts.width(line, style)).toBeLessThanOrEqual(100);
    expect(lines.join('').replace(/ /g, '')).toBe(`x${word}y`);
    const conjuncts = 'স্ত্রী'.repeat(12);
    const pieces = ts.wrap(conjuncts, style, 30);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length % 'স্ত্রী'.length).toBe(0);
  });

  it('breaks a hyphenated name too wide for the column after a hyphen, not in the middle of one of its parts', () => {
    const name = 'Montgomery-Fitzwilliam-Worthington-Smythe-Harcourt';
    const width = ts.width('Montgomery-Fitzwilliam-Worth', style);
    const lines = ts.wrap(`by proxy: ${name} (synthetic)`, style, width);
    for (const line of lines) expect(ts.width(line, style)).toBeLessThanOrEqual(width);
    expect(lines).toEqual(['by proxy:', 'Montgomery-Fitzwilliam-', 'Worthington-Smythe-Harcourt', '(synthetic)']);
    // A part itself too wide is still broken, between graphemes.
    const narrow = ts.wrap('Worthington-Smythe', style, ts.width('Worth', style));
    expect(narrow.join('')).toBe('Worthington-Smythe');
    expect(narrow.length).toBeGreaterThan(2);
  });

  it('breaks where measuring every candidate line would', () => {
    // Line by line as wrap() does it, measuring each candidate line whole.
    const reference = (text: string, width: number): string[] => {
      const lines: string[] = [];
      let line = '';
      for (const word of text.split(' ').filter((w) => w.length > 0)) {
        const candidate = line.length === 0 ? word : `${line} ${word}`;
        if (ts.width(candidate, style) <= width) line = candidate;
        else {
          if (line.length > 0) lines.push(line);
          line = word;
        }
      }
      return line.length > 0 ? [...lines, line] : lines;
    };
    const words = ['Practice', '0042:', 'AVA', 'Tower', 'Hamlets', 'Wójcik', 'office', 'সৈয়দ', '£1.00', 'LTA.', 'Yoke'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }), fc.integer({ min: 40, max: 160 }), (picked, width) => {
        const text = picked.join(' ');
        fc.pre(picked.every((word) => ts.width(word, style) <= width));
        expect(ts.wrap(text, style, width)).toEqual(reference(text, width));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the line breaks in the text and gives no lines for no text', () => {
    expect(ts.wrap('Flat 2\n10 Mile End Road', style, 300)).toEqual(['Flat 2', '10 Mile End Road']);
    expect(ts.wrap('', style, 300)).toEqual([]);
  });
});

describe('Typesetter.room', () => {
  const weights = ['regular', 'bold'] as const;

  it('gives Latin text, accented capitals and descenders included, no room beyond the leading: it is set as it always was', () => {
    for (const text of ['Jolly Piggy Gypsy', 'Élodie Ångström, Łukasz Wójcik', 'Ça Ţine Şerban', 'Nguyễn Thị Minh', 'Γιώργος Олена', '']) {
      for (const weight of weights) expect([text, ts.room(text, { ...style, weight })]).toEqual([text, { above: 0, below: 0 }]);
    }
  });

  it('gives a line whose glyphs reach beyond the Latin room what they need: Arabic dots below, Tamil vowel signs, stacked Vietnamese accents', () => {
    for (const weight of weights) {
      const at = { ...style, weight };
      // The two dots below the final ي reach 0.42 em (0.46 in bold) below the baseline.
      expect(ts.room('محمد علي', at).below).toBeGreaterThan((0.42 - LATIN_ROOM.below) * style.size);
      expect(ts.room('محمد علي', at).above).toBe(0);
      expect(ts.room('கார்த்திக் ராஜா', at).below).toBeGreaterThan(0);
      // Ễ: a circumflex with a tilde over it, 1.05 em above the baseline.
      expect(ts.room('NGUYỄN THỊ MINH', at).above).toBeGreaterThan((1.04 - LATIN_ROOM.above) * style.size);
    }
  });

  it('scales with the size, and every style leaves Latin text its room with clear space between lines', () => {
    const big = { ...style, size: style.size * 2 };
    expect(ts.room('محمد علي', big).below).toBeCloseTo(2 * ts.room('محمد علي', style).below, 9);
    for (const [name, s] of Object.entries(STYLES)) {
      expect([name, s.leading - (LATIN_ROOM.above + LATIN_ROOM.below) * s.size >= 0.05 * s.size]).toEqual([name, true]);
    }
  });

  it('stacks lines with their leading and their room', () => {
    const lines = ['Jointly with', 'محمد علي', 'NGUYỄN THỊ MINH', '1 Whitechapel Road'];
    const { tops, bottom } = ts.stack(lines, style, 5);
    const rooms = lines.map((line) => ts.room(line, style));
    expect(tops[0]).toBe(5);
    expect(tops[1]).toBe(5 + style.leading);
    expect(tops[2]).toBeCloseTo(tops[1] + style.leading + rooms[1].below + rooms[2].above, 9);
    expect(tops[3]).toBeCloseTo(tops[2] + style.leading, 9);
    expect(bottom).toBeCloseTo(tops[3] + style.leading, 9);
  });
});

describe('clean', () => {
  it('keeps every letter, composing accents typed as separate marks', () => {
    expect(clean('Łukasz Wójcik – “£1.00” €')).toBe('Łukasz Wójcik – “£1.00” €');
    expect(clean('Nguye\u0302\u0303n')).toBe('Nguyễn');
  });

  it('makes tabs spaces and drops other control characters', () => {
    expect(clean('a\tb\r\nc\u0007d')).toBe('a b\ncd');
  });
});
