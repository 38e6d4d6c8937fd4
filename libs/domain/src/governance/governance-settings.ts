import { isCalendarDate, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';

/**
 * What a share event needs before it may be entered on the register: a passed board resolution, a
 * passed members' ordinary or special resolution, or nothing. A special resolution also does where
 * an ordinary one is needed; a members' resolution never stands in for the board's.
 */
export type ShareEventAuthority = 'board' | 'members-ordinary' | 'members-special' | 'none';

/** The three kinds of share event the register records. */
export type ShareAction = 'allotment' | 'transfer' | 'cancellation';

/**
 * The share changes the statute treats specially (SR-1, SR-2): an off-market buy-back (s.694) and a
 * cancellation that reduces capital (s.641), a surrender among them (SR-1: `reduction`). A forfeiture
 * follows the articles' {@link ForfeitureProvision}.
 */
export type CapitalAction = 'buy-back' | 'reduction';

/**
 * SR-1: the articles' provision for forfeiting a share whose holder has not paid a call on it (a
 * forfeiture is not a reduction of capital). Table A 1985 regs 18–22, for example: a notice requiring
 * payment on a day at least 14 clear days after it, then forfeiture by the directors' resolution
 * (`{authority: 'board', noticeClearDays: 14}`). The model articles for private companies limited by
 * shares (fully paid shares only) have none.
 */
export interface ForfeitureProvision {
  /** The resolution a forfeiture needs. */
  readonly authority: ShareEventAuthority;
  /** Clear days, leaving out the day of the notice and of the forfeiture, between the notice requiring payment and the forfeiture; 0: no notice. */
  readonly noticeClearDays: number;
}

/** A day of the year (month 1–12); a day past the end of a month means its last day (29 February → 28 in other years). */
export interface AccountingReferenceDate {
  readonly month: number;
  readonly day: number;
}

/**
 * The settings of the company's articles that the rules on directors, resolutions, meetings and
 * filings read. The company's own articles were not available; the defaults are the Companies Act's
 * (and the model articles') and each can be overridden.
 */
export interface GovernanceSettings {
  /** Directors present for a quorum at a board meeting (model articles: 2). */
  readonly boardQuorum: number;
  /** MA-2: on an equality of votes at a board meeting the chair has a casting vote (model articles art. 13). */
  readonly chairCastingVote: boolean;
  /** MA-2: a director interested in the matter is not counted in the quorum or the vote (model articles art. 14). */
  readonly excludeInterestedDirectors: boolean;
  /** Members present, in person, by proxy or by representative, for a quorum at a general meeting (s.318: 2). */
  readonly membersQuorum: number;
  /** Days, beginning with the circulation date, in which members may agree to a written resolution (s.297: 28). */
  readonly writtenResolutionLapseDays: number;
  /** Clear days of notice of a general meeting (s.307: at least 14; the articles may set more). */
  readonly noticeClearDays: number;
  /** Percentage of nominal value that members agreeing to short notice must hold (s.307(6): 90, up to 95). */
  readonly shortNoticePercent: number;
  /** Which resolution each kind of share event needs. */
  readonly shareEventAuthority: { readonly [A in ShareAction]: ShareEventAuthority };
  /**
   * SR-1, SR-2: which resolution a buy-back and a reduction of capital need. Statute: a members'
   * ordinary resolution approving the buy-back contract (s.694, since 2013; the articles may require a
   * special one), a special resolution for a reduction (s.641(1)(a)).
   */
  readonly capitalAuthority: { readonly [A in CapitalAction]: ShareEventAuthority };
  /** SR-1: whether the articles provide for forfeiture of shares, and on what terms; null (the model articles): they do not. */
  readonly forfeiture: ForfeitureProvision | null;
  /** The accounting reference date; null: the last day of the month of the anniversary of incorporation (s.391(4)). */
  readonly accountingReferenceDate: AccountingReferenceDate | null;
  /** End of the first accounting reference period, when it is not the one s.391(5) gives (say, after a s.392 change). */
  readonly firstAccountsPeriodEndsOn: CalendarDate | null;
}

/** The Act's and the model articles' settings: quorums of 2, 28 days, 14 clear days, 90%, board approval of share events, no forfeiture. */
export const DEFAULT_GOVERNANCE_SETTINGS: GovernanceSettings = Object.freeze({
  boardQuorum: 2,
  chairCastingVote: true,
  excludeInterestedDirectors: true,
  membersQuorum: 2,
  writtenResolutionLapseDays: 28,
  noticeClearDays: 14,
  shortNoticePercent: 90,
  shareEventAuthority: Object.freeze({ allotment: 'board', transfer: 'board', cancellation: 'board' }),
  capitalAuthority: Object.freeze({ 'buy-back': 'members-ordinary', reduction: 'members-special' }),
  forfeiture: null,
  accountingReferenceDate: null,
  firstAccountsPeriodEndsOn: null,
});

/** Settings to change from the defaults; share events not named keep their default. */
export type GovernanceSettingsOverrides = Partial<Omit<GovernanceSettings, 'shareEventAuthority' | 'capitalAuthority'>> & {
  readonly shareEventAuthority?: Partial<GovernanceSettings['shareEventAuthority']>;
  readonly capitalAuthority?: Partial<GovernanceSettings['capitalAuthority']>;
};

const AUTHORITIES: readonly ShareEventAuthority[] = ['board', 'members-ordinary', 'members-special', 'none'];

/**
 * The defaults with `overrides` applied, checked against the Act; throws `INVALID_GOVERNANCE_SETTINGS`
 * naming the setting when a number is not a whole number in range, notice is shorter than 14 clear
 * days, or the short-notice percentage is outside 90–95.
 */
export function governanceSettings(overrides: GovernanceSettingsOverrides = {}): GovernanceSettings {
  const settings: GovernanceSettings = {
    ...DEFAULT_GOVERNANCE_SETTINGS,
    ...defined(overrides),
    shareEventAuthority: { ...DEFAULT_GOVERNANCE_SETTINGS.shareEventAuthority, ...defined(overrides.shareEventAuthority ?? {}) },
    capitalAuthority: { ...DEFAULT_GOVERNANCE_SETTINGS.capitalAuthority, ...defined(overrides.capitalAuthority ?? {}) },
  };
  wholeNumber('boardQuorum', settings.boardQuorum, 1);
  for (const name of ['chairCastingVote', 'excludeInterestedDirectors'] as const) {
    if (typeof settings[name] !== 'boolean') invalid(name, 'true or false');
  }
  wholeNumber('membersQuorum', settings.membersQuorum, 1);
  wholeNumber('writtenResolutionLapseDays', settings.writtenResolutionLapseDays, 1);
  wholeNumber('noticeClearDays', settings.noticeClearDays, 14, 's.307(1): at least 14 clear days');
  wholeNumber('shortNoticePercent', settings.shortNoticePercent, 90, 's.307(6): 90 to 95', 95);
  for (const [action, authority] of Object.entries(settings.shareEventAuthority)) {
    if (!AUTHORITIES.includes(authority)) invalid(`shareEventAuthority.${action}`, `one of ${AUTHORITIES.join(', ')}`);
  }
  for (const [action, authority] of Object.entries(settings.capitalAuthority)) {
    if (!AUTHORITIES.includes(authority)) invalid(`capitalAuthority.${action}`, `one of ${AUTHORITIES.join(', ')}`);
  }
  const forfeiture = settings.forfeiture;
  if (forfeiture !== null) {
    if (typeof forfeiture !== 'object' || !AUTHORITIES.includes(forfeiture.authority)) invalid('forfeiture.authority', `one of ${AUTHORITIES.join(', ')}`);
    wholeNumber('forfeiture.noticeClearDays', forfeiture.noticeClearDays, 0);
  }
  const ard = settings.accountingReferenceDate;
  if (ard !== null) {
    wholeNumber('accountingReferenceDate.month', ard.month, 1, '1 to 12', 12);
    wholeNumber('accountingReferenceDate.day', ard.day, 1, '1 to 31', 31);
  }
  const firstEnd = settings.firstAccountsPeriodEndsOn;
  if (firstEnd !== null && !isCalendarDate(firstEnd)) invalid('firstAccountsPeriodEndsOn', 'a calendar date');
  if (firstEnd !== null && ard !== null && !fallsOn(firstEnd, ard)) {
    invalid('firstAccountsPeriodEndsOn', `a date on the accounting reference date ${ard.day}/${ard.month}`);
  }
  return settings;
}

/** The date in `year` on which `ard` falls: its day, or the month's last day when the month is shorter. */
export function accountingReferenceDateIn(ard: AccountingReferenceDate, year: number): CalendarDate {
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year, ard.month, 0);
  const day = Math.min(ard.day, lastDay.getUTCDate());
  return `${String(year).padStart(4, '0')}-${pad(ard.month)}-${pad(day)}` as CalendarDate;
}

function fallsOn(date: CalendarDate, ard: AccountingReferenceDate): boolean {
  return accountingReferenceDateIn(ard, Number(date.slice(0, 4))) === date;
}

/** `values` without the keys set to undefined, so that an absent override keeps its default. */
function defined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function wholeNumber(name: string, value: number, min: number, range = `at least ${min}`, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) invalid(name, `a whole number, ${range}`);
}

function invalid(name: string, expected: string): never {
  throw new DomainError('INVALID_GOVERNANCE_SETTINGS', `the articles' setting ${name} must be ${expected}`, { setting: name });
}
