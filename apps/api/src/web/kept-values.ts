/**
 * A form sent back to be put right shows exactly what was typed or chosen. The templates' `input` and
 * `select` (views/form-controls.njk, in place of the design system's own) pass their options through
 * these two filters, so every form keeps its answers without a form of its own doing anything:
 *
 * - a browser blanks a date field (`type="date"`) whose value is not a real date ("2026-02-30"), so such
 *   a value is shown in a text field instead, as typed, beside the words saying what is wrong with it;
 * - a list shows no choice when the value chosen is not among its options (a practice or certificate
 *   the server refused, no longer offered), so the choice is added to the list, chosen, named as the
 *   page names it (`names`: its words for values it does not offer) or else as sent.
 */

/** The options of a design-system input or select, as a template passes them. */
type Params = Readonly<Record<string, unknown>>;

/** An option of a select. */
interface Item {
  readonly value?: unknown;
  readonly text?: unknown;
  readonly selected?: unknown;
  readonly divider?: unknown;
}

/** Days in each month of a common year. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether a browser keeps `value` in a date field: a valid date string of HTML (`YYYY-MM-DD`, a year
 * of four digits or more, from 1, and a day that month has), which is what a date field's value is.
 */
export function isBrowserDate(value: string): boolean {
  const m = /^(\d{4,})-(\d\d)-(\d\d)$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** An input's options with a date field that holds no real date shown as a text field, so the browser keeps what was typed. */
export function keptAsTyped(params: Params): Params {
  const value = params.value;
  if (params.type !== 'date' || typeof value !== 'string' || value === '' || isBrowserDate(value)) return params;
  return { ...params, type: 'text' };
}

/** A select's options with the value chosen among its items, added (chosen) when the list does not offer it. */
export function keptChoice(params: Params): Params {
  const value = params.value;
  if ((typeof value !== 'string' && typeof value !== 'number') || String(value) === '' || !Array.isArray(params.items)) return params;
  const chosen = String(value);
  const items = params.items as readonly (Item | null | undefined)[];
  if (items.some((item) => item && !item.divider && String(item.value ?? item.text) === chosen)) return params;
  const names = (params.names ?? {}) as Readonly<Record<string, unknown>>;
  const text = Object.hasOwn(names, chosen) && typeof names[chosen] === 'string' ? (names[chosen] as string) : chosen;
  return { ...params, items: [...items, { value: chosen, text, selected: true }] };
}
