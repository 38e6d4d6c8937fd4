/** Test support: reads rendered PDFs back with pdf-parse (pdf.js), as a reader's viewer would. */
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { inflateSync } from 'node:zlib';
import { PDFParse } from 'pdf-parse';

/** The whole stream's bytes. */
export function bytesOf(stream: Readable): Promise<Buffer> {
  return buffer(stream);
}

/** Each page's extracted text, page 1 first. */
export async function pageTexts(pdf: Buffer): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    return result.pages.map((page) => page.text);
  } finally {
    await parser.destroy();
  }
}

/** The document's info dictionary as pdf.js reads it. */
export async function infoOf(pdf: Buffer): Promise<Record<string, unknown>> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getInfo()).info as Record<string, unknown>;
  } finally {
    await parser.destroy();
  }
}

/** Text with every run of white space made one space, for matching phrases across cells and lines. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** A node of a page's structure tree as pdf.js reads it: an element with its role, or a piece of marked content. */
export interface StructureNode {
  readonly role?: string;
  readonly type?: string;
  readonly children?: readonly StructureNode[];
}

interface PdfJsDocument {
  readonly numPages: number;
  getPage(n: number): Promise<{
    getStructTree(): Promise<StructureNode>;
    getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  }>;
}

/** pdf.js operator codes (its OPS table) used below. */
const OPS = { save: 10, restore: 11, showText: 44, showSpacedText: 45, setFillRGBColor: 59 };

/**
 * The fill colour each piece of text is painted in, page by page, as pdf.js paints it: colours set
 * inside a saved graphics state are undone when it is restored.
 */
export async function textColours(pdf: Buffer): Promise<Set<string>[]> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const doc = await (parser as unknown as { load(): Promise<PdfJsDocument> }).load();
    const pages: Set<string>[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const { fnArray, argsArray } = await (await doc.getPage(n)).getOperatorList();
      const colours = new Set<string>();
      const saved: string[] = [];
      let fill = '#000000';
      fnArray.forEach((op, i) => {
        if (op === OPS.save) saved.push(fill);
        else if (op === OPS.restore) fill = saved.pop() ?? fill;
        else if (op === OPS.setFillRGBColor) fill = String(argsArray[i][0]);
        else if (op === OPS.showText || op === OPS.showSpacedText) colours.add(fill);
      });
      pages.push(colours);
    }
    return pages;
  } finally {
    await parser.destroy();
  }
}

/** Each page's structure tree as pdf.js reads it (what a screen reader is given). */
export async function structureTrees(pdf: Buffer): Promise<StructureNode[]> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    // pdf-parse keeps its pdf.js document private; its structure trees are not part of pdf-parse's own API.
    const doc = await (parser as unknown as { load(): Promise<PdfJsDocument> }).load();
    const trees: StructureNode[] = [];
    for (let n = 1; n <= doc.numPages; n++) trees.push(await (await doc.getPage(n)).getStructTree());
    return trees;
  } finally {
    await parser.destroy();
  }
}

/** The roles of a structure tree's elements, depth first. */
export function rolesOf(node: StructureNode): string[] {
  return [...(node.role === undefined ? [] : [node.role]), ...(node.children ?? []).flatMap(rolesOf)];
}

/** The file's text with every object stream's objects inflated and appended, for looking at objects packed into them. */
export function withObjectStreams(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  let out = raw;
  for (const m of raw.matchAll(/\/Type \/ObjStm[^]*?\/Length (\d+)[^]*?>>\nstream\n/g)) {
    const start = m.index + m[0].length;
    out += `\n${inflateSync(pdf.subarray(start, start + Number(m[1]))).toString('latin1')}`;
  }
  return out;
}
