import { repeatedNames } from './read-body.interceptor';

describe('a JSON body naming a field twice (JSON.parse would keep only the last)', () => {
  it('names each repeated field by its path, through objects and arrays', () => {
    const text = '{"a":1,"b":{"c":1,"d":[1,2],"c":2},"events":[{"e":1},{"f":{"g":1}},{"e":1,"e":2}],"a":3}';
    expect(repeatedNames(text)).toEqual(['b.c', 'events.2.e', 'a']);
  });

  it('finds none where names repeat only across objects, or inside strings', () => {
    expect(repeatedNames('{"a":{"x":1},"b":{"x":1},"c":[{"x":"\\"x\\":1"},{"x":2}],"d":"{\\"a\\":1,\\"a\\":2}"}')).toEqual([]);
  });

  it('reads a body nested 50,000 deep without running out of stack', () => {
    expect(repeatedNames(`{"a":${'['.repeat(50_000)}${']'.repeat(50_000)},"a":1}`)).toEqual(['a']);
  });
});
