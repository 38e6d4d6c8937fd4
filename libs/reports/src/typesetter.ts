/**
 * Text measurement and line breaking. Reports break every piece of text into lines themselves, with
 * the same function in both layout passes, and draw each line at a fixed position: the measured
 * layout and the drawn one cannot disagree, and pdfkit never adds a page on its own.
 */
import { measuring, metricsOf, printable } from './font-metrics';

export { printable } from './font-metrics';

/** The standard-14 fonts the reports use (never embedded, so output stays small and reproducible). */
export type { FontName } from './font-metrics';
import type { FontName } from './font-metrics';

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

/** Line breaks, or spaces at either end or in runs: text that is not one line as it stands. */
const IRREGULAR_SPACE = /\n|^ | $| {2}/;

/** Measures and breaks text with pdfkit's font metrics; draws nothing. */
export class Typesetter {
  /** The width of one line of {@link printable} text, in points, kerning included, exactly as pdfkit draws it. */
  width(text: string, style: TextStyle): number {
    const units = metricsOf(style.font).units(text);
    if (Number.isNaN(units)) return measuring(style.font, style.size).widthOfString(text);
    // The same arithmetic as pdfkit (scale, then its horizontal scaling of 100%), to the last bit.
    return ((units * (style.size / 1000)) * 100) / 100;
  }

  /** The TJ operand that shows one line of {@link printable} text, kerned; null if it cannot be shown. */
  showText(text: string, style: TextStyle): string | null {
    return metricsOf(style.font).showText(text);
  }

  /**
   * Breaks text into lines no wider than `maxWidth`: at line breaks in the text, then between words,
   * and inside a word only when the word alone is too wide. Runs of spaces collapse to one. Empty
   * text gives no lines; a blank line in the text gives an empty line.
   */
  wrap(text: string, style: TextStyle, maxWidth: number): string[] {
    const lines: string[] = [];
    if (text.length === 0) return lines;
    const clean = printable(text);
    if (!IRREGULAR_SPACE.test(clean) && this.width(clean, style) <= maxWidth) return [clean];
    for (const paragraph of clean.split('\n')) {
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
