import type { Readable } from 'node:stream';
import { RULE, Typesetter, type TextStyle } from './typesetter';

/** A4 portrait, in points, with the margins every report uses; the footer sits in the bottom margin. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  margins: { top: 50, right: 48, bottom: 66, left: 48 },
} as const;

/** Draws the footer of one page; given the page number and the page count. */
export type FooterPainter = (flow: PageFlow, page: number, pages: number) => void;

/** Thrown when the two layout passes disagree, i.e. a row source returned different rows the second time. */
export class ReportLayoutError extends Error {
  readonly code = 'REPORT_ROWS_CHANGED';
}

/** Thrown inside a render when its output stream was destroyed (e.g. the client went away). */
export class ReportAbortedError extends Error {
  readonly code = 'REPORT_ABORTED';
}

/**
 * A cursor down the pages of one layout pass. The measuring pass runs the report's code with
 * `measuring` set: every drawing call is skipped, only positions and page breaks are worked out, so
 * the page count is known before the drawing pass prints "Page N of M". Both passes run the same code
 * and the same line breaking, so they break pages in the same places.
 */
export class PageFlow {
  /** The current page, 1-based; 0 until the first page is started. */
  page = 0;
  /** The top of the free space on the current page. */
  y = 0;
  private font = '';
  private size = 0;
  private fill = '';
  private stroke = '';
  private wake: (() => void) | null = null;

  /** Whether this is the measuring pass, which draws nothing. */
  readonly measuring: boolean;
  private readonly doc: PDFKit.PDFDocument;

  /** `output`: the document to draw on, or null for the measuring pass; `pages`: the count it found. */
  constructor(
    output: PDFKit.PDFDocument | null,
    readonly ts: Typesetter,
    private readonly pages: number,
    private readonly footer: FooterPainter,
  ) {
    this.measuring = output === null;
    // Every drawing call returns early when measuring, so the document is never touched then.
    this.doc = output as PDFKit.PDFDocument;
    if (output !== null) {
      const doc = output;
      // pdfkit pushes whatever is drawn whether or not anyone reads it. Its `_read` does nothing, so it
      // is taken over here as the signal that the reader wants more; `pace()` waits for it.
      const stream = doc as unknown as Readable;
      const wakeUp = () => {
        const wake = this.wake;
        this.wake = null;
        wake?.();
      };
      stream._read = wakeUp;
      stream.once('close', wakeUp);
    }
  }

  readonly left = PAGE.margins.left;
  readonly right = PAGE.width - PAGE.margins.right;
  readonly width = this.right - this.left;
  readonly top = PAGE.margins.top;
  readonly bottom = PAGE.height - PAGE.margins.bottom;

  /** Ends the current page (if any), with its footer, and starts the next. */
  newPage(): void {
    this.finishPage();
    this.page += 1;
    this.y = this.top;
    if (this.measuring) return;
    if (this.page > this.pages) {
      throw new ReportLayoutError(`page ${this.page} drawn but only ${this.pages} measured: the rows changed between passes`);
    }
    this.doc.addPage();
    this.font = '';
    this.fill = '';
    this.stroke = '';
  }

  /**
   * Draws the current page's footer. Called on every page break and once at the end; the footer comes
   * last in each page's content so text extraction reads the page top to bottom.
   */
  finishPage(): void {
    if (!this.measuring && this.page > 0) this.footer(this, this.page, this.pages);
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.page === 0 || this.y + height > this.bottom) this.newPage();
  }

  /** Whether nothing has been placed on the current page yet. */
  get atTop(): boolean {
    return this.y === this.top;
  }

  /** Draws one line of already-broken text with its top at `y`. */
  line(text: string, x: number, y: number, style: TextStyle, width = 0, align: 'left' | 'right' | 'center' = 'left'): void {
    if (this.measuring || text.length === 0) return;
    const textWidth = this.ts.width(text, style);
    if (align !== 'left') x += align === 'right' ? width - textWidth : (width - textWidth) / 2;
    if (this.font !== style.font || this.size !== style.size) {
      this.doc.font(style.font, style.size);
      this.font = style.font;
      this.size = style.size;
    }
    if (this.fill !== style.color) {
      this.doc.fillColor(style.color);
      this.fill = style.color;
    }
    // `textWidth` is the hint pdfkit's own line wrapper passes; given it, pdfkit skips measuring again.
    this.doc.text(text, x, y, { lineBreak: false, textWidth } as PDFKit.Mixins.TextOptions);
  }

  /** A horizontal rule. */
  rule(x1: number, x2: number, y: number, color: string = RULE, lineWidth = 0.5): void {
    if (this.measuring) return;
    if (this.stroke !== color) {
      this.doc.strokeColor(color);
      this.stroke = color;
    }
    this.doc.lineWidth(lineWidth).moveTo(x1, y).lineTo(x2, y).stroke();
  }

  /** A filled rectangle (table header shading). */
  shade(x: number, y: number, width: number, height: number, color: string): void {
    if (this.measuring) return;
    this.doc.rect(x, y, width, height).fill(color);
    this.fill = color;
  }

  /** An outlined rectangle (the certificate's border). */
  frame(x: number, y: number, width: number, height: number, color: string, lineWidth: number): void {
    if (this.measuring) return;
    this.doc.lineWidth(lineWidth).strokeColor(color).rect(x, y, width, height).stroke();
    this.stroke = color;
  }

  /**
   * Text flowing down the page at the cursor, broken into lines to fit `width` and across pages line
   * by line. Blank lines at the top of a page are dropped.
   */
  paragraph(
    text: string,
    style: TextStyle,
    options: { x?: number; width?: number; spaceAfter?: number; align?: 'left' | 'center' } = {},
  ): void {
    const x = options.x ?? this.left;
    const width = options.width ?? this.right - x;
    for (const piece of this.ts.wrap(text, style, width)) {
      this.ensure(style.leading);
      if (piece.length === 0 && this.atTop) continue;
      this.line(piece, x, this.y, style, width, options.align ?? 'left');
      this.y += style.leading;
    }
    this.y += options.spaceAfter ?? 0;
  }

  /**
   * Call between rows of a long report: resolves at once while the reader keeps up, otherwise when it
   * asks for more, so the bytes waiting in memory stay bounded. Throws {@link ReportAbortedError} once
   * the output has been destroyed.
   */
  pace(): Promise<void> | undefined {
    if (this.measuring) return undefined;
    const stream = this.doc as unknown as Readable;
    if (stream.destroyed) throw new ReportAbortedError('the report stream was closed before the report was finished');
    if (stream.readableLength < stream.readableHighWaterMark) return undefined;
    return new Promise<void>((resolve) => {
      this.wake = resolve;
    }).then(() => {
      if (stream.destroyed) throw new ReportAbortedError('the report stream was closed before the report was finished');
    });
  }
}
