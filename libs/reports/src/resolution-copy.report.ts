import type { Readable } from 'node:stream';
import { fields, heading, noneRecorded, signatureLine, titleBlock } from './blocks';
import { formatCount, formatDate, formatOptionalDate } from './format';
import { renderReport, type ReportSpec } from './pdf-document';
import { Table, type Column } from './table';
import { STYLES, type TextStyle } from './typesetter';
import type { AgreementView, ResolutionCopyView, VoteView } from './view-models';

/** The report's title, as printed on page 1 and in every footer. */
export const RESOLUTION_COPY_TITLE = 'Copy of resolution';

const TEXT: TextStyle = { ...STYLES.body, size: 10, leading: 14 };

type Numbered<T> = T & { readonly n: number };

const AGREEMENTS: readonly Column<Numbered<AgreementView>>[] = [
  { header: 'No.', width: 30, align: 'right', cell: (a) => String(a.n) },
  { header: 'Member', width: 300, cell: (a) => a.memberName },
  { header: 'Agreed on', width: 100, cell: (a) => formatDate(a.agreedOn) },
  { header: 'Votes', width: 70, align: 'right', cell: (a) => formatCount(a.votes) },
];

const VOTES: readonly Column<Numbered<VoteView>>[] = [
  { header: 'No.', width: 30, align: 'right', cell: (v) => String(v.n) },
  { header: 'Member', width: 300, cell: (v) => v.memberName },
  { header: 'Vote', width: 100, cell: (v) => v.vote },
  { header: 'Votes', width: 70, align: 'right', cell: (v) => formatCount(v.votes) },
];

const OUTCOME: Record<ResolutionCopyView['outcome']['status'], string> = {
  passed: 'Passed',
  'not passed': 'Not passed',
  lapsed: 'Lapsed',
  pending: 'Pending',
};

function particulars(view: ResolutionCopyView): [string, string][] {
  const p = view.procedure;
  const rows: [string, string][] = [
    ['Reference', view.reference],
    ['Kind', view.kind === 'special' ? 'Special resolution (s.283)' : 'Ordinary resolution (s.282)'],
  ];
  if (p.kind === 'written') {
    rows.push(
      ['Procedure', 'Written resolution (ss.288–300)'],
      ['Circulation date', formatDate(p.circulatedOn)],
      ['Lapses if not passed by', formatDate(p.lapsesOn)],
    );
  } else {
    rows.push(
      ['Procedure', `General meeting, voting on a ${p.method}`],
      ['Notice given', formatDate(p.noticeGivenOn)],
      ['Meeting held', formatDate(p.meetingOn)],
    );
  }
  rows.push(
    ['Passed on', formatOptionalDate(view.passedOn, 'Not passed')],
    ['Filing at Companies House due', formatOptionalDate(view.filingDueOn, 'No filing required')],
  );
  return rows;
}

function outcome(view: ResolutionCopyView): [string, string][] {
  const p = view.procedure;
  const { status, required, summary } = view.outcome;
  const rows: [string, string][] = [];
  if (p.kind === 'written') {
    const agreed = p.agreements.reduce((s, a) => s + a.votes, 0);
    rows.push(
      ['Eligible votes on circulation', formatCount(p.eligibleVotes)],
      ['Votes agreeing', formatCount(agreed)],
    );
  } else {
    const total = (vote: VoteView['vote']) => formatCount(p.votes.filter((v) => v.vote === vote).reduce((s, v) => s + v.votes, 0));
    rows.push(['For', total('for')], ['Against', total('against')], ['Abstentions', total('abstain')]);
  }
  rows.push(['Needed to pass', formatCount(required)], ['Outcome', summary ? `${OUTCOME[status]}. ${summary}` : OUTCOME[status]]);
  return rows;
}

/**
 * A copy of one resolution as a PDF stream: its text, kind and procedure; the circulation or notice
 * and meeting dates, the date passed, the lapse date and when filing is due; every agreement (written
 * procedure) or vote (meeting); the outcome; and a line to certify the copy.
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
    heading(flow, view.kind === 'special' ? 'Text of the special resolution' : 'Text of the ordinary resolution');
    for (const paragraph of view.text.split(/\n\s*\n/)) {
      flow.paragraph(paragraph.trim(), TEXT, { x: flow.left + 12, spaceAfter: 6 });
    }
    if (p.kind === 'written') {
      heading(flow, 'Agreements received');
      if (p.agreements.length === 0) noneRecorded(flow, 'agreements');
      const table = new Table(flow, AGREEMENTS);
      p.agreements.forEach((a, i) => table.row({ ...a, n: i + 1 }));
      table.end();
    } else {
      heading(flow, 'Votes');
      if (p.votes.length === 0) noneRecorded(flow, 'votes');
      const table = new Table(flow, VOTES);
      p.votes.forEach((v, i) => table.row({ ...v, n: i + 1 }));
      table.end();
    }
    heading(flow, 'Outcome');
    fields(flow, outcome(view));
    flow.y += 12;
    flow.ensure(100);
    flow.paragraph('Certified a true copy.', STYLES.body, { spaceAfter: 40 });
    signatureLine(flow, flow.left, flow.y, 200, 'Director / Secretary');
    signatureLine(flow, flow.left + 260, flow.y, 140, 'Date', undefined, '');
    flow.y += 40;
  });
}
