import type { Readable } from 'node:stream';
import { authorityRows, contractDisclosureRow, matterRow, specialNoticeRow, UNVERIFIED_DIRECTOR_HEADING } from './authority-lines';
import { fields, heading, noneRecorded, signatureLine, titleBlock, warning } from './blocks';
import { formatCount, formatDate } from './format';
import type { MinutesAttendeeView, MinutesView } from './minutes-view';
import { renderReport, type ReportSpec } from './pdf-document';
import { noticeSentInWords, quorateExceptWords, votesCell, votingWords } from './resolution-words';
import { Table, type Column } from './table';
import { STYLES, type TextStyle } from './typesetter';
import type { VoteView } from './view-models';

/** The report's title, as printed on page 1 and in every footer. */
export const MINUTES_TITLE = 'Minutes of meeting';

const TEXT: TextStyle = { ...STYLES.body, size: 10, leading: 14 };

type Numbered<T> = T & { readonly n: number };

const ATTENDANCE: readonly Column<Numbered<MinutesAttendeeView>>[] = [
  { header: 'No.', width: 30, align: 'right', cell: (a) => String(a.n) },
  { header: 'Name', width: 240, cell: (a) => a.name },
  { header: 'Present', width: 230, cell: (a) => a.capacity },
];

function voteColumns(board: boolean): readonly Column<Numbered<VoteView>>[] {
  return [
    { header: 'No.', width: 30, align: 'right', cell: (v) => String(v.n) },
    { header: board ? 'Director' : 'Member', width: 220, cell: (v) => v.name },
    { header: 'Vote', width: 60, cell: (v) => v.vote },
    { header: 'Note', width: 140, cell: (v) => v.note ?? '' },
    { header: 'Votes', width: 50, align: 'right', cell: (v) => votesCell(v) },
  ];
}

function particulars(view: MinutesView): [string, string][] {
  const rows: [string, string][] = [['Reference', view.reference], ['Meeting', view.meetingTitle]];
  if (view.noticeGivenOn !== null) {
    rows.push(['Notice given', `${formatDate(view.noticeGivenOn)}${noticeSentInWords(view.noticeSent)}, to the ${formatCount(view.noticeTo)} members on the register ${view.noticeSent ? 'when it was sent' : 'that day'}`]);
    if (view.shortNotice) rows.push(['Short notice', view.shortNotice]);
  }
  rows.push(['Held on', formatDate(view.heldOn)]);
  for (const s of view.sittings) if (s.adjournedTo !== null) rows.push(['Adjourned', `from ${formatDate(s.on)} to ${formatDate(s.adjournedTo)}`]);
  rows.push(['Chair', view.chair ?? 'Not recorded']);
  return rows;
}

/**
 * The minutes of a meeting as a PDF stream: the meeting and its notice; for each sitting, who was
 * present and in what capacity, the quorum and whether it was met, and any adjournment; each item
 * with its text, the share changes it authorises (with a buy-back's selling member, whose votes were
 * not counted, s.695), a warning for each director who took part while unverified (EC-3), its votes and
 * outcome; and the chair's signature line.
 */
export function renderMinutes(view: MinutesView): Readable {
  const spec: ReportSpec = { title: MINUTES_TITLE, subject: `Minutes of ${view.meetingTitle.toLowerCase()} ${view.reference}.`, basis: view };
  return renderReport(spec, (flow) => {
    titleBlock(flow, MINUTES_TITLE, view, [`${view.reference}: ${view.meetingTitle} held on ${formatDate(view.heldOn)}`]);
    heading(flow, 'Particulars');
    fields(flow, particulars(view));
    for (const sitting of view.sittings) {
      heading(flow, `Present on ${formatDate(sitting.on)}`);
      if (sitting.attendance.length === 0) noneRecorded(flow, 'attendance');
      const table = new Table(flow, ATTENDANCE);
      sitting.attendance.forEach((a, i) => table.row({ ...a, n: i + 1 }));
      table.end();
      flow.y += 6;
      const who = view.board ? (sitting.present === 1 ? 'director' : 'directors') : sitting.present === 1 ? 'qualifying person' : 'qualifying persons';
      const quorum = `${formatCount(sitting.present)} ${who} present; the quorum is ${formatCount(sitting.quorum)}: ${sitting.quorate ? quorateExceptWords(sitting.notQuorateFor) : 'not quorate'}`;
      fields(flow, [['Quorum', quorum], ...(sitting.adjournedTo !== null ? [['Adjourned to', formatDate(sitting.adjournedTo)] as [string, string]] : [])]);
    }
    heading(flow, 'Business');
    if (view.items.length === 0) noneRecorded(flow, 'items');
    for (const item of view.items) {
      heading(flow, `${item.number}. ${item.reference}: ${item.kind}`, 60);
      for (const paragraph of item.text.split(/\n\s*\n/)) flow.paragraph(paragraph.trim(), TEXT, { x: flow.left + 12, spaceAfter: 6 });
      const authority = authorityRows(item.authorises, 'meeting');
      if (item.contractDisclosedOn !== undefined) authority.push(contractDisclosureRow(item.contractDisclosedOn, 'meeting'));
      if (item.specialNoticeReceivedOn !== undefined) authority.unshift(specialNoticeRow(item.specialNoticeReceivedOn));
      if (item.matter !== undefined) authority.unshift(matterRow(item.matter));
      if (authority.length > 0) {
        fields(flow, authority);
        flow.y += 4;
      }
      for (const message of item.unverifiedDirectors) warning(flow, UNVERIFIED_DIRECTOR_HEADING, message);
      if (item.votes.length > 0) {
        const table = new Table(flow, voteColumns(view.board));
        item.votes.forEach((v, i) => table.row({ ...v, n: i + 1 }));
        table.end();
        flow.y += 6;
      }
      // An item not yet decided has no day, count or threshold to give: only where it stands.
      if (item.decidedOn === null) fields(flow, [['Outcome', item.outcome]]);
      else if (item.castingVote === true) {
        // MA-2: an equality decided by the chair; the number needed to pass, which the votes for fell short of, would read as a contradiction.
        const abstained = item.abstaining > 0 ? `; ${formatCount(item.abstaining)} abstained` : '';
        fields(flow, [
          ['Decided on', `${formatDate(item.decidedOn)}, ${votingWords(item.method)}`],
          ['Votes', `Votes were equal: ${formatCount(item.inFavour)} for, ${formatCount(item.against)} against${abstained}`],
          ['Outcome', item.outcome],
        ]);
      } else {
        fields(flow, [
          ['Decided on', `${formatDate(item.decidedOn)}, ${votingWords(item.method)}`],
          ['For / against / abstaining', `${formatCount(item.inFavour)} / ${formatCount(item.against)} / ${formatCount(item.abstaining)}`],
          ['Needed to pass', item.needed === null ? 'No valid vote' : formatCount(item.needed)],
          ['Outcome', item.outcome],
        ]);
      }
    }
    flow.y += 16;
    flow.ensure(100);
    flow.paragraph('Signed as a correct record.', STYLES.body, { spaceAfter: 40 });
    signatureLine(flow, flow.left, flow.y, 220, 'Chair', view.chair ?? undefined);
    signatureLine(flow, flow.left + 260, flow.y, 140, 'Date', undefined, '');
    flow.y += 40;
  });
}
