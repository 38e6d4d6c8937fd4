import { BIDI_PROBLEM } from '../common/request-input';
import { UNRECORDABLE_PROBLEM } from './form-text';

/**
 * What a page says of a field the service refused for how its value is written rather than what it
 * means: a date that is no real date, and text holding characters that cannot be kept (a NUL, a broken
 * character), longer than an address may give, or that would make it display misleadingly (bidirectional controls). Each names the field
 * in words, never as the DTO calls it (`dateOfBirth`, `asAt`).
 */

/** Date fields by the name a DTO gives them, as a form labels them. */
const DATE_WORDS: Readonly<Record<string, string>> = {
  asAt: 'the “as at” date',
  appointedOn: 'the date of appointment',
  dateOfBirth: 'the date of birth',
  resignedOn: 'the date of leaving office',
  effectiveOn: 'the date the change takes effect',
  verifiedOn: 'the date verified',
  heldOn: 'the date of the meeting',
  meetingOn: 'the date of the meeting',
  noticeGivenOn: 'the date notice was given',
  noticeSentOn: 'the date the notice was sent',
  receivedOn: 'the date received',
  specialNoticeReceivedOn: 'the date the company received special notice',
  contractDisclosedOn: 'the day the buy-back contract was disclosed to members',
  answeredOn: 'the date of the answer',
  transferDate: 'the transfer date',
  startOn: 'the start date',
  endOn: 'the end date',
};

/** A date field in words: `dateOfBirth` → "the date of birth"; `lodgedOn` → "the date lodged"; anything else "the date". */
export function dateWords(field: string): string {
  const last = field.split('.').filter((part) => !/^\d+$/.test(part)).at(-1) ?? field;
  const known = DATE_WORDS[last];
  if (known !== undefined) return known;
  const on = /^([a-z][A-Za-z]*)On$/.exec(last);
  return on ? `the date ${on[1]!.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()}` : 'the date';
}

/**
 * What a form says of a date typed that is no real date (`2026-02-30`), naming the field: "Enter the
 * date of birth as a real date". Forms show a date picker, whose order of day, month and year is the
 * browser's, so the words do not ask for a way of writing it; the "as at" date of an address does.
 */
export function realDate(field: string): string {
  if (field === 'asAt') return 'Enter the “as at” date as a real date, written YYYY-MM-DD in the address';
  return `Enter ${dateWords(field)} as a real date`;
}

/** A field in words for the sentences below: `asAt` → "The “as at” date", `residentialAddress` → "Residential address". */
function subject(field: string): string {
  if (field === 'asAt') return 'The “as at” date';
  if (field === 'query' || field === 'param') return 'The address of the page';
  if (field === 'body') return 'The form';
  const last = field.split('.').filter((part) => !/^[\d[\]]+$/.test(part)).at(-1)?.replace(/\[\d+\]$/, '') ?? field;
  // A form's field named for a record (`interest-<id>`) or for one of the page's forms (`answer-note`): what follows the form's name.
  const named = last.replace(/-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i, '');
  const words = (named.split('-').at(-1) || named).replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A problem the request check (request-input.ts) found, in a person's words naming the field; undefined
 * for any other problem, which the caller words itself.
 */
export function inputProblemWords(field: string, problem: string): string | undefined {
  const what = subject(field);
  if (problem === 'must not contain NUL characters') return `${what} contains a hidden character (NUL) that cannot be kept: type it again`;
  if (problem === 'must not contain control characters') return `${what} contains hidden control characters: type it again`;
  if (problem.startsWith('must be well-formed Unicode')) return `${what} contains a broken character: type it again`;
  const tooLong = /^must be at most (\d+) characters$/.exec(problem);
  if (tooLong) return `${what} is too long: it may be at most ${Number(tooLong[1]).toLocaleString('en-GB')} characters`;
  if (problem === UNRECORDABLE_PROBLEM) {
    return `${what} had a character that cannot be recorded (a control character or a text-direction mark). It has been taken out: check the ${what.toLowerCase()} and send the form again`;
  }
  if (problem === BIDI_PROBLEM) {
    return `${what} contains hidden characters that change the direction of the text (such as a right-to-left override), which could make it read differently from what is recorded: type it again without them`;
  }
  return undefined;
}
