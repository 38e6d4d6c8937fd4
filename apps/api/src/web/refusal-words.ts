import { refusalInWords, type DomainError, type DomainErrorCode } from '#domain';
import { DOMAIN_ERROR_MESSAGES, NAMED_REFUSALS } from './error-messages';
import { inWords } from './view-filters';

/**
 * Refusals a page words from the refusal's details, more exactly than {@link DOMAIN_ERROR_MESSAGES}:
 * `{name}` is the detail of that name, a date in words. Used when the details give every value named.
 */
const WORDS_WITH_DETAILS: Partial<Record<DomainErrorCode, string>> = {
  EVENT_BEFORE_INCORPORATION: 'The date is before the company was incorporated on {incorporatedOn}',
};

/**
 * What a page says of a refusal in general terms: {@link DOMAIN_ERROR_MESSAGES}, or the wording of
 * {@link WORDS_WITH_DETAILS} with the refusal's details in it (dates in words) when they are all there.
 */
export function generalRefusalWords(error: DomainError): string {
  const wording = WORDS_WITH_DETAILS[error.code];
  if (wording !== undefined) {
    const text = refusalInWords({ text: wording }, error.details, inWords, false);
    if (!/\{\w+\}/.test(text)) return text;
  }
  return DOMAIN_ERROR_MESSAGES[error.code];
}

/**
 * A refusal the domain words naming who and what it concerns ({@link NAMED_REFUSALS}) as a page gives
 * it: the domain's wording with its dates in words and no rule number; the law's sections stay.
 * Undefined for any other refusal, and for one of those codes that comes without a wording.
 */
export function namedRefusalWords(error: DomainError): string | undefined {
  if (!NAMED_REFUSALS.has(error.code) || error.wording === undefined) return undefined;
  const text = refusalInWords(error.wording, error.details, inWords, false);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
