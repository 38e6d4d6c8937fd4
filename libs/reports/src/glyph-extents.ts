/**
 * How far a shaped line's glyphs reach above and below its baseline: the glyphs' own outlines (their
 * bounding boxes), moved by their mark offsets. That is the ink a line really puts on the page, which
 * for Arabic dots below, Bengali and Tamil vowel signs or Vietnamese stacked accents is more than the
 * leading chosen for Latin text allows for (see Typesetter.room).
 *
 * Each glyph's box is read from its font once per process. It depends only on the font file, so what
 * was measured before cannot change a render's layout or bytes.
 */
import type * as fontkit from 'fontkit';
import type { ShapedRun } from './text-shaper';

/** How far glyphs reach from the baseline, in 1/1000 em: `above` it, and `below` it (downwards, positive). */
export interface Reach {
  readonly above: number;
  readonly below: number;
}

/** Per font, each glyph's lowest and highest point (font units), at 2 × id; NaN until measured. */
const BOXES = new WeakMap<fontkit.Font, Float64Array>();

/** How far the glyphs of a line (its shaped runs) reach above and below the baseline; 0 for a line with no ink. */
export function reachOf(runs: readonly ShapedRun[]): Reach {
  let above = 0;
  let below = 0;
  for (const run of runs) {
    const font = run.font;
    const boxes = boxesOf(font);
    const scale = 1000 / font.unitsPerEm;
    for (const glyph of run.glyphs) {
      const at = 2 * glyph.id;
      if (Number.isNaN(boxes[at])) measure(font, glyph.id, boxes);
      const low = boxes[at];
      const high = boxes[at + 1];
      // A glyph with no outline (a space) puts no ink down.
      if (!(high > low)) continue;
      above = Math.max(above, high * scale + glyph.dy);
      below = Math.max(below, -(low * scale + glyph.dy));
    }
  }
  return { above, below };
}

function boxesOf(font: fontkit.Font): Float64Array {
  let boxes = BOXES.get(font);
  if (boxes === undefined) {
    boxes = new Float64Array(2 * font.numGlyphs).fill(NaN);
    BOXES.set(font, boxes);
  }
  return boxes;
}

function measure(font: fontkit.Font, id: number, boxes: Float64Array): void {
  const box = font.getGlyph(id).bbox;
  const empty = !(Number.isFinite(box.minY) && Number.isFinite(box.maxY));
  boxes[2 * id] = empty ? 0 : box.minY;
  boxes[2 * id + 1] = empty ? 0 : box.maxY;
}
