import { inputProblems, MAX_BODY_DEPTH, MAX_PATH_PARAMETER_LENGTH } from './request-input';

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
});
