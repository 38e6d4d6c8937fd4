import type { AllianceErrorCode } from './alliance/alliance-errors';
import type { MeetingErrorCode } from './governance/meeting-errors';
import type { ResolutionErrorCode } from './governance/resolution-errors';
import type { ShareRecordsErrorCode } from './share-register/share-records-errors';
import type { PracticeErrorCode } from './share-register/practice-errors';
import type { CentralRegisterErrorCode } from './share-register/central-register-errors';
import type { OfficerErrorCode } from './officers/officer-errors';
import type { AssetLockErrorCode } from './cic/asset-lock-errors';
import type { DividendErrorCode } from './cic/dividend-errors';
import type { FinancialYearErrorCode } from './cic/financial-year-errors';
import type { WindingUpErrorCode } from './cic/winding-up-errors';

/** Values that are not what they claim to be (dates, instants, amounts). */
export type ValueErrorCode = 'INVALID_DATE' | 'INVALID_INSTANT' | 'INVALID_AMOUNT' | 'INVALID_SHARE_NUMBER';

/** A record dated after the day it is entered: registers record what has happened. */
export type RecordingErrorCode = 'DATED_AFTER_RECORDING';

/** Rules of the register of members and the share ledger (CA 2006 ss.113–128, 554–555, 770–771). */
export type ShareRegisterErrorCode =
  | 'EVENT_BEFORE_INCORPORATION'
  | 'EVENT_PREDATES_DEPENDENCY'
  | 'SHARE_NUMBER_ALREADY_USED'
  | 'SHARE_NOT_ISSUED'
  | 'SHARE_ALREADY_CANCELLED'
  | 'SHARE_NOT_HELD_BY_MEMBER'
  | 'SHARE_CLASS_NOT_IN_ARTICLES'
  | 'NOMINAL_VALUE_NOT_IN_ARTICLES'
  | 'PAID_UP_EXCEEDS_NOMINAL'
  | 'MEMBER_ALREADY_HOLDS_A_SHARE'
  | 'PRACTICE_ALREADY_A_MEMBER'
  | 'HOLDER_NOT_ELIGIBLE'
  | 'TRANSFER_TO_SAME_MEMBER'
  | 'TRANSFER_REGISTERED_BEFORE_LODGED'
  /** SR-1: only a share not fully paid can be forfeited (for the call unpaid); cancelling a fully paid one is a surrender, a buy-back or a reduction. */
  | 'FORFEITURE_OF_FULLY_PAID_SHARE'
  /** SH-4 (CIC): a buy-back at a price above the share's paid-up value. */
  | 'BUY_BACK_PRICE_ABOVE_PAID_UP'
  /** FC-1: a subscriber's share is taken on incorporation, so it is allotted on the day of incorporation. */
  | 'SUBSCRIBER_SHARE_NOT_ON_INCORPORATION';

export type { AllianceErrorCode, CentralRegisterErrorCode, DividendErrorCode, FinancialYearErrorCode, MeetingErrorCode, OfficerErrorCode, PracticeErrorCode, ResolutionErrorCode, ShareRecordsErrorCode, WindingUpErrorCode };

/**
 * Every rule the domain enforces fails with one of these codes. The API maps each code to an HTTP
 * status in one place (a map typed over this union), so adding a code forces a decision there.
 */
export type DomainErrorCode =
  | ValueErrorCode
  | RecordingErrorCode
  | ShareRegisterErrorCode
  | ResolutionErrorCode
  | AllianceErrorCode
  | AssetLockErrorCode
  | ShareRecordsErrorCode
  | MeetingErrorCode
  | PracticeErrorCode
  | CentralRegisterErrorCode
  | OfficerErrorCode
  | DividendErrorCode
  | FinancialYearErrorCode
  | WindingUpErrorCode;

/**
 * A refusal's words for any reader: `text` with `{name}` placeholders, each filled from the refusal's
 * details (`details.name`, a string or number; an ISO calendar date is a date, which each reader
 * words its own way), and `rule`, the source rule it applies ("MA-1"), given after the text where
 * rule numbers are read (the API) and left out where they are not (the pages).
 */
export interface RefusalWording {
  readonly text: string;
  readonly rule?: string;
}

/**
 * The refusal's words: each `{name}` of `wording.text` replaced by `details.name`, a calendar date
 * through `date` (the API keeps ISO, a page says "1 September 2014"), and the rule in brackets after
 * the text when `rule` is true. A placeholder with no value in the details is left as it is.
 */
export function refusalInWords(
  wording: RefusalWording,
  details: Readonly<Record<string, unknown>> | undefined,
  date: (isoDate: string) => string,
  rule: boolean,
): string {
  const text = wording.text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = details?.[name];
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string') return placeholder;
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? date(value) : value;
  });
  return rule && wording.rule !== undefined ? `${text} (${wording.rule})` : text;
}

/**
 * A broken rule of the company's registers, with a stable string code and optional details. Given a
 * {@link RefusalWording}, its `message` is the wording with ISO dates and the rule, as the API
 * gives it, and `wording` is kept for other readers (a page words the dates and drops the rule).
 */
export class DomainError extends Error {
  readonly wording?: RefusalWording;

  constructor(
    readonly code: DomainErrorCode,
    message: string | RefusalWording,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(typeof message === 'string' ? message : refusalInWords(message, details, (isoDate) => isoDate, true));
    this.name = 'DomainError';
    if (typeof message !== 'string') this.wording = message;
  }
}

/**
 * The same refusal with other details (and, given `prefix`, words before its own): its code, and its
 * wording when it has one, so that a page still words it (dates in words, no rule). Used where a
 * refusal raised deeper is passed on naming more (the event it concerns, its place in a batch).
 */
export function refusalWith(error: DomainError, details: Readonly<Record<string, unknown>> | undefined, prefix = ''): DomainError {
  if (error.wording === undefined) return new DomainError(error.code, `${prefix}${error.message}`, details);
  return new DomainError(error.code, { ...error.wording, text: `${prefix}${error.wording.text}` }, details);
}
