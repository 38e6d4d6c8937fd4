import type { Readable } from 'node:stream';
import { fields, heading, titleBlock } from './blocks';
import { formatCount, formatDate, formatMoney, formatOptionalDate } from './format';
import { renderReport, type ReportSpec } from './pdf-document';
import { Table, type Column } from './table';
import { isolated } from './text-shaper';
import { STYLES } from './typesetter';
import type { RegisterCorrectionView } from './correction-view';
import type { FormerParticularsView } from './former-particulars-view';
import type { CalendarDateString, RegisterEntryView, RegisterOfMembersView, ShareHeldView } from './view-models';

/** The report's title, as printed on page 1 and in every footer. */
export const REGISTER_OF_MEMBERS_TITLE = 'Register of members';

const COLUMNS: readonly Column<RegisterEntryView>[] = [
  {
    header: 'Member: name and address',
    width: 160,
    cell: (e) => [
      { text: e.name, style: STYLES.cellBold },
      ...(e.jointHolders && e.jointHolders.length > 0 ? [{ text: `Joint holders: ${jointHolderNames(isolated(e.name), e.jointHolders.map(isolated))}`, style: STYLES.cell }] : []),
      { text: e.address, style: STYLES.cell },
      ...(e.formerParticulars ?? []).map((p) => ({ text: formerParticularsLine(p, { name: isolated }), style: STYLES.cellMuted })),
      ...(e.sharesHeld ?? []).map((h) => ({ text: shareHistoryLine(h, isolated), style: STYLES.cellMuted })),
    ],
  },
  { header: 'Registered as a member', width: 77, cell: (e) => formatDate(e.registeredOn) },
  { header: 'Ceased to be a member', width: 77, cell: (e) => formatOptionalDate(e.ceasedOn) },
  { header: 'Share no.', width: 36, align: 'right', cell: shareNumbers },
  { header: 'Class', width: 46, cell: (e) => lines(e, (s) => s.shareClass) },
  { header: 'Nominal value', width: 50, align: 'right', cell: (e) => lines(e, (s) => formatMoney(s.nominalPence)) },
  { header: 'Amount paid up', width: 53, align: 'right', cell: (e) => lines(e, (s) => formatMoney(s.paidUpPence)) },
];

/**
 * RM-2 (s.113(5)): every joint holder of an entry by name, the first-named holder first and marked as
 * such: "Dr A Example (first-named holder); Dr B Example; Dr C Example". Empty for a sole holder. The
 * register's PDF, its CSV and its pages all name joint holders in these words.
 */
export function jointHolderNames(firstNamed: string, others: readonly string[] | undefined): string {
  return others && others.length > 0 ? [`${firstNamed} (first-named holder)`, ...others].join('; ') : '';
}

/**
 * RM-3 (s.113): an earlier version of an entry's particulars, as the register's PDF and CSV list it:
 * "Before 1 June 2025: Dr A Example, 2 Old Road; joint holders: Dr A Example (first-named holder); Dr B Example",
 * the day the next version took effect (the version was in force up to the day before), then the name and address, then (RM-2, s.113(5)) the joint holders
 * of that version in {@link jointHolderNames}' words (nothing for a sole holder). A version superseded the
 * day it took effect (`supersededSameDay`) reads "Superseded on 1 June 2025: …". `date` writes the day (by
 * default in words, `formatDate`), `name` each name and the address (the PDF isolates them, `isolated`, so
 * that a right-to-left name keeps its place), and `lowerCase` starts the line with a small letter (the CSV's
 * "before 2025-06-01: …").
 */
export function formerParticularsLine(
  p: FormerParticularsView,
  words: { date?: (day: CalendarDateString) => string; name?: (text: string) => string; lowerCase?: boolean } = {},
): string {
  const { date = formatDate, name = (text: string) => text } = words;
  const lead = p.supersededSameDay ? 'Superseded on' : 'Before';
  const joint = p.jointHolders && p.jointHolders.length > 0 ? `; joint holders: ${jointHolderNames(name(p.name), p.jointHolders.map(name))}` : '';
  return `${words.lowerCase ? lead.toLowerCase() : lead} ${date(p.until)}: ${name(p.name)}, ${name(p.address)}${joint}`;
}

/** One line per share in a share column; a former member's entry shows the share numbers it held, other columns a dash. */
function lines(entry: RegisterEntryView, show: (share: RegisterEntryView['shares'][number]) => string): string {
  return entry.shares.length === 0 ? '—' : entry.shares.map(show).join('\n');
}

/** The share numbers of an entry: those held on the day, or for a former member's entry those it held. */
function shareNumbers(entry: RegisterEntryView): string {
  if (entry.shares.length > 0) return entry.shares.map((s) => String(s.shareNumber)).join('\n');
  const held = [...new Set((entry.sharesHeld ?? []).map((h) => h.shareNumber))];
  return held.length === 0 ? '—' : held.map(String).join('\n');
}

/**
 * RM-1: "Share 9: acquired 1 Sep 2014 by allotment (certificate C-0009; authorised by R); transferred 30 Sep 2026 to X (authorised by S)";
 * a subscriber's share (FC-1) is "acquired 1 Sep 2014 as a subscriber on incorporation";
 * a holding with no certificate issued (SH-2) reads "(certificate not issued; …)". `name` writes the
 * members' names (the PDF isolates each, `isolated`, so that a right-to-left name keeps its place).
 */
export function shareHistoryLine(h: ShareHeldView, name: (text: string) => string = (text) => text): string {
  const by = (id: string | null) => (id ? `; authorised by ${id}` : '');
  const acquired = `acquired ${formatDate(h.acquiredOn)} ${h.acquiredFrom === null ? (h.subscriber ? 'as a subscriber on incorporation' : 'by allotment') : `from ${name(h.acquiredFrom)}`} (certificate ${h.certificateNumber ?? 'not issued'}${by(h.authorisedBy)})`;
  if (h.disposedOn === null) return `Share ${h.shareNumber}: ${acquired}`;
  const how = h.disposal === 'transfer' ? `transferred ${formatDate(h.disposedOn)} to ${h.disposedTo === null || h.disposedTo === undefined ? 'another member' : name(h.disposedTo)}` : `${DISPOSALS[h.disposal ?? ''] ?? 'cancelled'} ${formatDate(h.disposedOn)}`;
  return `Share ${h.shareNumber}: ${acquired}; ${how}${h.disposalAuthorisedBy ? ` (authorised by ${h.disposalAuthorisedBy})` : ''}`;
}

/**
 * SR-4: "Entry 52, entered 2 December 2026, voids entry 9 (allotment of share 1 to X, dated 1 September 2014): reason.
 * In its place: …" — the original stays readable beside the correcting entry.
 */
export function correctionLine(c: RegisterCorrectionView): string {
  const entry = (e: RegisterCorrectionView['original']) => (e === null ? '' : ` (${e.text}, dated ${formatDate(e.on)})`);
  const court = c.courtOrderReference ? `, by order of the court ${c.courtOrderReference}` : '';
  const instead = c.replacement === null ? 'Nothing was put in its place.' : `In its place: ${c.replacement.text}, dated ${formatDate(c.replacement.on)}.`;
  // A reason typed as a sentence keeps its own closing mark: no second full stop after it.
  const reason = c.reason.trim();
  const stop = /[.!?]$/.test(reason) ? '' : '.';
  return `Entry ${c.sequence}, entered ${formatDate(c.enteredOn)}, voids entry ${c.corrects}${entry(c.original)}${court}: ${reason}${stop} ${instead}`;
}

const DISPOSALS: Record<string, string> = { surrender: 'surrendered', 'buy-back': 'bought back', forfeiture: 'forfeited', cancellation: 'cancelled' };

interface Totals {
  current: number;
  former: number;
  shares: number;
  nominalPence: number;
  paidUpPence: number;
}

function addTo(totals: Totals, entry: RegisterEntryView): void {
  if (entry.ceasedOn === null) totals.current += 1;
  else totals.former += 1;
  for (const share of entry.shares) {
    totals.shares += 1;
    totals.nominalPence += share.nominalPence;
    totals.paidUpPence += share.paidUpPence;
  }
}

/**
 * The register of members as at a date (CA 2006 s.113; RM-1) as a PDF stream: the company's name,
 * number and registered office on page 1, every entry (name and address, date registered, date ceased,
 * each share's number, class, nominal value and amount paid up) in a table whose header repeats on
 * every page, and the totals at the end. Entries are read from `view.entries` twice, one row at a
 * time, so a register of any size renders in bounded memory; pipe the stream to the response.
 */
export function renderRegisterOfMembers(view: RegisterOfMembersView): Readable {
  const spec: ReportSpec = {
    title: REGISTER_OF_MEMBERS_TITLE,
    subject: 'Register of members kept under sections 113 to 128 of the Companies Act 2006.',
    basis: view,
  };
  return renderReport(spec, async (flow) => {
    const notes = [
      'Kept under sections 113 to 128 of the Companies Act 2006. Entries are in order of name; a member who ceased and joined again has an entry for each period of membership.',
    ];
    if (view.lastAlteration) {
      notes.push(
        `Last alteration: ${formatDate(view.lastAlteration.on)}. ${
          view.lastAlteration.pending ? 'Further alterations are pending.' : 'No alterations are pending.'
        }`,
      );
    }
    titleBlock(flow, REGISTER_OF_MEMBERS_TITLE, view, notes);
    const table = new Table(flow, COLUMNS);
    const totals: Totals = { current: 0, former: 0, shares: 0, nominalPence: 0, paidUpPence: 0 };
    for await (const entry of view.entries()) {
      table.row(entry);
      addTo(totals, entry);
      const wait = flow.pace();
      if (wait) await wait;
    }
    table.end();
    if (totals.current + totals.former === 0) flow.paragraph('The register has no entries.', STYLES.muted);
    if (view.corrections && view.corrections.length > 0) {
      heading(flow, 'Corrections of the register');
      flow.paragraph('Entries corrected (s.125, or an error in the company’s own entries put right). The entries above are the register as corrected; each entry voided is kept here, with the correcting entry.', STYLES.muted);
      for (const c of view.corrections) flow.paragraph(correctionLine(c), STYLES.body);
    }
    heading(flow, 'Totals', 80);
    fields(flow, [
      ['Current members', formatCount(totals.current)],
      ["Former members' entries", formatCount(totals.former)],
      ['Shares held by current members', formatCount(totals.shares)],
      ['Aggregate nominal value', formatMoney(totals.nominalPence)],
      ['Aggregate amount paid up', formatMoney(totals.paidUpPence)],
      ['Amount unpaid', formatMoney(totals.nominalPence - totals.paidUpPence)],
    ]);
  });
}
