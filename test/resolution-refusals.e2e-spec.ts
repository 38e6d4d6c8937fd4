import { passBoardResolution, passSpecialResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { holdersByShare, readRegister } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

type Director = { directorId: string; name: string };

/**
 * Refusals of resolutions, meetings and their responses over HTTP: every date a resolution carries is
 * in the company's life (on or after its incorporation on 2014-09-01), and a refusal names the member
 * or director, the resolution (by its text) and the meeting in words, never by id; ids stay in details.
 * The seeded company: 37 members of one share, 3 directors. Practice 37 gives up share 37 on
 * 2023-03-08 and is admitted again, as a new member, with share 38 on 2023-03-10.
 */
describe.each(databaseKinds())('resolution refusals name who and what (%s)', (kind) => {
  let t: TestApp;
  let leaver: { memberId: string; name: string };
  let board: Director[];
  beforeAll(async () => {
    t = await startTestApp(kind);
    const holders = await holdersByShare(t, '2023-01-01');
    const register = await readRegister(t, 'asAt=2023-01-01&status=current&limit=100');
    leaver = register.members.find((m) => m.memberId === holders.get(37))!;
    const authority = await passBoardResolution(t, COMPANY, '2023-03-05', [{ action: 'allotment', shareNumber: 38 }]);
    // SR-1: the surrender reduces capital: a members' special resolution, with the solvency statement made in the 15 days before it.
    const reduction = await passSpecialResolution(t, COMPANY, '2023-03-05', [{ action: 'cancellation', shareNumber: 37 }]);
    await post('share-cancellations', { shareNumber: 37, reason: 'surrender', effectiveOn: '2023-03-08', authorisedBy: reduction, solvencyStatementOn: '2023-03-01' }).expect(201);
    await post('share-allotments', { shareNumber: 38, effectiveOn: '2023-03-10', holder: { practiceId: 'practice-z00037' }, authorisedBy: authority }).expect(201);
    board = (await t.http.get(`${C}/directors?asAt=2023-01-01`).set(t.auth('board')).expect(200)).body as Director[];
  });
  afterAll(() => t.close());

  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);
  const respond = (rid: string, what: 'agreements' | 'votes' | 'short-notice-agreements', body: object) => post(`resolutions/${rid}/${what}`, body);
  const refused = refusedUnchanged(() => ledgerHead(t));

  describe('EVENT_BEFORE_INCORPORATION: nothing of a resolution is dated before the company was incorporated (2014-09-01)', () => {
    it('a board resolution at a meeting of 1850-06-01 is refused as the meetings route refuses it: 422, no resolution, no meeting, nothing written', async () => {
      const old = await refused(() => post('resolutions', { kind: 'board', procedure: 'meeting', meetingOn: '1850-06-01', text: 'THAT the accounts be approved (synthetic).' }), 422, 'EVENT_BEFORE_INCORPORATION');
      expect(old.body.message).toBe('the meeting is dated 1850-06-01, before the company was incorporated on 2014-09-01');
      expect(old.body.details).toEqual({ field: 'meetingOn', effectiveOn: '1850-06-01', incorporatedOn: '2014-09-01' });
      await refused(() => post('meetings', { kind: 'board', heldOn: '1850-06-01', items: [{ text: 'THAT the accounts be approved (synthetic).' }] }), 422, 'EVENT_BEFORE_INCORPORATION');
      const listed = (await t.http.get(`${C}/resolutions`).set(t.auth('board')).expect(200)).body as { reference: string }[];
      expect(listed.filter((r) => r.reference.includes('1850'))).toEqual([]);
      const meetings = (await t.http.get(`${C}/meetings`).set(t.auth('board')).expect(200)).body as { heldOn: string }[];
      expect(meetings.filter((m) => m.heldOn < '2014-09-01')).toEqual([]);
    });

    it('the day before incorporation, by every date a proposal carries: a written resolution’s circulation, a general meeting or its notice', async () => {
      await refused(() => post('resolutions', { kind: 'board', procedure: 'written', circulatedOn: '2014-08-31', text: 'THAT x (synthetic).' }), 422, 'EVENT_BEFORE_INCORPORATION');
      await refused(() => post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: '2014-08-31', text: 'THAT x (synthetic).' }), 422, 'EVENT_BEFORE_INCORPORATION');
      const early = await refused(() => post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'meeting', noticeGivenOn: '2014-08-01', meetingOn: '2014-09-20', text: 'THAT x (synthetic).' }), 422, 'EVENT_BEFORE_INCORPORATION');
      // Each refusal names the body's field that gave the date.
      expect(early.body.details).toEqual({ field: 'noticeGivenOn', effectiveOn: '2014-08-01', incorporatedOn: '2014-09-01' });
      const notice = await refused(() => post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'meeting', noticeGivenOn: '2014-08-01', meetingOn: '2014-08-20', text: 'THAT x (synthetic).' }), 422, 'EVENT_BEFORE_INCORPORATION');
      expect(notice.body.message).toBe('the meeting is dated 2014-08-20, before the company was incorporated on 2014-09-01');
      expect(notice.body.details).toMatchObject({ field: 'meetingOn' });
      // On the day of incorporation itself a resolution may be made.
      await post('resolutions', { kind: 'board', procedure: 'written', circulatedOn: '2014-09-01', text: 'THAT the bank mandate be opened (synthetic).' }).expect(201);
    });

    it('consent to short notice and an agreement dated before incorporation are refused, though no rule of their own would refuse them', async () => {
      const general = await post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'meeting', noticeGivenOn: '2014-09-02', meetingOn: '2014-09-10', text: 'THAT y (synthetic).' }).expect(201);
      const consent = await refused(() => respond(general.body.resolutionId, 'short-notice-agreements', { memberId: general.body.entitled[0].memberId, agreedOn: '2014-08-01' }), 422, 'EVENT_BEFORE_INCORPORATION');
      expect(consent.body.message).toBe('the consent to short notice is dated 2014-08-01, before the company was incorporated on 2014-09-01');
      expect(consent.body.details).toEqual({ field: 'agreedOn', effectiveOn: '2014-08-01', incorporatedOn: '2014-09-01' });
      const written = await post('resolutions', { kind: 'board', procedure: 'written', circulatedOn: '2014-09-02', text: 'THAT z (synthetic).' }).expect(201);
      await refused(() => respond(written.body.resolutionId, 'agreements', { directorId: board[0]!.directorId, agreedOn: '1850-06-01' }), 422, 'EVENT_BEFORE_INCORPORATION');
      await respond(written.body.resolutionId, 'agreements', { directorId: board[0]!.directorId, agreedOn: '2014-09-02' }).expect(201);
    });
  });

  describe('DATED_AFTER_RECORDING: a circulation or a notice is recorded as done, so it is not dated after today', () => {
    it('a written resolution circulated, or notice of a meeting given, after today is 422 naming the date, nothing written; a meeting itself may be ahead', async () => {
      const late = await refused(() => post('resolutions', { kind: 'board', procedure: 'written', circulatedOn: '2999-12-31', text: 'THAT w (synthetic).' }), 422, 'DATED_AFTER_RECORDING');
      expect(late.body.message).toContain('the circulation of the resolution is dated 2999-12-31, after today');
      expect(late.body.details).toEqual({ field: 'circulatedOn', effectiveOn: '2999-12-31', recordedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      await refused(() => post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: '2999-12-31', text: 'THAT w (synthetic).' }), 422, 'DATED_AFTER_RECORDING');
      const notice = await refused(() => post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'meeting', noticeGivenOn: '2999-12-01', meetingOn: '2999-12-31', text: 'THAT w (synthetic).' }), 422, 'DATED_AFTER_RECORDING');
      expect(notice.body.details).toEqual({ field: 'noticeGivenOn', effectiveOn: '2999-12-01', recordedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      const listed = (await t.http.get(`${C}/resolutions`).set(t.auth('board')).expect(200)).body as { reference: string }[];
      expect(listed.filter((r) => r.reference.includes('2999'))).toEqual([]);
    });
  });

  describe('refusals name the member or director and the resolution in words, never by id', () => {
    it('an agreement dated before circulation, or after the written resolution lapsed, names who agreed and the resolution', async () => {
      const boardWritten = await post('resolutions', { kind: 'board', procedure: 'written', circulatedOn: '2023-02-01', text: 'THAT the bank mandate be renewed (synthetic).' }).expect(201);
      const early = await refused(() => respond(boardWritten.body.resolutionId, 'agreements', { directorId: board[1]!.directorId, agreedOn: '2023-01-31' }), 422, 'AGREEMENT_BEFORE_CIRCULATION');
      expect(early.body.message).toBe(`${board[1]!.name}’s agreement to the resolution “THAT the bank mandate be renewed (synthetic).” is dated 2023-01-31, before the resolution was circulated on 2023-02-01`);
      // The details carry the dates and the people the message names.
      expect(early.body.details).toEqual({ directorId: board[1]!.directorId, circulatedOn: '2023-02-01', director: board[1]!.name, resolution: 'the resolution “THAT the bank mandate be renewed (synthetic).”', agreedOn: '2023-01-31' });
      const written = await post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: '2023-04-01', text: 'THAT the annual report be received (synthetic).' }).expect(201);
      const [first] = written.body.eligible as { memberId: string; name: string }[];
      const before = await refused(() => respond(written.body.resolutionId, 'agreements', { memberId: first!.memberId, agreedOn: '2023-03-31' }), 422, 'AGREEMENT_BEFORE_CIRCULATION');
      expect(before.body.message).toBe(`${first!.name}’s agreement to the resolution “THAT the annual report be received (synthetic).” is dated 2023-03-31, before the resolution was circulated on 2023-04-01`);
      const late = await refused(() => respond(written.body.resolutionId, 'agreements', { memberId: first!.memberId, agreedOn: '2023-04-29' }), 422, 'AGREEMENT_AFTER_LAPSE');
      expect(late.body.message).toBe(`the period for agreeing to the resolution “THAT the annual report be received (synthetic).” ended on 2023-04-28; ${first!.name}’s agreement dated 2023-04-29 is void (s.297(2))`);
      expect(`${early.body.message} ${before.body.message} ${late.body.message}`).not.toContain(written.body.resolutionId);
    });

    it('MEMBER_NOT_ELIGIBLE names the member by the name the register gave them, and the resolution; an unknown reference is said to be one', async () => {
      const written = await post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: '2023-04-02', text: 'THAT the auditors be thanked (synthetic).' }).expect(201);
      const agreement = await refused(() => respond(written.body.resolutionId, 'agreements', { memberId: leaver.memberId, agreedOn: '2023-04-03' }), 422, 'MEMBER_NOT_ELIGIBLE');
      expect(agreement.body.message).toBe(`${leaver.name} was not an eligible member when the resolution “THAT the auditors be thanked (synthetic).” was circulated on 2023-04-02, so cannot agree to it`);
      expect(agreement.body.details).toEqual({ memberId: leaver.memberId, circulatedOn: '2023-04-02', member: leaver.name, resolution: 'the resolution “THAT the auditors be thanked (synthetic).”' });
      const nobody = await refused(() => respond(written.body.resolutionId, 'agreements', { memberId: 'no-such-member', agreedOn: '2023-04-03' }), 422, 'MEMBER_NOT_ELIGIBLE');
      expect(nobody.body.message).toBe('there is no member with that reference');

      const general = await post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'meeting', noticeGivenOn: '2023-03-01', meetingOn: '2023-03-20', text: 'THAT the new member be welcomed (synthetic).' }).expect(201);
      const vote = await refused(() => respond(general.body.resolutionId, 'votes', { memberId: leaver.memberId, vote: 'for' }), 422, 'MEMBER_NOT_ELIGIBLE');
      expect(vote.body.message).toBe(`${leaver.name} was not on the register of members on 2023-03-20, the day of the meeting, so cannot vote on the resolution “THAT the new member be welcomed (synthetic).” (MA-1)`);
      expect(vote.body.details).toEqual({ memberId: leaver.memberId, meetingOn: '2023-03-20', member: leaver.name, cannot: 'cannot vote on the resolution “THAT the new member be welcomed (synthetic).”' });
      const consent = await refused(() => respond(general.body.resolutionId, 'short-notice-agreements', { memberId: leaver.memberId, agreedOn: '2023-03-02' }), 422, 'MEMBER_NOT_ELIGIBLE');
      expect(consent.body.message).toBe(`${leaver.name} was not on the register of members on 2023-03-20, the day of the meeting, so cannot agree to short notice of it for the resolution “THAT the new member be welcomed (synthetic).” (MA-1)`);
      const attendance = await refused(() => post(`meetings/${general.body.meetingId}/attendance`, { attendees: [{ memberId: leaver.memberId }] }), 422, 'MEMBER_NOT_ELIGIBLE');
      expect(attendance.body.message).toBe(`${leaver.name} was not on the register of members on 2023-03-20, the day of the meeting, so cannot attend it (MA-1)`);
    });

    it('DIRECTOR_NOT_ON_BOARD: a vote or agreement by a director not on the board names the director, the resolution and the day they were appointed', async () => {
      const appointed = await post('directors', { name: 'Demo Director 9 (synthetic)', serviceAddress: '9 Demo Yard, London E1 0XX', appointedOn: '2024-06-01' }).expect(201);
      const directorId = appointed.body.directorId as string;
      const meeting = await post('resolutions', { kind: 'board', procedure: 'meeting', meetingOn: '2024-05-01', text: 'THAT the budget be approved (synthetic).' }).expect(201);
      const vote = await refused(() => respond(meeting.body.resolutionId, 'votes', { directorId, vote: 'for' }), 422, 'DIRECTOR_NOT_ON_BOARD');
      expect(vote.body.message).toBe('Demo Director 9 (synthetic) was not on the board on 2024-05-01, the day of the meeting, so cannot vote on the resolution “THAT the budget be approved (synthetic).”: they were appointed on 2024-06-01');
      expect(vote.body.details).toEqual({ directorId, on: '2024-05-01', director: 'Demo Director 9 (synthetic)', day: 'the day of the meeting, so cannot vote on the resolution “THAT the budget be approved (synthetic).”', appointedOn: '2024-06-01' });
      const written = await post('resolutions', { kind: 'board', procedure: 'written', circulatedOn: '2024-05-02', text: 'THAT the policy be adopted (synthetic).' }).expect(201);
      const agreement = await refused(() => respond(written.body.resolutionId, 'agreements', { directorId, agreedOn: '2024-05-03' }), 422, 'DIRECTOR_NOT_ON_BOARD');
      expect(agreement.body.message).toBe('Demo Director 9 (synthetic) was not on the board on 2024-05-03, the day of the agreement, so cannot agree to the resolution “THAT the policy be adopted (synthetic).”: they were appointed on 2024-06-01');
      const nobody = await refused(() => respond(meeting.body.resolutionId, 'votes', { directorId: 'no-such-director', vote: 'for' }), 422, 'DIRECTOR_NOT_ON_BOARD');
      expect(nobody.body.message).toBe('there is no director with that reference');
    });

    it('ATTENDANCE_ALREADY_RECORDED: a director listed twice is named, with the meeting; nothing is written', async () => {
      const [chair] = board;
      const twice = await refused(() => post('meetings', { kind: 'board', heldOn: '2024-05-02', items: [{ text: 'THAT z (synthetic).' }], attendance: [{ directorId: chair!.directorId }, { directorId: chair!.directorId }] }), 409, 'ATTENDANCE_ALREADY_RECORDED');
      expect(twice.body.message).toBe(`${chair!.name} is listed twice as present in this attendance (1 and 2 in the list); list each person once`);
      const meeting = await post('meetings', { kind: 'board', heldOn: '2024-05-03', items: [{ text: 'THAT z (synthetic).' }], attendance: [{ directorId: chair!.directorId }] }).expect(201);
      const again = await refused(() => post(`meetings/${meeting.body.meetingId}/attendance`, { attendees: [{ directorId: chair!.directorId }] }), 409, 'ATTENDANCE_ALREADY_RECORDED');
      expect(again.body.message).toBe(`${chair!.name} is already recorded as present at the board meeting on 2024-05-03`);
      expect(again.body.details).toEqual({ meetingId: meeting.body.meetingId, directorId: chair!.directorId, who: chair!.name, how: '', on: '2024-05-03', meeting: 'board meeting', heldOn: '2024-05-03' });
    });
  });

  describe('a member named on a resolution of the directors, or a director on the members\', is refused by the field', () => {
    it('400 VALIDATION_FAILED naming memberId on a board resolution (a vote or an agreement), directorId on a members\' one; nothing written', async () => {
      const member = (await readRegister(t, 'asAt=2024-06-01&status=current&limit=1')).members[0]!.memberId;
      const meeting = await post('resolutions', { kind: 'board', procedure: 'meeting', meetingOn: '2024-06-01', text: 'THAT the budget be approved (synthetic).' }).expect(201);
      const byMember = await refused(() => respond(meeting.body.resolutionId, 'votes', { memberId: member, vote: 'for' }), 400, 'VALIDATION_FAILED', 'memberId');
      expect(byMember.body.message).toContain('this is a resolution of the directors: name the director by directorId, not memberId');
      const writtenBoard = await post('resolutions', { kind: 'board', procedure: 'written', circulatedOn: '2024-06-01', text: 'THAT the bank mandate be renewed (synthetic).' }).expect(201);
      await refused(() => respond(writtenBoard.body.resolutionId, 'agreements', { memberId: member, agreedOn: '2024-06-02' }), 400, 'VALIDATION_FAILED', 'memberId');
      const members = await post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: '2024-06-01', text: 'THAT the auditors be reappointed (synthetic).' }).expect(201);
      const byDirector = await refused(() => respond(members.body.resolutionId, 'agreements', { directorId: board[0]!.directorId, agreedOn: '2024-06-02' }), 400, 'VALIDATION_FAILED', 'directorId');
      expect(byDirector.body.message).toContain('this is a resolution of the members: name the member by memberId, not directorId');
      // The right field is taken.
      await respond(members.body.resolutionId, 'agreements', { memberId: member, agreedOn: '2024-06-02' }).expect(201);
    });
  });
});
