import { renderResolutionCopy, type ResolutionCopyView } from '#reports';
import { bytesOf, flat, pageTexts } from '../test/read-pdf';

const members = Array.from({ length: 37 }, (_, i) => `Practice ${String(i + 1).padStart(2, '0')}`);

const written: ResolutionCopyView = {
  company: { name: 'Tower Hamlets GP Care Group CIC', number: '09876543', registeredOffice: 'Unit 4, 1 Example Yard, London E1 1AA' },
  asAt: '2025-07-18',
  documentDate: '2025-07-18T12:00:00Z',
  ledgerHead: { sequence: 900, hash: 'e5'.repeat(32) },
  reference: 'SR-2025-03',
  title: 'Adoption of new articles of association',
  decidedBy: 'members',
  kind: 'special',
  text: 'THAT the draft articles of association be adopted.\n\nTHAT the directors file them within 15 days.',
  procedure: {
    kind: 'written',
    circulatedOn: '2025-06-30',
    lapsesOn: '2025-07-28',
    eligibleVotes: 37,
    agreements: members.slice(0, 28).map((name, i) => ({ name, agreedOn: `2025-07-${String(i + 1).padStart(2, '0')}`, votes: 1 })),
  },
  passedOn: '2025-07-28',
  filingDueOn: '2025-08-12',
  outcome: { status: 'passed', required: 28 },
  authorises: [],
  unverifiedDirectors: [],
};

const meeting: ResolutionCopyView = {
  ...written,
  reference: 'OR-2025-01',
  kind: 'ordinary',
  procedure: {
    kind: 'meeting',
    meeting: 'General meeting GM-2025-01',
    noticeGivenOn: '2025-05-01',
    meetingOn: '2025-05-19',
    adjournedFrom: [],
    chair: 'Demo Chair',
    method: 'poll',
    votes: members.map((name, i) => ({ name, vote: i < 20 ? 'for' : i < 30 ? 'against' : 'abstain', votes: 1, ...(i === 1 ? { note: 'by proxy: Ms Proxy' } : {}) })),
  },
  passedOn: '2025-05-19',
  filingDueOn: null,
  outcome: { status: 'passed', required: 16, summary: 'More than half of the votes cast were in favour.' },
};

describe('copy of a written resolution', () => {
  let text: string;
  let pages: string[];

  beforeAll(async () => {
    pages = await pageTexts(await bytesOf(renderResolutionCopy(written)));
    text = flat(pages.join('\n'));
  });

  it('gives the text, kind, procedure and every date', () => {
    expect(text).toContain('SR-2025-03: Adoption of new articles of association');
    expect(text).toContain('Kind Special resolution of the members (s.283)');
    expect(text).toContain('Procedure Written resolution (ss.288–300)');
    expect(text).toContain('Circulation date 30 June 2025');
    expect(text).toContain('Lapses if not passed by 28 July 2025');
    expect(text).toContain('Passed on 28 July 2025');
    expect(text).toContain('Filing at Companies House due 12 August 2025');
    expect(text).toContain('THAT the draft articles of association be adopted. THAT the directors file them within 15 days.');
  });

  it('lists every agreement with its date, and the outcome', () => {
    expect(text).toContain('1 Practice 01 1 July 2025 1');
    expect(text).toContain('28 Practice 28 28 July 2025 1');
    expect(text).not.toContain('Practice 29');
    expect(text).toContain('Eligible votes on circulation 37 Votes agreeing 28 Needed to pass 28 Outcome Passed');
  });
});

describe('copy of a resolution passed at a meeting', () => {
  it('gives notice and meeting dates, each vote, and the totals for, against and abstaining', async () => {
    const text = flat((await pageTexts(await bytesOf(renderResolutionCopy(meeting)))).join('\n'));
    expect(text).toContain('Kind Ordinary resolution of the members (s.282)');
    expect(text).toContain('Procedure General meeting GM-2025-01, voting on a poll');
    expect(text).toContain('Notice given 1 May 2025 Meeting held 19 May 2025 Chair Demo Chair');
    expect(text).toContain('2 Practice 02 for by proxy: Ms Proxy 1');
    expect(text).toContain('Filing at Companies House due No filing required');
    expect(text).toContain('21 Practice 21 against 1');
    expect(text).toContain('37 Practice 37 abstain 1');
    expect(text).toContain('For 20 Against 10 Abstentions 7 Needed to pass 16 Outcome Passed. More than half of the votes cast were in favour.');
  });

  it('as at a day before the meeting sits, says the meeting is to be held, not held', async () => {
    const before: ResolutionCopyView = { ...meeting, asAt: '2025-05-10', passedOn: null, outcome: { status: 'pending', required: null }, procedure: { ...meeting.procedure, votes: [] } as ResolutionCopyView['procedure'] };
    const text = flat((await pageTexts(await bytesOf(renderResolutionCopy(before)))).join('\n'));
    expect(text).toContain('Meeting to be held 19 May 2025');
    expect(text).not.toContain('Meeting held');
    expect(text).toContain('Not yet decided: to be put to the meeting on 19 May 2025');
    const onTheDay = flat((await pageTexts(await bytesOf(renderResolutionCopy({ ...before, asAt: '2025-05-19' })))).join('\n'));
    expect(onTheDay).toContain('Meeting held 19 May 2025');
  });

  it('breaks a long text across pages line by line, with a footer on every page', async () => {
    const long = { ...meeting, text: Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1}. THAT the company do the thing numbered ${i + 1} in the schedule, on the terms there set out.`).join('\n\n') };
    const pages = await pageTexts(await bytesOf(renderResolutionCopy(long)));
    expect(pages.length).toBeGreaterThan(2);
    const text = flat(pages.join('\n'));
    for (let i = 1; i <= 60; i++) expect(text).toContain(`Paragraph ${i}. THAT the company do the thing numbered ${i} in the schedule`);
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
  });

  it('is byte-identical for the same view model', async () => {
    const [a, b] = await Promise.all([bytesOf(renderResolutionCopy(meeting)), bytesOf(renderResolutionCopy(meeting))]);
    expect(a.equals(b)).toBe(true);
  });
});

const board: ResolutionCopyView = {
  ...written,
  reference: 'BR-2024-02',
  title: 'Decision of the directors at a board meeting (model articles art. 7)',
  decidedBy: 'directors',
  kind: null,
  procedure: {
    kind: 'meeting',
    meeting: 'Meeting of the board of directors BM-2024-03',
    noticeGivenOn: null,
    meetingOn: '2024-03-12',
    adjournedFrom: [],
    chair: 'Demo Director 1',
    method: 'directors',
    votes: [
      { name: 'Demo Director 1', vote: 'for', votes: 1 },
      { name: 'Demo Director 2', vote: 'against', votes: 1, note: 'interested; not counted' },
      { name: 'Demo Director 3', vote: 'for', votes: 1 },
    ],
  },
  passedOn: '2024-03-12',
  filingDueOn: null,
  outcome: { status: 'passed', required: 2 },
};

describe('copy of a board resolution', () => {
  let text: string;
  beforeAll(async () => {
    text = flat((await pageTexts(await bytesOf(renderResolutionCopy(board)))).join('\n'));
  });

  it('says it is the directors’ decision at a board meeting, on what day and who chaired, with no notice date', () => {
    expect(text).toContain('Kind Decision of the directors at a board meeting (model articles art. 7)');
    expect(text).toContain('Procedure Meeting of the board of directors BM-2024-03, by a vote of the directors');
    expect(text).toContain('Meeting held 12 March 2024 Chair Demo Director 1');
    expect(text).not.toContain('Notice given');
    expect(text).not.toContain('Ordinary resolution');
    expect(text).not.toContain('General meeting');
    expect(text).not.toContain('Filing at Companies House');
  });

  it('lists the directors under "Director", and counts neither an interested director’s vote nor it in the totals', () => {
    expect(text).toContain('No. Director Vote Note Votes');
    expect(text).not.toContain('Member');
    expect(text).toContain('2 Demo Director 2 against interested; not counted —');
    expect(text).toContain('For 2 Against 0 Abstentions 0 Needed to pass 2');
  });

  it('a directors’ written resolution has no lapse date and lists the directors agreeing', async () => {
    const inWriting: ResolutionCopyView = {
      ...board,
      title: 'Decision of the directors, all agreeing in writing (model articles art. 8)',
      procedure: { kind: 'written', circulatedOn: '2024-04-01', lapsesOn: null, eligibleVotes: 3, agreements: [{ name: 'Demo Director 1', agreedOn: '2024-04-02', votes: 1 }] },
      outcome: { status: 'pending', required: 3 },
    };
    const written = flat((await pageTexts(await bytesOf(renderResolutionCopy(inWriting)))).join('\n'));
    expect(written).toContain('Kind Decision of the directors, all agreeing in writing (model articles art. 8) Procedure In writing Circulation date 1 April 2024 Passed on');
    expect(written).not.toContain('Lapses');
    expect(written).toContain('No. Director Agreed on Votes');
    expect(written).toContain('Directors on the board at circulation 3 Directors agreeing 1');
    // Still open: the signatory certifies the record as it stands, not a resolution passed.
    expect(written).toContain('Certified a true copy of the record of this resolution as at 18 July 2025, when it was still open and had not passed.');
    expect(written).not.toContain('Certified a true copy.');
  });

  it('certifies a copy of a resolution passed as such, and of one lapsed or failed as the record of one that did not pass', async () => {
    const certified = async (status: ResolutionCopyView['outcome']['status']) =>
      flat((await pageTexts(await bytesOf(renderResolutionCopy({ ...written, outcome: { status, required: 28 } })))).join('\n'));
    expect(await certified('passed')).toContain('Certified a true copy. ');
    expect(await certified('lapsed')).toContain('Certified a true copy of the record of this resolution as at 18 July 2025, when it had lapsed without passing.');
    expect(await certified('not passed')).toContain('Certified a true copy of the record of this resolution as at 18 July 2025, when it had not passed.');
  });
});

describe('what a resolution authorises, and who could not vote on it', () => {
  const copyText = async (view: ResolutionCopyView) => flat((await pageTexts(await bytesOf(renderResolutionCopy(view)))).join('\n'));
  const buyBack = [{ action: 'buy-back', shareNumber: 14, seller: 'Practice 14' }, { action: 'allotment', shareNumber: 38 }] as const;

  it('SR-2, s.695(2): a written resolution approving a buy-back names the share changes and says the selling member was not an eligible member', async () => {
    const text = await copyText({ ...written, authorises: buyBack });
    expect(text).toContain('Authorises the buy-back of share 14 from Practice 14; the allotment of share 38');
    expect(text).toContain('Selling member Practice 14 sells the company the shares bought back: not an eligible member, its agreement does not count (CA 2006 s.695(2)).');
  });

  it('SR-2, s.695(3): at a meeting it passes only if it would have passed without the selling member’s votes', async () => {
    const text = await copyText({ ...meeting, authorises: buyBack });
    expect(text).toContain('Authorises the buy-back of share 14 from Practice 14; the allotment of share 38');
    expect(text).toContain('Selling member Practice 14 sells the company the shares bought back: the resolution passes only if it would have passed without its votes (CA 2006 s.695(3)).');
  });

  it('EC-3: a board resolution warns of each director who took part while unverified, as the resolution page does', async () => {
    const unverified = [
      'Dr One (synthetic) took part in the board meeting on 2024-03-12 without a verified identity, which was due by 2024-03-01: acting as a director unverified is an offence',
      'Dr Two (synthetic) took part in the board meeting on 2024-03-12 without a verified identity, which was due by 2024-02-01: acting as a director unverified is an offence',
    ];
    const text = await copyText({ ...board, authorises: [{ action: 'allotment', shareNumber: 38 }], unverifiedDirectors: unverified });
    expect(text).toContain('Authorises the allotment of share 38');
    expect(text).not.toContain('Selling member');
    for (const message of unverified) expect(text).toContain(`Director acting without verified identity ${message}`);
  });

  it('the board’s allotment of the 37 founding practices’ shares: "the allotment of shares 1 to 37" once, not one allotment a share', async () => {
    const text = await copyText({ ...board, authorises: Array.from({ length: 37 }, (_, i) => ({ action: 'allotment' as const, shareNumber: i + 1 })) });
    expect(text).toContain('Authorises the allotment of shares 1 to 37');
    expect(text.match(/shares 1 to 37/g)).toHaveLength(1);
    expect(text).not.toContain('allotment of share 1;');
  });

  it('prints neither line for a resolution that authorises nothing and had no unverified director', async () => {
    const text = await copyText(board);
    expect(text).not.toContain('Authorises');
    expect(text).not.toContain('verified identity');
  });
});
