/**
 * Writes a page's text and rules into pdfkit's content stream. Text goes in as PDF text objects built
 * here from the shaped glyphs (see glyph-encoder.ts); pdfkit's own `text()` builds several objects per
 * character and was most of the time and memory of a long report. Every piece of content is marked
 * for the tagged-PDF structure: text as part of a structure element, rules, shading and page furniture
 * as artifacts. Consecutive lines share one text object, and the marked-content sequences of the
 * text in it (one per table cell, say) nest inside it, so a row of cells is one text object; a font
 * is selected only when it changes. Operators are collected and handed to pdfkit in pieces of about
 * 16 KB.
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
  /** The font and size selected in the open text object. */
  private textFont = '';
  /** The fill colour when the open text object began, which its end restores. */
  private fillOutsideText = '';
  private marked: Mark | null = null;
  /** Whether the open marked-content sequence began inside the open text object (and so must end inside it). */
  private markedInText = false;
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
    if (this.marked !== mark) this.endMark();
    // The colour is set outside the text object when it can be, as the Q that ends the object undoes what is set inside it.
    if (!this.inText) this.setFill(style.color);
    // Text objects flip back to PDF space, as pdfkit's text does.
    if (!this.inText) {
      this.emit(`q 1 0 0 -1 0 ${this.pageHeight} cm BT`);
      this.inText = true;
      this.textFont = '';
      this.fillOutsideText = this.fill;
    }
    this.markAs(mark);
    this.setFill(style.color);
    const page = (this.doc as unknown as { page: { fonts: Record<string, unknown> } }).page;
    const baseline = this.pageHeight - y - BASELINE * style.size;
    const runs = this.ts.shape(text, style);
    // A line drawn through carrier glyphs (text-readback.ts) also says what it reads, for readers that
    // place text by where it is drawn (pdftotext splits a Bengali name where a vowel sign is drawn first).
    const carried = runs.some((run) => run.glyphs.some((g) => g.text !== null));
    if (carried) this.emit(`/Span <</ActualText <FEFF${utf16Hex(text)}>>> BDC`);
    let pen = x;
    for (const run of runs) {
      const font = this.glyphs.font(run, style.size, page);
      if (font !== this.textFont) this.emit(font);
      this.textFont = font;
      this.emit(this.glyphs.show(run, pen, baseline, style.size));
      pen += (run.advance * style.size) / 1000;
    }
    if (carried) this.emit('EMC');
  }

  private setFill(color: string): void {
    if (this.fill === color) return;
    this.flush();
    this.doc.fillColor(color);
    this.fill = color;
  }

  /** A horizontal rule. */
  rule(x1: number, x2: number, y: number, color: string, lineWidth: number): void {
    this.endText();
    this.markAs('layout');
    if (this.stroke !== color || this.lineWidth !== lineWidth) {
      this.flush();
      this.doc.strokeColor(color).lineWidth(lineWidth);
      this.stroke = color;
      this.lineWidth = lineWidth;
    }
    this.emit(`${num(x1)} ${num(y)} m ${num(x2)} ${num(y)} l S`);
  }

  /** A filled rectangle. */
  shade(x: number, y: number, width: number, height: number, color: string): void {
    this.endText();
    this.markAs('layout');
    this.flush();
    this.doc.rect(x, y, width, height).fill(color);
    this.fill = color;
  }

  /** An outlined rectangle. */
  frame(x: number, y: number, width: number, height: number, color: string, lineWidth: number): void {
    this.endText();
    this.markAs('layout');
    this.flush();
    this.doc.lineWidth(lineWidth).strokeColor(color).rect(x, y, width, height).stroke();
    this.stroke = color;
    this.lineWidth = lineWidth;
  }

  /** Closes what is open and hands the page's remaining operators to pdfkit; call before the page ends. */
  endPage(): void {
    this.endText();
    this.markAs(null);
    this.flush();
  }

  /** Hands the collected operators to the page; done before anything pdfkit writes itself, so order is kept. */
  flush(): void {
    if (this.pending.length === 0) return;
    this.doc.addContent(this.pending);
    this.pending = '';
  }

  /**
   * Ends the open marked-content sequence unless it is for `mark`, and begins one for `mark`, inside
   * the open text object if there is one. A sequence that began outside the text object is ended
   * after it.
   */
  private markAs(mark: Mark | null): void {
    if (this.marked === mark) return;
    this.endMark();
    this.marked = mark;
    this.markedInText = this.inText;
    if (mark === 'layout') this.emit('/Artifact BMC');
    else if (mark === 'pagination') this.emit('/Artifact <</Type /Pagination>> BDC');
    else if (mark !== null) this.emit(`/${mark.type} <</MCID ${this.tree.mark(mark)}>> BDC`);
  }

  /** Ends the open marked-content sequence, and first the text object it contains, if any. */
  private endMark(): void {
    if (this.marked === null) return;
    if (!this.markedInText) this.endText();
    this.emit('EMC');
    this.marked = null;
  }

  private emit(operators: string): void {
    this.pending = this.pending.length === 0 ? operators : `${this.pending}\n${operators}`;
    if (this.pending.length > FLUSH_AT) this.flush();
  }

  /** Ends the open text object, and first the marked-content sequence that began inside it. */
  private endText(): void {
    if (!this.inText) return;
    if (this.marked !== null && this.markedInText) {
      this.emit('EMC');
      this.marked = null;
    }
    this.inText = false;
    this.emit('ET Q');
    this.fill = this.fillOutsideText;
  }
}

/** Text as the hexadecimal of its UTF-16 big-endian code units, as a PDF text string after its byte-order mark. */
function utf16Hex(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return hex;
}
