import PDFDocument from 'pdfkit';
import { printable, STYLES, Typesetter } from './typesetter';

const ts = new Typesetter();
const style = STYLES.cell;

describe('Typesetter.width', () => {
  it('measures exactly as pdfkit does, kerning included, in every font and size', () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    const samples = ['AVAVA To Wa Y. LT', 'Practice 050: Bromley-by-Bow', '£1,234.56 – “quoted” €', 'Zoë Brontë', ''];
    for (const font of ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique'] as const) {
      for (const size of [7, 8, 9.5, 18]) {
        for (const text of samples) {
          expect(ts.width(text, { ...style, font, size })).toBe(doc.font(font, size).widthOfString(text));
        }
      }
    }
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

  it('breaks inside a word only when the word alone is too wide', () => {
    const word = 'A'.repeat(80);
    const lines = ts.wrap(`x ${word} y`, style, 100);
    for (const line of lines) expect(ts.width(line, style)).toBeLessThanOrEqual(100);
    expect(lines.join('').replace(/ /g, '')).toBe(`x${word}y`);
  });

  it('keeps the line breaks in the text and gives no lines for no text', () => {
    expect(ts.wrap('Flat 2\n10 Mile End Road', style, 300)).toEqual(['Flat 2', '10 Mile End Road']);
    expect(ts.wrap('', style, 300)).toEqual([]);
  });
});

describe('printable', () => {
  it('leaves text the standard fonts can show alone', () => {
    expect(printable('Zoë Brontë – “£1.00” €')).toBe('Zoë Brontë – “£1.00” €');
  });

  it('drops accents the encoding lacks, and marks letters it cannot show at all', () => {
    expect(printable('Dvořák')).toBe('Dvorák');
    expect(printable('Łukasz')).toBe('?ukasz');
    expect(printable('a\tb\r\nc')).toBe('a b\nc');
  });
});
