/**
 * Writes a page's text and rules into pdfkit's content stream. Text goes in as PDF text objects built
 * here from the shaped glyphs (see glyph-encoder.ts); pdfkit's own `text()` builds several objects per
 * character and was most of the time and memory of a long report. Every piece of content is marked
 * for the tagged-PDF structure: text as part of a structure element, rules, shading and page furniture
 * as artifacts. Operators are collected and handed to pdfkit in pieces of about 16 KB.
 */
import { GlyphEncoder, num } from './glyph-encoder';
import type { StructureElement, StructureTree } from './structure-tree';
import { BASELINE, type Typesetter, type TextStyle } from './typesetter';

/** How many characters of operators to collect before handing them to pdfkit. */
const FLUSH_AT = 16_384;

/** What content belongs to: a structure element, layout decoration, or page furniture repeated on every page. */
export type Mark = StructureElement | 'layout' | 'pagination';

/** The drawing state of the current page: colours, line width, marked content, and operators not yet written. */
export class PageContent {
  private fill = '';
  private stroke = '';
  private lineWidth = 0;
  private pending = '';
  private inText = false;
  private marked: Mark | null = null;
  private readonly glyphs: GlyphEncoder;

  /** `pageHeight`: pdfkit's page space runs down from the top, PDF space up from the bottom. */
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly ts: Typesetter,
    private readonly tree: StructureTree,
    private readonly pageHeight: number,
  ) {
    this.glyphs = new GlyphEncoder(doc);
  }

  /** Forgets the graphics state after pdfkit starts a new page (each page's content starts afresh). */
  newPage(): void {
    this.fill = '';
    this.stroke = '';
    this.lineWidth = 0;
  }

  /** One line of text with its top-left corner at (x, y) in pdfkit's page space. */
  text(text: string, x: number, y: number, style: TextStyle, mark: Mark): void {
    this.markAs(mark);
    if (this.fill !== style.color) {
      this.flush();
      this.doc.fillColor(style.color);
      this.fill = style.color;
    }
    // Consecutive lines share one text object, which flips back to PDF space as pdfkit's text does.
    if (!this.inText) this.emit(`q 1 0 0 -1 0 ${this.pageHeight} cm BT`);
    this.inText = true;
    const page = (this.doc as unknown as { page: { fonts: Record<string, unknown> } }).page;
    const baseline = this.pageHeight - y - BASELINE * style.size;
    let pen = x;
    for (const run of this.ts.shape(text, style)) {
      this.emit(this.glyphs.show(run, pen, baseline, style.size, page));
      pen += (run.advance * style.size) / 1000;
    }
  }

  /** A horizontal rule. */
  rule(x1: number, x2: number, y: number, color: string, lineWidth: number): void {
    this.markAs('layout');
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
    this.markAs('layout');
    this.flush();
    this.doc.rect(x, y, width, height).fill(color);
    this.fill = color;
  }

  /** An outlined rectangle. */
  frame(x: number, y: number, width: number, height: number, color: string, lineWidth: number): void {
    this.markAs('layout');
    this.flush();
    this.doc.lineWidth(lineWidth).strokeColor(color).rect(x, y, width, height).stroke();
    this.stroke = color;
    this.lineWidth = lineWidth;
  }

  /** Closes what is open and hands the page's remaining operators to pdfkit; call before the page ends. */
  endPage(): void {
    this.markAs(null);
    this.flush();
  }

  /** Hands the collected operators to the page; done before anything pdfkit writes itself, so order is kept. */
  flush(): void {
    this.endText();
    if (this.pending.length === 0) return;
    this.doc.addContent(this.pending);
    this.pending = '';
  }

  /** Ends the open marked-content sequence unless it is for `mark`, and begins one for `mark`. */
  private markAs(mark: Mark | null): void {
    if (this.marked === mark) return;
    this.endText();
    if (this.marked !== null) this.emit('EMC');
    this.marked = mark;
    if (mark === 'layout') this.emit('/Artifact BMC');
    else if (mark === 'pagination') this.emit('/Artifact <</Type /Pagination>> BDC');
    else if (mark !== null) this.emit(`/${mark.type} <</MCID ${this.tree.mark(mark)}>> BDC`);
  }

  private emit(operators: string): void {
    this.pending = this.pending.length === 0 ? operators : `${this.pending}\n${operators}`;
    if (this.pending.length > FLUSH_AT && !this.inText) this.flush();
  }

  private endText(): void {
    if (!this.inText) return;
    this.inText = false;
    this.emit('ET Q');
  }
}
