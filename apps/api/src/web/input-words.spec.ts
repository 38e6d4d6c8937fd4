import { MAX_QUERY_VALUE_LENGTH, inputProblems } from '../common/request-input';
import { inputProblemWords } from './input-words';

describe('a refused value in words naming its field', () => {
  it('a query value longer than an address may give names the field and the limit: "Name is too long: it may be at most 2,000 characters"', () => {
    const [problem] = inputProblems('a'.repeat(MAX_QUERY_VALUE_LENGTH + 1), 'query', 'name');
    expect(problem).toEqual({ field: 'name', problems: [`must be at most ${MAX_QUERY_VALUE_LENGTH} characters`] });
    expect(inputProblemWords(problem!.field, problem!.problems[0]!)).toBe('Name is too long: it may be at most 2,000 characters');
    expect(inputProblemWords('asAt', 'must be at most 2000 characters')).toBe('The “as at” date is too long: it may be at most 2,000 characters');
  });

  it('a problem the request check does not word is left to the caller', () => {
    expect(inputProblemWords('name', 'must be a string')).toBeUndefined();
  });
});
