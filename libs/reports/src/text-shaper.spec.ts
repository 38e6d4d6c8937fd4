import { shapeLine, type ShapedLine } from './text-shaper';

/** What shaping decided, without the font objects: face, glyph ids, advances, offsets and text. */
function glyphsOf(line: ShapedLine): string[] {
  return line.runs.flatMap((run) =>
    run.glyphs.map((g) => `${run.face.key} ${g.id} ${g.advance} ${g.dx},${g.dy} ${g.width} [${g.codePoints.join(' ')}] ${g.text ?? ''}`),
  );
}

/** A copy of the shaper with its own fonts and caches, as a fresh process would have them. */
function freshShaper(): typeof shapeLine {
  let fresh!: typeof import('./text-shaper');
  jest.isolateModules(() => {
    fresh = require('./text-shaper');
  });
  return fresh.shapeLine;
}

describe('shapeLine', () => {
  it('shapes text the same whatever was shaped before it in the process', () => {
    // Pairs of characters drawn with one glyph: Arabic-Indic and Extended Arabic-Indic (Urdu) digits,
    // a space and a no-break space in an Arabic face, and an Arabic letter and its presentation form.
    const pairs = [
      ['محمد علی ١٢', 'محمد علی ۱۲'],
      ['علی\u00a0محمد', 'علی محمد'],
      ['\ufe8f\ufe8f', 'بب'],
    ];
    for (const [first, second] of pairs) {
      const cold = glyphsOf(freshShaper()(second, 'regular'));
      const warm = freshShaper();
      warm(first, 'regular');
      expect(glyphsOf(warm(second, 'regular'))).toEqual(cold);
    }
  });

  it('gives the same line back from its cache', () => {
    const a = shapeLine('Practice 0042: সৈয়দ আহমেদ Surgery', 'bold');
    expect(shapeLine('Practice 0042: সৈয়দ আহমেদ Surgery', 'bold')).toBe(a);
    expect(glyphsOf(freshShaper()('Practice 0042: সৈয়দ আহমেদ Surgery', 'bold'))).toEqual(glyphsOf(a));
  });
});

