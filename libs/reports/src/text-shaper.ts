/**
 * Text to glyphs: picks the face for each stretch of text (font fallback), puts right-to-left text in
 * visual order (the Unicode bidirectional algorithm, from bidi-js), and shapes each stretch with
 * fontkit (OpenType ligatures, kerning, mark positioning, Indic reordering, Arabic joining). Widths
 * and drawing both come from here, so what is measured is what is drawn.
 *
 * Everything here is a function of the font files and the text alone (fonts are shared by every render
 * in a way that keeps it so, see shared-font.ts), so it is cached for the whole process: which faces
 * have a glyph for a code point, which face a code point falls back to, words shaped by fontkit (in a
 * bounded cache), and the last few lines. A render's bytes cannot depend on what was cached before it.
 * Words that OpenType would only kern are shaped without fontkit (simple-shaper.ts), and so is a whole
 * line of them in the first face.
 */
import bidiFactory from 'bidi-js';
import type * as fontkit from 'fontkit';
import { BoundedCache } from './bounded-cache';
import { facesFor, fontOf, inRange, type Face, type FontWeight } from './font-faces';
import { shapeSimple } from './simple-shaper';
import { readBack, type ShapedGlyph } from './text-readback';

export type { ShapedGlyph } from './text-readback';

const bidi = bidiFactory();

/** Letters of right-to-left scripts and the explicit right-to-left marks; text without any is all left to right. */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067]|\ud802[\udc00-\udfff]|\ud83a/;

/** Shaped words kept per generation (see BoundedCache): a few MB at most. */
const WORD_LIMIT = 8_192;
/** Lines kept from the last few shaped. */
const RECENT_LIMIT = 64;

/** A stretch of one line in one face and one direction, shaped, in visual order. */
export interface ShapedRun {
  readonly face: Face;
  readonly font: fontkit.Font;
  readonly glyphs: readonly ShapedGlyph[];
  /** Sum of the glyphs' advances, in 1/1000 em. */
  readonly advance: number;
}

/** One line of text, shaped: its runs left to right as drawn, and its width in 1/1000 em. */
export interface ShapedLine {
  readonly runs: readonly ShapedRun[];
  readonly advance: number;
}

interface LogicalRun {
  readonly face: Face;
  readonly text: string;
  readonly level: number;
}

/** A word's glyphs in one face and direction; the same text in other faces hangs off `next`. */
interface ShapedWord {
  readonly face: Face;
  readonly rtl: boolean;
  readonly glyphs: readonly ShapedGlyph[];
  readonly next: ShapedWord | undefined;
}

/**
 * Words that needed fontkit, kept long: they are what is slow to shape, and the same names and words
 * come back row after row. Lines are not kept long: putting a line together from its words is quick,
 * a register has hundreds of thousands of different lines, and keeping them would fill the heap with
 * garbage (which V8 answers by growing the heap). Only the last few are kept, because a line is
 * measured, then drawn, then measured again to align it.
 */
const WORDS = new BoundedCache<ShapedWord>(WORD_LIMIT);
const RECENT: Record<FontWeight, Map<string, ShapedLine>> = { regular: new Map(), bold: new Map() };

/** One line of text as shaped runs, left to right as drawn, with its width. */
export function shapeLine(text: string, weight: FontWeight): ShapedLine {
  const recent = RECENT[weight];
  let line = recent.get(text);
  if (line === undefined) {
    line = layOut(text, weight);
    // A new map rather than clear(): V8 keeps what a cleared map held alive past young-generation
    // collections, and the old generation then fills with lines long gone.
    if (recent.size >= RECENT_LIMIT) RECENT[weight] = new Map([[text, line]]);
    else recent.set(text, line);
  }
  return line;
}

/**
 * The glyphs of a line that is simple text in the first face (see simple-shaper.ts), which it is in
 * one run, with no face to look for and no direction to work out; null for any other line. A line of
 * such words and spaces is such a line too, and its glyphs are theirs one after another.
 */
export function simpleGlyphs(text: string, weight: FontWeight): readonly ShapedGlyph[] | null {
  const first = facesFor(weight)[0];
  return text.length > 0 && inRange(first, text.charCodeAt(0)) ? shapeSimple(first, text) : null;
}

function layOut(text: string, weight: FontWeight): ShapedLine {
  const glyphs = simpleGlyphs(text, weight);
  if (glyphs !== null) {
    const first = facesFor(weight)[0];
    let sum = 0;
    for (const g of glyphs) sum += g.advance;
    return { runs: [{ face: first, font: fontOf(first), glyphs, advance: sum }], advance: sum };
  }
  const { runs, bidi } = logicalRuns(text, weight);
  let advance = 0;
  const shaped = runs.map((run): ShapedRun => {
    const glyphs = pieces(run);
    let sum = 0;
    for (const g of glyphs) sum += g.advance;
    advance += sum;
    return { face: run.face, font: fontOf(run.face), glyphs, advance: sum };
  });
  return { runs: bidi ? visualOrder(shaped, runs.map((r) => r.level)) : shaped, advance };
}

/** The run's glyphs: left-to-right text shaped word by word (spaces on their own), right-to-left text whole. */
function pieces(run: LogicalRun): readonly ShapedGlyph[] {
  const { face, text } = run;
  if (run.level % 2 === 1) return shape(face, mirrored(text), true);
  if (text.indexOf(' ') < 0) return shape(face, text, false);
  const glyphs: ShapedGlyph[] = [];
  const append = (word: string) => {
    for (const g of shape(face, word, false)) glyphs.push(g);
  };
  for (let start = 0; start < text.length; ) {
    const space = text.indexOf(' ', start);
    const end = space < 0 ? text.length : space;
    if (end > start) append(text.slice(start, end));
    if (space >= 0) append(' ');
    start = end + 1;
  }
  return glyphs;
}

function shape(face: Face, text: string, rtl: boolean): readonly ShapedGlyph[] {
  const simple = rtl ? null : shapeSimple(face, text);
  if (simple !== null) return simple;
  const first = WORDS.get(text);
  for (let word = first; word !== undefined; word = word.next) if (word.face === face && word.rtl === rtl) return word.glyphs;
  const glyphs = readBack(fontOf(face), text, rtl);
  WORDS.set(text, { face, rtl, glyphs, next: first });
  return glyphs;
}

/**
 * `text` as one isolated stretch of a line (U+2068 first strong isolate … U+2069 pop directional
 * isolate) when it holds right-to-left characters, else as it is: a name or an address printed beside
 * other text keeps its own order, so "محمد علي, 2 Example Street" does not carry the house number and
 * the comma into the name's right-to-left run (Unicode bidirectional algorithm, rules X5a–X6a). The
 * isolate characters order the line and are not drawn.
 */
export function isolated(text: string): string {
  return RTL.test(text) ? `\u2068${text}\u2069` : text;
}

/** Splits text where the face or the bidi level changes, in logical order; `bidi` when any of it is right to left. */
function logicalRuns(text: string, weight: FontWeight): { runs: LogicalRun[]; bidi: boolean } {
  const levels = RTL.test(text) ? bidi.getEmbeddingLevels(text, 'ltr').levels : null;
  const runs: LogicalRun[] = [];
  let face: Face | null = null;
  let level = 0;
  let start = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    if (code >= 0x2066 && code <= 0x2069) {
      // An isolate's start or end (see `isolated`) orders the text around it and draws nothing.
      if (face !== null && start < i) runs.push({ face, text: text.slice(start, i), level });
      start = i + 1;
      i += 1;
      continue;
    }
    const next: Face = face !== null && hasGlyph(face, code) ? face : faceFor(code, weight, face);
    const nextLevel = levels === null ? 0 : levels[i];
    if (face !== null && (next !== face || nextLevel !== level)) {
      if (start < i) runs.push({ face, text: text.slice(start, i), level });
      start = i;
    }
    face = next;
    level = nextLevel;
    i += code > 0xffff ? 2 : 1;
  }
  if (face !== null && start < text.length) runs.push({ face, text: text.slice(start), level });
  return { runs, bidi: levels !== null };
}

/** Per face, which code points of the Basic Multilingual Plane have a glyph: 0 not yet asked, 1 yes, 2 no. */
const COVERAGE = new Map<string, Uint8Array>();
/** The face last asked about, and its coverage: a line is mostly one face. */
let lastFace: Face | null = null;
let lastCoverage: Uint8Array = new Uint8Array(0);

function hasGlyph(face: Face, code: number): boolean {
  if (code > 0xffff) return fontOf(face).hasGlyphForCodePoint(code);
  if (face !== lastFace) {
    let coverage = COVERAGE.get(face.key);
    if (coverage === undefined) {
      coverage = new Uint8Array(0x10000);
      COVERAGE.set(face.key, coverage);
    }
    lastFace = face;
    lastCoverage = coverage;
  }
  const known = lastCoverage;
  if (known[code] === 0) known[code] = fontOf(face).hasGlyphForCodePoint(code) ? 1 : 2;
  return known[code] === 1;
}

const FALLBACK = { regular: new Map<number, Face>(), bold: new Map<number, Face>() };

/**
 * The first face (in fallback order) whose range holds the code point and whose font has a glyph
 * for it; when none does, the face in use (or Noto Sans), which then shows its missing-glyph box.
 */
function faceFor(code: number, weight: FontWeight, current: Face | null): Face {
  const known = FALLBACK[weight].get(code);
  if (known !== undefined) return known;
  const faces = facesFor(weight);
  const found = faces.find((f) => inRange(f, code) && hasGlyph(f, code));
  if (found === undefined) return current ?? faces[0];
  FALLBACK[weight].set(code, found);
  return found;
}

/** Characters with a mirrored form (brackets) swapped, as right-to-left text shows them. */
function mirrored(text: string): string {
  let out = '';
  for (const char of text) out += bidi.getMirroredCharacter(char) ?? char;
  return out;
}

/** Rule L2 of the bidirectional algorithm over whole runs: from the highest level down to the lowest odd one, reverse every stretch at or above it. */
function visualOrder<T>(runs: T[], levels: readonly number[]): T[] {
  const max = Math.max(0, ...levels);
  const minOdd = Math.min(...levels.map((l) => (l % 2 === 1 ? l : Infinity)));
  if (!Number.isFinite(minOdd)) return runs;
  const order = runs.map((run, i) => ({ run, level: levels[i] }));
  for (let level = max; level >= minOdd; level--) {
    for (let i = 0; i < order.length; i++) {
      if (order[i].level < level) continue;
      let j = i;
      while (j + 1 < order.length && order[j + 1].level >= level) j++;
      order.splice(i, j - i + 1, ...order.slice(i, j + 1).reverse());
      i = j;
    }
  }
  return order.map((o) => o.run);
}
