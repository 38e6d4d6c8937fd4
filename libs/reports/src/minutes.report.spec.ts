import { renderMinutes, type MinutesView } from '#reports';
import { bytesOf, flat, pageTexts } from '../test/read-pdf';

const minutes: MinutesView = {
  company: { name: 'Tower Hamlets GP Care Group CIC', number: '09876543', registeredOffice: 'Unit 4, 1 Example Yard, London E1 1AA' },
  asAt: '2025-05-27',
  documentDate: '2025-05-27T12:00:00Z',
  ledgerHead: { sequence: 120, hash: 'ab'.repeat(32) },
  reference: 'GM-2025-02',
  meetingTitle: 'General meeting',
  board: false,
  noticeGivenOn: '2025-05-01',
  noticeTo: 37,
  heldOn: '2025-05-20',
  chair: 'Dr Demo Chair',
  sittings: [
    { on: '2025-05-20', attendance: [{ name: 'Practice 01', capacity: 'by proxy: Ms A' }, { name: 'Practice 01', capacity: 'by proxy: Mr B' }], present: 1, quorum: 2, quorate: false, notQuorateFor: [], adjournedTo: '2025-05-27' },
    { on: '2025-05-27', attendance: [{ name: 'Practice 01', capacity: 'in person' }, { name: 'Practice 02', capacity: 'by corporate representative: Mr C' }], present: 2, quorum: 2, quorate: true, notQuorateFor: [], adjournedTo: null },
  ],
  items: [
    {
      number: 1,
      reference: 'SR-2025-01',
      kind: 'Special resolution of the members (s.283)',
      text: 'THAT the articles be amended.',
      decidedOn: '2025-05-27',
      method: 'show of hands',
      votes: [{ name: 'Practice 01', vote: 'for', votes: 1 }, { name: 'Practice 02', vote: 'for', votes: 1, note: 'by representative: Mr C' }],
      inFavour: 2,
      against: 0,
      abstaining: 0,
      needed: 2,
      outcome: 'Passed on 27 May 2025',
      authorises: [],
      unverifiedDirectors: [],
    },
  ],
};

describe('minutes of a meeting (FR-2)', () => {
  it('MT-3 / MA-3: give the notice, each sitting with who was present and the quorum, the adjournment, each item and the chair’s line', async () => {
    const text = flat((await pageTexts(await bytesOf(renderMinutes(minutes)))).join('\n'));
    expect(text).toContain('GM-2025-02: General meeting held on 20 May 2025');
    expect(text).toContain('Notice given 1 May 2025, to the 37 members on the register that day');
    expect(text).toContain('Adjourned from 20 May 2025 to 27 May 2025 Chair Dr Demo Chair');
    expect(text).toContain('1 qualifying person present; the quorum is 2: not quorate Adjourned to 27 May 2025');
    expect(text).toContain('2 Practice 02 by corporate representative: Mr C');
    expect(text).toContain('1. SR-2025-01: Special resolution of the members (s.283) THAT the articles be amended.');
    expect(text).toContain('Decided on 27 May 2025, on a show of hands For / against / abstaining 2 / 0 / 0 Needed to pass 2 Outcome Passed on 27 May 2025');
    expect(text).toContain('Signed as a correct record. Chair Dr Demo Chair Date');
  });

  it('MT-2 (s.1147): a notice whose sending was recorded says how it was sent beside the day it was deemed delivered, and to whom it went then', async () => {
    const text = async (noticeSent: MinutesView['noticeSent']) => flat((await pageTexts(await bytesOf(renderMinutes({ ...minutes, noticeSent })))).join('\n'));
    expect(await text({ on: '2025-04-29', by: 'post' })).toContain('Notice given 1 May 2025 (posted on 29 April 2025; deemed delivered 48 hours later, not counting weekends and bank holidays), to the 37 members on the register when it was sent');
    expect(await text({ on: '2025-04-29', by: 'electronic' })).toContain('Notice given 1 May 2025 (sent electronically on 29 April 2025; deemed delivered 48 hours later, not counting weekends and bank holidays)');
    expect(await text({ on: '2025-05-01', by: 'hand' })).toContain('Notice given 1 May 2025 (handed over), to the 37 members');
    expect(await text(null)).toContain('Notice given 1 May 2025, to the 37 members on the register that day');
  });

  it('are byte-identical for the same view model', async () => {
    const [a, b] = await Promise.all([bytesOf(renderMinutes(minutes)), bytesOf(renderMinutes(minutes))]);
    expect(a.equals(b)).toBe(true);
  });
});

describe('minutes: what each item authorises, and who could not vote on it', () => {
  const minutesText = async (view: MinutesView) => flat((await pageTexts(await bytesOf(renderMinutes(view)))).join('\n'));
  const item = minutes.items[0];

  it('SR-2, s.695(3): an item approving a buy-back names the share and the selling member, who passes it only if it would pass without their votes', async () => {
    const text = await minutesText({
      ...minutes,
      items: [{ ...item, authorises: [{ action: 'buy-back', shareNumber: 14, seller: 'Practice 02' }] }, { ...item, number: 2, reference: 'OR-2025-02', authorises: [] }],
    });
    expect(text).toContain('THAT the articles be amended. Authorises the buy-back of share 14 from Practice 02 Selling member Practice 02 sells the company the shares bought back: the resolution passes only if it would have passed without its votes (CA 2006 s.695(3)).');
    expect(text.match(/Authorises/g)).toHaveLength(1);
  });

  it('EC-3: a board meeting’s item warns of each director who took part while unverified', async () => {
    const message = 'Dr One (synthetic) took part in the board meeting on 2025-05-20 without a verified identity, which was due by 2025-05-01: acting as a director unverified is an offence';
    const text = await minutesText({
      ...minutes,
      board: true,
      meetingTitle: 'Meeting of the board of directors',
      items: [{ ...item, kind: 'Decision of the directors at a board meeting (model articles art. 7)', authorises: [{ action: 'allotment', shareNumber: 38 }], unverifiedDirectors: [message] }],
    });
    expect(text).toContain(`Authorises the allotment of share 38 Director acting without verified identity ${message}`);
    expect(text).not.toContain('Selling member');
  });

  it('MA-2 (model articles art. 13): an item passed on the chair’s casting vote says the votes were equal, with no number needed to pass; one that failed on an equality keeps its count', async () => {
    const board = { ...minutes, board: true, meetingTitle: 'Meeting of the board of directors' };
    const equal = { ...item, method: 'directors' as const, inFavour: 1, against: 1, abstaining: 1, needed: 2, outcome: 'Passed on 27 May 2025, on the chair’s casting vote' };
    const text = await minutesText({ ...board, items: [{ ...equal, castingVote: true }] });
    expect(text).toContain('Votes Votes were equal: 1 for, 1 against; 1 abstained Outcome Passed on 27 May 2025, on the chair’s casting vote');
    expect(text).not.toContain('Needed to pass');
    expect(text).not.toContain('For / against / abstaining');
    const none = await minutesText({ ...board, items: [{ ...equal, abstaining: 0, castingVote: true }] });
    expect(none).toContain('Votes Votes were equal: 1 for, 1 against Outcome');
    // Without the casting vote (a 1–1 that failed) the count and the number needed stay as they were.
    const failed = await minutesText({ ...board, items: [{ ...equal, outcome: 'Not passed: not enough votes in favour' }] });
    expect(failed).toContain('For / against / abstaining 1 / 1 / 1 Needed to pass 2 Outcome Not passed');
  });
});
