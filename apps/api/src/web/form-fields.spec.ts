import { formFieldProblems, RepeatedFormFields, unexpectedFields, UnexpectedFormFields } from './form-fields';

describe('the fields a page form takes', () => {
  it('takes its own fields, repeated ones, names by prefix, the CSRF token and a form token; names each other field as sent', () => {
    const allowed = ['directorId[]', 'interest-*', 'to'];
    expect(unexpectedFields({ _csrf: 't', _once: 'f', directorId: ['a', 'b'], 'interest-a': '1', to: '2026-01-01' }, allowed)).toEqual([]);
    expect(unexpectedFields({ _csrf: 't', extra: '1', 'interest-': 'x', 'interests-a': '1' }, allowed)).toEqual(['extra', 'interest-', 'interests-a']);
  });

  it('a field read as an object or a list of objects (text[a]=…, to[0][b]=…) is not one a form sends', () => {
    expect(unexpectedFields({ to: { a: '1' }, directorId: ['x', { b: '1' }] }, ['to', 'directorId'])).toEqual(['to[a]', 'directorId[1]']);
  });

  it('a long name is cut short and at most five are named; the refusal says which in plain words', () => {
    const names = unexpectedFields(Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`${'x'.repeat(70)}${i}`, ''])), []);
    expect(names).toHaveLength(5);
    expect(names[0]).toBe(`${'x'.repeat(60)}…`);
    expect(new UnexpectedFormFields(['x']).message).toBe("This form does not take the field 'x'");
    expect(new UnexpectedFormFields(['x', 'y', 'z']).message).toBe("This form does not take the fields 'x', 'y' and 'z'");
  });

  it('by the names as sent: an empty name and __proto__ are names it does not take; a field of one value sent twice is named, a list is not', () => {
    const allowed = ['directorId[]', 'interest-*', 'text'];
    expect(formFieldProblems({}, allowed, ['_csrf', 'directorId', 'directorId', 'interest-a', 'text'])).toEqual({ unexpected: [], repeated: [] });
    expect(formFieldProblems({}, allowed, ['__proto__', '', 'text[]', 'directorId[]', 'text', ''])).toEqual({ unexpected: ['__proto__', '', 'text[]', 'directorId[]'], repeated: [] });
    expect(formFieldProblems({}, allowed, ['text', 'text', 'interest-a', 'interest-a', '_once', '_once'])).toEqual({ unexpected: [], repeated: ['text', 'interest-a', '_once'] });
    // Without the names as sent (a multipart form), a list read for a field of one value was sent more than once.
    expect(formFieldProblems({ text: ['A', 'B'], directorId: ['a', 'b'] }, allowed)).toEqual({ unexpected: [], repeated: ['text'] });
    expect(new RepeatedFormFields(['text']).message).toBe("The field 'text' was sent more than once; it takes one value");
  });

  it('no body, or one that is not an object, has no field to refuse', () => {
    expect(unexpectedFields(undefined, [])).toEqual([]);
    expect(unexpectedFields('text', [])).toEqual([]);
  });
});
