import type { Readable } from 'node:stream';
import { fields, heading, noneRecorded, titleBlock } from './blocks';
import { formatDate, formatOptionalDate } from './format';
import type { PageFlow } from './page-flow';
import { renderReport, type ReportSpec } from './pdf-document';
import { Table, type Column } from './table';
import { STYLES } from './typesetter';
import type { CalendarDateString, ReportBasis } from './view-models';

/** Titles: the statutory registers as at a day before 18 November 2025, the company's record after it (EC-1). */
export const REGISTER_OF_OFFICERS_TITLE = 'Register of directors and register of secretaries';
/** The title as at 18 November 2025 or after, when Companies House holds the only register (EC-1). */
export const RECORD_OF_OFFICERS_TITLE = 'Record of officers';

/** A change of an officer and its notification to Companies House (EC-2). */
export interface OfficerNotificationView {
  readonly change: string;
  readonly on: CalendarDateString;
  readonly formCode: string;
  readonly dueOn: CalendarDateString;
  /** The day filed, or null while not filed. */
  readonly filedOn: CalendarDateString | null;
}

/**
 * A director or secretary as printed. Only the public particulars: the month and year of birth,
 * never the day, nor the residential address (s.165) or the identity-verification personal code.
 */
export interface OfficerView {
  readonly name: string;
  readonly formerNames: string;
  readonly serviceAddress: string;
  readonly countryOfResidence: string | null;
  readonly nationality: string | null;
  readonly occupation: string | null;
  /** e.g. 'May 1970', or null when not recorded. */
  readonly monthAndYearOfBirth: string | null;
  readonly appointedOn: CalendarDateString;
  readonly resignedOn: CalendarDateString | null;
  /** s.168: the reference of the members' resolution that removed the director (e.g. 'OR-2026-01'); null for a resignation or while in office. */
  readonly removedBy: string | null;
  /** e.g. 'Verified on 3 November 2026 with Companies House', or 'Not verified'. */
  readonly verification: string;
  readonly notifications: readonly OfficerNotificationView[];
}

/** What the officers report prints (EC-1, EC-2): the directors and secretaries as at a day, and their changes with the notifications due and made. */
export interface OfficersReportView extends ReportBasis {
  /** True as at a day before 18 November 2025: the company's statutory registers (ss.162, 275). */
  readonly statutory: boolean;
  readonly directors: readonly OfficerView[];
  readonly secretaries: readonly OfficerView[];
}

const NOTIFICATIONS: readonly Column<OfficerNotificationView & { readonly officer: string }>[] = [
  { header: 'Officer', width: 140, cell: (n) => [{ text: n.officer, style: STYLES.cellBold }] },
  { header: 'Change', width: 110, cell: (n) => `${n.change}, ${formatDate(n.on)}` },
  { header: 'Form', width: 50, cell: (n) => n.formCode },
  { header: 'Due', width: 95, cell: (n) => formatDate(n.dueOn) },
  { header: 'Filed', width: 105, cell: (n) => formatOptionalDate(n.filedOn, 'not filed') },
];

/**
 * The officers as at a date as a PDF stream. Before 18 November 2025 it is the register of directors
 * and the register of secretaries the company kept then (EC-1: still its records for those years);
 * from that day it is the company's record of its officers and of what was notified to Companies
 * House, which holds the only register, and says so.
 */
export function renderOfficersReport(view: OfficersReportView): Readable {
  const title = view.statutory ? REGISTER_OF_OFFICERS_TITLE : RECORD_OF_OFFICERS_TITLE;
  const spec: ReportSpec = { title, subject: 'Directors and secretaries with their particulars (s.163, s.277), and notifications to Companies House.', basis: view };
  return renderReport(spec, (flow) => {
    titleBlock(flow, title, view, [
      view.statutory
        ? 'The registers kept by the company under CA 2006 ss.162 and 275 as they stood on this day. Dates of birth show the month and year; residential addresses (s.165) are protected and not printed.'
        : "The company's record of its officers and what was notified to Companies House. This is not a statutory register: since 18 November 2025 the register of directors and of secretaries is kept by Companies House alone.",
    ]);
    section(flow, 'Directors', view.directors, 'directors', !view.statutory);
    section(flow, 'Secretaries', view.secretaries, 'secretaries', false);
    if (!view.statutory) {
      heading(flow, 'Notifications to Companies House');
      const rows = [...view.directors, ...view.secretaries].flatMap((o) => o.notifications.map((n) => ({ ...n, officer: o.name })));
      if (rows.length === 0) noneRecorded(flow, 'notifications');
      else {
        const t = new Table(flow, NOTIFICATIONS);
        for (const row of rows) t.row(row);
        t.end();
      }
    }
  });
}

/** Points an officer's entry needs on a page to begin there: the name and the first lines of particulars. */
const OFFICER_START = 60;
/** What a heading takes below its own line (`heading`'s space after it). */
const HEADING_SPACE_AFTER = 4;

/** `verification`: print identity verification (EC-3: directors, from 18 November 2025). */
function section(flow: PageFlow, title: string, officers: readonly OfficerView[], none: string, verification: boolean): void {
  // The heading goes to the next page with its first officer, never left alone at the foot of one.
  heading(flow, title, officers.length === 0 ? undefined : OFFICER_START + HEADING_SPACE_AFTER);
  if (officers.length === 0) return noneRecorded(flow, none);
  for (const o of officers) {
    flow.ensure(OFFICER_START);
    flow.paragraph(o.name, STYLES.bodyBold, { spaceAfter: 2, tag: 'P' });
    const pairs: [string, string][] = [
      ['Former names', o.formerNames || 'None'],
      ['Service address', o.serviceAddress],
    ];
    if (o.countryOfResidence !== null) pairs.push(['Country of residence', o.countryOfResidence]);
    if (o.nationality !== null) pairs.push(['Nationality', o.nationality]);
    if (o.occupation !== null) pairs.push(['Business occupation', o.occupation]);
    pairs.push(['Month and year of birth', o.monthAndYearOfBirth ?? 'Not recorded']);
    pairs.push(['Appointed', formatDate(o.appointedOn)], ['Ceased', ceased(o)]);
    if (verification) pairs.push(['Identity verification', o.verification]);
    fields(flow, pairs);
    flow.y += 6;
  }
}

/** The day the office ended, and how when the members removed the director: "20 March 2026, removed by the members' resolution OR-2026-01 (s.168)". */
function ceased(o: OfficerView): string {
  const on = formatOptionalDate(o.resignedOn, 'In office');
  return o.resignedOn !== null && o.removedBy !== null ? `${on}, removed by the members' resolution ${o.removedBy} (s.168)` : on;
}
