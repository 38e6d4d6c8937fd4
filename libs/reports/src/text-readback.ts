/**
 * Shaping a word so that it also reads back as written. A PDF reader extracts text glyph by glyph,
 * in the order the glyphs are drawn, through the font's ToUnicode map (one string per glyph). That
 * gives the wrong text when shaping reorders glyphs: Bengali draws the vowel sign of "সৈ" before the
 * consonant, so a reader would extract "ৈস". Right-to-left text is drawn in visual order and readers
 * reverse it, which turns a ligature's "لا" into "ال". Readers also treat a glyph whose text holds a
 * non-spacing mark (a virama, a nukta) as having no width, and skip invisible format characters.
 *
 * So after shaping, the word is read back as a reader would. When that differs from the text, the
 * word is shaped again grapheme by grapheme (right-to-left text is first tried with its ligatures'
 * text reversed), and each grapheme that still reads wrong is drawn through a "carrier": its first
 * glyph gets a code of its own whose ToUnicode text is the grapheme's text up to its first mark and
 * whose width is the whole grapheme's advance; the rest of the text goes on a zero-width code, and
 * the other glyphs get zero-width codes mapped to WORD JOINER (U+2060), which readers skip; each is
 * placed where the shaping put it. What is drawn is the same; only the codes and ToUnicode differ.
 * Readers that order text by where it is drawn rather than by the order of drawing (poppler's
 * pdftotext) would still split such a word, and print the joiners; so a line with a carrier is also
 * marked with its text as written (`/ActualText`, page-content.ts), which they read instead.
 */
import type * as fontkit from 'fontkit';

/** One glyph as drawn: sizes in 1/1000 em, as PDF fonts measure. */
export interface ShapedGlyph {
  /** The glyph's id in its font. */
  readonly id: number;
  /** The code points the font associates with the glyph (what ToUnicode says unless `text` is set). */
  readonly codePoints: readonly number[];
  /** How far the pen moves after the glyph (kerning included). */
  readonly advance: number;
  /** Offset of this glyph from the pen (mark positioning). */
  readonly dx: number;
  readonly dy: number;
  /** The width the PDF font's widths array gives the glyph's code (its own advance width, unless carrying text). */
  readonly width: number;
  /** The text a reader should extract for this glyph when it differs from `codePoints`; null when it does not. */
  readonly text: string | null;
}

/** Invisible, and skipped by readers when extracting text. */
export const WORD_JOINER = '\u2060';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The glyphs of `text` in drawing order, each with what a reader must extract for it. */
export function readBack(font: fontkit.Font, text: string, rtl: boolean): ShapedGlyph[] {
  const glyphs = shape(font, text, rtl);
  if (readsAs(glyphs, text, rtl)) return glyphs;
  const blank = font.glyphForCodePoint(0x20).id;
  if (rtl) {
    const reversed = glyphs.map((g) => (g.codePoints.length > 1 ? { ...g, text: reverse(String.fromCodePoint(...g.codePoints)) } : g));
    return readsAs(reversed, text, rtl) ? reversed : carry(glyphs, reverse(text), blank);
  }
  const out: ShapedGlyph[] = [];
  for (const { segment } of graphemes.segment(text)) {
    const part = shape(font, segment, false);
    out.push(...(readsAs(part, segment, false) ? part : carry(part, segment, blank)));
  }
  return out;
}

function shape(font: fontkit.Font, text: string, rtl: boolean): ShapedGlyph[] {
  const run = font.layout(text, undefined, undefined, undefined, rtl ? 'rtl' : 'ltr');
  const scale = 1000 / font.unitsPerEm;
  return run.glyphs.map((glyph, i) => {
    const p = run.positions[i];
    return {
      id: glyph.id,
      codePoints: glyph.codePoints,
      advance: p.xAdvance * scale,
      dx: p.xOffset * scale,
      dy: p.yOffset * scale,
      width: glyph.advanceWidth * scale,
      text: null,
    };
  });
}

const MARK = /\p{Mn}/u;

/**
 * Whether a reader gets `text` back from the glyphs: their strings in order (reversed for right-to-left
 * text) make the text, and every glyph whose string holds a non-spacing mark has no width (readers
 * do not advance past such a glyph, and would see a gap, and a space, after it).
 */
function readsAs(glyphs: readonly ShapedGlyph[], text: string, rtl: boolean): boolean {
  let out = '';
  for (const g of glyphs) {
    // The missing glyph always maps to U+0000 in pdfkit's ToUnicode map; a glyph with no code points to nothing.
    const own = g.text ?? (g.id === 0 || g.codePoints.length === 0 ? '\u0000' : String.fromCodePoint(...g.codePoints));
    if (MARK.test(own) && (g.width !== 0 || g.advance !== 0)) return false;
    out += own.replaceAll(WORD_JOINER, '');
  }
  return (rtl ? reverse(out) : out) === text;
}

/**
 * Draws the glyphs of one grapheme (or word) through a carrier, so that a reader extracts `text`:
 * the first glyph advances over the whole and carries the text up to its first mark, the rest of the
 * text rides on an invisible glyph (`blank`, the font's space) of no width, and the other glyphs have
 * no width and carry a word joiner. Glyphs after the first are placed by offsets from the pen, which
 * has then moved past the whole grapheme.
 */
function carry(glyphs: readonly ShapedGlyph[], text: string, blank: number): ShapedGlyph[] {
  const total = glyphs.reduce((sum, g) => sum + g.advance, 0);
  const mark = text.search(MARK);
  const head = mark < 0 ? text : text.slice(0, mark);
  const tail = mark < 0 ? '' : text.slice(mark);
  const [first, ...rest] = glyphs;
  const out: ShapedGlyph[] = [{ ...first, advance: total, width: total, text: head }];
  let pen = first.advance - total;
  if (tail.length > 0) out.push({ id: blank, codePoints: [0x20], advance: 0, dx: pen, dy: 0, width: 0, text: tail });
  for (const g of rest) {
    out.push({ ...g, advance: 0, dx: pen + g.dx, dy: g.dy, width: 0, text: WORD_JOINER });
    pen += g.advance;
  }
  return out;
}

function reverse(text: string): string {
  return [...text].reverse().join('');
}
