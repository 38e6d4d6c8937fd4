import { changesInRuns, refusalInWords, type DomainError, type DomainErrorCode, type ShareAuthorisation } from '#domain';
import { DOMAIN_ERROR_MESSAGES, NAMED_REFUSALS } from './error-messages';
import { formatMoney } from '#reports';
import { datesInWords, inWords } from './view-filters';

/**
 * Refusals a page words from the refusal's details, more exactly than {@link DOMAIN_ERROR_MESSAGES}:
 * `{name}` is the detail of that name, a date in words, pence (`…Pence`) in pounds as the forms take them. Used when the details give every value named.
 */
const WORDS_WITH_DETAILS: Partial<Record<DomainErrorCode, string>> = {
  ASSET_LOCK_BREACH: 'The asset lock forbids this transfer: below full value, to a body that is not a CIC or a charity, it is allowed only for the benefit of the community, and a benefit {beneficiaries} is not a benefit to the community. Choose whom the benefit goes to, or record the consideration in full',
  EVENT_BEFORE_INCORPORATION: 'The date is before the company was incorporated on {incorporatedOn}',
  BUY_BACK_PRICE_ABOVE_PAID_UP: 'The price, {pricePence}, is more than the {paidUpPence} the share is paid up to: a community interest company buys back a share for no more than its paid-up value',
  NOT_A_FINANCIAL_YEAR_END: 'The company’s financial years end on {referenceDate} (or on a day the directors choose up to 7 days either side of it): the nearest are {nearestBefore} and {nearestAfter}',
  FILING_BEFORE_DUTY: 'The filing date, {filedOn}, is before what it files: this duty arises on {arisesOn} (accounts after their period ends, a return or notice on or after the change or decision it reports); enter the day it was filed',
  REGULATOR_DECISION_BEFORE_PASSING: 'The date of the CIC Regulator’s decision, {decidedOn}, is before the special resolution changing the objects passed on {passedOn}: enter the date the Regulator decided',
  REGULATOR_ALREADY_DECIDED: 'The CIC Regulator’s decision on this change of the objects is already recorded: {outcome} on {decidedOn}. It is recorded once',
  TRANSFER_ALREADY_DECIDED: 'Transfer {transferId} was already {status} on {on}: a lodged transfer is registered or refused once',
  COMMISSIONER_CHANGE_OUT_OF_ORDER: 'The contract last changed commissioner on {latestOn}: a later change must fall after that day',
  COMMISSIONER_ABOLISHED: '{commissionerName} is a clinical commissioning group, and CCGs were abolished on {abolishedOn} (Health and Care Act 2022): choose the integrated care board or other body the contract passed to',
  COMMISSIONER_UNCHANGED: '{commissionerName} already commissions the contract on {on}: choose the body the contract passed to',
  COMMISSIONER_IS_HOLDER: '{commissionerName} holds the contract, so it cannot also commission it: choose the body the contract passed to',
  FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY: 'The company’s financial year for the period to {periodEndsOn} ended on {recordedYearEnd}, as recorded, not on {financialYearEnd}: give {recordedYearEnd}',
};

/** The details with each amount in pence (a number under a name ending `Pence`) as pounds: 101 → "£1.01". */
function inPounds(details: Readonly<Record<string, unknown>> | undefined): Readonly<Record<string, unknown>> | undefined {
  if (details === undefined) return undefined;
  return Object.fromEntries(Object.entries(details).map(([name, value]) => [name, name.endsWith('Pence') && typeof value === 'number' ? formatMoney(value) : value]));
}

/**
 * What a page says of a refusal in general terms: {@link DOMAIN_ERROR_MESSAGES}, or the wording of
 * {@link WORDS_WITH_DETAILS} with the refusal's details in it (dates in words) when they are all there.
 */
export function generalRefusalWords(error: DomainError): string {
  const wording = WORDS_WITH_DETAILS[error.code];
  if (wording !== undefined) {
    const text = refusalInWords({ text: wording }, inPounds(error.details), inWords, false);
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
  const worded = refusalInWords(error.wording, error.details, inWords, false);
  // A share change dated before a record that counted the register gives its dates in its text (and no
  // resolution's own text, which is quoted as written): those are put in words too.
  const text = error.code === 'EVENT_PREDATES_DEPENDENCY' ? datesInWords(worded) : worded;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The resolution the articles need, by the body that passes it. */
const NEEDED: Readonly<Record<string, string>> = {
  board: 'a board resolution',
  'members-ordinary': "a members' ordinary (or special) resolution",
  'members-special': "a members' special resolution",
};

/** What a resolution is, by the body that passed it. */
const GIVEN: Readonly<Record<string, string>> = {
  board: 'a board resolution',
  'members-ordinary': "a members' ordinary resolution",
  'members-special': "a members' special resolution",
};

interface NamedResolution {
  readonly resolutionId: string;
  readonly reference?: string;
  readonly reason?: string;
  readonly authority?: string;
  readonly passedOn?: string;
  readonly authorises?: readonly ShareAuthorisation[];
}

/**
 * SHARE_EVENT_NOT_AUTHORISED in a page's words: which body's resolution, for which change of which
 * share, passed by which day, and what each resolution chosen is or authorises instead — so the
 * secretary can choose one that does. Undefined for any other refusal, or one without its details.
 */
export function notAuthorisedWords(error: DomainError): string | undefined {
  const d = (error.details ?? {}) as { action?: unknown; shareNumber?: unknown; effectiveOn?: unknown; required?: unknown; reasons?: unknown; otherChanges?: unknown };
  if (error.code !== 'SHARE_EVENT_NOT_AUTHORISED' || typeof d.action !== 'string' || typeof d.shareNumber !== 'number' || typeof d.required !== 'string') return undefined;
  const change = `the ${d.action} of share ${d.shareNumber}`;
  const by = typeof d.effectiveOn === 'string' ? `, passed by ${inWords(d.effectiveOn)}` : '';
  // SR-1: a surrender reduces capital, so it needs what a cancellation does, and the page says why.
  const needed =
    (d as { reason?: unknown }).reason === 'surrender'
      ? `A surrender is a reduction of capital (s.641): it needs ${NEEDED[d.required] ?? 'a resolution'} that authorises ${change}${by}, supported by the directors' solvency statement made in the 15 days before it (or the court's order)`
      : `The articles need ${NEEDED[d.required] ?? 'a resolution'} that authorises ${change}${by}`;
  const list = (value: unknown) => (Array.isArray(value) ? (value as NamedResolution[]) : []);
  const name = (r: NamedResolution) => r.reference ?? 'the resolution chosen';
  const why = [
    ...list(d.otherChanges).map((r) => `${name(r)} authorises ${changesInRuns(r.authorises ?? []) || 'no share change'} instead${r.authority !== undefined && r.authority !== d.required ? `, and is ${GIVEN[r.authority] ?? 'another kind of resolution'}` : ''}`),
    ...list(d.reasons).map((r) =>
      r.authority !== undefined ? `${name(r)} is ${GIVEN[r.authority] ?? 'another kind of resolution'}`
      : r.passedOn !== undefined ? `${name(r)} was passed only on ${inWords(r.passedOn)}`
      : `${name(r)} had not passed by then`),
  ];
  return why.length === 0 ? `${needed}: choose a passed resolution that authorises it` : `${needed}: ${why.join('; ')}. Choose one that authorises it`;
}
