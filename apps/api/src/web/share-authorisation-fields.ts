import { wholeNumber } from './web-page';

/** The kinds of share change a resolution's form fields may name, as the resolutions form offers them. */
export const AUTHORISES_ACTIONS = [
  { value: '', text: 'No' },
  { value: 'allotment', text: 'An allotment' },
  { value: 'transfer', text: 'A transfer' },
  { value: 'cancellation', text: 'A cancellation' },
  { value: 'buy-back', text: "A buy-back (members' resolutions only)" },
] as const;

/** The most share numbers one run typed into a form may name (the DTO takes 10,000 changes). */
const MOST_IN_A_RUN = 10_000;

/**
 * Share numbers typed into a form, "38", "38, 40" or "38 to 42" (or "38-42"), each a whole number, or
 * the text as typed when it is not that (for the DTO to refuse against the field).
 */
function shareNumbers(text: string): (number | string)[] {
  const numbers: number[] = [];
  for (const part of text.split(/\s*(?:,|;|\band\b)\s*/).filter((p) => p !== '')) {
    const run = /^(\d{1,10})\s*(?:-|–|to)\s*(\d{1,10})$/.exec(part);
    const [from, to] = run ? [Number(run[1]), Number(run[2])] : [wholeNumber(part), wholeNumber(part)];
    if (typeof from !== 'number' || typeof to !== 'number' || to < from || to - from >= MOST_IN_A_RUN) return [text];
    for (let n = from; n <= to; n += 1) numbers.push(n);
  }
  return numbers.length === 0 ? [text] : numbers;
}

/**
 * The share changes a resolution's form fields name (`action`: allotment, transfer, cancellation or
 * buy-back; `shares`: the share numbers), as the API's `authorises` takes them: a buy-back is a
 * cancellation the resolution approves as the company's purchase of the share (SR-2). Undefined when
 * neither field is filled; a field left empty or mistyped goes to the DTO as typed, to be refused there.
 */
export function authorisesFromForm(action: string | undefined, shares: string | undefined): object[] | undefined {
  const [chosen, typed] = [action?.trim() || undefined, shares?.trim() || undefined];
  if (chosen === undefined && typed === undefined) return undefined;
  return (typed === undefined ? [undefined] : shareNumbers(typed)).map((shareNumber) =>
    chosen === 'buy-back' ? { action: 'cancellation', shareNumber, reason: 'buy-back' } : { action: chosen, shareNumber },
  );
}
