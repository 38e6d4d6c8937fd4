import type { Readable } from 'node:stream';
import { PageContent, type Mark } from './page-content';
import { StructureTree, type StructureElement, type StructureType } from './structure-tree';
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
  private wake: (() => void) | null = null;
  private rows = 0;
  private readonly content: PageContent | null = null;
  private readonly tree: StructureTree | null = null;
  /** Open structure elements, innermost last; their content is marked as theirs. */
  private readonly open: StructureElement[] = [];
  private furniture = false;

  /**
   * `output`: the document the report streams; `measuring`: whether this is the measuring pass, which
   * never draws on it; `pages`: the page count the measuring pass found (unused while measuring).
   */
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    readonly ts: Typesetter,
    readonly measuring: boolean,
    private readonly pages: number,
    private readonly footer: FooterPainter,
  ) {
    if (!measuring) {
      this.tree = new StructureTree(doc);
      this.open.push(this.tree.root);
      this.content = new PageContent(doc, ts, this.tree, PAGE.height);
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
    const written = (this.doc as unknown as { page: { dictionary: { data: unknown } } | null }).page;
    this.doc.addPage();
    // Pages are not buffered: pdfkit has now written the last one, and later uses only its object
    // number (in the page tree). Its dictionary would keep its resources and content objects alive
    // until the document ends, some kilobytes a page.
    if (written) written.dictionary.data = {};
    this.content!.newPage();
  }

  /**
   * Draws the current page's footer. Called on every page break and once at the end; the footer comes
   * last in each page's content so text extraction reads the page top to bottom.
   */
  finishPage(): void {
    if (this.measuring || this.page === 0) return;
    this.asFurniture(() => this.footer(this, this.page, this.pages));
    this.content!.endPage();
    this.tree!.endPage();
  }

  /** Ends the last page and writes the structure tree's root; call once, after the last {@link finishPage}. */
  finishDocument(): void {
    if (this.measuring) return;
    while (this.open.length > 1) this.end();
    this.tree!.end();
  }

  /**
   * Opens a structure element inside the innermost open one (the document at first): what is drawn
   * until the matching {@link end} is its content, in reading order.
   */
  begin(type: StructureType): void {
    if (this.measuring) return;
    this.open.push(this.tree!.open(type, this.open[this.open.length - 1]));
  }

  /** Closes the innermost open structure element. */
  end(): void {
    if (this.measuring) return;
    this.tree!.close(this.open.pop()!);
  }

  /** `begin(type)`, `draw()`, `end()`. */
  tagged(type: StructureType, draw: () => void): void {
    this.begin(type);
    draw();
    this.end();
  }

  /** Draws page furniture (a footer, a table header repeated on a new page): an artifact, not part of the text. */
  asFurniture(draw: () => void): void {
    const was = this.furniture;
    this.furniture = true;
    try {
      draw();
    } finally {
      this.furniture = was;
    }
  }

  private get mark(): Mark {
    return this.furniture ? 'pagination' : this.open[this.open.length - 1];
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.page === 0 || this.y + height > this.bottom) this.newPage();
  }

  /** Whether nothing has been placed on the current page yet. */
  get atTop(): boolean {
    return this.y === this.top;
  }

  /** Draws one line of already-broken text with its top at `y`, aligned within `width` from `x`. */
  line(text: string, x: number, y: number, style: TextStyle, width = 0, align: 'left' | 'right' | 'center' = 'left'): void {
    if (this.measuring || text.length === 0) return;
    if (align !== 'left') {
      const free = width - this.ts.width(text, style);
      x += align === 'right' ? free : free / 2;
    }
    this.content!.text(text, x, y, style, this.mark);
  }

  /** A horizontal rule. */
  rule(x1: number, x2: number, y: number, color: string = RULE, lineWidth = 0.5): void {
    if (!this.measuring) this.content!.rule(x1, x2, y, color, lineWidth);
  }

  /** A filled rectangle (table header shading). */
  shade(x: number, y: number, width: number, height: number, color: string): void {
    if (!this.measuring) this.content!.shade(x, y, width, height, color);
  }

  /** An outlined rectangle (the certificate's border). */
  frame(x: number, y: number, width: number, height: number, color: string, lineWidth: number): void {
    if (!this.measuring) this.content!.frame(x, y, width, height, color, lineWidth);
  }

  /**
   * Text flowing down the page at the cursor, broken into lines to fit `width` and across pages line
   * by line, tagged as a paragraph (or `options.tag`). Each line takes its leading and the room its
   * glyphs need beyond it (Typesetter.room). Blank lines at the top of a page are dropped.
   */
  paragraph(
    text: string,
    style: TextStyle,
    options: { x?: number; width?: number; spaceAfter?: number; align?: 'left' | 'center'; tag?: StructureType } = {},
  ): void {
    const x = options.x ?? this.left;
    const width = options.width ?? this.right - x;
    this.begin(options.tag ?? 'P');
    for (const piece of this.ts.wrap(text, style, width)) {
      const room = this.ts.room(piece, style);
      this.ensure(room.above + style.leading + room.below);
      if (piece.length === 0 && this.atTop) continue;
      this.line(piece, x, this.y + room.above, style, width, options.align ?? 'left');
      this.y += room.above + style.leading + room.below;
    }
    this.end();
    this.y += options.spaceAfter ?? 0;
  }

  /**
   * Call between rows of a long report. While drawing, waits whenever the reader has fallen behind
   * until it asks for more, so the bytes waiting in memory stay bounded; in both passes, lets the event
   * loop run every few hundred rows, so a big report never holds up the rest of the server. Returns
   * undefined when there is nothing to wait for. Throws {@link ReportAbortedError} once the output has
   * been destroyed (e.g. the client went away), which ends the row source's iteration.
   */
  pace(): Promise<void> | undefined {
    const stream = this.doc as unknown as Readable;
    if (stream.destroyed) throw new ReportAbortedError('the report stream was closed before the report was finished');
    this.rows += 1;
    if (!this.measuring && stream.readableLength >= stream.readableHighWaterMark) {
      return new Promise<void>((resolve) => {
        this.wake = resolve;
      }).then(() => this.pace());
    }
    if (this.rows % 256 === 0) return new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.pace());
    return undefined;
  }
}
