import type { Readable } from 'node:stream';
import { fields, heading, noneRecorded, titleBlock } from './blocks';
import { formatCount, formatDate, formatFte, formatMoney, formatOptionalDate, plural } from './format';
import type { PageFlow } from './page-flow';
import { renderReport, type ReportSpec } from './pdf-document';
import { Table, type Column } from './table';
import { STYLES } from './typesetter';
import type {
  AlliancePartnerView,
  AllianceReportView,
  ComplianceFindingView,
  ServiceContractView,
  ServiceLineView,
  TupeTransferView,
} from './view-models';

/** The report's title, as printed on page 1 and in every footer. */
export const ALLIANCE_REPORT_TITLE = 'Alliance report';

const PARTNERS: readonly Column<AlliancePartnerView>[] = [
  { header: 'Partner', width: 170, cell: (p) => [{ text: p.name, style: STYLES.cellBold }] },
  { header: 'Role', width: 170, cell: (p) => p.role },
  { header: 'Joined', width: 80, cell: (p) => formatDate(p.joinedOn) },
  { header: 'Left', width: 80, cell: (p) => formatOptionalDate(p.leftOn) },
];

const SERVICE_LINES: readonly Column<ServiceLineView>[] = [
  { header: 'Service line', width: 170, cell: (s) => [{ text: s.name, style: STYLES.cellBold }] },
  { header: 'Managed by', width: 170, cell: (s) => s.managedBy },
  { header: 'From', width: 80, cell: (s) => formatDate(s.from) },
  { header: 'Until', width: 80, cell: (s) => formatOptionalDate(s.until) },
];

const CONTRACTS: readonly Column<ServiceContractView>[] = [
  { header: 'Contract', width: 150, cell: (c) => [{ text: c.title, style: STYLES.cellBold }, { text: c.reference, style: STYLES.cellMuted }] },
  {
    header: 'Commissioner',
    width: 120,
    cell: (c) => [
      { text: c.commissioner },
      ...(c.since === null ? [] : [{ text: `from ${formatDate(c.since.on)}${c.since.reason === null ? '' : `: ${c.since.reason}`}`, style: STYLES.cellMuted }]),
      ...c.earlierCommissioners.map((e) => ({ text: `${e.name}${e.from === null ? '' : ` from ${formatDate(e.from)}`} until ${formatDate(e.until)}`, style: STYLES.cellMuted })),
    ],
  },
  { header: 'Starts', width: 78, cell: (c) => formatDate(c.startsOn) },
  { header: 'Ends', width: 78, cell: (c) => formatOptionalDate(c.endsOn) },
  { header: 'Annual value', width: 73, align: 'right', cell: (c) => (c.annualValuePence === null ? '—' : formatMoney(c.annualValuePence)) },
];

const TRANSFERS: readonly Column<TupeTransferView>[] = [
  { header: 'Transfer', width: 135, cell: (t) => [{ text: t.reference, style: STYLES.cellBold }, { text: t.kind }] },
  { header: 'From and to', width: 140, cell: (t) => `${t.transferor} to ${t.transferee}` },
  { header: 'Transfer date', width: 76, cell: (t) => formatDate(t.transferOn) },
  { header: 'In scope', width: 48, align: 'right', cell: (t) => formatCount(t.inScopeHeadcount) },
  { header: 'Transferred', width: 52, align: 'right', cell: (t) => formatCount(t.transferredHeadcount) },
  { header: 'Objected', width: 48, align: 'right', cell: (t) => formatCount(t.objectorCount) },
];

interface BandRow {
  readonly transfer: string;
  readonly band: string;
  readonly headcount: number;
  readonly fte: number;
  readonly total?: boolean;
}

const BANDS: readonly Column<BandRow>[] = [
  { header: 'Transfer', width: 180, cell: (r) => r.transfer },
  { header: 'Band', width: 140, cell: (r) => (r.total ? [{ text: r.band, style: STYLES.cellBold }] : r.band) },
  { header: 'Headcount', width: 90, align: 'right', cell: (r) => bold(formatCount(r.headcount), r.total) },
  { header: 'FTE', width: 90, align: 'right', cell: (r) => bold(formatFte(r.fte), r.total) },
];

const FINDINGS: readonly Column<ComplianceFindingView>[] = [
  { header: 'Transfer', width: 95, cell: (f) => f.transferReference },
  { header: 'Check', width: 130, cell: (f) => [{ text: f.check, style: STYLES.cellBold }] },
  { header: 'Status', width: 50, cell: (f) => f.status },
  { header: 'Finding', width: 225, cell: (f) => f.detail },
];

function bold(text: string, total?: boolean) {
  return total ? [{ text, style: STYLES.cellBold }] : text;
}

/**
 * A section: its heading, kept on the page with the table's header and first row (at most half a page,
 * so a very tall first row still starts under its heading), then the table; or "none recorded".
 */
function section<R>(flow: PageFlow, title: string, columns: readonly Column<R>[], rows: readonly R[], none: string): void {
  const t = rows.length === 0 ? null : new Table(flow, columns);
  heading(flow, title, t === null ? undefined : Math.min(t.heightWithHeader(rows[0]!) + 4, (flow.bottom - flow.top) / 2));
  if (t === null) return noneRecorded(flow, none);
  for (const row of rows) t.row(row);
  t.end();
}

function bandRows(transfers: readonly TupeTransferView[]): BandRow[] {
  const rows: BandRow[] = [];
  let headcount = 0;
  let fte = 0;
  for (const t of transfers) {
    for (const b of t.fteByBand) rows.push({ transfer: t.reference, band: b.band, headcount: b.headcount, fte: b.fte });
    const sub = t.fteByBand.reduce((s, b) => ({ headcount: s.headcount + b.headcount, fte: s.fte + b.fte }), { headcount: 0, fte: 0 });
    rows.push({ transfer: t.reference, band: 'All bands', ...sub, total: true });
    headcount += sub.headcount;
    fte += sub.fte;
  }
  if (transfers.length > 1) rows.push({ transfer: 'All transfers', band: 'All bands', headcount, fte, total: true });
  return rows;
}

/**
 * The alliance as at a date as a PDF stream: partners with their roles and dates, service lines and
 * who manages them, the company's service contracts, TUPE transfers with headcounts, FTE by band,
 * objections and compliance findings. TUPE appears only as totals and findings: the view model has
 * no field for any employee's personal data, so none can be printed.
 */
export function renderAllianceReport(view: AllianceReportView): Readable {
  const spec: ReportSpec = {
    title: ALLIANCE_REPORT_TITLE,
    subject: 'Alliance partners, service lines, contracts, TUPE transfers and compliance findings.',
    basis: view,
  };
  return renderReport(spec, (flow) => {
    titleBlock(flow, ALLIANCE_REPORT_TITLE, view, [
      'Partners, service lines, service contracts and TUPE transfers. TUPE figures are totals only: no employee is named or identifiable in this report.',
    ]);
    const current = view.partners.filter((p) => p.leftOn === null || p.leftOn > view.asAt).length;
    const count = (status: ComplianceFindingView['status']) => view.findings.filter((f) => f.status === status).length;
    const bands = bandRows(view.transfers);
    const all = (key: 'inScopeHeadcount' | 'transferredHeadcount' | 'objectorCount') =>
      formatCount(view.transfers.reduce((s, t) => s + t[key], 0));
    heading(flow, 'Summary');
    fields(flow, [
      ['Alliance partners', `${formatCount(current)} current, ${formatCount(view.partners.length - current)} former`],
      ['Service lines', formatCount(view.serviceLines.length)],
      ['Service contracts', `${formatCount(view.contracts.length)}${contractsValue(view.contracts)}`],
      ['TUPE transfers', plural(view.transfers.length, 'transfer')],
      ['Employees in scope', all('inScopeHeadcount')],
      ['Employees transferred', all('transferredHeadcount')],
      ['Employees who objected', all('objectorCount')],
      ['FTE transferred', formatFte(view.transfers.reduce((s, t) => s + t.fteByBand.reduce((f, b) => f + b.fte, 0), 0))],
      ['Compliance findings', `${formatCount(count('met'))} met, ${formatCount(count('not met'))} not met, ${formatCount(count('open'))} open`],
    ]);
    section(flow, 'Alliance partners', PARTNERS, view.partners, 'alliance partners');
    section(flow, 'Service lines', SERVICE_LINES, view.serviceLines, 'service lines');
    section(flow, 'Service contracts', CONTRACTS, view.contracts, 'service contracts');
    section(flow, 'TUPE transfers', TRANSFERS, view.transfers, 'TUPE transfers');
    section(flow, 'FTE by band', BANDS, bands, 'FTE figures');
    section(flow, 'Compliance findings', FINDINGS, view.findings, 'compliance findings');
  });
}

/** ", annual value £N" when every contract's value is recorded; nothing when any is not (a partial sum would mislead). */
function contractsValue(contracts: readonly { readonly annualValuePence: number | null }[]): string {
  if (contracts.length === 0 || contracts.some((c) => c.annualValuePence === null)) return '';
  return `, annual value ${formatMoney(contracts.reduce((sum, c) => sum + (c.annualValuePence ?? 0), 0))}`;
}
