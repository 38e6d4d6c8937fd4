import { dutyWords } from './duty-words';

/** Small formatting filters the page templates use. */
export const viewFilters: Record<string, (...args: never[]) => unknown> = {
  /** A duty kind in plain words: "ap01" → "Tell Companies House a director was appointed". */
  dutyWords,
  /** Pence as pounds: 100 → "£1.00". */
  pounds: (pence: number | null | undefined) => (pence === null || pence === undefined ? '' : `£${(pence / 100).toFixed(2)}`),
  /** An ISO instant as "2026-11-30 07:15 UTC". */
  instant: (iso: string | null | undefined) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : ''),
  /** A long hash shortened for a table, the whole in a title. */
  short: (hash: string | null | undefined) => (hash ? `${hash.slice(0, 12)}…` : ''),
  /** Query string of a link that keeps the page's other parameters. */
  query: (params: Record<string, string | number | null | undefined>) =>
    new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]): [string, string] => [k, String(v)])).toString(),
};
