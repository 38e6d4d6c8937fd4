import fc from 'fast-check';
import { formatCsv, parseCsv } from './csv';

describe('CSV (RFC 4180)', () => {
  it('reads CRLF records with quoted commas, doubled quotes and line breaks', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n';
    expect(parseCsv(text)).toEqual({ ok: true, records: [['a', 'b', 'c'], ['x, y', 'say "hi"', 'two\r\nlines']] });
  });

  it('accepts LF line ends, a missing final line break, empty fields and a byte order mark', () => {
    expect(parseCsv('\uFEFFa,,c\nd,"",f')).toEqual({ ok: true, records: [['a', '', 'c'], ['d', '', 'f']] });
  });

  it('a blank line is a record of one empty field; a final line break adds nothing', () => {
    expect(parseCsv('a\r\n\r\nb\r\n')).toEqual({ ok: true, records: [['a'], [''], ['b']] });
    expect(parseCsv('')).toEqual({ ok: true, records: [] });
  });

  it.each([
    ['a\r\nb,"c\r\nd', 2, 'not closed'],
    ['a\r\nb"c', 2, 'quote inside an unquoted field'],
    ['"a"b,c', 1, 'text follows a closing quote'],
  ])('refuses %p at record %p (%s)', (text, record, problem) => {
    expect(parseCsv(text)).toEqual({ ok: false, record, problem: expect.stringContaining(problem) });
  });

  it('property: formatCsv then parseCsv gives back any records', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\r', '\n', 'é', '£', '1') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 8 }), (records) => {
        expect(parseCsv(formatCsv(records))).toEqual({ ok: true, records });
      }),
      { numRuns: 500 },
    );
  });
});
