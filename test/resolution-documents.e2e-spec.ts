import { formatDate } from '#reports';
import { databaseKinds } from './support/databases';
import { useCompanyWithHolders } from './support/company-with-holders';
import { addDays } from './support/dates';
import { pdfText } from './support/pdf-download';
import { expectRefusal } from './support/refusals';
import { COMPANY, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/**
 * The copy of a resolution and the minutes of a meeting say where each resolution stands, and list
 * nothing the outcome they give does not count: as at a day, only what was done by then (RS-1); a
 * written resolution open or lapsed says so with its lapse date (WR-3, s.297); an item not yet decided
 * gives no day or threshold (MA-3); a director's items of interest each once, in order (MA-2).
 */
describe.each(databaseKinds())('what the copy of a resolution and the minutes say of where it stands (%s)', (kind) => {
  const company = useCompanyWithHolders(kind);
  const { post } = company;
  let t: TestApp;
  let today: string;
  let holders: Map<number, string>;
  beforeAll(() => ({ app: t, today, holders } = company));

  it('RS-1: the copy of a written resolution as at a day lists only the agreements dated by then, as its outcome counts them', async () => {
    const circulatedOn = addDays(today, -6);
    const proposed = await post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn, text: 'THAT the copy wait its day (synthetic).' }).expect(201);
    const { resolutionId, eligible } = proposed.body as { resolutionId: string; eligible: { memberId: string; name: string }[] };
    const [early, late] = eligible;
    await post(`resolutions/${resolutionId}/agreements`, { memberId: early!.memberId, agreedOn: addDays(circulatedOn, 1) }).expect(201);
    await post(`resolutions/${resolutionId}/agreements`, { memberId: late!.memberId, agreedOn: addDays(circulatedOn, 4) }).expect(201);

    const then = await pdfText(t, `${C}/resolutions/${resolutionId}/copy.pdf?asAt=${addDays(circulatedOn, 2)}`);
    expect(then).toContain(`1 ${early!.name} ${formatDate(addDays(circulatedOn, 1))} 1`);
    expect(then).not.toContain(late!.name);
    expect(then).toContain('Votes agreeing 1');
    expect(then).toContain(`Outcome Pending. Agreed by 1 of the ${eligible.length} eligible members`);

    const before = await pdfText(t, `${C}/resolutions/${resolutionId}/copy.pdf?asAt=${circulatedOn}`);
    expect(before).toContain('No agreements recorded.');
    expect(before).not.toContain(early!.name);
    expect(before).toContain('Votes agreeing 0');

    // A day before it was circulated there was no resolution to copy: 400 naming asAt, no document.
    const earlier = await t.http.get(`${C}/resolutions/${resolutionId}/copy.pdf?asAt=${addDays(circulatedOn, -1)}`).set(t.auth('board'));
    expectRefusal(earlier, 400, 'VALIDATION_FAILED', 'asAt');
    expect(earlier.body.message).toContain(`the resolution was proposed on ${circulatedOn}`);
    expectRefusal(await t.http.get(`${C}/resolutions/${resolutionId}/copy.pdf?asAt=1800-01-01`).set(t.auth('board')), 400, 'VALIDATION_FAILED', 'asAt');
  });

  it('RS-1: the copy of a meeting’s resolution as at a day before the meeting lists no votes, and gives no number needed to pass', async () => {
    const [m1, m2] = [holders.get(5)!, holders.get(6)!];
    const created = await post('meetings', {
      kind: 'general', noticeGivenOn: addDays(today, -30), heldOn: addDays(today, -8), chairName: 'Demo Director 1 (synthetic)',
      items: [{ type: 'ordinary', text: 'THAT the report be received before its day (synthetic).' }],
      attendance: [{ memberId: m1 }, { memberId: m2 }],
    }).expect(201);
    const [item] = created.body.items as { resolutionId: string }[];
    for (const memberId of [m1, m2]) await post(`resolutions/${item!.resolutionId}/votes`, { memberId, vote: 'for' }).expect(201);

    const before = await pdfText(t, `${C}/resolutions/${item!.resolutionId}/copy.pdf?asAt=${addDays(today, -9)}`);
    expect(before).toContain('No votes recorded.');
    expect(before).toContain('For 0 Against 0 Abstentions 0 Needed to pass Not yet voted on Outcome Pending');
    expect(before).toContain(`Status Not yet decided: to be put to the meeting on ${formatDate(addDays(today, -8))}`);
    expect(before).not.toContain('Needed to pass 0');
    const held = await pdfText(t, `${C}/resolutions/${item!.resolutionId}/copy.pdf?asAt=${addDays(today, -8)}`);
    expect(held).toContain('For 2 Against 0 Abstentions 0 Needed to pass 2 Outcome Passed');
  });

  it('RS-1: the copy of a meeting\'s resolution not yet decided says so, as the minutes do, never "quorum not met"; a meeting still to come is copied as at today, and a copy as at a day to come is refused', async () => {
    const coming = await post('meetings', {
      kind: 'general', noticeGivenOn: addDays(today, -20), heldOn: addDays(today, 6), items: [{ type: 'ordinary', text: 'THAT the plan be adopted when the day comes (synthetic).' }],
    }).expect(201);
    const [item] = coming.body.items as { resolutionId: string }[];
    const copy = await pdfText(t, `${C}/resolutions/${item!.resolutionId}/copy.pdf`);
    expect(copy).toContain(`As at ${formatDate(today)}`);
    expect(copy).toContain(`Status Not yet decided: to be put to the meeting on ${formatDate(addDays(today, 6))}`);
    expect(copy).toContain('Outcome Pending');
    expect(copy).not.toContain('quorum');
    const ahead = await t.http.get(`${C}/resolutions/${item!.resolutionId}/copy.pdf?asAt=${addDays(today, 1)}`).set(t.auth('board'));
    expectRefusal(ahead, 400, 'VALIDATION_FAILED', 'asAt');
    expect(ahead.body.message).toContain(`is after today, ${today}`);

    // Held a week ago, nothing entered yet: not decided, as its minutes say.
    const held = await post('meetings', {
      kind: 'general', noticeGivenOn: addDays(today, -30), heldOn: addDays(today, -7), items: [{ type: 'ordinary', text: 'THAT the minutes wait for their entries (synthetic).' }],
    }).expect(201);
    const [waiting] = held.body.items as { resolutionId: string }[];
    const waitingCopy = await pdfText(t, `${C}/resolutions/${waiting!.resolutionId}/copy.pdf`);
    expect(waitingCopy).toContain('Outcome Pending');
    expect(waitingCopy).not.toContain('Not passed');
    expect(await pdfText(t, `${C}/meetings/${held.body.meetingId}/minutes.pdf`)).toContain('Not yet decided: no attendance recorded yet');
  });

  it('WR-3, s.297: the copy of a written resolution still open says until when it is open for agreement; one that lapsed, the day it lapsed; neither "Not passed" as a date', async () => {
    const propose = (circulatedOn: string) =>
      post('resolutions', { kind: 'members', type: 'special', procedure: 'written', circulatedOn, text: `THAT the articles be amended, circulated ${circulatedOn} (synthetic).` }).expect(201);
    const open = (await propose(addDays(today, -3))).body as { resolutionId: string; lapsesOn: string };
    const openCopy = await pdfText(t, `${C}/resolutions/${open.resolutionId}/copy.pdf`);
    expect(openCopy).toContain(`Status Open for agreement until ${formatDate(open.lapsesOn)}`);
    expect(openCopy).not.toContain('Passed on');
    expect(openCopy).not.toContain('Not passed');

    const lapsed = (await propose(addDays(today, -40))).body as { resolutionId: string; lapsesOn: string };
    expect(lapsed.lapsesOn < today).toBe(true);
    const lapsedCopy = await pdfText(t, `${C}/resolutions/${lapsed.resolutionId}/copy.pdf`);
    expect(lapsedCopy).toContain(`Lapsed on ${formatDate(lapsed.lapsesOn)}, not passed by the end of that day (s.297)`);
    expect(lapsedCopy).toContain('Outcome Lapsed');
    expect(lapsedCopy).not.toContain('Passed on');
  });

  it('MA-2: the minutes list the items a director is interested in each once, in the order of the agenda', async () => {
    const board = (await t.http.get(`${C}/directors?asAt=${addDays(today, -5)}`).set(t.auth('board')).expect(200)).body as { directorId: string }[];
    const [a, b, c] = board.map((d) => d.directorId);
    const created = await post('meetings', {
      kind: 'board', heldOn: addDays(today, -5), chairDirectorId: a,
      items: [{ text: 'THAT the accounts be noted (synthetic).' }, { text: 'THAT the lease be renewed (synthetic).' }, { text: 'THAT the budget be approved (synthetic).' }],
      attendance: [{ directorId: a }, { directorId: b }, { directorId: c, interestedIn: [2, 1, 1, 2] }],
    }).expect(201);
    const minutes = await pdfText(t, `${C}/meetings/${created.body.meetingId}/minutes.pdf`);
    expect(minutes).toContain('director; interested in items 1 and 2');
    expect(minutes).not.toMatch(/interested in items? 2, 1/);
  });

  it('MA-3: an item adjourned with nothing yet recorded of the sitting it was adjourned to reads as adjourned and not yet decided, with no day decided or number needed', async () => {
    const [m1, m2, m3] = [holders.get(11)!, holders.get(12)!, holders.get(13)!];
    const [heldOn, adjournedTo] = [addDays(today, -20), addDays(today, -13)];
    const created = await post('meetings', {
      kind: 'general', noticeGivenOn: addDays(today, -40), heldOn, chairName: 'Demo Director 1 (synthetic)',
      items: [{ type: 'ordinary', text: 'THAT the report be received at the adjourned meeting (synthetic).' }],
      attendance: [{ memberId: m1 }],
      adjournedTo,
    }).expect(201);
    const minutes = await pdfText(t, `${C}/meetings/${created.body.meetingId}/minutes.pdf`);
    expect(minutes).toContain(`THAT the report be received at the adjourned meeting (synthetic). Outcome Adjourned to ${formatDate(adjournedTo)}; not yet decided`);
    expect(minutes).not.toContain('Decided on');
    expect(minutes).not.toContain('No valid vote');
    expect(minutes).not.toContain('Needed to pass');

    // Once its sitting is recorded, it is decided there.
    await post(`meetings/${created.body.meetingId}/attendance`, { attendees: [{ memberId: m2 }, { memberId: m3 }] }).expect(201);
    const [item] = created.body.items as { resolutionId: string }[];
    for (const memberId of [m2, m3]) await post(`resolutions/${item!.resolutionId}/votes`, { memberId, vote: 'for' }).expect(201);
    const decided = await pdfText(t, `${C}/meetings/${created.body.meetingId}/minutes.pdf`);
    expect(decided).toContain(`Decided on ${formatDate(adjournedTo)}, on a show of hands For / against / abstaining 2 / 0 / 0 Needed to pass 2 Outcome Passed on ${formatDate(adjournedTo)}`);
  });
});
