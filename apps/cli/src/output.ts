/** Where a command writes: its results to standard output, progress and problems to standard error. */
export interface Output {
  line(text: string): void;
  json(value: unknown): void;
  table(rows: readonly Record<string, string>[]): void;
  error(text: string): void;
}

export const consoleOutput: Output = {
  line: (text) => process.stdout.write(`${text}\n`),
  json: (value) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
  table: (rows) => {
    if (rows.length === 0) {
      process.stdout.write('(none)\n');
      return;
    }
    const columns = Object.keys(rows[0]);
    const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => (r[c] ?? '').length)));
    const format = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
    process.stdout.write(`${[format(columns), ...rows.map((r) => format(columns.map((c) => r[c] ?? '')))].join('\n')}\n`);
  },
  error: (text) => process.stderr.write(`${text}\n`),
};
