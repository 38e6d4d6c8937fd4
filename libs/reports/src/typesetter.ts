/**
 * Text measurement and line breaking. Reports break every piece of text into lines themselves, with
 * the same function in both layout passes, and draw each line at a fixed position: the measured
 * layout and the drawn one cannot disagree, and pdfkit never adds a page on its own. Widths come
 * from the embedded fonts' own shaping (see text-shaper.ts), the same glyphs that are then drawn, and
 * so does the room a line needs above and below (see {@link Typesetter.room}).
 */
import type { FontWeight } from './font-faces';
import { reachOf } from './glyph-extents';
import { shapeLine, simpleGlyphs, type ShapedGlyph, type ShapedRun } from './text-shaper';

export type { FontWeight } from './font-faces';

/** A weight, size, colour and line advance (`leading`, in points). */
export interface TextStyle {
  readonly weight: FontWeight;
  readonly size: number;
  readonly color: string;
  readonly leading: number;
}

/** Ink colours. */
export const INK = '#111111';
/** Secondary text: labels and notes. */
export const MUTED = '#555555';
/** Table rules and borders. */
export const RULE = '#b4b4b4';
/** The fill behind table headings. */
export const SHADE = '#ececec';

/** Where the baseline sits below the top of a line, as a fraction of the size (Noto Sans's cap height is 0.714 em). */
export const BASELINE = 0.75;

/**
 * The room, in em, that the leading of every style leaves Latin text's glyphs: above the baseline
 * (Noto Sans's accented capitals, such as É, reach 0.944 em) and below it (descenders, 0.24 em).
 * Every style's leading is at least their sum plus 0.05 em, so such lines never touch.
 */
export const LATIN_ROOM = { above: 0.95, below: 0.25 } as const;

/** Clear space, in em, kept beyond the glyphs of a line that reach outside {@link LATIN_ROOM}. */
export const CLEARANCE = 0.1;

/** Room a line needs beyond its leading, in points: `above` its top (its baseline moves down as much) and `below` its leading. */
export interface LineRoom {
  readonly above: number;
  readonly below: number;
}

const NO_ROOM: LineRoom = { above: 0, below: 0 };

/** Lines set one under another: where each is drawn (its top, with its {@link LineRoom} above it) and where the last one's room ends. */
export interface StackedLines {
  readonly tops: readonly number[];
  readonly bottom: number;
}

const style = (weight: FontWeight, size: number, leading: number, color = INK): TextStyle => ({ weight, size, color, leading });

/** The type scale shared by every report. */
export const STYLES = {
  title: style('bold', 18, 23),
  companyName: style('bold', 12, 16),
  heading: style('bold', 11, 15),
  body: style('regular', 9, 12),
  bodyBold: style('bold', 9, 12),
  muted: style('regular', 8.5, 11, MUTED),
  cell: style('regular', 8, 10),
  cellBold: style('bold', 8, 10),
  cellMuted: style('regular', 7.5, 9.5, MUTED),
  cellHeader: style('bold', 7.5, 9.5),
  footer: style('regular', 7, 9, MUTED),
} as const;

/** Text that {@link clean} leaves as it is. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Control characters other than line feeds and tabs, and lone surrogates: nothing a font can show. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text as it will be shaped: composed (NFC, so "e" plus a combining accent is the accented letter
 * the fonts have), tabs as spaces, other control characters dropped. Line breaks are kept.
 */
export function clean(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text;
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL, '');
}

/** Line breaks, or spaces at either end or in runs: text that is not one line as it stands. */
const IRREGULAR_SPACE = /\n|^ | $| {2}/;

/** Measures, breaks and shapes text with the embedded fonts; draws nothing. */
export class Typesetter {
  /** The width of one line of {@link clean} text, in points, kerning included, exactly as it is drawn. */
  width(text: string, style: TextStyle): number {
    return (shapeLine(text, style.weight).advance * style.size) / 1000;
  }

  /** One line of {@link clean} text as shaped runs, left to right as drawn. */
  shape(text: string, style: TextStyle): readonly ShapedRun[] {
    return shapeLine(text, style.weight).runs;
  }

  /**
   * The room one line of {@link clean} text needs beyond its style's leading. The leading was chosen
   * for Latin text; a line whose glyphs stay within {@link LATIN_ROOM} needs none, and is set as it
   * always was. A line whose glyphs reach further (an Arabic name's dots below, a Tamil vowel sign, a
   * Vietnamese capital with stacked accents) needs the difference plus {@link CLEARANCE}, on the side
   * they reach out of, so they never meet the line above or below. Measured from the glyphs drawn.
   */
  room(text: string, style: TextStyle): LineRoom {
    if (text.length === 0) return NO_ROOM;
    const reach = reachOf(this.shape(text, style));
    const beyond = (ink: number, room: number) => (ink > room * 1000 ? (ink / 1000 - room + CLEARANCE) * style.size : 0);
    const above = beyond(reach.above, LATIN_ROOM.above);
    const below = beyond(reach.below, LATIN_ROOM.below);
    return above === 0 && below === 0 ? NO_ROOM : { above, below };
  }

  /** Sets lines one under another from `from`, each given its leading and the {@link room} it needs. */
  stack(lines: readonly string[], style: TextStyle, from = 0): StackedLines {
    const tops: number[] = [];
    let y = from;
    for (const line of lines) {
      const room = this.room(line, style);
      tops.push(y + room.above);
      y += room.above + style.leading + room.below;
    }
    return { tops, bottom: y };
  }

  /**
   * Breaks text into lines no wider than `maxWidth`: at line breaks in the text, then between words,
   * and inside a word only when the word alone is too wide. Runs of spaces collapse to one. Empty
   * text gives no lines; a blank line in the text gives an empty line.
   */
  wrap(text: string, style: TextStyle, maxWidth: number): string[] {
    const lines: string[] = [];
    if (text.length === 0) return lines;
    const tidy = clean(text);
    if (!IRREGULAR_SPACE.test(tidy) && this.width(tidy, style) <= maxWidth) return [tidy];
    for (const paragraph of tidy.split('\n')) {
      const words = paragraph.split(' ').filter((w) => w.length > 0);
      const whole = words.join(' ');
      if (this.width(whole, style) <= maxWidth) {
        lines.push(whole);
        continue;
      }
      // When every word is simple text in the first face, a line's advance is its words' and spaces'
      // glyph advances added one after another: the same additions, in the same order, as shaping the
      // whole line makes (see simpleGlyphs), so the line need not be shaped again for each word added.
      const simple = words.map((word) => simpleGlyphs(word, style.weight));
      const space = simpleGlyphs(' ', style.weight);
      let additive = space !== null && simple.every((glyphs) => glyphs !== null);
      let line = '';
      let advance = 0;
      for (let i = 0; i < words.length; i++) {
        const word = words[i];
        const candidate = line.length === 0 ? word : `${line} ${word}`;
        const candidateAdvance = additive ? addUp(line.length === 0 ? 0 : addUp(advance, space!), simple[i]!) : 0;
        if (additive ? (candidateAdvance * style.size) / 1000 <= maxWidth : this.width(candidate, style) <= maxWidth) {
          line = candidate;
          advance = candidateAdvance;
          continue;
        }
        if (line.length > 0) lines.push(line);
        line = word;
        advance = additive ? addUp(0, simple[i]!) : 0;
        if (this.width(word, style) > maxWidth) {
          const pieces = this.breakWord(word, style, maxWidth);
          lines.push(...pieces.slice(0, -1));
          line = pieces[pieces.length - 1];
          const rest = additive ? simpleGlyphs(line, style.weight) : null;
          additive = rest !== null;
          advance = rest === null ? 0 : addUp(0, rest);
        }
      }
      if (line.length > 0) lines.push(line);
    }
    return lines;
  }

  /**
   * Breaks a word too wide for a line: after a hyphen where the part up to it fits (a double-barrelled
   * name keeps its parts whole), else between graphemes (never inside a conjunct or between a letter
   * and its accent).
   */
  private breakWord(word: string, style: TextStyle, maxWidth: number): string[] {
    const pieces: string[] = [];
    let piece = '';
    for (const { segment } of GRAPHEMES.segment(word)) {
      if (piece.length > 0 && this.width(piece + segment, style) > maxWidth) {
        const hyphen = piece.lastIndexOf('-') + 1;
        const cut = hyphen > 0 && hyphen < piece.length ? hyphen : piece.length;
        pieces.push(piece.slice(0, cut));
        piece = piece.slice(cut);
      }
      piece += segment;
    }
    pieces.push(piece);
    return pieces;
  }
}

const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** `sum` with the glyphs' advances added, one at a time. */
function addUp(sum: number, glyphs: readonly ShapedGlyph[]): number {
  for (const g of glyphs) sum += g.advance;
  return sum;
}
