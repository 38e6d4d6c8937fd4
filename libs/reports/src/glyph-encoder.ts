/**
 * Shaped glyphs to content-stream operators, in one document. Each face is registered with pdfkit
 * the first time the document draws with it, so only the fonts a report uses are embedded, and pdfkit
 * subsets each one to the glyphs drawn (its `EmbeddedFont`, with Identity-H encoding: the code of a
 * glyph in the content stream is its id in the subset, and the ToUnicode map says what text it is).
 */
import type { ShapedGlyph, ShapedRun } from './text-shaper';

/** The parts of pdfkit's EmbeddedFont that encoding touches; the same bookkeeping as its own `encode()`. */
interface PdfkitEmbeddedFont {
  readonly id: string;
  readonly font: unknown;
  readonly subset: { readonly glyphs: number[]; includeGlyph(glyph: number): number };
  readonly widths: number[];
  readonly unicode: number[][];
  ref(): unknown;
}

interface DocumentFont {
  readonly pdf: PdfkitEmbeddedFont;
  /** Subset codes of glyphs that carry a text of their own (see text-readback.ts), by glyph id, width and text. */
  readonly own: Map<string, number>;
}

/** A number as PDF content writes it: at most three decimals, no exponent. */
export function num(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/** Writes shaped glyph runs into one document's content stream, registering each font face with pdfkit the first time it is drawn. */
export class GlyphEncoder {
  private readonly fonts = new Map<string, DocumentFont>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** The operator that selects the run's font at `size` (registering the font with the page). */
  font(run: ShapedRun, size: number, page: { fonts: Record<string, unknown> }): string {
    const font = this.fontFor(run);
    page.fonts[font.pdf.id] ??= font.pdf.ref();
    return `/${font.pdf.id} ${num(size)} Tf`;
  }

  /**
   * The operators that draw one run at (x, baseline) in PDF space (y up), inside a text object with
   * the run's font selected: the glyphs as TJ arrays, consecutive codes in one string, with kerning
   * adjustments between; a glyph moved off the pen (a mark placed on its base) gets a text matrix of
   * its own.
   */
  show(run: ShapedRun, x: number, baseline: number, size: number): string {
    const font = this.fontFor(run);
    const scale = size / 1000;
    let out = '';
    let pen = 0;
    let open = false;
    let codes = '';
    for (const glyph of run.glyphs) {
      const code = bytes2(this.code(font, glyph));
      if (glyph.dx !== 0 || glyph.dy !== 0) {
        if (open) out += `(${codes})] TJ`;
        open = false;
        codes = '';
        out += `\n1 0 0 1 ${num(x + (pen + glyph.dx) * scale)} ${num(baseline + glyph.dy * scale)} Tm (${code}) Tj`;
      } else {
        if (!open) out += `\n1 0 0 1 ${num(x + pen * scale)} ${num(baseline)} Tm [`;
        open = true;
        codes += code;
        // TJ moves back by n/1000 em: the difference between the glyph's own width and its advance here.
        const adjust = glyph.width - glyph.advance;
        if (adjust !== 0) {
          out += `(${codes}) ${num(adjust)} `;
          codes = '';
        }
      }
      pen += glyph.advance;
    }
    if (open) out += codes.length > 0 ? `(${codes})] TJ` : '] TJ';
    return out.slice(1);
  }

  private fontFor(run: ShapedRun): DocumentFont {
    let font = this.fonts.get(run.face.key);
    if (font === undefined) {
      this.doc.registerFont(run.face.key, run.font as never);
      const pdf = (this.doc.font(run.face.key) as unknown as { _font: PdfkitEmbeddedFont })._font;
      // pdfkit reuses an already-open font with the same PostScript name when it looks identical; the
      // slices of one family share a name, so make sure this is really the face asked for.
      if (pdf.font !== run.font) throw new Error(`pdfkit gave another font for ${run.face.key}`);
      font = { pdf, own: new Map() };
      this.fonts.set(run.face.key, font);
    }
    return font;
  }

  /** The glyph's code in the subset: shared by every use of the glyph, or its own when it carries a text of its own. */
  private code(font: DocumentFont, glyph: ShapedGlyph): number {
    const { subset, widths, unicode } = font.pdf;
    if (glyph.text === null) {
      const code = subset.includeGlyph(glyph.id);
      widths[code] ??= glyph.width;
      unicode[code] ??= [...glyph.codePoints];
      return code;
    }
    const key = `${glyph.id}\u0001${glyph.width}\u0001${glyph.text}`;
    let code = font.own.get(key);
    if (code === undefined) {
      // A second copy of the glyph in the subset, so it can have its own ToUnicode entry.
      subset.glyphs.push(glyph.id);
      code = subset.glyphs.length - 1;
      widths[code] = glyph.width;
      unicode[code] = [...glyph.text].map((c) => c.codePointAt(0)!);
      font.own.set(key, code);
    }
    return code;
  }
}

const CODES: string[] = [];

/**
 * A code as its two bytes inside a literal string (codes are below 65,536: a font has no more
 * glyphs), half the characters hex takes, so less content to write and to deflate. Parentheses and
 * backslashes are escaped, and carriage returns, which readers would take for line ends.
 */
function bytes2(n: number): string {
  return (CODES[n] ??= escape(n >> 8) + escape(n & 0xff));
}

function escape(byte: number): string {
  if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`;
  return byte === 0x0d ? '\\r' : String.fromCharCode(byte);
}
