import { createHash } from 'node:crypto';
import type { Response } from 'supertest';
import { flat, pageTexts } from '../libs/reports/test/read-pdf';
import { passBoardResolution, passSpecialResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { holdersByShare } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

type Item = { resolutionId: string; reference: string; outcome: { status: string; passedOn: string | null; failedBecause: string | null } };
type Sitting = { on: string; present: number; quorate: boolean; attendance: Record<string, unknown>[] };

/**
 * Meetings as records over HTTP, from a fresh start (the seeded company: 37 members of one share,
 * 3 directors): entitlement on the meeting day (MA-1), adjournment (MA-3), proxies and corporate
 * representatives and the quorum they make (MT-3, s.318), the minutes and the board-resolution copy.
 */
describe.each(databaseKinds())('meetings over HTTP (%s)', (kind) => {
  let t: TestApp;
  let holders: Map<number, string>;
  beforeAll(async () => {
    t = await startTestApp(kind);
    holders = await holdersByShare(t, '2023-01-01');
  });
  afterAll(() => t.close());

  const secretary = () => t.auth('secretary');
  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(secretary()).send(body);
  const vote = (rid: string, body: object) => post(`resolutions/${rid}/votes`, body);
  const meetingAsAt = async (id: string, asAt: string) => (await t.http.get(`${C}/meetings/${id}?asAt=${asAt}`).set(t.auth('board')).expect(200)).body;
  const refused = refusedUnchanged(() => ledgerHead(t));
  const member = (share: number) => holders.get(share)!;
  const download = (path: string) =>
    t.http
      .get(path)
      .set(t.auth('auditor'))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  it('MA-1: a member admitted after the notice votes at the meeting; one who left before it cannot; notice went to the register on the notice day', async () => {
    const created = await post('meetings', {
      kind: 'general',
      noticeGivenOn: '2023-03-01',
      heldOn: '2023-03-20',
      chairName: 'Demo Director 1 (synthetic)',
      items: [{ type: 'ordinary', text: 'THAT the new member be welcomed (synthetic).' }],
    }).expect(201);
    const meetingId = created.body.meetingId as string;
    expect(created.body).toMatchObject({ kind: 'general', reference: 'GM-2023-01', noticeGivenOn: '2023-03-01', heldOn: '2023-03-20', quorum: 2 });
    expect(created.body.noticeTo).toHaveLength(37);
    const rid = created.body.items[0].resolutionId as string;
    expect(created.body.items[0]).toMatchObject({ item: 1, reference: 'OR-2023-01', meetingId, procedure: 'meeting' });

    // After the notice: practice 37 gives up share 37 and is admitted again with share 38, as a new member.
    const leaver = member(37);
    const authority = await passBoardResolution(t, COMPANY, '2023-03-05', [{ action: 'allotment', shareNumber: 38 }]);
    // SR-1: the surrender reduces capital: a members' special resolution, with the solvency statement made in the 15 days before it.
    const reduction = await passSpecialResolution(t, COMPANY, '2023-03-05', [{ action: 'cancellation', shareNumber: 37 }]);
    await post('share-cancellations', { shareNumber: 37, reason: 'surrender', effectiveOn: '2023-03-08', authorisedBy: reduction, solvencyStatementOn: '2023-03-01' }).expect(201);
    const allotted = await post('share-allotments', { shareNumber: 38, effectiveOn: '2023-03-10', holder: { practiceId: 'practice-z00037' }, authorisedBy: authority }).expect(201);
    const newcomer = allotted.body.payload.holder.memberId as string;
    expect(newcomer).not.toBe(leaver);
    expect(created.body.noticeTo.map((m: { memberId: string }) => m.memberId)).toContain(leaver);

    await vote(rid, { memberId: newcomer, vote: 'for' }).expect(201);
    const res = await refused(() => vote(rid, { memberId: leaver, vote: 'for' }), 422, 'MEMBER_NOT_ELIGIBLE');
    expect(res.body.details).toMatchObject({ memberId: leaver, meetingOn: '2023-03-20' });
    await vote(rid, { memberId: member(1), vote: 'for' }).expect(201);

    const got = await meetingAsAt(meetingId, '2023-03-20');
    expect(got.items[0].outcome).toMatchObject({ status: 'passed', passedOn: '2023-03-20' });
    expect(got.items[0].votes.map((v: { memberId: string }) => v.memberId)).toEqual([newcomer, member(1)]);
    expect(got.sittings).toEqual([expect.objectContaining({ on: '2023-03-20', present: 2, quorate: true })]);
  });

  it('MA-3: an inquorate meeting adjourned a week passes on the adjourned day; a proxy vote and a corporate representative’s are recorded (MT-3)', async () => {
    const created = await post('meetings', {
      kind: 'general',
      noticeGivenOn: '2023-05-01',
      heldOn: '2023-05-20',
      chairMemberId: member(2),
      items: [{ type: 'special', text: 'THAT the articles be amended (synthetic).' }, { type: 'ordinary', text: 'THAT the auditors be reappointed (synthetic).' }],
      attendance: [{ memberId: member(2) }],
      adjournedTo: '2023-05-27',
    }).expect(201);
    const id = created.body.meetingId as string;
    const [special, ordinary] = created.body.items as Item[];
    expect(created.body.chair).toMatchObject({ memberId: member(2) });
    expect(created.body.adjournments).toEqual([{ on: '2023-05-20', to: '2023-05-27' }]);
    expect(created.body.sittings[0]).toMatchObject({ on: '2023-05-20', present: 1, quorate: false });
    expect(special.reference).toMatch(/^SR-2023-\d\d$/);

    const adjourned = await post(`meetings/${id}/attendance`, {
      attendees: [{ memberId: member(2) }, { memberId: member(3), proxyName: 'Ms Demo Proxy' }, { memberId: member(4), representativeName: 'Mr Demo Representative' }],
    }).expect(201);
    expect(adjourned.body.sittings[1]).toMatchObject({ on: '2023-05-27', present: 3, quorate: true });
    expect(adjourned.body.sittings[1].attendance).toContainEqual(expect.objectContaining({ memberId: member(3), capacity: 'proxy', proxyName: 'Ms Demo Proxy' }));

    for (const rid of [special.resolutionId, ordinary.resolutionId]) {
      await vote(rid, { memberId: member(2), vote: 'for' }).expect(201);
      await vote(rid, { memberId: member(3), vote: 'for', proxyName: 'Ms Demo Proxy' }).expect(201);
      await vote(rid, { memberId: member(4), vote: 'for', representativeName: 'Mr Demo Representative' }).expect(201);
    }
    const copy = (await t.http.get(`${C}/resolutions/${special.resolutionId}?asAt=2023-05-27`).set(t.auth('board')).expect(200)).body;
    expect(copy.votes).toEqual([
      { memberId: member(2), vote: 'for' },
      { memberId: member(3), vote: 'for', proxyName: 'Ms Demo Proxy' },
      { memberId: member(4), vote: 'for', representativeName: 'Mr Demo Representative' },
    ]);
    expect(copy).toMatchObject({ meetingOn: '2023-05-27', adjournedFrom: ['2023-05-20'] });
    expect(copy.outcome).toMatchObject({ status: 'passed', passedOn: '2023-05-27', filingDueOn: '2023-06-11' });
    expect((await meetingAsAt(id, '2023-05-26')).items[0].outcome.status).toBe('open');
    // RS-1: as at the day before the adjourned sitting, the meeting is as it stood then: that sitting is to come, with no one
    // present yet, and no vote cast at it; as at the sitting, its attendance and votes.
    const before = await meetingAsAt(id, '2023-05-26');
    expect(before.adjournments).toEqual([{ on: '2023-05-20', to: '2023-05-27' }]);
    expect((before.sittings as Sitting[]).map((x) => [x.on, x.present, x.quorate, x.attendance.length])).toEqual([['2023-05-20', 1, false, 1], ['2023-05-27', 0, false, 0]]);
    expect((before.items as { votes: unknown[] }[]).map((i) => i.votes)).toEqual([[], []]);
    const onTheDay = await meetingAsAt(id, '2023-05-27');
    expect((onTheDay.sittings as Sitting[]).map((x) => [x.on, x.present, x.quorate])).toEqual([['2023-05-20', 1, false], ['2023-05-27', 3, true]]);
    expect((onTheDay.items as { votes: unknown[] }[]).map((i) => i.votes.length)).toEqual([3, 3]);
    // As at the first sitting, its adjournment was decided that day; as at the day before it, the meeting had been called and had not sat.
    expect((await meetingAsAt(id, '2023-05-20')).adjournments).toEqual([{ on: '2023-05-20', to: '2023-05-27' }]);
    expect((await meetingAsAt(id, '2023-05-19')).sittings.map((x: Sitting) => [x.on, x.present])).toEqual([['2023-05-20', 0]]);

    // The minutes: reproducible, and they say what happened.
    const first = await download(`${C}/meetings/${id}/minutes.pdf`).expect(200).expect('content-type', 'application/pdf');
    const again = await download(`${C}/meetings/${id}/minutes.pdf`).expect(200);
    expect(createHash('sha256').update(again.body as Buffer).digest('hex')).toBe(createHash('sha256').update(first.body as Buffer).digest('hex'));
    const text = flat((await pageTexts(first.body as Buffer)).join('\n'));
    expect(text).toContain(`${created.body.reference}: General meeting held on 20 May 2023`);
    expect(text).toContain('Notice given 1 May 2023, to the 37 members on the register that day');
    expect(text).toContain('Adjourned from 20 May 2023 to 27 May 2023');
    expect(text).toContain('1 qualifying person present; the quorum is 2: not quorate');
    expect(text).toContain('by proxy: Ms Demo Proxy');
    expect(text).toContain('by corporate representative: Mr Demo Representative');
    expect(text).toContain('3 qualifying persons present; the quorum is 2: quorate');
    expect(text).toContain(`1. ${special.reference}: Special resolution of the members (s.283)`);
    expect(text).toContain('Outcome Passed on 27 May 2023');
    expect(text).toContain('Chair');
  });

  it('MT-3: two proxies of one member are not a quorum, and the resolution fails for it', async () => {
    const created = await post('meetings', {
      kind: 'general',
      noticeGivenOn: '2023-07-01',
      heldOn: '2023-07-20',
      items: [{ type: 'ordinary', text: 'THAT the budget be approved (synthetic).' }],
      attendance: [
        { memberId: member(5), proxyName: 'Proxy One' },
        { memberId: member(5), proxyName: 'Proxy Two' },
      ],
    }).expect(201);
    expect(created.body.sittings[0]).toMatchObject({ present: 1, quorate: false });
    await vote(created.body.items[0].resolutionId, { memberId: member(5), vote: 'for', proxyName: 'Proxy One' }).expect(201);
    const got = await meetingAsAt(created.body.meetingId, '2023-07-20');
    expect(got.items[0].outcome).toMatchObject({ status: 'failed', failedBecause: 'quorum-not-met' });
  });

  it('a board meeting of several items: each a directors’ resolution under the meeting’s reference; the copy reads as the directors’ decision', async () => {
    const directors = (await t.http.get(`${C}/directors?asAt=2023-09-01`).set(t.auth('board')).expect(200)).body.map((d: { directorId: string }) => d.directorId);
    const [a, b, c] = directors as string[];
    const created = await post('meetings', {
      kind: 'board',
      heldOn: '2023-09-01',
      chairDirectorId: a,
      items: [{ text: 'THAT the management accounts be noted (synthetic).' }, { text: 'THAT the lease of the premises be renewed (synthetic).' }],
      attendance: [{ directorId: a }, { directorId: b }, { directorId: c, interestedIn: [2] }],
    }).expect(201);
    expect(created.body.reference).toMatch(/^BM-2023-\d\d$/);
    const [noted, lease] = created.body.items as Item[];
    expect(noted.reference).toMatch(/^BR-2023-\d\d$/);
    for (const d of [a, b, c]) await vote(noted.resolutionId, { directorId: d, vote: 'for' }).expect(201);
    await vote(lease.resolutionId, { directorId: a, vote: 'for' }).expect(201);
    await vote(lease.resolutionId, { directorId: b, vote: 'against' }).expect(201);
    await vote(lease.resolutionId, { directorId: c, vote: 'against', interested: true }).expect(201);
    const got = await meetingAsAt(created.body.meetingId, '2023-09-01');
    // MA-2: the interested director does not count; 1–1 is decided by the chair's casting vote.
    expect(got.items.map((i: Item) => i.outcome.status)).toEqual(['passed', 'passed']);

    const pdf = await download(`${C}/resolutions/${lease.resolutionId}/copy.pdf`).expect(200);
    const text = flat((await pageTexts(pdf.body as Buffer)).join('\n'));
    expect(text).toContain(`Reference ${lease.reference} Kind Decision of the directors at a board meeting (model articles art. 7)`);
    expect(text).toContain(`Procedure Meeting of the board of directors ${created.body.reference}, by a vote of the directors Meeting held 1 September 2023`);
    expect(text).toContain('No. Director Vote Note Votes');
    expect(text).toContain('interested; not counted');
    expect(text).toContain('Outcome Passed. 1 for, 1 against, 0 abstaining, out of 2. Passed on the chair’s casting vote.');
    // MA-2: the votes for fell short of the number needed; the copy says the votes were equal instead.
    expect(text).toContain('Votes were equal Decided by the chair’s casting vote (model articles art. 13)');
    expect(text).not.toContain('Needed to pass');
    expect(text).not.toContain('MA-2');
    for (const wrong of ['Ordinary resolution', 'General meeting', 'Notice given', 'Member']) expect(text).not.toContain(wrong);

    const minutes = flat((await pageTexts((await download(`${C}/meetings/${created.body.meetingId}/minutes.pdf`).expect(200)).body as Buffer)).join('\n'));
    expect(minutes).toContain('director; interested in item 2');
    expect(minutes).toContain('3 directors present; the quorum is 2: quorate');
    expect(minutes).toContain('Outcome Passed on 1 September 2023, on the chair’s casting vote');
    expect(minutes).not.toContain('(MA-2)');
    expect(minutes).not.toContain('show of hands');
  });

  it('DIRECTOR_NOT_ON_BOARD: a chair or an attendee not on the board on the meeting day is named with the day appointed, never by id; nothing is written', async () => {
    const appointed = await post('directors', { name: 'Demo Director 8 (synthetic)', serviceAddress: '8 Demo Yard, London E1 0XX', appointedOn: '2024-06-01' }).expect(201);
    const directorId = appointed.body.directorId as string;
    const chair = await refused(() => post('meetings', { kind: 'board', heldOn: '2024-05-01', chairDirectorId: directorId, items: [{ text: 'THAT the budget be approved (synthetic).' }] }), 422, 'DIRECTOR_NOT_ON_BOARD');
    expect(chair.body.message).toBe('Demo Director 8 (synthetic) was not on the board on 2024-05-01, the day of the meeting: they were appointed on 2024-06-01');
    expect(chair.body.details).toEqual({ directorId, on: '2024-05-01', director: 'Demo Director 8 (synthetic)', day: 'the day of the meeting', appointedOn: '2024-06-01' });
    const meeting = await post('meetings', { kind: 'board', heldOn: '2024-05-01', items: [{ text: 'THAT the budget be approved (synthetic).' }] }).expect(201);
    const attendee = await refused(() => post(`meetings/${meeting.body.meetingId}/attendance`, { attendees: [{ directorId }] }), 422, 'DIRECTOR_NOT_ON_BOARD');
    expect(attendee.body.message).toBe('Demo Director 8 (synthetic) was not on the board on 2024-05-01, the day of the meeting: they were appointed on 2024-06-01');
    expect(attendee.body.details).toEqual({ directorId, on: '2024-05-01', director: 'Demo Director 8 (synthetic)', day: 'the day of the meeting', appointedOn: '2024-06-01' });
    const nobody = await refused(() => post(`meetings/${meeting.body.meetingId}/attendance`, { attendees: [{ directorId: 'no-such-director' }] }), 422, 'DIRECTOR_NOT_ON_BOARD');
    expect(nobody.body.message).toBe('there is no director with that reference');
  });

  it('a member’s id given where a director’s is expected (an attendee, a vote) is refused naming the member, not “no director”; nothing is written', async () => {
    const memberId = member(5);
    const names = (await t.http.get(`${C}/register?asAt=2024-05-01&status=all&limit=1000`).set(t.auth('auditor')).expect(200)).body as { members: { memberId: string; name: string }[] };
    const name = names.members.find((e) => e.memberId === memberId)!.name;
    const meeting = await post('meetings', { kind: 'board', heldOn: '2024-05-02', items: [{ text: 'THAT the bank mandate be renewed (synthetic).' }] }).expect(201);
    const said = `${name} is a member, not a director: ${memberId} is the id of a member on the register of members; give the id of a director on the board`;
    const attendee = await refused(() => post(`meetings/${meeting.body.meetingId}/attendance`, { attendees: [{ directorId: memberId }] }), 422, 'DIRECTOR_NOT_ON_BOARD');
    expect(attendee.body.message).toBe(said);
    expect(attendee.body.details).toMatchObject({ directorId: memberId, memberId });
    const [item] = (await meetingAsAt(meeting.body.meetingId, '2024-05-02')).items as Item[];
    const voter = await refused(() => vote(item!.resolutionId, { directorId: memberId, vote: 'for' }), 422, 'DIRECTOR_NOT_ON_BOARD');
    expect(voter.body.message).toBe(said);
    // The chair of a board meeting, called with its items or with one resolution.
    const chair = await refused(() => post('meetings', { kind: 'board', heldOn: '2024-05-03', chairDirectorId: memberId, items: [{ text: 'THAT the budget be approved (synthetic).' }] }), 422, 'DIRECTOR_NOT_ON_BOARD');
    expect(chair.body.message).toBe(said);
    const proposed = await refused(() => post('resolutions', { kind: 'board', procedure: 'meeting', meetingOn: '2024-05-03', chairDirectorId: memberId, text: 'THAT the budget be approved (synthetic).' }), 422, 'DIRECTOR_NOT_ON_BOARD');
    expect(proposed.body.message).toBe(said);
  });

  it('the same person listed twice in one attendance is refused naming them and both places in the list (409 ATTENDANCE_ALREADY_RECORDED), not “already recorded” of an earlier entry; nothing is written', async () => {
    const general = await post('meetings', { kind: 'general', noticeGivenOn: '2024-05-01', heldOn: '2024-05-20', items: [{ type: 'ordinary', text: 'THAT the report be received (synthetic).' }] }).expect(201);
    const twice = await refused(() => post(`meetings/${general.body.meetingId}/attendance`, { attendees: [{ memberId: member(8) }, { memberId: member(9) }, { memberId: member(8) }] }), 409, 'ATTENDANCE_ALREADY_RECORDED');
    expect(twice.body.message).toMatch(/^.+ is listed twice as present in this attendance \(1 and 3 in the list\); list each person once$/);
    expect(twice.body.details).toMatchObject({ meetingId: general.body.meetingId, memberId: member(8), how: '', first: 1, then: 3 });
    // Two proxies of one member are two people present, as before.
    await post(`meetings/${general.body.meetingId}/attendance`, { attendees: [{ memberId: member(8), proxyName: 'P. One' }, { memberId: member(8), proxyName: 'P. Two' }] }).expect(201);
    const board = await post('meetings', { kind: 'board', heldOn: '2024-05-03', items: [{ text: 'THAT the budget be approved (synthetic).' }] }).expect(201);
    const [d] = (await t.http.get(`${C}/directors?asAt=2024-05-03`).set(t.auth('auditor')).expect(200)).body as { directorId: string; name: string }[];
    const director = await refused(() => post(`meetings/${board.body.meetingId}/attendance`, { attendees: [{ directorId: d!.directorId }, { directorId: d!.directorId }] }), 409, 'ATTENDANCE_ALREADY_RECORDED');
    expect(director.body.message).toBe(`${d!.name} is listed twice as present in this attendance (1 and 2 in the list); list each person once`);
  });

  it('the one-item route takes a general meeting’s chair; refusals change nothing', async () => {
    const one = await post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'meeting', noticeGivenOn: '2023-10-01', meetingOn: '2023-10-20', chairMemberId: member(6), text: 'THAT x (synthetic).' }).expect(201);
    expect(one.body).toMatchObject({ chair: { memberId: member(6) }, reference: expect.stringMatching(/^OR-2023-\d\d$/) });
    await refused(() => vote(one.body.resolutionId, { memberId: member(6), vote: 'for', proxyName: 'A', representativeName: 'B' }), 400, 'VALIDATION_FAILED', 'representativeName');
    await refused(() => post('meetings', { kind: 'board', heldOn: '2023-10-01', chairMemberId: member(6), items: [{ text: 'X' }] }), 400, 'VALIDATION_FAILED', 'chairMemberId');
    await refused(() => post('meetings', { kind: 'general', heldOn: '2023-10-01', items: [{ type: 'ordinary', text: 'X' }] }), 400, 'VALIDATION_FAILED', 'noticeGivenOn');
    // An item of a general meeting without its type is named by its place (the second: items.1.type).
    const untyped = await refused(() => post('meetings', { kind: 'general', noticeGivenOn: '2023-10-01', heldOn: '2023-10-20', items: [{ type: 'ordinary', text: 'X' }, { text: 'Y' }] }), 400, 'VALIDATION_FAILED', 'items.1.type');
    expect(untyped.body.message).toBe('item 2 of a general meeting needs type: ordinary or special');
    await refused(() => post('meetings', { kind: 'general', noticeGivenOn: '2023-10-01', heldOn: '2023-10-20', items: [{ type: 'ordinary', text: 'X' }], adjournedTo: '2023-10-19' }), 422, 'ADJOURNED_TO_EARLIER_DAY');
    await refused(() => post('meetings', { kind: 'general', noticeGivenOn: '2023-10-01', heldOn: '2023-10-20', items: [{ type: 'ordinary', text: 'X' }], attendance: [{ memberId: member(7), proxyName: 'P' }, { memberId: member(7), proxyName: 'P' }] }), 409, 'ATTENDANCE_ALREADY_RECORDED');
    await refused(() => post('meetings', { kind: 'board', heldOn: '1800-01-01', items: [{ text: 'X' }] }), 422, 'EVENT_BEFORE_INCORPORATION');
    await refused(() => post('meetings', { kind: 'general', noticeGivenOn: '1800-01-01', heldOn: '2023-10-20', items: [{ type: 'ordinary', text: 'X' }] }), 422, 'EVENT_BEFORE_INCORPORATION');
    // MT-3: in person and by proxy at one sitting contradict each other.
    const both = await refused(() => post('meetings', { kind: 'general', noticeGivenOn: '2023-10-01', heldOn: '2023-10-20', items: [{ type: 'ordinary', text: 'X' }], attendance: [{ memberId: member(7) }, { memberId: member(7), proxyName: 'P' }] }), 409, 'ATTENDANCE_ALREADY_RECORDED');
    expect(both.body.message).toContain('already recorded as present in person');
    await refused(() => post('meetings/no-such-meeting/adjournments', { to: '2023-10-30' }), 404, 'NOT_FOUND');
    const res: Response = await t.http.get(`${C}/meetings`).set(t.auth('auditor')).expect(200);
    expect(res.body.length).toBeGreaterThanOrEqual(4);
  });

  it('MT-1, s.307(6): a member admitted after a short notice agrees to it on the register of the meeting day; one who left before the meeting cannot', async () => {
    const created = await post('meetings', { kind: 'general', noticeGivenOn: '2024-02-01', heldOn: '2024-02-08', items: [{ type: 'ordinary', text: 'THAT the new practice be welcomed (synthetic).' }] }).expect(201);
    const rid = created.body.items[0].resolutionId as string;
    const entitledAtCall = (created.body.items[0].entitled as { memberId: string }[]).map((m) => m.memberId);
    // MT-1, MT-2: the answer says the notice is short (6 clear days of 14) and not yet agreed.
    expect(created.body.items[0].notice).toEqual({ clearDays: 6, required: 14, short: true, shortNoticeAgreed: false, valid: false, agreement: { agreed: 0, entitled: 37, agreedNominalPence: 0, entitledNominalPence: 3700 } });
    // After the notice: practice 36 gives up share 36 and is admitted again with share 39, as a new member.
    const leaver = member(36);
    const authority = await passBoardResolution(t, COMPANY, '2024-02-02', [{ action: 'allotment', shareNumber: 39 }]);
    const reduction = await passSpecialResolution(t, COMPANY, '2024-02-02', [{ action: 'cancellation', shareNumber: 36 }]);
    await post('share-cancellations', { shareNumber: 36, reason: 'surrender', effectiveOn: '2024-02-03', authorisedBy: reduction, solvencyStatementOn: '2024-01-25' }).expect(201);
    const allotted = await post('share-allotments', { shareNumber: 39, effectiveOn: '2024-02-04', holder: { practiceId: 'practice-z00036' }, authorisedBy: authority }).expect(201);
    const newcomer = allotted.body.payload.holder.memberId as string;
    expect(entitledAtCall).toContain(leaver);
    expect(entitledAtCall).not.toContain(newcomer);

    const consent = (memberId: string, agreedOn = '2024-02-05') => post(`resolutions/${rid}/short-notice-agreements`, { memberId, agreedOn });
    // s.307(5): a consent is a member's on the day it is given: dated before the newcomer was entered, it is refused.
    const early = await refused(() => consent(newcomer, '2024-02-03'), 422, 'MEMBER_NOT_ELIGIBLE');
    expect(early.body.details).toMatchObject({ memberId: newcomer, agreedOn: '2024-02-03' });
    expect(early.body.message).toContain('was not on the register of members on 2024-02-03, the day the consent to short notice is dated');
    const agreed = await consent(newcomer).expect(201);
    expect(agreed.body.shortNoticeAgreedBy).toEqual([newcomer]);
    expect(agreed.body.entitled).toContainEqual(expect.objectContaining({ memberId: newcomer, votes: 1 }));
    expect(agreed.body.notice.agreement).toMatchObject({ agreed: 1, entitled: 38 });
    const gone = await refused(() => consent(leaver), 422, 'MEMBER_NOT_ELIGIBLE');
    expect(gone.body.details).toMatchObject({ memberId: leaver, meetingOn: '2024-02-08' });
    expect(gone.body.message).toContain('was not on the register of members on 2024-02-08, the day of the meeting, so cannot agree to short notice of it');
    // The consent, folded again from the ledger, still carries the newcomer's entry.
    const read = await t.http.get(`${C}/resolutions/${rid}`).set(t.auth('board')).expect(200);
    expect(read.body.shortNoticeAgreedBy).toEqual([newcomer]);
    expect(read.body.entitled.map((m: { memberId: string }) => m.memberId)).toContain(newcomer);
  });

  it('MT-1, s.307(6): an allotment dated before a meeting held at short notice, recorded after it, is refused naming the meeting; dated after it, it is entered', async () => {
    const created = await post('meetings', { kind: 'general', noticeGivenOn: '2024-03-01', heldOn: '2024-03-05', items: [{ type: 'ordinary', text: 'THAT the report be received (synthetic).' }] }).expect(201);
    const rid = created.body.items[0].resolutionId as string;
    const entitled = created.body.items[0].entitled as { memberId: string }[];
    for (const m of entitled) await post(`resolutions/${rid}/short-notice-agreements`, { memberId: m.memberId, agreedOn: '2024-03-02' }).expect(201);
    // RS-1: as at the day before the agreements were given, none counts; from their day, every one (the meeting's page and copy read them so).
    const noticeAsAt = async (asAt: string) => (await t.http.get(`${C}/resolutions/${rid}?asAt=${asAt}`).set(t.auth('board')).expect(200)).body;
    const before = await noticeAsAt('2024-03-01');
    expect([before.shortNoticeAgreedBy, before.notice.agreement.agreed, before.notice.shortNoticeAgreed]).toEqual([[], 0, false]);
    expect((await noticeAsAt('2024-03-02')).notice).toMatchObject({ shortNoticeAgreed: true, agreement: { agreed: entitled.length } });
    const copy = flat((await pageTexts((await download(`${C}/resolutions/${rid}/copy.pdf?asAt=2024-03-01`).expect(200)).body as Buffer)).join('\n'));
    expect(copy).toContain('Meeting to be held 5 March 2024');
    expect(copy).not.toMatch(/agreed by \d+ of the/);
    await t.http.post(`${C}/practices`).set(secretary()).send({ odsCode: 'Z00092', name: 'Late Entry Practice (synthetic)', address: '92 New Road, London E1 3NN', on: '2024-01-01' }).expect(201);
    const authority = await passBoardResolution(t, COMPANY, '2024-03-02', [{ action: 'allotment', shareNumber: 40 }]);
    const allot = (effectiveOn: string) => post('share-allotments', { shareNumber: 40, effectiveOn, holder: { practiceId: 'practice-z00092' }, authorisedBy: authority });
    const res = await refused(() => allot('2024-03-03'), 409, 'EVENT_PREDATES_DEPENDENCY');
    expect(res.body.details).toMatchObject({ resolutionId: rid, meetingId: created.body.meetingId, meetingReference: created.body.reference, lastChangedOn: '2024-03-05' });
    expect(res.body.message).toContain(`held at short notice, agreed by ${entitled.length} of the ${entitled.length} members entitled to attend and vote`);
    await allot('2024-03-06').expect(201);
  });
});
