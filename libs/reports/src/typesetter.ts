import PDFDocument from 'pdfkit';

/**
 * Text measurement and line breaking. Reports break every piece of text into lines themselves, with
 * the same function in both layout passes, and draw each line at a fixed position: the measured
 * layout and the drawn one cannot disagree, and pdfkit never adds a page on its own.
 */

/** The standard-14 fonts the reports use (never embedded, so output stays small and reproducible). */
export type FontName = 'Helvetica' | 'Helvetica-Bold' | 'Helvetica-Oblique';

/** A font, size, colour and line advance (`leading`, in points). */
export interface TextStyle {
  readonly font: FontName;
  readonly size: number;
  readonly color: string;
  readonly leading: number;
}

/** Ink colours. */
export const INK = '#111111';
export const MUTED = '#555555';
export const RULE = '#b4b4b4';
export const SHADE = '#ececec';

const style = (font: FontName, size: number, leading: number, color = INK): TextStyle => ({ font, size, color, leading });

/** The type scale shared by every report. */
export const STYLES = {
  title: style('Helvetica-Bold', 18, 23),
  companyName: style('Helvetica-Bold', 12, 16),
  heading: style('Helvetica-Bold', 11, 15),
  body: style('Helvetica', 9, 12),
  bodyBold: style('Helvetica-Bold', 9, 12),
  muted: style('Helvetica', 8.5, 11, MUTED),
  cell: style('Helvetica', 8, 10),
  cellBold: style('Helvetica-Bold', 8, 10),
  cellMuted: style('Helvetica', 7.5, 9.5, MUTED),
  cellHeader: style('Helvetica-Bold', 7.5, 9.5),
  footer: style('Helvetica', 7, 9, MUTED),
} as const;

/** Characters outside the Latin-1 range that WinAnsiEncoding (the standard fonts' encoding) still has. */
const WIN_ANSI_EXTRAS = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019,
  0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

function encodable(code: number): boolean {
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(code);
}

/**
 * The text as the standard fonts can show it: tabs become spaces, accented letters the encoding lacks
 * lose the accent (ł stays unknown and becomes '?'), other control characters are dropped. Line
 * breaks are kept.
 */
export function printable(text: string): string {
  let clean = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!encodable(code) && code !== 0x0a) {
      clean = false;
      break;
    }
  }
  if (clean) return text;
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
    const code = char.codePointAt(0)!;
    if (encodable(code) || code === 0x0a) out += char;
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    else {
      const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      out += base.length > 0 && [...base].every((c) => encodable(c.codePointAt(0)!)) ? base : '?';
    }
  }
  return out;
}

/** Slot of an encodable character in the metric tables: its code below 256, else 256 + its place in the extras. */
const EXTRA_SLOTS = new Map([...WIN_ANSI_EXTRAS].map((code, i) => [code, 256 + i]));
const SLOTS = 256 + EXTRA_SLOTS.size;

/**
 * A standard font's advance widths and kerning in font units (1/1000 em), filled in lazily from
 * pdfkit's own measurements of single characters and pairs. The sums are whole numbers, so scaling
 * the total gives exactly the width pdfkit computes (and draws with), for a fraction of its cost.
 */
class FontMetrics {
  private readonly widths = new Float64Array(SLOTS).fill(Number.NaN);
  private readonly kerning = new Float32Array(SLOTS * SLOTS).fill(Number.NaN);

  constructor(private readonly measure: (text: string) => number) {}

  /** The width of `text` in font units, or NaN if it holds a character the font cannot show. */
  units(text: string): number {
    let total = 0;
    let previous = -1;
    let previousChar = '';
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const slot = code < 256 ? (encodable(code) ? code : -1) : (EXTRA_SLOTS.get(code) ?? -1);
      if (slot < 0) return Number.NaN;
      const char = text[i];
      let width = this.widths[slot];
      if (Number.isNaN(width)) width = this.widths[slot] = this.measure(char);
      total += width;
      if (previous >= 0) {
        const pair = previous * SLOTS + slot;
        let kern = this.kerning[pair];
        if (Number.isNaN(kern)) kern = this.kerning[pair] = this.measure(previousChar + char) - this.widths[previous] - width;
        total += kern;
      }
      previous = slot;
      previousChar = char;
    }
    return total;
  }
}

/** One table per font, shared by every render in the process (about 1 MB at most for all three). */
const METRICS = new Map<FontName, FontMetrics>();

/** A document kept only for its font metrics; never drawn on, never ended. */
let measuringDocument: PDFKit.PDFDocument | null = null;

function measuring(font: FontName, size: number): PDFKit.PDFDocument {
  measuringDocument ??= new PDFDocument({ autoFirstPage: false, font: 'Helvetica' });
  return measuringDocument.font(font, size);
}

/** Measures and breaks text with pdfkit's font metrics; draws nothing. */
export class Typesetter {
  /** The width of one line of {@link printable} text, in points, kerning included, exactly as pdfkit draws it. */
  width(text: string, style: TextStyle): number {
    let metrics = METRICS.get(style.font);
    if (metrics === undefined) {
      const font = style.font;
      metrics = new FontMetrics((t) => measuring(font, 1000).widthOfString(t));
      METRICS.set(font, metrics);
    }
    const units = metrics.units(text);
    return Number.isNaN(units) ? measuring(style.font, style.size).widthOfString(text) : units * (style.size / 1000);
  }

  /**
   * Breaks text into lines no wider than `maxWidth`: at line breaks in the text, then between words,
   * and inside a word only when the word alone is too wide. Runs of spaces collapse to one. Empty
   * text gives no lines; a blank line in the text gives an empty line.
   */
  wrap(text: string, style: TextStyle, maxWidth: number): string[] {
    const lines: string[] = [];
    if (text.length === 0) return lines;
    for (const paragraph of printable(text).split('\n')) {
      const words = paragraph.split(' ').filter((w) => w.length > 0);
      const whole = words.join(' ');
      if (this.width(whole, style) <= maxWidth) {
        lines.push(whole);
        continue;
      }
      let line = '';
      for (const word of words) {
        const candidate = line.length === 0 ? word : `${line} ${word}`;
        if (this.width(candidate, style) <= maxWidth) {
          line = candidate;
          continue;
        }
        if (line.length > 0) lines.push(line);
        line = word;
        if (this.width(word, style) > maxWidth) {
          const pieces = this.breakWord(word, style, maxWidth);
          lines.push(...pieces.slice(0, -1));
          line = pieces[pieces.length - 1];
        }
      }
      if (line.length > 0) lines.push(line);
    }
    return lines;
  }

  private breakWord(word: string, style: TextStyle, maxWidth: number): string[] {
    const pieces: string[] = [];
    let piece = '';
    for (const char of word) {
      if (piece.length > 0 && this.width(piece + char, style) > maxWidth) {
        pieces.push(piece);
        piece = '';
      }
      piece += char;
    }
    pieces.push(piece);
    return pieces;
  }
}
