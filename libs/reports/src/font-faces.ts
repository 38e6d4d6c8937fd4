/**
 * The fonts the reports print with: Noto Sans and its sister families from the `@fontsource/*`
 * packages. Fontsource splits each family into files by Unicode range (latin, latin-ext, greek,
 * cyrillic, vietnamese, devanagari; bengali; gujarati; arabic; hebrew; tamil; and about a hundred slices of Simplified
 * Chinese, ordered by how common the characters are). Each file is a separate {@link Face}; a code
 * point is drawn with the first face, in the order below, whose range holds it and whose font has a
 * glyph for it. A file is read from disk and parsed once per process, and only when a report first
 * needs it; every render shares the parsed font (see shared-font.ts).
 *
 * The WOFF files are used, not WOFF2: fontkit 2.0.4 cannot subset WOFF2 glyphs made of components
 * (accented letters such as ó fail with a RangeError when the document ends).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type * as fontkit from 'fontkit';
import { openShared } from './shared-font';
import { sfntFromWoff } from './woff';

/** The two weights the reports use. */
export type FontWeight = 'regular' | 'bold';

/** One font file: a family's slice of Unicode in one weight. */
export interface Face {
  /** Unique and stable, e.g. `noto-sans/latin-ext/bold`; also the name the face is registered under in a document. */
  readonly key: string;
  readonly file: string;
  /** Inclusive code point ranges from the package's `unicode.json`, sorted. */
  readonly ranges: readonly (readonly [number, number])[];
}

/** The packages, in fallback order, and which of their slices to use. */
const FAMILIES: readonly { readonly pkg: string; readonly subsets: (name: string) => boolean }[] = [
  { pkg: 'noto-sans', subsets: () => true },
  { pkg: 'noto-sans-bengali', subsets: (name) => name === 'bengali' },
  { pkg: 'noto-sans-gujarati', subsets: (name) => name === 'gujarati' },
  { pkg: 'noto-sans-arabic', subsets: (name) => name === 'arabic' },
  { pkg: 'noto-sans-hebrew', subsets: (name) => name === 'hebrew' },
  { pkg: 'noto-sans-tamil', subsets: (name) => name === 'tamil' },
  // Numbered slices only: the package's latin and cyrillic slices repeat Noto Sans's.
  { pkg: 'noto-sans-sc', subsets: (name) => name.startsWith('[') },
];

/** Subsets of Noto Sans first in this order: most text is Latin, and the first face tried is the one most often used. */
const NOTO_SANS_ORDER = ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'devanagari'];

const WEIGHT_FILE: Record<FontWeight, string> = { regular: '400-normal', bold: '700-normal' };

function parseRanges(spec: string): [number, number][] {
  return spec
    .split(',')
    .map((part) => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from, 16), parseInt(to ?? from, 16)] as [number, number];
    })
    .sort((a, b) => a[0] - b[0]);
}

function packageDir(pkg: string): string {
  return dirname(require.resolve(`@fontsource/${pkg}/package.json`));
}

function facesOf(weight: FontWeight): Face[] {
  const faces: Face[] = [];
  for (const { pkg, subsets } of FAMILIES) {
    const dir = packageDir(pkg);
    const unicode = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
    const names = Object.keys(unicode).filter(subsets);
    if (pkg === 'noto-sans') names.sort((a, b) => rank(a) - rank(b));
    for (const name of names) {
      const slice = name.replace(/^\[(\d+)\]$/, '$1');
      faces.push({
        key: `${pkg}/${slice}/${weight}`,
        file: join(dir, 'files', `${pkg}-${slice}-${WEIGHT_FILE[weight]}.woff`),
        ranges: parseRanges(unicode[name]),
      });
    }
  }
  return faces;
}

function rank(subset: string): number {
  const i = NOTO_SANS_ORDER.indexOf(subset);
  return i < 0 ? NOTO_SANS_ORDER.length : i;
}

const FACES = new Map<FontWeight, readonly Face[]>();

/** Every face of one weight, in fallback order; the first is Noto Sans's Latin face. */
export function facesFor(weight: FontWeight): readonly Face[] {
  let faces = FACES.get(weight);
  if (faces === undefined) {
    faces = facesOf(weight);
    FACES.set(weight, faces);
  }
  return faces;
}

/** Whether `code` lies in one of the face's ranges (binary search). */
export function inRange(face: Face, code: number): boolean {
  const ranges = face.ranges;
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (code < ranges[mid][0]) hi = mid - 1;
    else if (code > ranges[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

const FONTS = new Map<string, fontkit.Font>();

/** The face's font: its file read, decompressed and parsed once per process, then shared by every render. */
export function fontOf(face: Face): fontkit.Font {
  let font = FONTS.get(face.key);
  if (font === undefined) {
    font = openShared(sfntFromWoff(readFileSync(face.file)));
    FONTS.set(face.key, font);
  }
  return font;
}
