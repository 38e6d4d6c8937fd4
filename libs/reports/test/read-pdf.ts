/** Test support: reads rendered PDFs back with pdf-parse (pdf.js), as a reader's viewer would. */
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
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
