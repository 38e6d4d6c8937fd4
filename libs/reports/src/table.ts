import type { PageFlow } from './page-flow';
import { INK, RULE, SHADE, STYLES, type TextStyle } from './typesetter';

/** A piece of a cell: text in one style. Blocks stack downwards (a name in bold over its address). */
export interface CellBlock {
  readonly text: string;
  readonly style?: TextStyle;
}

/** A cell's content: plain text in the table's style, or blocks. */
export type CellValue = string | readonly CellBlock[];

/** One column: its header, its share of the width, its alignment and how to read a row's cell. */
export interface Column<R> {
  readonly header: string;
  /** Relative width; the table scales the columns to fill the page's width. */
  readonly width: number;
  readonly align?: 'left' | 'right';
  readonly cell: (row: R) => CellValue;
}

interface PlacedLine {
  readonly text: string;
  readonly style: TextStyle;
  /** Where the line's room begins, as an offset from the top of the cell's text. */
  readonly top: number;
  /** Where the line is drawn (its top): below `top` by the room its glyphs need above the leading (Typesetter.room). */
  readonly dy: number;
  /** Where the line's room ends: its leading below `dy`, and the room its glyphs need below that. */
  readonly bottom: number;
}

const PAD_X = 3;
/** Space above a cell's text and the whole vertical padding; text sits a little low, as the leading leaves room below. */
const PAD_TOP = 4;
const PAD_Y = 6;

/**
 * A table that flows down the pages. Every row is measured (each cell broken into lines that fit its
 * column, so long names and addresses wrap rather than clip), moved whole to the next page when it
 * does not fit, and the header row is repeated at the top of every page the table reaches. A row
 * taller than a whole page is split across pages line by line. Call {@link end} after the last row.
 *
 * Tagged as Table, with the header row (page 1's) in THead as TH cells that label their columns, and
 * each page's rows in a TBody of their own; the header repeated on later pages is page furniture.
 *
 * pdfkit 0.20's `doc.table()` was tried for this: it lays out and draws a row at a time, but it
 * repeats no header row on a new page, draws each cell through `text()` (the cost the page-content
 * writer exists to avoid), breaks pages itself (so the measuring pass could not count them), and
 * cannot draw text in the fallback fonts and visual order that text-shaper.ts works out.
 */
export class Table<R> {
  private readonly xs: number[] = [];
  private readonly widths: number[];
  private readonly header: PlacedLine[][];
  private readonly headerHeight: number;
  private readonly style: TextStyle;
  private readonly x: number;
  private readonly width: number;
  private headerPage = -1;
  private tagged: 'none' | 'table' | 'body' = 'none';

  /** `options`: the text style of plain cells, and the table's left edge and width (the page's by default). */
  constructor(
    private readonly flow: PageFlow,
    private readonly columns: readonly Column<R>[],
    options: { style?: TextStyle; x?: number; width?: number } = {},
  ) {
    this.style = options.style ?? STYLES.cell;
    this.x = options.x ?? flow.left;
    this.width = options.width ?? flow.right - this.x;
    const scale = this.width / columns.reduce((sum, c) => sum + c.width, 0);
    this.widths = columns.map((c) => c.width * scale);
    let x = this.x;
    for (const width of this.widths) {
      this.xs.push(x);
      x += width;
    }
    this.header = columns.map((c, i) => this.place([{ text: c.header, style: STYLES.cellHeader }], i));
    this.headerHeight = heightOf(this.header) + PAD_Y;
  }

  /**
   * The height in points of the header row with `row` beneath it, as they would be drawn: what a section
   * heading keeps on its page so that it is not left at the foot of a page above a table that starts on the next.
   */
  heightWithHeader(row: R): number {
    return this.headerHeight + heightOf(this.cellsOf(row)) + PAD_Y;
  }

  /** Places one row, after a page break and a repeated header if it does not fit on this page. */
  row(row: R): void {
    const flow = this.flow;
    const cells = this.cellsOf(row);
    const height = heightOf(cells) + PAD_Y;
    const headerNeeded = this.headerPage !== flow.page ? this.headerHeight : 0;
    if (flow.page === 0 || flow.y + headerNeeded + height > flow.bottom) {
      if (this.headerHeight + height > flow.bottom - flow.top) return this.tallRow(cells);
      flow.newPage();
    }
    if (this.headerPage !== flow.page) this.drawHeader();
    this.drawRow(cells, height);
  }

  /** Each of a row's cells laid out in its column's width. */
  private cellsOf(row: R): PlacedLine[][] {
    return this.columns.map((c, i) => this.place(toBlocks(c.cell(row), this.style), i));
  }

  private tallRow(cells: PlacedLine[][]): void {
    const flow = this.flow;
    const room = flow.bottom - flow.top - this.headerHeight - PAD_Y;
    const slices = cells.map((lines) => slice(lines, room));
    const count = Math.max(...slices.map((s) => s.length));
    for (let s = 0; s < count; s++) {
      const freshPage = this.headerPage === flow.page && flow.y === flow.top + this.headerHeight;
      if (!freshPage) {
        flow.newPage();
        this.drawHeader();
      }
      const part = slices.map((cell) => cell[s] ?? []);
      this.drawRow(part, heightOf(part) + PAD_Y);
    }
  }

  /** Closes the table's structure; the table takes no more rows. */
  end(): void {
    if (this.tagged === 'body') this.flow.end();
    if (this.tagged !== 'none') this.flow.end();
    this.tagged = 'none';
  }

  private drawHeader(): void {
    const flow = this.flow;
    if (this.tagged === 'body') flow.end();
    flow.shade(this.x, flow.y, this.width, this.headerHeight, SHADE);
    if (this.tagged === 'none') {
      flow.begin('Table');
      flow.tagged('THead', () => flow.tagged('TR', () => this.drawCells(this.header, flow.y, 'TH')));
    } else {
      // Repeated at the top of a later page: drawn as page furniture, with no structure of its own.
      flow.asFurniture(() => this.drawCells(this.header, flow.y, null));
    }
    flow.begin('TBody');
    this.tagged = 'body';
    flow.rule(this.x, this.x + this.width, flow.y + this.headerHeight, INK, 0.6);
    flow.y += this.headerHeight;
    this.headerPage = flow.page;
  }

  private drawRow(cells: PlacedLine[][], height: number): void {
    const flow = this.flow;
    flow.tagged('TR', () => this.drawCells(cells, flow.y, 'TD'));
    flow.y += height;
    flow.rule(this.x, this.x + this.width, flow.y, RULE, 0.3);
  }

  /** Draws a row's cells, each tagged as `tag` (or untagged, as furniture is). */
  private drawCells(cells: PlacedLine[][], top: number, tag: 'TH' | 'TD' | null): void {
    if (this.flow.measuring) return;
    for (let i = 0; i < cells.length; i++) {
      const x = this.xs[i] + PAD_X;
      const width = this.widths[i] - 2 * PAD_X;
      const align = this.columns[i].align ?? 'left';
      const draw = () => {
        for (const line of cells[i]) this.flow.line(line.text, x, top + PAD_TOP + line.dy, line.style, width, align);
      };
      if (tag === null) draw();
      else this.flow.tagged(tag, draw);
    }
  }

  private place(blocks: readonly CellBlock[], column: number): PlacedLine[] {
    const width = this.widths[column] - 2 * PAD_X;
    const lines: PlacedLine[] = [];
    let y = 0;
    for (const block of blocks) {
      const style = block.style ?? this.style;
      for (const text of this.flow.ts.wrap(block.text, style, width)) {
        const room = this.flow.ts.room(text, style);
        const bottom = y + room.above + style.leading + room.below;
        lines.push({ text, style, top: y, dy: y + room.above, bottom });
        y = bottom;
      }
    }
    return lines;
  }
}

function toBlocks(value: CellValue, style: TextStyle): readonly CellBlock[] {
  return typeof value === 'string' ? [{ text: value, style }] : value;
}

function cellHeight(lines: readonly PlacedLine[]): number {
  return lines.length === 0 ? 0 : lines[lines.length - 1].bottom;
}

function heightOf(cells: readonly (readonly PlacedLine[])[]): number {
  let height = STYLES.cell.leading;
  for (const lines of cells) height = Math.max(height, cellHeight(lines));
  return height;
}

/** Splits a cell's lines into page-sized runs, each re-based to start at the top. */
function slice(lines: readonly PlacedLine[], room: number): PlacedLine[][] {
  const slices: PlacedLine[][] = [];
  let current: PlacedLine[] = [];
  let base = 0;
  for (const line of lines) {
    if (current.length > 0 && line.bottom - base > room) {
      slices.push(current);
      current = [];
      base = line.top;
    }
    current.push({ ...line, top: line.top - base, dy: line.dy - base, bottom: line.bottom - base });
  }
  if (current.length > 0) slices.push(current);
  return slices;
}
