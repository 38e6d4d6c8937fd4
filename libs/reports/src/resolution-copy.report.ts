import type { Readable } from 'node:stream';
import { authorityRows, contractDisclosureRow, matterRow, specialNoticeRow, UNVERIFIED_DIRECTOR_HEADING } from './authority-lines';
import { fields, heading, noneRecorded, signatureLine, titleBlock, warning } from './blocks';
import { formatCount, formatDate, formatOptionalDate } from './format';
import { renderReport, type ReportSpec } from './pdf-document';
import { noticeSentInWords, votesCell, votingWords } from './resolution-words';
import { Table, type Column } from './table';
import { STYLES, type TextStyle } from './typesetter';
import type { AgreementView, ResolutionCopyView, VoteView } from './view-models';

/** The report's title, as printed on page 1 and in every footer. */
export const RESOLUTION_COPY_TITLE = 'Copy of resolution';

const TEXT: TextStyle = { ...STYLES.body, size: 10, leading: 14 };

type Numbered<T> = T & { readonly n: number };

/** Who is in the name column: the members, or the directors. */
const whom = (view: ResolutionCopyView) => (view.decidedBy === 'directors' ? 'Director' : 'Member');

function agreementColumns(view: ResolutionCopyView): readonly Column<Numbered<AgreementView>>[] {
  return [
    { header: 'No.', width: 30, align: 'right', cell: (a) => String(a.n) },
    { header: whom(view), width: 300, cell: (a) => a.name },
    { header: 'Agreed on', width: 100, cell: (a) => formatDate(a.agreedOn) },
    { header: 'Votes', width: 70, align: 'right', cell: (a) => formatCount(a.votes) },
  ];
}

function voteColumns(view: ResolutionCopyView): readonly Column<Numbered<VoteView>>[] {
  return [
    { header: 'No.', width: 30, align: 'right', cell: (v) => String(v.n) },
    { header: whom(view), width: 220, cell: (v) => v.name },
    { header: 'Vote', width: 60, cell: (v) => v.vote },
    { header: 'Note', width: 140, cell: (v) => v.note ?? '' },
    { header: 'Votes', width: 50, align: 'right', cell: (v) => votesCell(v) },
  ];
}

const OUTCOME: Record<ResolutionCopyView['outcome']['status'], string> = {
  passed: 'Passed',
  'not passed': 'Not passed',
  lapsed: 'Lapsed',
  pending: 'Pending',
};

/** What the resolution is: the members' ordinary or special resolution, or a decision of the directors. */
export function resolutionKindLabel(view: Pick<ResolutionCopyView, 'decidedBy' | 'kind' | 'procedure'>): string {
  if (view.decidedBy === 'directors') {
    return view.procedure.kind === 'written'
      ? 'Decision of the directors, all agreeing in writing (model articles art. 8)'
      : 'Decision of the directors at a board meeting (model articles art. 7)';
  }
  return view.kind === 'special' ? 'Special resolution of the members (s.283)' : 'Ordinary resolution of the members (s.282)';
}

function particulars(view: ResolutionCopyView): [string, string][] {
  const p = view.procedure;
  const rows: [string, string][] = [
    ['Reference', view.reference],
    ['Kind', resolutionKindLabel(view)],
    ...(view.matter === undefined ? [] : [matterRow(view.matter)]),
  ];
  if (p.kind === 'written') {
    rows.push(['Procedure', view.decidedBy === 'directors' ? 'In writing' : 'Written resolution (ss.288–300)'], ['Circulation date', formatDate(p.circulatedOn)]);
    if (p.lapsesOn !== null) rows.push(['Lapses if not passed by', formatDate(p.lapsesOn)]);
  } else {
    rows.push(['Procedure', `${p.meeting}, ${p.method === 'directors' ? votingWords(p.method) : `voting ${votingWords(p.method)}`}`]);
    if (p.noticeGivenOn !== null) rows.push(['Notice given', `${formatDate(p.noticeGivenOn)}${noticeSentInWords(p.noticeSent)}`]);
    if (p.shortNotice) rows.push(['Short notice', p.shortNotice]);
    for (const day of p.adjournedFrom) rows.push(['Meeting held and adjourned', formatDate(day)]);
    // As at a day before the meeting sits, it is still to be held (calendar dates compare as text).
    const held = view.asAt >= p.meetingOn ? 'held' : 'to be held';
    rows.push([p.adjournedFrom.length > 0 ? `Adjourned meeting ${held}` : `Meeting ${held}`, formatDate(p.meetingOn)]);
    rows.push(['Chair', p.chair ?? 'Not recorded']);
    if (view.specialNoticeReceivedOn !== undefined) rows.push(specialNoticeRow(view.specialNoticeReceivedOn));
  }
  rows.push(standing(view));
  if (view.decidedBy === 'members') rows.push(['Filing at Companies House due', formatOptionalDate(view.filingDueOn, 'No filing required')]);
  rows.push(...authorityRows(view.authorises, p.kind));
  if (view.contractDisclosedOn !== undefined) rows.push(contractDisclosureRow(view.contractDisclosedOn, p.kind));
  return rows;
}

/**
 * Where the resolution stands as at the copy's date: the day it passed; a written resolution still
 * open, until its lapse date (s.297) or, the directors', until every director agrees; one that lapsed,
 * on its lapse date; a meeting's not yet held, or not passed.
 */
function standing(view: ResolutionCopyView): [string, string] {
  const p = view.procedure;
  const status = view.outcome.status;
  if (view.passedOn !== null) return ['Passed on', formatDate(view.passedOn)];
  if (p.kind === 'written' && status === 'lapsed' && p.lapsesOn !== null) return ['Lapsed on', `${formatDate(p.lapsesOn)}, not passed by the end of that day (s.297)`];
  if (p.kind === 'written' && status === 'pending') {
    return ['Status', p.lapsesOn !== null ? `Open for agreement until ${formatDate(p.lapsesOn)}` : 'Open for agreement: passes when every director has agreed'];
  }
  if (p.kind === 'meeting' && status === 'pending') return ['Status', `Not yet decided: to be put to the meeting on ${formatDate(p.meetingOn)}`];
  return ['Passed on', 'Not passed'];
}

function outcome(view: ResolutionCopyView): [string, string][] {
  const p = view.procedure;
  const { status, required, castingVote, summary } = view.outcome;
  const rows: [string, string][] = [];
  if (p.kind === 'written') {
    const agreed = p.agreements.reduce((s, a) => s + a.votes, 0);
    rows.push(
      [view.decidedBy === 'directors' ? 'Directors on the board at circulation' : 'Eligible votes on circulation', formatCount(p.eligibleVotes)],
      [view.decidedBy === 'directors' ? 'Directors agreeing' : 'Votes agreeing', formatCount(agreed)],
    );
  } else {
    const counted = p.votes.filter((v) => !v.note?.includes('not counted'));
    const sum = (vote: VoteView['vote']) => counted.filter((v) => v.vote === vote).reduce((s, v) => s + v.votes, 0);
    const totals = p.counted ?? { inFavour: sum('for'), against: sum('against'), abstaining: sum('abstain') };
    rows.push(['For', formatCount(totals.inFavour)], ['Against', formatCount(totals.against)], ['Abstentions', formatCount(totals.abstaining)]);
  }
  // MA-2: an equality decided by the chair; the number needed, which the votes for fell short of, would read as a contradiction.
  if (castingVote === true) rows.push(['Votes were equal', 'Decided by the chair’s casting vote (model articles art. 13)']);
  else rows.push(['Needed to pass', required !== null ? formatCount(required) : status === 'pending' ? 'Not yet voted on' : 'No valid vote']);
  rows.push(['Outcome', summary ? `${OUTCOME[status]}. ${summary}` : OUTCOME[status]]);
  return rows;
}

/**
 * A copy of one resolution as a PDF stream: whose resolution it is (the members' ordinary or special,
 * or the directors'), its text and procedure; the circulation date, or the meeting (its reference,
 * notice for a general meeting, the day held and any adjournment, the chair), the date passed, the
 * lapse date and when filing is due, only where they apply; the share changes it authorises, with a
 * buy-back's selling member left out of it (s.695); a warning for each director who took part while
 * unverified (EC-3); every agreement (written procedure) or vote (meeting) under "Member" or
 * "Director"; the outcome; and a line to certify the copy.
 */
export function renderResolutionCopy(view: ResolutionCopyView): Readable {
  const spec: ReportSpec = {
    title: RESOLUTION_COPY_TITLE,
    subject: `Copy of resolution ${view.reference}: ${view.title}.`,
    basis: view,
  };
  const p = view.procedure;
  return renderReport(spec, (flow) => {
    titleBlock(flow, RESOLUTION_COPY_TITLE, view, [`${view.reference}: ${view.title}`]);
    heading(flow, 'Particulars');
    fields(flow, particulars(view));
    for (const message of view.unverifiedDirectors) warning(flow, UNVERIFIED_DIRECTOR_HEADING, message);
    heading(flow, view.decidedBy === 'directors' ? 'Text of the resolution' : view.kind === 'special' ? 'Text of the special resolution' : 'Text of the ordinary resolution');
    for (const paragraph of view.text.split(/\n\s*\n/)) {
      flow.paragraph(paragraph.trim(), TEXT, { x: flow.left + 12, spaceAfter: 6 });
    }
    if (p.kind === 'written') {
      heading(flow, 'Agreements received');
      if (p.agreements.length === 0) noneRecorded(flow, 'agreements');
      const table = new Table(flow, agreementColumns(view));
      p.agreements.forEach((a, i) => table.row({ ...a, n: i + 1 }));
      table.end();
      flow.y += 6;
    } else {
      heading(flow, 'Votes');
      if (p.votes.length === 0) noneRecorded(flow, 'votes');
      const table = new Table(flow, voteColumns(view));
      p.votes.forEach((v, i) => table.row({ ...v, n: i + 1 }));
      table.end();
      flow.y += 6;
    }
    heading(flow, 'Outcome');
    fields(flow, outcome(view));
    flow.y += 12;
    flow.ensure(100);
    flow.paragraph(certification(view), STYLES.body, { spaceAfter: 40 });
    signatureLine(flow, flow.left, flow.y, 200, 'Director / Secretary');
    signatureLine(flow, flow.left + 260, flow.y, 140, 'Date', undefined, '');
    flow.y += 40;
  });
}

/**
 * What the signatory certifies: a copy of a resolution passed (s.30: the copy of a resolution sent to the
 * registrar), or, for one not passed (pending, lapsed or failed), a copy of its record as at the copy's day,
 * which says it had not passed, so that the copy of a resolution still open is not taken for one passed.
 */
function certification(view: Pick<ResolutionCopyView, 'asAt' | 'outcome'>): string {
  const status = view.outcome.status;
  if (status === 'passed') return 'Certified a true copy.';
  const stood = status === 'pending' ? 'it was still open and had not passed' : status === 'lapsed' ? 'it had lapsed without passing' : 'it had not passed';
  return `Certified a true copy of the record of this resolution as at ${formatDate(view.asAt)}, when ${stood}.`;
}
