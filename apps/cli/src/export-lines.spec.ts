import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTRIES_END, forEachLine } from './export-lines';

const dir = mkdtempSync(join(tmpdir(), 'cic-export-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const linesOf = async (text: string, stopAt?: number) => {
  const file = join(dir, `lines-${text.length}-${stopAt ?? 'all'}.txt`);
  writeFileSync(file, text);
  const seen: string[] = [];
  await forEachLine(file, (line) => (seen.push(line), true), undefined, stopAt);
  return seen;
};

describe('forEachLine: an export read line by line', () => {
  it('gives every line, one longer than many chunks joined whole, with multi-byte characters intact', async () => {
    const long = `],"register":"${'Łukasz Wójcik '.repeat(300_000)}"}`;
    expect(await linesOf(`{"a":1}\n{"b":"সৈয়দ"}\n${long}\n`)).toEqual(['{"a":1}', '{"b":"সৈয়দ"}', long]);
  });

  it('stops before the line that ends the entries when asked, long or short, never building it', async () => {
    const long = `],"register":"${'x'.repeat(3_000_000)}"}`;
    expect(await linesOf(`{"a":1}\n{"b":2}\n${long}\n`, ENTRIES_END)).toEqual(['{"a":1}', '{"b":2}']);
    expect(await linesOf(`{"a":1}\n]}\n`, ENTRIES_END)).toEqual(['{"a":1}']);
    expect(await linesOf(`{"a":1}\n{"b":"]"}\n`, ENTRIES_END)).toEqual(['{"a":1}', '{"b":"]"}']);
  });
});
