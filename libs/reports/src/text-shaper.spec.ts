import fc from 'fast-check';
import { facesFor, fontOf } from './font-faces';
import { shapeSimple } from './simple-shaper';
import { readBack } from './text-readback';
import { isolated, shapeLine, type ShapedLine } from './text-shaper';

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

describe('shapeSimple', () => {
  const latin = facesFor('regular')[0];
  const faces = [latin, facesFor('bold')[0], facesFor('regular').find((f) => f.key.includes('/latin-ext/'))!];
  const alphabet = [
    ...'AVWTYLPFkyvwo.,:;-–—’‘“”"\'()/&0123456789 £€%@#AaBbCcDdEeGgHhKkLlMmNnOoPpQqRrSsTtUuVvWwXxYyZz',
    ...'ÀÁÄÅÆÇÉÑÖØÜßàáäåæçéñöøüÿŁłŃńŚśŹźŻżČčŘřŠšŽžĞğİı',
    ...'fij\u00ad\u0301\u2044',
  ];

  it('gives what fontkit gives for a word it shapes, and declines words it cannot', () => {
    let shaped = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 12 }), fc.constantFrom(...faces), (chars, face) => {
        const word = chars.join('');
        const simple = shapeSimple(face, word);
        if (simple !== null) expect(simple).toEqual(readBack(fontOf(face), word, false));
        if (simple !== null) shaped += 1;
      }),
      { numRuns: 3000 },
    );
    expect(shaped).toBeGreaterThan(500);
  });

  it('shapes the numbers and plain words of a register, and leaves ligatures, marks and fractions to fontkit', () => {
    for (const word of ['01234:', '£1.00', 'AVATAR', 'Nowak', 'Górny', 'Kowalczyk', 'London', '“Yes”']) {
      expect(shapeSimple(latin, word.normalize('NFC'))).toEqual(readBack(fontOf(latin), word.normalize('NFC'), false));
    }
    for (const word of ['Mile', 'Fijian', 'Jubilee']) expect(shapeSimple(latin, word)).toEqual(readBack(fontOf(latin), word, false));
    for (const word of ['office', 'e\u0301', 'i\u0301', '1\u20442']) expect(shapeSimple(latin, word)).toBeNull();
  });
});

describe('shapeLine of text in the first face', () => {
  it('gives the words and spaces shaped one by one, by fontkit or the simple path alike', () => {
    const face = facesFor('regular')[0];
    const font = fontOf(face);
    const chars = [...'AVTWYLo.,:;-\'’“0123456789 £–fiíÉé\u0308ß'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 24 }), (picked) => {
        const text = picked.join('');
        const line = shapeLine(text, 'regular');
        const expected = text
          .split(/( )/)
          .filter((piece) => piece.length > 0)
          .flatMap((piece) => readBack(font, piece, false));
        expect(line.runs.map((run) => run.face.key)).toEqual([face.key]);
        expect(line.runs[0].glyphs).toEqual(expected);
        expect(line.advance).toBe(expected.reduce((sum, g) => sum + g.advance, 0));
      }),
      { numRuns: 1500 },
    );
  });

  it('RM-1: a right-to-left name isolated beside an address keeps the house number and comma out of its run, and draws no isolate', () => {
    /** The code points of the line's glyphs, left to right as drawn. */
    const drawn = (line: ShapedLine) => line.runs.flatMap((run) => run.glyphs.flatMap((g) => [...g.codePoints])).map((c) => String.fromCodePoint(c)).join('');
    const name = 'محمد علي';
    const line = shapeLine(`Until 12 January 2024: ${isolated(name)}, 2 Synthetic Street`, 'regular');
    const text = drawn(line);
    expect(text).not.toMatch(/[\u2066-\u2069]/);
    // The name drawn right to left (its letters reversed), then ", 2 Synthetic Street" in its own order.
    expect(text).toMatch(/^Until 12 January 2024: [^,]+, 2 Synthetic Street$/);
    // Without the isolate the bidirectional algorithm takes "2" and the comma into the name's run.
    expect(drawn(shapeLine(`Until 12 January 2024: ${name}, 2 Synthetic Street`, 'regular'))).not.toMatch(/, 2 Synthetic Street$/);
    // Latin text is not wrapped, so its layout is unchanged.
    expect(isolated('2 Synthetic Street')).toBe('2 Synthetic Street');
  });
});
