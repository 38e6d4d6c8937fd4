/**
 * Fonts opened once per process and shared by every render. Parsing a font's tables (cmap, GSUB,
 * GPOS, GDEF) is most of the cost of a small report, so each face is parsed at most once; what pdfkit
 * keeps per document (the subset, its widths and its ToUnicode map) lives in pdfkit's `EmbeddedFont`,
 * made afresh for every document, and fontkit's own caches (parsed tables, glyph outlines and metrics,
 * lookup lists) hold data that depends only on the font file.
 *
 * One fontkit cache does depend on history: `getGlyph(id, codePoints)` keeps the first Glyph made for
 * an id, with the code points it was first asked with, and hands that same object back whatever code
 * points later callers pass. Shaping reads them (they become a glyph's text in the PDF, and Indic and
 * Arabic shaping classify characters by them), so a shared font would make one report's shaping, and
 * its ToUnicode map, depend on what another report drew first. {@link openShared} makes `getGlyph`
 * answer with exactly the code points asked for: the cached glyph when they match, else a view of it
 * that differs only in `codePoints`. Shaping is then a function of the font file and the text alone,
 * which is also what lets shaped words be cached across renders (text-shaper.ts).
 */
import type * as fontkit from 'fontkit';

/** A fontkit font from `bytes`, with `getGlyph` answering with the code points it is asked with. */
export function openShared(bytes: Buffer): fontkit.Font {
  // Loaded with the first font rather than with the module (see createPdfDocument).
  const font = (require('fontkit') as typeof fontkit).create(bytes) as fontkit.Font;
  const cached = font.getGlyph.bind(font);
  font.getGlyph = (id: number, codePoints: number[] = []): fontkit.Glyph => {
    const glyph = cached(id, codePoints);
    if (sameCodePoints(glyph.codePoints, codePoints)) return glyph;
    // Everything else (metrics, outline, name) is the same glyph's, and is read from the prototype.
    return Object.create(glyph, { codePoints: { value: codePoints, enumerable: true } }) as fontkit.Glyph;
  };
  return font;
}

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
