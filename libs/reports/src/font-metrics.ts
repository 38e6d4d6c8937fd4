/**
 * The standard fonts' metrics and encoding, as pdfkit uses them: which characters the fonts can show
 * (WinAnsiEncoding), how wide a string is (advance widths plus kerning pairs), and the bytes and
 * kerning adjustments of a TJ text-showing operand.
 */
import PDFDocument from 'pdfkit';
/** The standard-14 fonts the reports use. */
export type FontName = 'Helvetica' | 'Helvetica-Bold' | 'Helvetica-Oblique';

/** The code points outside Latin-1 that WinAnsiEncoding has, with their byte (as in pdfkit's own table). */
const WIN_ANSI_EXTRAS = new Map([
  [0x152, 0x8c], [0x153, 0x9c], [0x160, 0x8a], [0x161, 0x9a], [0x178, 0x9f], [0x17d, 0x8e], [0x17e, 0x9e],
  [0x192, 0x83], [0x2c6, 0x88], [0x2dc, 0x98], [0x2013, 0x96], [0x2014, 0x97], [0x2018, 0x91], [0x2019, 0x92],
  [0x201a, 0x82], [0x201c, 0x93], [0x201d, 0x94], [0x201e, 0x84], [0x2020, 0x86], [0x2021, 0x87], [0x2022, 0x95],
  [0x2026, 0x85], [0x2030, 0x89], [0x2039, 0x8b], [0x203a, 0x9b], [0x20ac, 0x80], [0x2122, 0x99],
]);

/** Anything outside printable Latin-1 and line feeds; rare, so the common case is one regex test. */
const NEEDS_CLEANING = /[^\x20-\x7e\xa0-\xff\n]/;

function encodable(code: number): boolean {
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(code);
}

/**
 * The text as the standard fonts can show it: tabs become spaces, accented letters the encoding lacks
 * lose the accent (ł has no plain form and becomes '?'), other control characters are dropped. Line
 * breaks are kept.
 */
export function printable(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
    const code = char.codePointAt(0)!;
    if (encodable(code) || code === 0x0a) out += char;
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    else {
      const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      out += base.length > 0 && [...base].every((c) => encodable(c.codePointAt(0)!)) ? base : '?';
    }
  }
  return out;
}

// Each encodable character has a slot in the metric tables: its code below 256, else 256 + its place
// among the extras; and a byte in the font's encoding.
const LATIN_SLOTS = new Int16Array(256).fill(-1);
for (let code = 0; code < 256; code++) if (encodable(code)) LATIN_SLOTS[code] = code;
const EXTRA_SLOTS = new Map([...WIN_ANSI_EXTRAS.keys()].map((code, i) => [code, 256 + i]));
const SLOTS = 256 + EXTRA_SLOTS.size;
const SLOT_CHARS: string[] = [];
const SLOT_BYTE = new Uint8Array(SLOTS);
for (let code = 0; code < 256; code++) {
  SLOT_CHARS[code] = String.fromCharCode(code);
  SLOT_BYTE[code] = code;
}
for (const [code, slot] of EXTRA_SLOTS) {
  SLOT_CHARS[slot] = String.fromCharCode(code);
  SLOT_BYTE[slot] = WIN_ANSI_EXTRAS.get(code)!;
}

function slotOf(code: number): number {
  return code < 256 ? LATIN_SLOTS[code] : (EXTRA_SLOTS.get(code) ?? -1);
}

/**
 * One standard font's advance widths and kerning in font units (1/1000 em), filled in lazily from
 * pdfkit's own measurements of single characters and pairs. All are whole numbers, so sums are exact.
 */
export class FontMetrics {
  private readonly widths = new Float64Array(SLOTS).fill(Number.NaN);
  private readonly kerning = new Float32Array(SLOTS * SLOTS).fill(Number.NaN);

  constructor(private readonly measure: (text: string) => number) {}

  private width(slot: number): number {
    let width = this.widths[slot];
    if (width !== width) width = this.widths[slot] = this.measure(SLOT_CHARS[slot]);
    return width;
  }

  private kern(left: number, right: number): number {
    const pair = left * SLOTS + right;
    let kern = this.kerning[pair];
    if (kern !== kern) {
      const both = this.measure(SLOT_CHARS[left] + SLOT_CHARS[right]);
      kern = this.kerning[pair] = both - this.width(left) - this.width(right);
    }
    return kern;
  }

  /** The width of `text` in font units, or NaN if it holds a character the font cannot show. */
  units(text: string): number {
    let total = 0;
    let previous = -1;
    for (let i = 0; i < text.length; i++) {
      const slot = slotOf(text.charCodeAt(i));
      if (slot < 0) return Number.NaN;
      total += this.width(slot);
      if (previous >= 0) total += this.kern(previous, slot);
      previous = slot;
    }
    return total;
  }

  /**
   * The operand of a TJ operator showing `text`: `[<hex> 70 <hex>]`, the bytes in WinAnsiEncoding
   * and, between glyphs, each kerning pair's adjustment, which is how pdfkit shows text too. Null if
   * the text holds a character the font cannot show.
   */
  showText(text: string): string | null {
    // Built in a scratch buffer of character codes and made a string once: appending to a string
    // per glyph made a string per glyph, and a long report shows millions of glyphs.
    const out = ensureScratch(text.length * 12 + 4);
    let n = 0;
    out[n++] = 0x5b; // [
    out[n++] = 0x3c; // <
    let previous = -1;
    for (let i = 0; i < text.length; i++) {
      const slot = slotOf(text.charCodeAt(i));
      if (slot < 0) return null;
      if (previous >= 0) {
        const kern = this.kern(previous, slot);
        if (kern !== 0) {
          const adjustment = `> ${-kern} <`;
          for (let j = 0; j < adjustment.length; j++) out[n++] = adjustment.charCodeAt(j);
        }
      }
      out[n++] = HEX_DIGITS[SLOT_BYTE[slot] >> 4];
      out[n++] = HEX_DIGITS[SLOT_BYTE[slot] & 15];
      previous = slot;
    }
    out[n++] = 0x3e; // >
    out[n++] = 0x5d; // ]
    return decoder.decode(out.subarray(0, n));
  }
}

const HEX_DIGITS = new Uint8Array([...'0123456789abcdef'].map((c) => c.charCodeAt(0)));
const decoder = new TextDecoder('latin1');
let scratch = new Uint8Array(1024);

function ensureScratch(size: number): Uint8Array {
  if (scratch.length < size) scratch = new Uint8Array(Math.max(size, scratch.length * 2));
  return scratch;
}

/** One table per font, shared by every render in the process (about 1 MB at most for all three). */
const METRICS = new Map<FontName, FontMetrics>();

/** A document kept only for its font metrics; never drawn on, never ended. */
let measuringDocument: PDFKit.PDFDocument | null = null;

/** The measuring document, set to `font` at `size`. */
export function measuring(font: FontName, size: number): PDFKit.PDFDocument {
  measuringDocument ??= new PDFDocument({ autoFirstPage: false, font: 'Helvetica' });
  return measuringDocument.font(font, size);
}

/** The metrics of one of the standard fonts. */
export function metricsOf(font: FontName): FontMetrics {
  let metrics = METRICS.get(font);
  if (metrics === undefined) {
    metrics = new FontMetrics((text) => measuring(font, 1000).widthOfString(text));
    METRICS.set(font, metrics);
  }
  return metrics;
}
