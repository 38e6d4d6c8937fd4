import type { Readable } from 'node:stream';
import type PDFDocument from 'pdfkit';
import { formatCount, formatDate, parseInstant } from './format';
import { PAGE, PageFlow, ReportLayoutError, type FooterPainter } from './page-flow';
import { clean, STYLES, Typesetter } from './typesetter';
import type { ReportBasis } from './view-models';

/** What the info dictionary and the footer say about a report. */
export interface ReportSpec {
  /** e.g. 'Register of members'; the document title starts with it and so does every footer. */
  readonly title: string;
  /** A sentence for the info dictionary's Subject. */
  readonly subject: string;
  readonly basis: ReportBasis;
}

/**
 * A new A4 tagged PDF (PDF 1.7, structure tree, language en-GB, title shown in the viewer's title
 * bar) whose bytes depend only on what is drawn and on `spec`: the info dictionary (and with it the
 * trailer /ID that pdfkit derives from it) is fixed, dates come from the view model, and the embedded
 * fonts' subset tags come from their order in the document, not from chance.
 */
export function createPdfDocument(spec: ReportSpec): PDFKit.PDFDocument {
  const { basis } = spec;
  const date = parseInstant(basis.documentDate);
  // pdfkit (and fontkit under it) loads with the first report, not with the service: a third of a second at start-up.
  const doc = new (require('pdfkit') as typeof PDFDocument)({
    size: 'A4',
    margins: PAGE.margins,
    autoFirstPage: false,
    bufferPages: false,
    compress: true,
    // No default font: pdfkit would otherwise open Helvetica, which is never embedded.
    font: null as unknown as string,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: `${spec.title}: ${basis.company.name}, as at ${formatDate(basis.asAt)}`,
      Author: basis.company.name,
      Subject: `${spec.subject} Built from ledger entry ${basis.ledgerHead.sequence}, hash ${basis.ledgerHead.hash}.`,
      Creator: 'cic-governance reports',
      Producer: 'PDFKit',
      CreationDate: date,
      ModDate: date,
    },
  });
  escapeMetadata(doc);
  return doc;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * pdfkit writes the title, author and subject into the XMP metadata stream as they are, so a company
 * called "Smith & Jones CIC" would make the XML malformed. Its metadata writer is given escaped
 * copies; the info dictionary keeps the plain values.
 */
function escapeMetadata(doc: PDFKit.PDFDocument): void {
  const pdfkit = doc as unknown as { info: Record<string, unknown>; _addInfo(): void };
  const addInfo = pdfkit._addInfo;
  pdfkit._addInfo = function (this: typeof pdfkit) {
    const info = this.info;
    this.info = Object.fromEntries(
      Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? value.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]) : value]),
    );
    try {
      addInfo.call(this);
    } finally {
      this.info = info;
    }
  };
}

/** The footer on every page: title, company and as-at date, "Page N of M", the ledger head and the checkpoint key's fingerprint. */
export function footerPainter(spec: ReportSpec): FooterPainter {
  const { basis } = spec;
  const left = clean(`${spec.title} · ${basis.company.name} · as at ${formatDate(basis.asAt)}`);
  const head = clean(
    `Built from ledger entry ${formatCount(basis.ledgerHead.sequence)}, hash ${basis.ledgerHead.hash}`,
  );
  const keyId = basis.ledgerHead.signingKeyId;
  const key = keyId === undefined ? null : clean(`Ledger checkpoints signed with Ed25519 key fingerprint ${keyId}`);
  return (flow, page, pages) => {
    const y = flow.bottom + 18;
    const style = STYLES.footer;
    flow.rule(flow.left, flow.right, y - 6);
    const room = flow.width - flow.ts.width(`Page ${pages} of ${pages}`, style) - 12;
    const lines = [flow.ts.wrap(left, style, room)[0] ?? '', flow.ts.wrap(head, style, flow.width)[0] ?? '', ...(key === null ? [] : [key])];
    const { tops } = flow.ts.stack(lines, style, y);
    flow.line(`Page ${page} of ${pages}`, flow.left, tops[0], style, flow.width, 'right');
    lines.forEach((line, i) => flow.line(line, flow.left, tops[i], style));
  };
}

/**
 * Lays a report out twice and streams the second layout. `body` is called once with a measuring
 * {@link PageFlow} (nothing drawn, pages counted) and once with the drawing one; it must place the same
 * things both times, and call `flow.pace()` between the rows of a long source, so drawing waits
 * whenever the reader falls behind and memory does not grow with the report. The returned stream is
 * the pdfkit document: pipe it to the response. An error in either pass (a failing row source, say)
 * destroys the stream with that error.
 */
export function renderReport(spec: ReportSpec, body: (flow: PageFlow) => Promise<void> | void): Readable {
  const doc = createPdfDocument(spec);
  const stream = doc as unknown as Readable;
  const footer = footerPainter(spec);
  const run = async () => {
    const ts = new Typesetter();
    const measure = new PageFlow(doc, ts, true, 0, footer);
    await body(measure);
    const pages = Math.max(measure.page, 1);
    const draw = new PageFlow(doc, ts, false, pages, footer);
    await body(draw);
    if (draw.page === 0) draw.newPage();
    draw.finishPage();
    draw.finishDocument();
    if (draw.page !== pages) {
      throw new ReportLayoutError(`${draw.page} pages drawn but ${pages} measured: the rows changed between passes`);
    }
    doc.end();
  };
  run().catch((error: unknown) => {
    if (!stream.destroyed) stream.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return stream;
}
