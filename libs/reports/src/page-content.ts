/**
 * Writes a page's text and rules into pdfkit's content stream. Text goes in as PDF text objects built
 * here, with the font resources, encoding and kerning pdfkit's own `text()` would use; that method
 * builds several objects per character and was most of the time and memory of a long report.
 * Operators are collected and handed to pdfkit in pieces of about 16 KB.
 */
import type { Typesetter, TextStyle } from './typesetter';

/** How many characters of operators to collect before handing them to pdfkit. */
const FLUSH_AT = 16_384;

/**
 * The pdfkit state that writing text objects needs: the current font's resource name and ascender,
 * and the current page's font resources (which pdfkit's own text drawing fills in the same way).
 */
interface PdfkitFontState {
  readonly _font: { readonly id: string; readonly ascender: number; ref(): unknown };
  readonly page: { readonly fonts: Record<string, unknown> };
}

/** A number as PDF content writes it: at most three decimals, no exponent. */
function num(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/** The drawing state of the current page: font, colours, line width, and operators not yet written. */
export class PageContent {
  private font = '';
  private size = 0;
  private fontId = '';
  private ascent = 0;
  private fill = '';
  private stroke = '';
  private lineWidth = 0;
  private pending = '';
  /** The font operator of the text object left open at the end of `pending`; null when none is. */
  private textFont: string | null = null;

  /** `pageHeight`: pdfkit's page space runs down from the top, PDF space up from the bottom. */
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly ts: Typesetter,
    private readonly pageHeight: number,
  ) {}

  /** Forgets the graphics state after pdfkit starts a new page (each page's content starts afresh). */
  newPage(): void {
    this.font = '';
    this.fill = '';
    this.stroke = '';
    this.lineWidth = 0;
  }

  /** One line of text with its top-left corner at (x, y) in pdfkit's page space. */
  text(text: string, x: number, y: number, style: TextStyle): void {
    if (this.font !== style.font || this.size !== style.size) {
      const state = this.doc.font(style.font, style.size) as unknown as PdfkitFontState;
      state.page.fonts[state._font.id] ??= state._font.ref();
      this.fontId = state._font.id;
      this.ascent = (state._font.ascender / 1000) * style.size;
      this.font = style.font;
      this.size = style.size;
    }
    if (this.fill !== style.color) {
      this.flush();
      this.doc.fillColor(style.color);
      this.fill = style.color;
    }
    const glyphs = this.ts.showText(text, style);
    if (glyphs === null) {
      this.flush();
      this.doc.text(text, x, y, { lineBreak: false });
      return;
    }
    // Consecutive lines share one text object, which flips back to PDF space as pdfkit's text does.
    if (this.textFont === null) this.emit(`q 1 0 0 -1 0 ${this.pageHeight} cm BT`);
    const font = `/${this.fontId} ${num(style.size)} Tf`;
    if (this.textFont !== font) this.emit(font);
    this.textFont = font;
    this.emit(`1 0 0 1 ${num(x)} ${num(this.pageHeight - y - this.ascent)} Tm ${glyphs} TJ`);
  }

  /** A horizontal rule. */
  rule(x1: number, x2: number, y: number, color: string, lineWidth: number): void {
    if (this.stroke !== color || this.lineWidth !== lineWidth) {
      this.flush();
      this.doc.strokeColor(color).lineWidth(lineWidth);
      this.stroke = color;
      this.lineWidth = lineWidth;
    }
    this.endText();
    this.emit(`${num(x1)} ${num(y)} m ${num(x2)} ${num(y)} l S`);
  }

  /** A filled rectangle. */
  shade(x: number, y: number, width: number, height: number, color: string): void {
    this.flush();
    this.doc.rect(x, y, width, height).fill(color);
    this.fill = color;
  }

  /** An outlined rectangle. */
  frame(x: number, y: number, width: number, height: number, color: string, lineWidth: number): void {
    this.flush();
    this.doc.lineWidth(lineWidth).strokeColor(color).rect(x, y, width, height).stroke();
    this.stroke = color;
    this.lineWidth = lineWidth;
  }

  /** Hands the collected operators to the page; done before anything pdfkit writes itself, so order is kept. */
  flush(): void {
    this.endText();
    if (this.pending.length === 0) return;
    this.doc.addContent(this.pending);
    this.pending = '';
  }

  private emit(operators: string): void {
    this.pending = this.pending.length === 0 ? operators : `${this.pending}\n${operators}`;
    if (this.pending.length > FLUSH_AT && this.textFont === null) this.flush();
  }

  private endText(): void {
    if (this.textFont === null) return;
    this.textFont = null;
    this.emit('ET Q');
  }
}
