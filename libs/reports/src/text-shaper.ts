/**
 * Text to glyphs: picks the face for each stretch of text (font fallback), puts right-to-left text in
 * visual order (the Unicode bidirectional algorithm, from bidi-js), and shapes each stretch with
 * fontkit (OpenType ligatures, kerning, mark positioning, Indic reordering, Arabic joining). Widths
 * and drawing both come from here, so what is measured is what is drawn.
 *
 * Each render has its own {@link FontSet}: fontkit remembers, per glyph, the code points it first met
 * it with, and that becomes the glyph's ToUnicode entry; a font shared between renders would make one
 * report's bytes depend on what another drew before it.
 */
import bidiFactory from 'bidi-js';
import * as fontkit from 'fontkit';
import { facesFor, fontBytes, inRange, type Face, type FontWeight } from './font-faces';
import { readBack, type ShapedGlyph } from './text-readback';

export type { ShapedGlyph } from './text-readback';

const bidi = bidiFactory();

/** Letters of right-to-left scripts and the explicit right-to-left marks; text without any is all left to right. */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067]|\ud802[\udc00-\udfff]|\ud83a/;

/** Cached shapes per render; cleared when full, so a long report's memory stays flat. */
const CACHE_LIMIT = 20_000;

/** A stretch of one line in one face and one direction, shaped, in visual order. */
export interface ShapedRun {
  readonly face: Face;
  readonly font: fontkit.Font;
  readonly glyphs: readonly ShapedGlyph[];
  /** Sum of the glyphs' advances, in 1/1000 em. */
  readonly advance: number;
}

interface LogicalRun {
  readonly face: Face;
  readonly text: string;
  readonly level: number;
}

/** The fonts of one render, opened from the process's cached file bytes as first needed. */
export class FontSet {
  private readonly fonts = new Map<string, fontkit.Font>();
  private readonly fallback = new Map<string, Face>();
  private readonly shapes = new Map<string, readonly ShapedGlyph[]>();

  /** The fontkit font of a face. */
  font(face: Face): fontkit.Font {
    let font = this.fonts.get(face.key);
    if (font === undefined) {
      font = fontkit.create(fontBytes(face)) as fontkit.Font;
      this.fonts.set(face.key, font);
    }
    return font;
  }

  /** Width of one line of text in 1/1000 em (multiply by the size in points and divide by 1000). */
  advance(text: string, weight: FontWeight): number {
    let total = 0;
    for (const run of this.logicalRuns(text, weight)) {
      for (const glyphs of this.pieces(run)) for (const g of glyphs) total += g.advance;
    }
    return total;
  }

  /** One line of text as shaped runs, left to right as drawn. */
  line(text: string, weight: FontWeight): ShapedRun[] {
    const runs = this.logicalRuns(text, weight);
    const shaped = runs.map((run) => {
      const glyphs = this.pieces(run).flat();
      return { face: run.face, font: this.font(run.face), glyphs, advance: glyphs.reduce((s, g) => s + g.advance, 0) };
    });
    return visualOrder(shaped, runs.map((r) => r.level));
  }

  /** The run's glyphs: left-to-right text shaped word by word (cached), right-to-left text whole. */
  private pieces(run: LogicalRun): (readonly ShapedGlyph[])[] {
    if (run.level % 2 === 1) return [this.shape(run.face, mirrored(run.text), true)];
    return run.text.split(/( )/).filter((piece) => piece.length > 0).map((piece) => this.shape(run.face, piece, false));
  }

  private shape(face: Face, text: string, rtl: boolean): readonly ShapedGlyph[] {
    const key = `${face.key}\u0001${rtl ? 'r' : 'l'}${text}`;
    let glyphs = this.shapes.get(key);
    if (glyphs === undefined) {
      glyphs = readBack(this.font(face), text, rtl);
      if (this.shapes.size >= CACHE_LIMIT) this.shapes.clear();
      this.shapes.set(key, glyphs);
    }
    return glyphs;
  }

  /** Splits text where the face or the bidi level changes, in logical order. */
  private logicalRuns(text: string, weight: FontWeight): LogicalRun[] {
    const levels = RTL.test(text) ? bidi.getEmbeddingLevels(text, 'ltr').levels : null;
    const runs: LogicalRun[] = [];
    let face: Face | null = null;
    let level = 0;
    let start = 0;
    let i = 0;
    for (const char of text) {
      const code = char.codePointAt(0)!;
      const next: Face = face !== null && this.font(face).hasGlyphForCodePoint(code) ? face : this.faceFor(code, weight, face);
      const nextLevel = levels === null ? 0 : levels[i];
      if (face !== null && (next !== face || nextLevel !== level)) {
        runs.push({ face, text: text.slice(start, i), level });
        start = i;
      }
      face = next;
      level = nextLevel;
      i += char.length;
    }
    if (face !== null && start < text.length) runs.push({ face, text: text.slice(start), level });
    return runs;
  }

  /**
   * The first face (in fallback order) whose range holds the code point and whose font has a glyph
   * for it; when none does, the face in use (or Noto Sans), which then shows its missing-glyph box.
   */
  private faceFor(code: number, weight: FontWeight, current: Face | null): Face {
    const key = `${weight}:${code}`;
    const known = this.fallback.get(key);
    if (known !== undefined) return known;
    const faces = facesFor(weight);
    const found = faces.find((f) => inRange(f, code) && this.font(f).hasGlyphForCodePoint(code));
    if (found === undefined) return current ?? faces[0];
    this.fallback.set(key, found);
    return found;
  }
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
