import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTRIES_END, firstLine, forEachLine, forEachLineOfBytes } from './export-lines';

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

describe('forEachLineOfBytes: the line that ends the entries handed on in pieces', () => {
  const read = async (text: string) => {
    const file = join(dir, `rest-${text.length}.txt`);
    writeFileSync(file, text);
    const seen: string[] = [];
    let rest: Buffer[] | null = null;
    await forEachLineOfBytes(file, (bytes) => (seen.push(bytes.toString('utf8')), true), undefined, ENTRIES_END, (pieces) => (rest = pieces));
    return { seen, rest: rest as Buffer[] | null };
  };

  it('gives the lines before it, then it and the rest of the file as the chunks read, not joined', async () => {
    const long = `],"register":"${'Łukasz Wójcik '.repeat(300_000)}"}`;
    const { seen, rest } = await read(`{"a":1}\n{"b":"]"}\n${long}\nafter\n`);
    expect(seen).toEqual(['{"a":1}', '{"b":"]"}']);
    expect(rest!.length).toBeGreaterThan(1);
    expect(Buffer.concat(rest!).toString('utf8')).toBe(`${long}\nafter\n`);
    expect(Buffer.concat(firstLine(rest!)).toString('utf8')).toBe(long);
  });

  it('gives a short last line, and nothing when there is none', async () => {
    expect(await read(`{"a":1}\n]}`)).toEqual({ seen: ['{"a":1}'], rest: [Buffer.from(']}')] });
    expect(await read(`{"a":1}\n{"b":2}\n`)).toEqual({ seen: ['{"a":1}', '{"b":2}'], rest: null });
  });
});
