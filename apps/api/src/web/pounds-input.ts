import { filled } from './web-page';

/** The most a form's amount in pounds can be (thirteen digits of pounds), as its words give it. */
export const MOST_POUNDS = '£9,999,999,999,999.99';

/**
 * An amount a form takes in pounds (`12,500.00`, `£12500`, `0.5`) as whole pence, for a DTO whose
 * amounts are pence; anything else as typed, for the DTO to refuse beside the field; blank, undefined.
 * Thousands are separated by commas in threes or not at all; at most thirteen digits of pounds
 * ({@link MOST_POUNDS}) and two decimals.
 */
export function penceOf(value: unknown): number | string | undefined {
  const text = filled(value);
  if (text === undefined) return undefined;
  const m = /^£?\s*(\d{1,3}(?:,\d{3})+|\d{1,13})(?:\.(\d{1,2}))?$/.exec(text);
  if (!m || m[1]!.replace(/,/g, '').length > 13) return text;
  return Number(m[1]!.replace(/,/g, '')) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}
