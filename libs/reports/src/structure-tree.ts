/**
 * The tagged-PDF structure tree (headings, paragraphs, lists, tables), written as the report is drawn.
 *
 * pdfkit's own `doc.struct()` keeps every element, and every page's list of marked content, until the
 * document ends; a register of 100,000 members has some 800,000 elements. Here an element is written
 * as soon as it is closed, and each page's part of the parent tree (which element each piece of marked
 * content on the page belongs to) when the page ends, so memory stays bounded by one page. Elements
 * and the parent tree's arrays are packed into object streams (see object-streams.ts), which keeps a
 * long register's file small. The tree hangs from pdfkit's own StructTreeRoot, which pdfkit writes at
 * the end with the page index.
 */
import { ObjectStreams, type PackedRef, type PackedValue, type PdfRef, type Reference } from './object-streams';

/** The standard structure types the reports use. */
export type StructureType =
  | 'Document' | 'H1' | 'H2' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody'
  | 'Table' | 'THead' | 'TBody' | 'TR' | 'TH' | 'TD';

interface PdfkitTagging {
  getStructTreeRoot(): { data: { K?: unknown[] } };
  getStructParentTree(): { add(key: number, value: unknown): void };
  readonly page: { readonly dictionary: PdfRef; readonly structParentTreeKey: number };
}

type Kid = PackedRef | number | { Type: 'MCR'; Pg: PdfRef; MCID: number };

/** One structure element, open until {@link StructureTree.close}. */
export class StructureElement {
  /** Children in reading order: elements, and marked content on this or other pages. */
  readonly kids: Kid[] = [];
  page: PdfRef | null = null;

  constructor(
    readonly type: StructureType,
    readonly ref: PackedRef,
    readonly parent: Reference,
    readonly attributes: Record<string, PackedValue> | null,
  ) {}
}

/** The document's structure tree, written element by element as each closes (see the file's head). */
export class StructureTree {
  private readonly doc: PdfkitTagging;
  private readonly objects: ObjectStreams;
  /** The element each marked-content id on the current page belongs to, by id. */
  private parents: PackedRef[] = [];
  private readonly document: StructureElement;

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc as unknown as PdfkitTagging;
    this.objects = new ObjectStreams(doc);
    const root = this.doc.getStructTreeRoot();
    this.document = new StructureElement('Document', this.objects.ref(), root as unknown as PdfRef, null);
    root.data.K = [this.document.ref];
  }

  /** The root element, parent of everything else. */
  get root(): StructureElement {
    return this.document;
  }

  /** A new element as the last child of `parent`. Table header cells label their column. */
  open(type: StructureType, parent: StructureElement): StructureElement {
    const attributes = type === 'TH' ? { O: 'Table', Scope: 'Column' } : null;
    const element = new StructureElement(type, this.objects.ref(), parent.ref, attributes);
    parent.kids.push(element.ref);
    return element;
  }

  /** A marked-content id on the current page for a new piece of `element`'s content. */
  mark(element: StructureElement): number {
    const page = this.doc.page.dictionary;
    const mcid = this.parents.length;
    this.parents.push(element.ref);
    element.page ??= page;
    element.kids.push(element.page === page ? mcid : { Type: 'MCR', Pg: page, MCID: mcid });
    return mcid;
  }

  /** Writes the element; it can take no more children. */
  close(element: StructureElement): void {
    const data: Record<string, PackedValue> = { S: element.type, P: element.parent, K: element.kids };
    if (element.page !== null) data.Pg = element.page;
    if (element.attributes !== null) data.A = element.attributes;
    this.objects.put(element.ref, data);
  }

  /** Writes the current page's part of the parent tree; call once the page's content is complete. */
  endPage(): void {
    const key = this.doc.page.structParentTreeKey;
    const parents = this.objects.ref();
    this.objects.put(parents, this.parents);
    this.doc.getStructParentTree().add(key, parents);
    this.parents = [];
  }

  /** Writes the root element and what is still to be packed; call before the document ends. */
  end(): void {
    this.close(this.document);
    this.objects.flush();
  }
}
