import { Presets, SingleBar } from 'cli-progress';

/** A progress bar on standard error for long work; nothing is drawn when standard error is not a terminal. */
export interface Progress {
  update(done: number): void;
  stop(): void;
}

/** A bar from 0 to `total` of `unit` (e.g. `MB`, `rows`). */
export function progressBar(label: string, total: number, unit: string): Progress {
  if (!process.stderr.isTTY || total <= 0) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    { format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit} | {eta_formatted}`, stream: process.stderr, hideCursor: true, etaBuffer: 50 },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}
