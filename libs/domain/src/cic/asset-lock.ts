import { checkDatedInCompanyLife, compareDates, isCalendarDate, type CalendarDate, type Instant } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { companyFinancialYearEnding, type AccountingReferencePeriods, type FinancialYear } from './financial-years';
import { namedRecipientOf, type AssetLockedBodiesNamed } from './named-asset-locked-bodies';
import { beneficiariesOf, checkBenefitsTheCommunity, type CommunityBenefitTo } from './community-benefit';
import { REGISTRATION_NUMBER_FORMS, registrationNumberOf } from './registration-numbers';

export type { AssetLockErrorCode } from './asset-lock-errors';

/*
 * The CIC asset lock (CIC Regulations 2005 Sch 2 para 1, in the articles; BRIEF CI-2, CI-6, CI-5): the
 * company may transfer its assets only for full consideration; to an asset-locked body the articles
 * name; to another asset-locked body with the CIC Regulator's consent; or otherwise for the benefit of
 * the community. Asset-locked bodies are CICs and charities (a GP practice is neither). The register of
 * asset transfers records every transfer with the ground it was made on; the CIC34 report states the
 * value transferred below full consideration in the financial year.
 */

/**
 * What the recipient of a transfer is, as the asset lock sees it:
 * - `asset-locked-body-named-in-articles`: a CIC or charity the articles name as a recipient;
 * - `other-asset-locked-body`: any other CIC or charity (its registration number is required);
 * - `not-asset-locked`: anyone else (a GP practice, a company, a person).
 */
export type AssetTransferRecipientKind = 'asset-locked-body-named-in-articles' | 'other-asset-locked-body' | 'not-asset-locked';

/** Every {@link AssetTransferRecipientKind}, in the order forms offer them. */
export const ASSET_TRANSFER_RECIPIENT_KINDS: readonly AssetTransferRecipientKind[] = ['asset-locked-body-named-in-articles', 'other-asset-locked-body', 'not-asset-locked'];

/**
 * The ground on which the asset lock allows a transfer (Sch 2 para 1), as the domain classifies it:
 * - `full-consideration`: the consideration received is at least the market value;
 * - `to-named-asset-locked-body`: below full value, to an asset-locked body named in the articles;
 * - `to-asset-locked-body-with-consent`: below full value, to another asset-locked body, with the Regulator's consent (CI-6);
 * - `for-community-benefit`: below full value, to a body that is not asset-locked, for the benefit of the community.
 */
export type AssetTransferBasis = 'full-consideration' | 'to-named-asset-locked-body' | 'to-asset-locked-body-with-consent' | 'for-community-benefit';

/** The CIC Regulator's consent to a transfer to an asset-locked body not named in the articles (CI-6). */
export interface RegulatorConsent {
  /** The Regulator's reference for the consent, as its letter gives it. */
  readonly reference: string;
  /** The calendar date the consent was given, on or before the transfer. */
  readonly givenOn: CalendarDate;
}

/** A transfer of the company's assets as the secretary gives it, before it is classified. */
export interface AssetTransferInput {
  /** The calendar date of the transfer (`YYYY-MM-DD`). */
  readonly transferredOn: CalendarDate;
  /** What was transferred (a building, equipment, a sum of money, a grant). */
  readonly description: string;
  /**
   * Who received the assets, by name. For a body named in the articles it may be left blank: the name
   * the articles give it is recorded, whatever is typed.
   */
  readonly recipientName: string;
  /** What the recipient is, for the asset lock (see {@link AssetTransferRecipientKind}). */
  readonly recipientKind: AssetTransferRecipientKind;
  /**
   * The recipient's company or charity number (see `registrationNumberOf`: kept trimmed and in upper
   * case); required for `other-asset-locked-body` and for a body named in the articles (the number they
   * give it), else null when there is none.
   */
  readonly recipientRegistrationNumber: string | null;
  /** The market value of what was transferred, in pence (a whole number, 0 or more). */
  readonly marketValuePence: number;
  /** The consideration the company received for it, in pence (a whole number, 0 or more). */
  readonly considerationPence: number;
  /** The Regulator's consent, where one was given; null otherwise. */
  readonly regulatorConsent: RegulatorConsent | null;
  /** How the transfer benefits the community, where that is its ground; null otherwise. */
  readonly communityBenefit: string | null;
  /**
   * Whom that benefit goes to (CI-1), given with `communityBenefit`; absent or null when not stated
   * (transfers recorded before it was asked, and those on another ground).
   */
  readonly communityBenefitTo?: CommunityBenefitTo | null;
}

/** A transfer as the register holds it: the input, tidied, with the ground the asset lock allows it on. */
export interface AssetTransfer extends AssetTransferInput {
  readonly basis: AssetTransferBasis;
}

/** The event of the register of asset transfers: one transfer recorded, effective on its date. */
export interface AssetTransferRecorded {
  readonly type: 'asset-transfer-recorded';
  readonly effectiveOn: CalendarDate;
  /** The transfer's id: the sequence number of its ledger entry, as text. */
  readonly transferId: string;
  readonly transfer: AssetTransfer;
}

/** The largest amount in pence the register takes: JavaScript's largest safe whole number. */
export const MAX_ASSET_PENCE = Number.MAX_SAFE_INTEGER;

/**
 * CI-5: every financial year's total below full consideration must be a whole number of pence the
 * register can add exactly, so the register as a whole must: a transfer whose value below full
 * consideration, with that of every transfer already recorded (`recorded`), would pass
 * {@link MAX_ASSET_PENCE} is refused.
 * @throws DomainError `ASSET_TRANSFER_TOTALS_TOO_LARGE` (422).
 */
export function checkRegisterTotal(recorded: readonly { readonly transfer: AssetTransferInput }[], transfer: AssetTransferInput): void {
  let sum = 0;
  for (const r of recorded) sum += valueBelowFullConsideration(r.transfer);
  const below = valueBelowFullConsideration(transfer);
  if (below <= MAX_ASSET_PENCE - sum) return;
  throw new DomainError(
    'ASSET_TRANSFER_TOTALS_TOO_LARGE',
    { text: 'this transfer would take the register of asset transfers past the largest total it keeps exactly ({mostPence} pence below full value in all; {recordedPence} are recorded): check the amounts', rule: 'CI-5' },
    { field: 'marketValuePence', recordedPence: sum, mostPence: MAX_ASSET_PENCE },
  );
}

/** The value transferred below full consideration, in pence: market value less consideration, never below 0. */
export function valueBelowFullConsideration(t: Pick<AssetTransferInput, 'marketValuePence' | 'considerationPence'>): number {
  return Math.max(0, t.marketValuePence - t.considerationPence);
}

/**
 * The ground the asset lock allows a transfer on (CI-2, CI-6; CIC Regs 2005 Sch 2 para 1), checked in
 * this order: full consideration; a body named in the articles; another asset-locked body with the
 * Regulator's consent; a body not asset-locked, for the benefit of the community.
 * @throws DomainError `REGULATOR_CONSENT_REQUIRED` (field `regulatorConsentReference`) below full value
 * to another asset-locked body without a consent; `ASSET_LOCK_BREACH` (field `communityBenefit`,
 * `reason`) below full value to a body not asset-locked without a statement of the community benefit,
 * and (CI-1; field `communityBenefitTo`, reason `benefit-not-to-the-community`) with one whose benefit
 * goes only to the members of a particular body or the employees of a particular employer.
 */
export function classifyAssetTransfer(t: AssetTransferInput): AssetTransferBasis {
  if (t.considerationPence >= t.marketValuePence) return 'full-consideration';
  const below = valueBelowFullConsideration(t);
  if (t.recipientKind === 'asset-locked-body-named-in-articles') return 'to-named-asset-locked-body';
  if (t.recipientKind === 'other-asset-locked-body') {
    if (t.regulatorConsent !== null) return 'to-asset-locked-body-with-consent';
    throw new DomainError(
      'REGULATOR_CONSENT_REQUIRED',
      { text: 'a transfer of assets below full value ({valueBelowPence} pence under it) to {recipientName}, an asset-locked body not named in the articles, needs the CIC Regulator\u2019s consent: give its reference and date', rule: 'CI-6' },
      { field: 'regulatorConsentReference', recipientName: t.recipientName, valueBelowPence: below },
    );
  }
  if (t.communityBenefit !== null) {
    checkBenefitsTheCommunity(t.communityBenefitTo, t.recipientName, below);
    return 'for-community-benefit';
  }
  throw new DomainError(
    'ASSET_LOCK_BREACH',
    { text: 'the asset lock forbids this transfer: it is {valueBelowPence} pence below full value, to {recipientName}, which is not an asset-locked body (a CIC or charity), and no benefit to the community is stated', rule: 'CI-2' },
    { field: 'communityBenefit', reason: 'below-full-value-to-body-not-asset-locked-without-community-benefit', recipientName: t.recipientName, valueBelowPence: below },
  );
}

/** What a transfer is checked against: the company's date of incorporation, the instant it is recorded, and the articles' named bodies. */
export interface AssetTransferContext {
  readonly incorporatedOn: CalendarDate;
  readonly recordedAt: Instant;
  /** Every change of the asset-locked bodies the articles name, in ledger order (`namedAssetLockedBodiesOn` reads them as at the transfer's day). */
  readonly namedBodies: readonly AssetLockedBodiesNamed[];
}

/**
 * Checks a transfer and classifies it (CI-1, CI-2, CI-6): the transfer to record, or a refusal.
 * @throws DomainError `INVALID_ASSET_TRANSFER` (400, details.field) for a blank description or
 * recipient name, a registration number missing for another asset-locked body or not in a form of a UK
 * company or charity number (details.reason `not-a-registration-number`, {@link registrationNumberOf}),
 * a consent with a reference and no date or a date and no reference, or whom a community benefit goes
 * to (`communityBenefitTo`, CI-1) given without the benefit or not one of {@link COMMUNITY_BENEFIT_TO};
 * `INVALID_AMOUNT` (400) for an amount that is not a whole number of pence from 0; `INVALID_DATE` (400)
 * for a date that is not one;
 * `EVENT_BEFORE_INCORPORATION` / `DATED_AFTER_RECORDING` (422, field `transferredOn`) for a transfer
 * dated before the company was incorporated or after today; `ASSET_LOCKED_BODY_NOT_NAMED` (422, field
 * `recipientRegistrationNumber`, {@link namedRecipientOf}) for a recipient said to be named in the
 * articles whose number is not one they name on the transfer's day (a transfer to one is recorded with
 * the name and number the articles give it); `CONSENT_AFTER_TRANSFER` (422, field
 * `regulatorConsentOn`); and the refusals of {@link classifyAssetTransfer}.
 */
export function assetTransfer(input: AssetTransferInput, context: AssetTransferContext): AssetTransfer {
  const named = input.recipientKind === 'asset-locked-body-named-in-articles';
  const { communityBenefitTo, ...rest } = input;
  const communityBenefit = optionalText(input.communityBenefit);
  const t: AssetTransferInput = {
    ...rest,
    description: requiredText(input.description, 'description'),
    recipientName: named ? input.recipientName.trim() : requiredText(input.recipientName, 'recipientName'),
    recipientRegistrationNumber: registrationNumber(input.recipientRegistrationNumber),
    communityBenefit,
    ...beneficiariesOf(communityBenefitTo, communityBenefit),
    regulatorConsent: input.regulatorConsent && regulatorConsentOf(input.regulatorConsent.reference, input.regulatorConsent.givenOn),
  };
  for (const field of ['marketValuePence', 'considerationPence'] as const) {
    const value = t[field];
    if (!Number.isSafeInteger(value) || value < 0) throw new DomainError('INVALID_AMOUNT', `${field} must be a whole number of pence, 0 or more`, { field });
  }
  for (const [field, date] of [['transferredOn', t.transferredOn], ['regulatorConsentOn', t.regulatorConsent?.givenOn]] as const) {
    if (date !== undefined && !isCalendarDate(date)) throw new DomainError('INVALID_DATE', `${field} must be a calendar date YYYY-MM-DD`, { field });
  }
  if (t.recipientKind === 'other-asset-locked-body' && t.recipientRegistrationNumber === null) {
    throw invalid('recipientRegistrationNumber', 'an asset-locked body not named in the articles is a CIC or a charity: give its company or charity number');
  }
  checkDatedInCompanyLife('the transfer of assets', t.transferredOn, context.recordedAt, context.incorporatedOn, 'transferredOn');
  const recipient = named ? namedRecipientOf(context.namedBodies, t.transferredOn, t.recipientRegistrationNumber) : null;
  if (t.regulatorConsent !== null && compareDates(t.regulatorConsent.givenOn, t.transferredOn) > 0) {
    throw new DomainError(
      'CONSENT_AFTER_TRANSFER',
      { text: 'the Regulator\u2019s consent is dated {givenOn}, after the transfer on {transferredOn}: consent is given before the assets are transferred', rule: 'CI-6' },
      { field: 'regulatorConsentOn', givenOn: t.regulatorConsent.givenOn, transferredOn: t.transferredOn },
    );
  }
  const withRecipient = recipient === null ? t : { ...t, recipientName: recipient.name, recipientRegistrationNumber: recipient.registrationNumber };
  return { ...withRecipient, basis: classifyAssetTransfer(withRecipient) };
}

/** The transfers of a financial year and what the CIC34 report states of them (CI-5). */
export interface AssetTransfersInYear<T> {
  readonly year: FinancialYear;
  readonly transfers: readonly T[];
  /** The value transferred below full consideration in the year, in pence: the sum over its transfers. */
  readonly totalBelowFullConsiderationPence: number;
}

/**
 * CI-5: the transfers dated within the company's financial year ending on `financialYearEnd` (its
 * accounting reference period, s.390: the first from incorporation, up to 18 months; one an AA01
 * shortened or lengthened; ended up to 7 days either side of the period's end, s.390(3)), with the
 * total value below full consideration. The year ends the company has recorded (`recordedYearEnds`,
 * `YYYY-MM-DD`: the years its dividends were declared out of) are its years' ends
 * ({@link companyFinancialYearEnding}): a year begins the day after the recorded end of the year
 * before, so a transfer is counted in one year only, as the CIC34 report counts it.
 * @throws DomainError `NOT_A_FINANCIAL_YEAR_END` (422) for a day that is not a financial year's last
 * day; `FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY` (422) for a day within 7 days of the end of a period
 * whose year the company recorded as ending on another day (details `recordedYearEnd`).
 */
export function assetTransfersInYear<T extends { readonly transfer: AssetTransferInput }>(
  recorded: readonly T[],
  periods: AccountingReferencePeriods,
  financialYearEnd: CalendarDate,
  recordedYearEnds: readonly CalendarDate[] = [],
): AssetTransfersInYear<T> {
  const year = companyFinancialYearEnding(periods, financialYearEnd, recordedYearEnds);
  const transfers = recorded.filter(({ transfer: t }) => compareDates(t.transferredOn, year.from) >= 0 && compareDates(t.transferredOn, year.to) <= 0);
  return { year, transfers, totalBelowFullConsiderationPence: transfers.reduce((sum, r) => sum + valueBelowFullConsideration(r.transfer), 0) };
}

/** The register of asset transfers as at a day (every transfer without one): those dated on or before it, in date order, then in the order recorded. */
export function assetTransfersAsAt(events: readonly AssetTransferRecorded[], asAt?: CalendarDate): AssetTransferRecorded[] {
  return events
    .map((e, i) => [e, i] as const)
    .filter(([e]) => asAt === undefined || compareDates(e.transfer.transferredOn, asAt) <= 0)
    .sort(([a, i], [b, j]) => compareDates(a.transfer.transferredOn, b.transfer.transferredOn) || i - j)
    .map(([e]) => e);
}

/**
 * The Regulator's consent from its two parts as a request gives them: null when neither is given.
 * @throws DomainError `INVALID_ASSET_TRANSFER` naming the part missing when only one is given (a blank reference counts as none).
 */
export function regulatorConsentOf(reference: string | null | undefined, givenOn: CalendarDate | null | undefined): RegulatorConsent | null {
  const ref = optionalText(reference ?? null);
  if (ref === null && (givenOn ?? null) === null) return null;
  if (ref === null) throw invalid('regulatorConsentReference', 'the Regulator\u2019s consent has a date but no reference: give its reference');
  if (givenOn === null || givenOn === undefined) throw invalid('regulatorConsentOn', 'the Regulator\u2019s consent has a reference but no date: give the date it was given');
  return { reference: ref, givenOn };
}

function invalid(field: string, problem: string, more: Record<string, unknown> = {}): DomainError {
  return new DomainError('INVALID_ASSET_TRANSFER', `${field}: ${problem}`, { field, ...more });
}

/** The recipient's number in its register's form, null when none is given; refused when it is no company or charity number. */
function registrationNumber(value: string | null): string | null {
  const text = optionalText(value);
  if (text === null) return null;
  const number = registrationNumberOf(text);
  if (number === null) throw invalid('recipientRegistrationNumber', `is not a company or charity number: give ${REGISTRATION_NUMBER_FORMS}`, { reason: 'not-a-registration-number' });
  return number;
}

function requiredText(value: string, field: string): string {
  const text = value.trim();
  if (text === '') throw invalid(field, 'must not be blank');
  return text;
}

function optionalText(value: string | null): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}
