/**
 * Shaping without the shaping engine, for words that OpenType would only kern. Most of a register is
 * Latin letters, digits and punctuation, and much of it (share numbers, house numbers, practice
 * numbers) is different on every row, so it cannot be cached; fontkit takes tens of microseconds a
 * word. A character is "simple" in a face when no lookup of the features fontkit applies by default
 * can start at its glyph except pair kerning: it is not a mark, not invisible, not a bidi control, of
 * Latin or common script, and its glyph is in the coverage of no such substitution and of no
 * positioning other than pair adjustment. (A contextual lookup that also needs a glyph no simple
 * character has, such as the one that drops the dot of "i" before an accent, cannot apply to a word
 * of simple characters, so it does not count.) A word of simple characters shapes to their glyphs with
 * their advance widths plus, for each neighbouring pair, what fontkit's pair kerning adds to the two
 * (found by shaping the pair with fontkit once per process). That is what fontkit gives for the whole
 * word (text-shaper.spec.ts checks it), for a fraction of the cost.
 */
import type * as fontkit from 'fontkit';
import { fontOf, type Face } from './font-faces';
import type { ShapedGlyph } from './text-readback';

/** fontkit's default shaper, left to right: the features it applies to every glyph. */
const DEFAULT_FEATURES = new Set(['rvrn', 'ltra', 'ltrm', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern']);

/** Characters never simple: marks, controls, format and default-ignorable characters, the fraction slash, right-to-left and bidi marks. */
const NEVER = /[\p{M}\p{C}\p{Default_Ignorable_Code_Point}\u2044\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const LATIN_OR_COMMON = /[\p{Script=Latin}\p{Script=Common}]/u;

interface Coverage {
  readonly version: number;
  readonly glyphs?: readonly number[];
  readonly rangeRecords?: readonly { readonly start: number; readonly end: number }[];
}

interface ClassDef {
  readonly version: number;
  readonly startGlyph?: number;
  readonly classValueArray?: readonly number[];
  readonly classRangeRecord?: readonly { readonly start: number; readonly end: number; readonly class: number }[];
}

interface SubTable {
  readonly lookupType?: number;
  readonly extension?: SubTable;
  readonly coverage?: Coverage;
  readonly coverages?: readonly Coverage[];
  readonly backtrackCoverage?: readonly Coverage[];
  readonly inputCoverage?: readonly Coverage[];
  readonly lookaheadCoverage?: readonly Coverage[];
  readonly markCoverage?: Coverage;
  readonly mark1Coverage?: Coverage;
}

interface LayoutTable {
  readonly scriptList: readonly { readonly tag: string; readonly script: { readonly defaultLangSys: { readonly featureIndexes: readonly number[] } | null } }[];
  readonly featureList: readonly { readonly tag: string; readonly feature: { readonly lookupListIndexes: readonly number[] } }[];
  readonly lookupList: { get(index: number): { readonly lookupType: number; readonly subTables: readonly SubTable[] } };
}

interface Tables {
  readonly GSUB?: LayoutTable;
  readonly GPOS?: LayoutTable;
  readonly GDEF?: { readonly glyphClassDef?: ClassDef | null };
}

/** What one face needs for simple shaping; null when the face cannot be shaped this way at all. */
interface SimpleFace {
  readonly font: fontkit.Font;
  readonly scale: number;
  /** Glyphs that a default lookup other than pair kerning may start at. */
  readonly touched: ReadonlySet<number>;
  /** Per code point of the Basic Multilingual Plane: 0 not yet asked, 1 simple, 2 not. */
  readonly simple: Uint8Array;
  /** The unkerned glyph of each simple code point, and its advance width in font units. */
  readonly glyphs: ({ readonly glyph: ShapedGlyph; readonly units: number } | undefined)[];
  /**
   * Per pair of code points, the kerning added to the first and to the second, in font units: rows
   * by the first, each holding two numbers per second code point below {@link ROW}; other pairs by key.
   */
  readonly rows: (Int32Array | undefined)[];
  readonly pairs: Map<number, readonly [number, number]>;
}

/** Second code points kept in the rows (Latin-1 and Latin Extended-A and -B); pairs of other characters go in the map. */
const ROW = 0x250;
/** In a row: not yet shaped, or not simple. */
const UNKNOWN = 0x40000000;
const NOT_SIMPLE = 0x40000001;
const NO_PAIR: readonly [number, number] = [NOT_SIMPLE, NOT_SIMPLE];

const FACES = new Map<string, SimpleFace | null>();

/**
 * The glyphs of `text` as fontkit gives them when each word (each stretch between spaces) and each
 * space is shaped alone, as text-shaper.ts shapes a line: so no kerning across a space. Null when the
 * text is not all simple characters in this face.
 */
export function shapeSimple(face: Face, text: string): ShapedGlyph[] | null {
  const simple = simpleFace(face);
  if (simple === null || text.length === 0) return null;
  const out: ShapedGlyph[] = [];
  let before = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isSimple(simple, code)) return null;
    let kern = before;
    before = 0;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : SPACE;
    if (code !== SPACE && next !== SPACE) {
      if (!isSimple(simple, next)) return null;
      const row = next < ROW ? rowOf(simple, code) : undefined;
      let first: number;
      if (row !== undefined) {
        if (row[2 * next] === UNKNOWN) row.set(pair(simple, code, next), 2 * next);
        first = row[2 * next];
        before = row[2 * next + 1];
      } else {
        const key = code * 0x10000 + next;
        let known = simple.pairs.get(key);
        if (known === undefined) simple.pairs.set(key, (known = pair(simple, code, next)));
        first = known[0];
        before = known[1];
      }
      if (first === NOT_SIMPLE) return null;
      kern += first;
    }
    const { glyph, units } = simple.glyphs[code]!;
    // As fontkit: the advance in font units, kerning added, then scaled to 1/1000 em.
    out.push(kern === 0 ? glyph : { ...glyph, advance: (units + kern) * simple.scale });
  }
  return out;
}

const SPACE = 0x20;

function rowOf(face: SimpleFace, code: number): Int32Array {
  let row = face.rows[code];
  if (row === undefined) face.rows[code] = row = new Int32Array(2 * ROW).fill(UNKNOWN);
  return row;
}

/** Whether the character, by itself, could be simple: what it is, and its glyph's class. */
function candidate(font: fontkit.Font, code: number): boolean {
  if (code > 0xffff || (code >= 0xd800 && code <= 0xdfff)) return false;
  const char = String.fromCharCode(code);
  return !NEVER.test(char) && LATIN_OR_COMMON.test(char) && font.hasGlyphForCodePoint(code) && baseClass(font, font.glyphForCodePoint(code).id);
}

/** The glyphs of every character in the face that could be simple. */
function candidateGlyphs(font: fontkit.Font): Set<number> {
  const glyphs = new Set<number>();
  for (const code of font.characterSet) if (candidate(font, code)) glyphs.add(font.glyphForCodePoint(code).id);
  return glyphs;
}

function isSimple(face: SimpleFace, code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (face.simple[code] === 0) {
    let ok = candidate(face.font, code);
    if (ok) {
      const glyph = face.font.glyphForCodePoint(code);
      ok = !face.touched.has(glyph.id);
      if (ok) {
        const width = glyph.advanceWidth * face.scale;
        const shaped = { id: glyph.id, codePoints: [code], advance: width, dx: 0, dy: 0, width, text: null };
        face.glyphs[code] = { glyph: shaped, units: glyph.advanceWidth };
      }
    }
    face.simple[code] = ok ? 1 : 2;
  }
  return face.simple[code] === 1;
}

/** The kerning fontkit gives the pair, by shaping the two characters; {@link NO_PAIR} unless it only changes their advances. */
function pair(face: SimpleFace, a: number, b: number): readonly [number, number] {
  const run = face.font.layout(String.fromCharCode(a, b), undefined, undefined, undefined, 'ltr');
  const plain =
    run.glyphs.length === 2 &&
    run.glyphs[0].id === face.glyphs[a]!.glyph.id &&
    run.glyphs[1].id === face.glyphs[b]!.glyph.id &&
    run.positions.every((p) => p.xOffset === 0 && p.yOffset === 0 && p.yAdvance === 0);
  return plain ? [run.positions[0].xAdvance - run.glyphs[0].advanceWidth, run.positions[1].xAdvance - run.glyphs[1].advanceWidth] : NO_PAIR;
}

/** The face last asked about: most text is in one face. */
let lastFace: Face | null = null;
let lastSimple: SimpleFace | null = null;

function simpleFace(face: Face): SimpleFace | null {
  if (face === lastFace) return lastSimple;
  let simple = FACES.get(face.key);
  if (simple === undefined) {
    const font = fontOf(face);
    const touched = touchedGlyphs(font as unknown as Tables, candidateGlyphs(font));
    simple = touched === null ? null : { font, scale: 1000 / font.unitsPerEm, touched, simple: new Uint8Array(0x10000), glyphs: [], rows: [], pairs: new Map() };
    FACES.set(face.key, simple);
  }
  lastFace = face;
  lastSimple = simple;
  return simple;
}

/**
 * Every glyph at which a default-feature lookup other than pair adjustment can start, in any script,
 * in a word made of `candidates`; null when the scripts a simple character can be taken for (Latin,
 * or none: DFLT) use different lookups, or a lookup is of a kind not understood here.
 */
function touchedGlyphs(font: Tables, candidates: ReadonlySet<number>): Set<number> | null {
  const touched = new Set<number>();
  for (const [name, table] of [['GSUB', font.GSUB], ['GPOS', font.GPOS]] as const) {
    if (table === undefined || table === null) continue;
    const byScript = new Map<string, string>();
    const lookups = new Set<number>();
    for (const { tag, script } of table.scriptList) {
      const used = (script.defaultLangSys?.featureIndexes ?? [])
        .map((i) => table.featureList[i])
        .filter((f) => DEFAULT_FEATURES.has(f.tag));
      for (const f of used) for (const index of f.feature.lookupListIndexes) lookups.add(index);
      byScript.set(tag, used.map((f) => `${f.tag}:${f.feature.lookupListIndexes.join(',')}`).join(' '));
    }
    if (byScript.has('latn') && byScript.has('DFLT') && byScript.get('latn') !== byScript.get('DFLT')) return null;
    for (const index of lookups) {
      const lookup = table.lookupList.get(index);
      for (const sub of lookup.subTables) {
        const extended = (name === 'GSUB' && lookup.lookupType === 7) || (name === 'GPOS' && lookup.lookupType === 9);
        const type = extended ? sub.lookupType : lookup.lookupType;
        const table = extended ? sub.extension : sub;
        if (table === undefined) return null;
        if (name === 'GPOS' && type === 2) continue;
        // A contextual rule (format 3) that needs, besides its first glyph, a glyph of a set holding no candidate never applies.
        const context = [...(table.backtrackCoverage ?? []), ...(table.inputCoverage ?? []).slice(1), ...(table.lookaheadCoverage ?? []), ...(table.coverages ?? []).slice(1)];
        if (context.some((c) => !covers(c, candidates))) continue;
        const coverage = table.inputCoverage?.[0] ?? table.coverages?.[0] ?? table.markCoverage ?? table.mark1Coverage ?? table.coverage;
        if (coverage === undefined) return null;
        addCoverage(coverage, touched);
      }
    }
  }
  return touched;
}

/** Whether the coverage holds any of the glyphs. */
function covers(coverage: Coverage, glyphs: ReadonlySet<number>): boolean {
  if ((coverage.glyphs ?? []).some((g) => glyphs.has(g))) return true;
  for (const { start, end } of coverage.rangeRecords ?? []) for (let g = start; g <= end; g++) if (glyphs.has(g)) return true;
  return false;
}

function addCoverage(coverage: Coverage, into: Set<number>): void {
  for (const glyph of coverage.glyphs ?? []) into.add(glyph);
  for (const { start, end } of coverage.rangeRecords ?? []) for (let g = start; g <= end; g++) into.add(g);
}

/** Whether the glyph is a base glyph, or unclassified, in the font's GDEF (marks and ligatures are skipped by some lookups). */
function baseClass(font: fontkit.Font, glyph: number): boolean {
  const classDef = (font as unknown as Tables).GDEF?.glyphClassDef;
  if (!classDef) return true;
  let cls = 0;
  if (classDef.version === 1) cls = classDef.classValueArray?.[glyph - (classDef.startGlyph ?? 0)] ?? 0;
  else for (const r of classDef.classRangeRecord ?? []) if (r.start <= glyph && glyph <= r.end) cls = r.class;
  return cls === 0 || cls === 1;
}
