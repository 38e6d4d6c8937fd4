import type { CalendarDate } from '../calendar/calendar-date';

/** Who the articles allow to hold a share. */
export type MemberEligibility =
  /** Only a GP practice (entered through its partners or its company) may be a member. */
  | 'practice'
  /** Any person may be a member. */
  | 'any';

/** The settings of the company's articles of association that the register rules read. */
export interface ArticlesSettings {
  /** The one class of share the company has issued, e.g. `ordinary`. */
  readonly shareClass: string;
  /** Nominal value of one share, in pence. */
  readonly nominalValuePence: number;
  /** When true, a current member holds exactly one share. */
  readonly oneSharePerMember: boolean;
  readonly memberEligibility: MemberEligibility;
}

/** A community interest company limited by shares. */
export interface Company {
  readonly id: string;
  readonly name: string;
  /** Companies House number, once known. */
  readonly companyNumber: string | null;
  readonly incorporatedOn: CalendarDate;
  readonly registeredOffice: string;
  readonly articles: ArticlesSettings;
}

/** A GP practice: the body that, in a practice-owned CIC, is entered on the register as a member. */
export interface Practice {
  readonly id: string;
  /** ODS-style organisation code, e.g. `F84003`. */
  readonly odsCode: string;
  readonly name: string;
  readonly address: string;
  /** The network the practice belongs to, if any. */
  readonly networkName: string | null;
}
