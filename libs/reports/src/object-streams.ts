/**
 * Small objects packed into compressed object streams (PDF 1.5, §7.5.7), with a cross-reference
 * stream (§7.5.8) in place of pdfkit's cross-reference table. The structure tree of a long register
 * is hundreds of thousands of tiny dictionaries (a row and its cells); written one by one, each costs
 * some 80 bytes plus 20 in the table, more than the page content itself. Packed a few hundred to a
 * stream and deflated together, with the cross-reference entries as a deflated binary stream, they
 * cost a few bytes each.
 *
 * Only dictionaries and arrays of names, integers and references go in (what the structure tree
 * writes); pdfkit writes everything else as before. Object numbers still come from `doc.ref()`, and
 * pdfkit's own end-of-document bookkeeping is kept: a packed object counts as written once its stream
 * is. Where each object is (its offset, or its stream and index) is kept here in a typed array rather
 * than in pdfkit's array of numbers: a long register has close to a million objects.
 */
import { deflateSync } from 'node:zlib';

/** A value that can be packed: a name (a JS string), an integer, a reference, or an array or dictionary of them. */
export type PackedValue = string | number | Reference | readonly PackedValue[] | { readonly [key: string]: PackedValue };

/** An indirect reference: pdfkit's own, or one to an object packed here. */
export type Reference = PdfRef | PackedRef;

/** pdfkit's PDFReference, as far as it is used here. */
export interface PdfRef {
  readonly id: number;
  data: unknown;
  end(data?: unknown): void;
}

/**
 * A reference to an object that is packed here: just its number, where pdfkit's PDFReference carries
 * a dictionary and a buffer besides. pdfkit writes it as a reference too, by its string, when one is
 * handed to pdfkit (as the parent tree's values are).
 */
export class PackedRef {
  constructor(readonly id: number) {}

  toString(): string {
    return `${this.id} 0 R`;
  }

  /** So that pdfkit, which writes any plain object as a dictionary, writes this by its string. */
  get [Symbol.toStringTag](): string {
    return 'PackedRef';
  }
}

interface PdfkitInternals {
  ref(data?: unknown): PdfRef;
  _offsets: (number | null)[];
  _waiting: number;
  _ended: boolean;
  _offset: number;
  _root: PdfRef;
  _info: PdfRef;
  _id: Uint8Array;
  _security?: unknown;
  _write(data: string | Uint8Array): void;
  _refEnd(ref: { id: number; offset: number }): void;
  _finalize(): void;
  push(chunk: unknown): boolean;
}

/** How many objects go in one stream: enough to compress well, few enough to hold little. */
const PER_STREAM = 256;

/** Packs small PDF objects of one document into compressed object streams (PDF 1.5), `PER_STREAM` to a stream, and writes the cross-reference stream that finds them. */
export class ObjectStreams {
  private readonly doc: PdfkitInternals;
  /** Object numbers and bodies of the stream being filled. */
  private ids: number[] = [];
  private bodies: string[] = [];
  /** By object number less one: the offset an object was written at, or where it is packed as -1 - (stream × PER_STREAM + index). */
  private offsets: Int32Array;
  private count: number;

  constructor(doc: PDFKit.PDFDocument) {
    const pdfkit = doc as unknown as PdfkitInternals;
    this.doc = pdfkit;
    if (pdfkit._security !== undefined && pdfkit._security !== null) throw new Error('object streams are not written for encrypted documents');
    // Take over pdfkit's record of objects and where they were written (its `ref`, `_refEnd` and `_finalize`).
    this.count = pdfkit._offsets.length;
    this.offsets = new Int32Array(Math.max(4096, 2 * this.count));
    pdfkit._offsets.forEach((offset, i) => (this.offsets[i] = offset ?? 0));
    pdfkit._offsets = [];
    const Reference = (pdfkit._root as object).constructor as new (doc: PdfkitInternals, id: number, data?: unknown) => PdfRef;
    pdfkit.ref = (data?: unknown) => {
      this.count += 1;
      if (this.count > this.offsets.length) {
        const grown = new Int32Array(2 * this.offsets.length);
        grown.set(this.offsets);
        this.offsets = grown;
      }
      pdfkit._waiting += 1;
      return new Reference(pdfkit, this.count, data);
    };
    pdfkit._refEnd = (ref) => {
      if (ref.offset > 0x7fffffff) throw new Error('object streams are not written past 2 GB');
      this.offsets[ref.id - 1] = ref.offset;
      if (--pdfkit._waiting === 0 && pdfkit._ended) {
        pdfkit._ended = false;
        this.finalize();
      }
    };
    pdfkit._finalize = () => this.finalize();
  }

  /** A new object number (from pdfkit, which counts it as to be written), for an object to be {@link put} later. */
  ref(): PackedRef {
    return new PackedRef(this.doc.ref().id);
  }

  /** Packs `data` as the object `ref`; the object is written with the stream it goes into. */
  put(ref: PackedRef, data: PackedValue): void {
    this.ids.push(ref.id);
    this.bodies.push(serialise(data));
    if (this.ids.length >= PER_STREAM) this.flush();
  }

  /** Writes the stream being filled, if any; call before the document ends. */
  flush(): void {
    if (this.ids.length === 0) return;
    const doc = this.doc;
    let header = '';
    let offset = 0;
    this.ids.forEach((id, i) => {
      header += `${id} ${offset} `;
      offset += this.bodies[i].length + 1;
    });
    const stream = doc.ref({ Type: 'ObjStm', N: this.ids.length, First: header.length });
    stream.end(header + this.bodies.join('\n'));
    // pdfkit records each object's offset; a packed one's is recorded as where it is packed, as a negative number.
    this.ids.forEach((id, index) => doc._refEnd({ id, offset: -1 - (stream.id * PER_STREAM + index) }));
    this.ids = [];
    this.bodies = [];
  }

  /** In place of pdfkit's `_finalize`: a cross-reference stream, then the trailer's end. */
  private finalize(): void {
    const doc = this.doc;
    const id = this.count + 1;
    const start = doc._offset;
    // Each entry: type (0 free, 1 at an offset, 2 packed), then offset or stream number, then generation or index.
    const row = 7;
    const rows = Buffer.alloc((id + 1) * row);
    rows.writeUInt8(0, 0);
    rows.writeUInt16BE(0xffff, 5);
    const entry = (n: number, type: number, field: number, index: number) => {
      rows.writeUInt8(type, n * row);
      rows.writeUInt32BE(field, n * row + 1);
      rows.writeUInt16BE(index, n * row + 5);
    };
    for (let i = 0; i < this.count; i++) {
      const offset = this.offsets[i];
      if (offset >= 0) entry(i + 1, 1, offset, 0);
      else entry(i + 1, 2, Math.floor((-1 - offset) / PER_STREAM), (-1 - offset) % PER_STREAM);
    }
    entry(id, 1, start, 0);
    const data = deflateSync(pngUp(rows, row));
    const hex = Buffer.from(doc._id).toString('hex');
    doc._write(`${id} 0 obj`);
    doc._write(
      `<<\n/Type /XRef\n/Size ${id + 1}\n/W [1 4 2]\n/Root ${doc._root.id} 0 R\n/Info ${doc._info.id} 0 R\n/ID [<${hex}> <${hex}>]\n` +
        `/Filter /FlateDecode\n/DecodeParms <<\n/Columns ${row}\n/Predictor 12\n>>\n/Length ${data.length}\n>>`,
    );
    doc._write('stream');
    doc._write(data);
    doc._write('\nendstream');
    doc._write('endobj');
    doc._write('startxref');
    doc._write(`${start}`);
    doc._write('%%EOF');
    doc.push(null);
  }
}

/** Rows with the PNG "Up" predictor (each byte less the one above it), which makes a cross-reference stream compress well. */
function pngUp(rows: Buffer, width: number): Buffer {
  const count = rows.length / width;
  const out = Buffer.alloc(count * (width + 1));
  for (let r = 0; r < count; r++) {
    out[r * (width + 1)] = 2;
    for (let c = 0; c < width; c++) {
      const above = r === 0 ? 0 : rows[(r - 1) * width + c];
      out[r * (width + 1) + 1 + c] = (rows[r * width + c] - above) & 0xff;
    }
  }
  return out;
}

function serialise(value: PackedValue): string {
  if (typeof value === 'string') return `/${value}`;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error(`only integers are packed, not ${value}`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(serialise).join(' ')}]`;
  if (isRef(value)) return `${value.id} 0 R`;
  const dict = value as { readonly [key: string]: PackedValue };
  return `<<${Object.keys(dict)
    .map((key) => `/${key} ${serialise(dict[key])}`)
    .join(' ')}>>`;
}

function isRef(value: object): value is Reference {
  return value instanceof PackedRef || (typeof (value as { id?: unknown }).id === 'number' && typeof (value as { end?: unknown }).end === 'function');
}
