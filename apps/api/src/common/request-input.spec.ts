import { BIDI_PROBLEM, inputProblems, MAX_BODY_DEPTH, MAX_PATH_PARAMETER_LENGTH } from './request-input';

describe('the checks every request value gets', () => {
  it('refuses a NUL character wherever it is in a body, naming the field', () => {
    expect(inputProblems({ holder: { name: 'A\u0000B' } }, 'body')).toEqual([{ field: 'holder.name', problems: ['must not contain NUL characters'] }]);
    expect(inputProblems({ rows: [{ name: 'ok' }, { name: '\u0000' }] }, 'body')).toEqual([{ field: 'rows[1].name', problems: ['must not contain NUL characters'] }]);
  });

  it('refuses a lone surrogate (text that could not be stored as JSON, so never hashed into the ledger)', () => {
    expect(inputProblems({ text: 'THAT \ud800 be approved' }, 'body')).toEqual([{ field: 'text', problems: ['must be well-formed Unicode (no lone surrogates)'] }]);
    expect(inputProblems({ text: 'a pair is fine: \ud83d\ude00' }, 'body')).toEqual([]);
  });

  it('refuses a field name with a NUL character', () => {
    expect(inputProblems({ 'a\u0000': 1 }, 'body')).toEqual([{ field: 'body', problems: ['a field name must not contain NUL characters'] }]);
  });

  it(`refuses a body nested deeper than ${MAX_BODY_DEPTH} levels, without recursing (15,000 levels)`, () => {
    let deep: unknown = 1;
    for (let i = 0; i < 15_000; i += 1) deep = { a: deep };
    expect(inputProblems(deep, 'body')).toEqual([{ field: 'a', problems: [`nests deeper than ${MAX_BODY_DEPTH} levels`] }]);
    let shallow: unknown = 'x';
    for (let i = 0; i < MAX_BODY_DEPTH; i += 1) shallow = [shallow];
    expect(inputProblems(shallow, 'body')).toEqual([]);
  });

  it('bounds path parameters and refuses control characters in them', () => {
    expect(inputProblems('practice-z00001', 'param', 'practiceId')).toEqual([]);
    expect(inputProblems('x'.repeat(MAX_PATH_PARAMETER_LENGTH + 1), 'param', 'companyId')).toEqual([
      { field: 'companyId', problems: [`must be at most ${MAX_PATH_PARAMETER_LENGTH} characters`] },
    ]);
    expect(inputProblems('abc\u0000def', 'param', 'resolutionId')[0].problems).toEqual(['must not contain NUL characters']);
    expect(inputProblems('abc\ndef', 'param', 'resolutionId')[0].problems).toEqual(['must not contain control characters']);
  });

  it('checks query values, and leaves custom arguments (the caller) alone', () => {
    expect(inputProblems({ cursor: '\u0000' }, 'query')).toEqual([{ field: 'cursor', problems: ['must not contain NUL characters'] }]);
    expect(inputProblems({ name: '\u0000' }, 'custom')).toEqual([]);
  });

  it('a name or an address with a right-to-left override or another bidirectional control is refused naming the field, in a body, a query or a path; names in Arabic, Urdu and Hebrew pass', () => {
    const controlled = ['Dr A Practice \u202egnp.exe', '\u202aHigh Street Surgery', 'Oak Lane Surgery\u202c', 'Member \u2067Name\u2069', '\u2068Name', 'A\u202bB', 'A\u202dB', 'A\u2066B'];
    for (const text of controlled) {
      expect(inputProblems({ name: text }, 'body')).toEqual([{ field: 'name', problems: [BIDI_PROBLEM] }]);
      expect(inputProblems({ holder: { address: text } }, 'body')).toEqual([{ field: 'holder.address', problems: [BIDI_PROBLEM] }]);
      expect(inputProblems({ q: text }, 'query')).toEqual([{ field: 'q', problems: [BIDI_PROBLEM] }]);
      expect(inputProblems(text, 'param', 'practiceId')).toEqual([{ field: 'practiceId', problems: [BIDI_PROBLEM] }]);
    }
    // Right-to-left scripts need no controls; the invisible marks (LRM, RLM) some keyboards type are not controls of this kind.
    for (const name of ['عيادة النور الطبية', 'ڈاکٹر عائشہ خان', 'מרפאת הכרמל', 'Dr Aisha Khan (عائشہ خان)', 'Al\u200fNoor Surgery\u200e']) {
      expect([name, inputProblems({ name, address: `1 ${name} Road` }, 'body')]).toEqual([name, []]);
    }
  });
});
