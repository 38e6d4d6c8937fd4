import type { Response } from 'supertest';
import { passBoardResolution, passSpecialResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { addDays, todayAndTomorrow, todayUk } from './support/dates';
import { ledgerHead } from './support/ledger';
import { pdfText } from './support/pdf-download';
import { expectRefusal, refusedUnchanged } from './support/refusals';
import { holdersByShare } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
const TODAY = todayUk();

type Member = { memberId: string; name: string; votes: number };
type Director = { directorId: string; name: string };

/**
 * Members' and directors' resolutions over HTTP. One app per database: every resolution is
 * independent of the others, except that the WR-2 test changes the register in January 2021, so the
 * meetings held after it are counted against the register as it then stands (still 37 members).
 * The thresholds are the seeded company's: 37 members with one share each, and 3 directors.
 */
describe.each(databaseKinds())('resolutions over HTTP (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const secretary = () => t.auth('secretary');
  const propose = (body: object) => t.http.post(`${C}/resolutions`).set(secretary()).send(body);
  const respond = (rid: string, what: 'agreements' | 'votes' | 'short-notice-agreements', body: object) =>
    t.http.post(`${C}/resolutions/${rid}/${what}`).set(secretary()).send(body);
  const outcomeAsAt = async (rid: string, asAt: string) =>
    (await t.http.get(`${C}/resolutions/${rid}?asAt=${asAt}`).set(t.auth('board')).expect(200)).body.outcome;
  /** Sends a request that must be refused with `status` and `code` (naming `field`), and checks nothing was written. */
  const refused = refusedUnchanged(() => ledgerHead(t));
  const agreeAll = async (rid: string, members: Member[], agreedOn: (i: number) => string) => {
    for (const [i, m] of members.entries()) await respond(rid, 'agreements', { memberId: m.memberId, agreedOn: agreedOn(i) }).expect(201);
  };
  const voteAll = async (rid: string, entitled: Member[], votes: ('for' | 'against' | 'abstain')[]) => {
    for (const [i, vote] of votes.entries()) await respond(rid, 'votes', { memberId: entitled[i].memberId, vote }).expect(201);
  };
  const meeting = (type: 'ordinary' | 'special', noticeGivenOn: string, meetingOn: string) =>
    propose({ kind: 'members', type, procedure: 'meeting', noticeGivenOn, meetingOn, text: `THAT the ${type} business of ${meetingOn} be approved.` }).expect(201);

  describe("members' written resolutions", () => {
    it('RS-4 / FR-1: a written special resolution of the 37 members is open after 27 agreements and passes on the 28th, filing due 15 days later', async () => {
      // Circulated in 2019, before the share changes of later tests (WR-2: none may take effect before a list already counted).
      const circulatedOn = '2019-11-01';
      const proposed = await propose({
        kind: 'members',
        type: 'special',
        procedure: 'written',
        circulatedOn,
        text: 'THAT the articles of association be amended as set out in the annex.',
      }).expect(201);
      expect(proposed.body).toMatchObject({ kind: 'members', type: 'special', procedure: 'written', matter: 'general', circulatedOn });
      expect(proposed.body.eligible).toHaveLength(37);
      expect(proposed.body.eligible.every((m: Member) => m.votes === 1)).toBe(true);
      const rid = proposed.body.resolutionId as string;
      expect(await outcomeAsAt(rid, circulatedOn)).toMatchObject({ status: 'open', passedOn: null, filingDueOn: null, tally: { inFavour: 0, needed: 28, outOf: 37 } });
      const eligible = proposed.body.eligible as Member[];

      await agreeAll(rid, eligible.slice(0, 26), (i) => addDays(circulatedOn, 1 + (i % 5)));
      await respond(rid, 'agreements', { memberId: eligible[26].memberId, agreedOn: '2019-11-08' }).expect(201);
      expect(await outcomeAsAt(rid, '2019-11-08')).toMatchObject({ status: 'open', passedOn: null, tally: { inFavour: 27, needed: 28 } });

      const passedOn = '2019-11-09';
      const twentyEighth = await respond(rid, 'agreements', { memberId: eligible[27].memberId, agreedOn: passedOn }).expect(201);
      expect(twentyEighth.body.outcome).toMatchObject({ status: 'passed', passedOn, filingDueOn: addDays(passedOn, 15), tally: { inFavour: 28, needed: 28, outOf: 37 } });
      expect(twentyEighth.body.agreements).toHaveLength(28);

      const got = await t.http.get(`${C}/resolutions/${rid}`).set(t.auth('auditor')).expect(200);
      expect(got.body.outcome).toMatchObject({ asAt: TODAY, status: 'passed', passedOn, filingDueOn: addDays(passedOn, 15) });
      const list = await t.http.get(`${C}/resolutions`).set(t.auth('board')).expect(200);
      expect(list.body.find((r: { resolutionId: string }) => r.resolutionId === rid).outcome).toMatchObject({ status: 'passed', passedOn });
      const listedBefore = await t.http.get(`${C}/resolutions?asAt=2019-11-08`).set(t.auth('board')).expect(200);
      expect(listedBefore.body.find((r: { resolutionId: string }) => r.resolutionId === rid).outcome).toMatchObject({ status: 'open', passedOn: null, filingDueOn: null });
      expect(await outcomeAsAt(rid, '2019-11-08')).toMatchObject({ status: 'open', tally: { inFavour: 27 } });

      // RS-1: read as at a day, it is as it stood then: the 27 agreements recorded as given by 8 November, not the 28th.
      const then = listedBefore.body.find((r: { resolutionId: string }) => r.resolutionId === rid);
      expect(then.agreements).toHaveLength(27);
      expect(then.agreements.map((a: { memberId: string }) => a.memberId)).not.toContain(eligible[27].memberId);
      expect((await t.http.get(`${C}/resolutions/${rid}?asAt=${passedOn}`).set(t.auth('auditor')).expect(200)).body.agreements).toHaveLength(28);
      // The day before it was circulated there was no resolution: the list leaves it out, and reading it is refused naming asAt.
      const dayBefore = addDays(circulatedOn, -1);
      const listedEarlier = await t.http.get(`${C}/resolutions?asAt=${dayBefore}`).set(t.auth('board')).expect(200);
      expect(listedEarlier.body.map((r: { resolutionId: string }) => r.resolutionId)).not.toContain(rid);
      expect(listedBefore.body.map((r: { resolutionId: string }) => r.resolutionId)).toContain(rid);
      const early = await t.http.get(`${C}/resolutions/${rid}?asAt=${dayBefore}`).set(t.auth('board'));
      expectRefusal(early, 400, 'VALIDATION_FAILED', 'asAt');
      expect(early.body.message).toContain(`the resolution was proposed on ${circulatedOn}`);
    });

    it('RS-4: an ordinary written resolution needs 19 of the 37: open with 18, passed with the 19th and not for filing', async () => {
      const proposed = await propose({ kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: '2020-03-02', text: 'THAT the annual report be received.' }).expect(201);
      const rid = proposed.body.resolutionId as string;
      await agreeAll(rid, proposed.body.eligible.slice(0, 18), () => '2020-03-05');
      expect(await outcomeAsAt(rid, '2020-03-29')).toMatchObject({ status: 'open', tally: { inFavour: 18, needed: 19, outOf: 37 } });
      await respond(rid, 'agreements', { memberId: proposed.body.eligible[18].memberId, agreedOn: '2020-03-06' }).expect(201);
      expect(await outcomeAsAt(rid, '2020-03-05')).toMatchObject({ status: 'open' });
      expect(await outcomeAsAt(rid, '2020-03-06')).toMatchObject({ status: 'passed', passedOn: '2020-03-06', filingDueOn: null, tally: { inFavour: 19 } });
    });

    it('WR-3: a written resolution lapses 28 days from circulation; an agreement on day 29 is refused, one on day 28 counts; agreement is given once', async () => {
      const proposed = await propose({ kind: 'members', type: 'special', procedure: 'written', circulatedOn: '2020-04-01', text: 'THAT the company name be changed.' }).expect(201);
      const rid = proposed.body.resolutionId as string;
      const [first, second] = proposed.body.eligible as Member[];
      expect(proposed.body.lapsesOn).toBe('2020-04-28');

      const late = await refused(() => respond(rid, 'agreements', { memberId: first.memberId, agreedOn: '2020-04-29' }), 422, 'AGREEMENT_AFTER_LAPSE');
      expect(late.body.details).toMatchObject({ lapsesOn: '2020-04-28' });
      await refused(() => respond(rid, 'agreements', { memberId: first.memberId, agreedOn: '2020-03-31' }), 422, 'AGREEMENT_BEFORE_CIRCULATION');
      await respond(rid, 'agreements', { memberId: first.memberId, agreedOn: '2020-04-28' }).expect(201);
      await respond(rid, 'agreements', { memberId: second.memberId, agreedOn: '2020-04-02' }).expect(201);
      const twice = await refused(() => respond(rid, 'agreements', { memberId: first.memberId, agreedOn: '2020-04-20' }), 409, 'AGREEMENT_ALREADY_GIVEN');
      expect(twice.body.message).toBe(`${first.name} agreed to the resolution “THAT the company name be changed.” on 2020-04-28; agreement is given once and cannot be revoked`);
      expect(twice.body.details).toEqual({ memberId: first.memberId, agreedOn: '2020-04-28', member: first.name, resolution: 'the resolution “THAT the company name be changed.”' });

      expect(await outcomeAsAt(rid, '2020-04-28')).toMatchObject({ status: 'open', lapsesOn: '2020-04-28', tally: { inFavour: 2, needed: 28 } });
      expect(await outcomeAsAt(rid, '2020-04-29')).toMatchObject({ status: 'lapsed', passedOn: null, filingDueOn: null, lapsesOn: '2020-04-28' });
    });

    it('WR-1: a resolution to remove a director cannot be a written resolution, though it may go to a meeting', async () => {
      const body = { kind: 'members', type: 'ordinary', matter: 'removal-of-director', text: 'THAT Demo Director 3 be removed from office.' };
      await refused(() => propose({ ...body, procedure: 'written', circulatedOn: '2020-05-01' }), 422, 'WRITTEN_RESOLUTION_NOT_ALLOWED');
      await refused(() => propose({ ...body, matter: 'removal-of-auditor', procedure: 'written', circulatedOn: '2020-05-01' }), 422, 'WRITTEN_RESOLUTION_NOT_ALLOWED');
      const atMeeting = await propose({ ...body, procedure: 'meeting', noticeGivenOn: '2020-05-01', meetingOn: '2020-05-20', specialNoticeReceivedOn: '2020-04-20' }).expect(201);
      expect(atMeeting.body).toMatchObject({ procedure: 'meeting', matter: 'removal-of-director', specialNoticeReceivedOn: '2020-04-20' });
    });

    it('s.168(2), s.312: a removal at a general meeting needs special notice, received 28 clear days before the meeting or before it was called; nothing is recorded otherwise', async () => {
      const body = { kind: 'members', type: 'ordinary', matter: 'removal-of-director', procedure: 'meeting', text: 'THAT Demo Director 2 be removed from office.', noticeGivenOn: '2020-06-01', meetingOn: '2020-06-20' };
      const required = await refused(() => propose(body), 422, 'SPECIAL_NOTICE_REQUIRED');
      expect(required.body.message).toContain('s.312');
      // Received after the meeting was called (1 June), 15 clear days before it: too late (s.312(1), (4)).
      const late = await refused(() => propose({ ...body, specialNoticeReceivedOn: '2020-06-04' }), 422, 'SPECIAL_NOTICE_TOO_LATE');
      expect(late.body.details).toMatchObject({ specialNoticeReceivedOn: '2020-06-04', noticeGivenOn: '2020-06-01', meetingOn: '2020-06-20', clearDays: 15 });
      // A meeting dated before its notice is refused for that, whatever its special notice.
      await refused(() => propose({ ...body, noticeGivenOn: '2020-06-25', specialNoticeReceivedOn: '2020-06-21' }), 422, 'MEETING_BEFORE_NOTICE');
      // Not after today, and only for a removal.
      await refused(() => propose({ ...body, specialNoticeReceivedOn: '2099-01-01' }), 422, 'DATED_AFTER_RECORDING');
      await refused(() => propose({ ...body, matter: 'general', specialNoticeReceivedOn: '2020-05-01' }), 422, 'SPECIAL_NOTICE_NOT_NEEDED');
      await refused(() => propose({ ...body, specialNoticeReceivedOn: 'soon' }), 400, 'VALIDATION_FAILED');
      // In writing, special notice is no field of it: refused with why.
      const written = await refused(() => propose({ ...body, matter: 'general', procedure: 'written', noticeGivenOn: undefined, meetingOn: undefined, circulatedOn: '2020-05-01', specialNoticeReceivedOn: '2020-04-20' }), 400, 'VALIDATION_FAILED');
      expect(written.body.message).toBe("specialNoticeReceivedOn does not apply to a members' resolution in writing. Special notice (s.312) is given of a members' resolution to be moved at a general meeting.");
      // s.312(4): the meeting called after special notice was received, within 28 days of it: properly given.
      const given = await propose({ ...body, specialNoticeReceivedOn: '2020-05-30' }).expect(201);
      expect(await pdfText(t, `${C}/resolutions/${given.body.resolutionId}/copy.pdf`)).toContain('Special notice Received by the company on 30 May 2020 (s.312)');

      // The same through a meeting called with items: each removal item names its special notice.
      const meeting = { kind: 'general', noticeGivenOn: '2020-07-01', heldOn: '2020-07-20' };
      const item = { type: 'ordinary', matter: 'removal-of-auditor', text: 'THAT the auditors be removed from office.' };
      const meetings = () => t.http.post(`${C}/meetings`).set(secretary());
      const none = await meetings().send({ ...meeting, items: [{ type: 'ordinary', text: 'THAT the accounts be received.' }, item] }).expect(422);
      expect(none.body).toMatchObject({ code: 'SPECIAL_NOTICE_REQUIRED', details: { field: 'items.1.specialNoticeReceivedOn' } });
      expect((await meetings().send({ ...meeting, items: [{ ...item, specialNoticeReceivedOn: '2020-07-02' }] }).expect(422)).body.code).toBe('SPECIAL_NOTICE_TOO_LATE');
      expect((await meetings().send({ kind: 'board', heldOn: '2020-07-20', items: [{ text: 'THAT X.', specialNoticeReceivedOn: '2020-06-01' }] }).expect(400)).body.code).toBe('VALIDATION_FAILED');
      const called = await meetings().send({ ...meeting, items: [{ ...item, specialNoticeReceivedOn: '2020-06-15' }] }).expect(201);
      expect(called.body.items[0]).toMatchObject({ item: 1, matter: 'removal-of-auditor', specialNoticeReceivedOn: '2020-06-15' });
      expect(await pdfText(t, `${C}/meetings/${called.body.meetingId}/minutes.pdf`)).toContain('Special notice Received by the company on 15 June 2020 (s.312)');
      const rid = called.body.items[0].resolutionId as string;
      expect((await t.http.get(`${C}/resolutions/${rid}`).set(secretary()).expect(200)).body).toMatchObject({ matter: 'removal-of-auditor', specialNoticeReceivedOn: '2020-06-15' });
    });

    it('WR-2: eligibility is fixed at circulation: a member registered afterwards is not eligible, one who has since left still is', async () => {
      const proposed = await propose({ kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: '2021-01-10', text: 'THAT the auditors be reappointed.' }).expect(201);
      const rid = proposed.body.resolutionId as string;
      const leaver = (await holdersByShare(t, '2021-01-10')).get(37)!;

      // Practice 37 surrenders share 37 (a reduction of capital, SR-1: a special resolution and a solvency statement) and is
      // re-admitted with a new share 38 on the board's authority.
      const authority = await passBoardResolution(t, COMPANY, '2021-01-20', [{ action: 'allotment', shareNumber: 38 }]);
      const reduction = await passSpecialResolution(t, COMPANY, '2021-01-20', [{ action: 'cancellation', shareNumber: 37 }]);
      await t.http.post(`${C}/share-cancellations`).set(secretary()).send({ shareNumber: 37, reason: 'surrender', effectiveOn: '2021-01-25', authorisedBy: reduction, solvencyStatementOn: '2021-01-15' }).expect(201);
      const allotted = await t.http
        .post(`${C}/share-allotments`)
        .set(secretary())
        .send({ shareNumber: 38, effectiveOn: '2021-01-26', holder: { practiceId: 'practice-z00037' }, authorisedBy: authority })
        .expect(201);
      const newcomer = allotted.body.payload.holder.memberId as string;
      expect(newcomer).not.toBe(leaver);

      const res = await refused(() => respond(rid, 'agreements', { memberId: newcomer, agreedOn: '2021-01-27' }), 422, 'MEMBER_NOT_ELIGIBLE');
      expect(res.body.details).toMatchObject({ memberId: newcomer, circulatedOn: '2021-01-10' });
      const kept = await respond(rid, 'agreements', { memberId: leaver, agreedOn: '2021-01-27' }).expect(201);
      expect(kept.body.eligible.map((m: Member) => m.memberId)).toContain(leaver);

      const later = await propose({ kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: '2021-02-01', text: 'THAT the new member be welcomed.' }).expect(201);
      const ids = later.body.eligible.map((m: Member) => m.memberId);
      // One member left and one joined: as many are eligible as at the first circulation.
      expect(ids).toHaveLength(proposed.body.eligible.length);
      expect(ids).toContain(newcomer);
      expect(ids).not.toContain(leaver);
    });
  });

  describe('general meetings', () => {
    it('MT-1: 13 clear days of notice fails the resolution even with votes for, until members holding 90% agree to short notice (33 of 37 short, 34 enough)', async () => {
      const proposed = await meeting('ordinary', '2022-01-01', '2022-01-15');
      const rid = proposed.body.resolutionId as string;
      const entitled = proposed.body.entitled as Member[];
      expect(entitled).toHaveLength(37);
      await voteAll(rid, entitled, ['for', 'for', 'for']);
      expect(await outcomeAsAt(rid, '2022-01-14')).toMatchObject({ status: 'open', failedBecause: null });
      expect(await outcomeAsAt(rid, '2022-01-15')).toMatchObject({ status: 'failed', failedBecause: 'notice-too-short', passedOn: null, tally: null });

      for (const m of entitled.slice(0, 33)) await respond(rid, 'short-notice-agreements', { memberId: m.memberId, agreedOn: '2022-01-10' }).expect(201);
      expect(await outcomeAsAt(rid, '2022-01-15')).toMatchObject({ status: 'failed', failedBecause: 'notice-too-short' });
      // The minutes say the notice was short and no sufficient agreement is recorded.
      const minutes = () => pdfText(t, `${C}/meetings/${proposed.body.meetingId}/minutes.pdf`);
      expect(await minutes()).toContain("Short notice Notice was short (13 clear days of the 14 required), and the members' agreement to short notice (s.307(4)–(6)) is not recorded");
      const again = await refused(() => respond(rid, 'short-notice-agreements', { memberId: entitled[0].memberId, agreedOn: '2022-01-11' }), 409, 'AGREEMENT_ALREADY_GIVEN');
      expect(again.body.message).toBe(`${entitled[0].name} has already agreed to short notice of the meeting on 2022-01-15 for the resolution “${proposed.body.text}”; consent is given once`);
      expect(again.body.details).toEqual({ memberId: entitled[0].memberId, member: entitled[0].name, meetingOn: '2022-01-15', resolution: `the resolution “${proposed.body.text}”` });
      const last = await respond(rid, 'short-notice-agreements', { memberId: entitled[33].memberId, agreedOn: '2022-01-10' }).expect(201);
      expect(last.body.shortNoticeAgreedBy).toHaveLength(34);
      expect(await outcomeAsAt(rid, '2022-01-15')).toMatchObject({ status: 'passed', passedOn: '2022-01-15', failedBecause: null, tally: { inFavour: 3, outOf: 3 } });
      // MT-1: the minutes record the agreement that made the short notice valid.
      expect(await minutes()).toContain('Short notice Held at short notice (13 clear days of the 14 required), agreed by 34 of the 37 members entitled to attend and vote, holding 91% in nominal value of their shares (s.307(4)–(6): a majority holding at least 90%)');
    });

    it('MT-1 / MT-2: 14 clear days (notice on the 1st, meeting on the 16th) is enough notice', async () => {
      const proposed = await meeting('ordinary', '2022-02-01', '2022-02-16');
      await voteAll(proposed.body.resolutionId, proposed.body.entitled, ['for', 'for']);
      expect(await outcomeAsAt(proposed.body.resolutionId, '2022-02-16')).toMatchObject({ status: 'passed', passedOn: '2022-02-16', filingDueOn: null });
    });

    it('MT-3: one member voting is not a quorum of 2, so the resolution fails however they vote', async () => {
      const proposed = await meeting('ordinary', '2022-03-01', '2022-03-20');
      expect(proposed.body.quorum).toBe(2);
      await voteAll(proposed.body.resolutionId, proposed.body.entitled, ['for']);
      expect(await outcomeAsAt(proposed.body.resolutionId, '2022-03-20')).toMatchObject({ status: 'failed', failedBecause: 'quorum-not-met', tally: null });
    });

    it('RS-2 / FR-1: a special resolution at a meeting passes with 3 for and 1 against (75% of votes cast), filing due 15 days after the meeting', async () => {
      const proposed = await meeting('special', '2022-04-01', '2022-04-20');
      await voteAll(proposed.body.resolutionId, proposed.body.entitled, ['for', 'for', 'for', 'against']);
      expect(await outcomeAsAt(proposed.body.resolutionId, '2022-04-20')).toMatchObject({
        status: 'passed',
        passedOn: '2022-04-20',
        filingDueOn: '2022-05-05',
        tally: { inFavour: 3, against: 1, needed: 3, outOf: 4 },
      });
    });

    it('RS-2: a special resolution with 2 for and 1 against (67%) fails for want of a majority', async () => {
      const proposed = await meeting('special', '2022-05-01', '2022-05-20');
      await voteAll(proposed.body.resolutionId, proposed.body.entitled, ['for', 'for', 'against']);
      expect(await outcomeAsAt(proposed.body.resolutionId, '2022-05-20')).toMatchObject({ status: 'failed', failedBecause: 'majority-not-reached', filingDueOn: null });
    });

    it('RS-2: an ordinary resolution needs more than half the votes cast: 2 for 2 against fails; abstentions are not counted', async () => {
      const tied = await meeting('ordinary', '2022-06-01', '2022-06-20');
      await voteAll(tied.body.resolutionId, tied.body.entitled, ['for', 'for', 'against', 'against']);
      expect(await outcomeAsAt(tied.body.resolutionId, '2022-06-20')).toMatchObject({ status: 'failed', failedBecause: 'majority-not-reached' });

      const abstained = await meeting('ordinary', '2022-06-01', '2022-06-21');
      await voteAll(abstained.body.resolutionId, abstained.body.entitled, ['for', 'for', 'against', 'abstain', 'abstain', 'abstain']);
      expect(await outcomeAsAt(abstained.body.resolutionId, '2022-06-21')).toMatchObject({
        status: 'passed',
        tally: { inFavour: 2, against: 1, abstaining: 3, needed: 2, outOf: 3 },
      });
    });

    it('MT-3: a vote from someone not on the register on the meeting date is refused; a second vote from a member too', async () => {
      const proposed = await meeting('ordinary', '2022-07-01', '2022-07-20');
      const rid = proposed.body.resolutionId as string;
      const former = (await t.http.get(`${C}/register?asAt=2022-07-20&status=former&limit=100`).set(t.auth('board')).expect(200)).body.members;
      expect(former).toHaveLength(1);
      await refused(() => respond(rid, 'votes', { memberId: former[0].memberId, vote: 'for' }), 422, 'MEMBER_NOT_ELIGIBLE');
      await refused(() => respond(rid, 'votes', { memberId: 'no-such-member', vote: 'for' }), 422, 'MEMBER_NOT_ELIGIBLE');
      await respond(rid, 'votes', { memberId: proposed.body.entitled[0].memberId, vote: 'for' }).expect(201);
      await refused(() => respond(rid, 'votes', { memberId: proposed.body.entitled[0].memberId, vote: 'against' }), 409, 'VOTE_ALREADY_RECORDED');
    });

    it('MT-1: consent to short notice counts up to the meeting day; dated after the meeting it is 422 SHORT_NOTICE_AGREED_AFTER_MEETING and nothing is written', async () => {
      const proposed = await meeting('ordinary', '2022-09-01', '2022-09-10');
      const rid = proposed.body.resolutionId as string;
      const [first, second] = proposed.body.entitled as Member[];
      const late = await refused(() => respond(rid, 'short-notice-agreements', { memberId: first.memberId, agreedOn: '2022-09-11' }), 422, 'SHORT_NOTICE_AGREED_AFTER_MEETING');
      expect(late.body.details).toEqual({ memberId: first.memberId, agreedOn: '2022-09-11', meetingOn: '2022-09-10' });
      expect(late.body.message).toContain('2022-09-11');
      const onTheDay = await respond(rid, 'short-notice-agreements', { memberId: first.memberId, agreedOn: '2022-09-10' }).expect(201);
      expect(onTheDay.body.shortNoticeAgreedBy).toEqual([first.memberId]);
      await respond(rid, 'short-notice-agreements', { memberId: second.memberId, agreedOn: '2022-09-02' }).expect(201);
      await refused(() => respond(rid, 'short-notice-agreements', { memberId: second.memberId, agreedOn: '2023-01-01' }), 422, 'SHORT_NOTICE_AGREED_AFTER_MEETING');
    });

    it('MT-1, s.307(4): consent to short notice is to the meeting: given through one item\'s route, it is recorded for every item of the meeting, and both pass alike', async () => {
      const created = await t.http.post(`${C}/meetings`).set(secretary()).send({
        kind: 'general', noticeGivenOn: '2022-10-01', heldOn: '2022-10-05', items: [{ type: 'ordinary', text: 'THAT P (synthetic).' }, { type: 'ordinary', text: 'THAT Q (synthetic).' }],
      }).expect(201);
      const [p, q] = (created.body.items as { resolutionId: string; entitled: Member[] }[]);
      const entitled = p!.entitled;
      const agreeing = entitled.slice(0, Math.ceil(entitled.length * 0.9) + 1);
      for (const m of agreeing) await respond(p!.resolutionId, 'short-notice-agreements', { memberId: m.memberId, agreedOn: '2022-10-02' }).expect(201);
      const qNow = (await t.http.get(`${C}/resolutions/${q!.resolutionId}`).set(t.auth('board')).expect(200)).body;
      expect(qNow.shortNoticeAgreedBy).toHaveLength(agreeing.length);
      for (const item of [p!, q!]) await voteAll(item.resolutionId, entitled, ['for', 'for']);
      for (const item of [p!, q!]) expect(await outcomeAsAt(item.resolutionId, '2022-10-05')).toMatchObject({ status: 'passed', passedOn: '2022-10-05' });
      // Through the other item's route, the same member's consent is already given.
      await refused(() => respond(q!.resolutionId, 'short-notice-agreements', { memberId: agreeing[0]!.memberId, agreedOn: '2022-10-02' }), 409, 'AGREEMENT_ALREADY_GIVEN');
    });

    it('MT-1: a meeting on the day notice is given is refused', async () => {
      await refused(() => propose({ kind: 'members', type: 'ordinary', procedure: 'meeting', noticeGivenOn: '2022-08-01', meetingOn: '2022-08-01', text: 'THAT x.' }), 422, 'MEETING_BEFORE_NOTICE');
    });
  });

  describe('board resolutions', () => {
    let board: Director[];
    it('board meeting: majority of directors voting, quorum 2; a director not on the board is refused (DIRECTOR_NOT_ON_BOARD)', async () => {
      const proposed = await propose({ kind: 'board', procedure: 'meeting', meetingOn: '2023-01-10', text: 'THAT the budget be approved.' }).expect(201);
      board = proposed.body.board;
      expect(board).toHaveLength(3);
      expect(proposed.body).toMatchObject({ kind: 'board', type: null, quorum: 2 });
      const rid = proposed.body.resolutionId as string;
      await refused(() => respond(rid, 'votes', { directorId: 'not-a-director', vote: 'for' }), 422, 'DIRECTOR_NOT_ON_BOARD');
      await respond(rid, 'votes', { directorId: board[0].directorId, vote: 'for' }).expect(201);
      expect(await outcomeAsAt(rid, '2023-01-10')).toMatchObject({ status: 'failed', failedBecause: 'quorum-not-met' });
      await respond(rid, 'votes', { directorId: board[1].directorId, vote: 'against' }).expect(201);
      expect(await outcomeAsAt(rid, '2023-01-10')).toMatchObject({ status: 'failed', failedBecause: 'majority-not-reached' });
      await respond(rid, 'votes', { directorId: board[2].directorId, vote: 'for' }).expect(201);
      expect(await outcomeAsAt(rid, '2023-01-10')).toMatchObject({ status: 'passed', passedOn: '2023-01-10', filingDueOn: null, tally: { inFavour: 2, against: 1 } });
      // RS-1: a board meeting's item is proposed at the meeting (its notice is not kept): there was none the day before.
      expectRefusal(await t.http.get(`${C}/resolutions/${rid}?asAt=2023-01-09`).set(t.auth('board')), 400, 'VALIDATION_FAILED', 'asAt');
    });

    it('board written resolution: passed on the day the last director on the board at circulation agrees', async () => {
      const proposed = await propose({ kind: 'board', procedure: 'written', circulatedOn: '2023-02-01', text: 'THAT the bank mandate be renewed.' }).expect(201);
      const rid = proposed.body.resolutionId as string;
      await respond(rid, 'agreements', { directorId: board[0].directorId, agreedOn: '2023-02-02' }).expect(201);
      await respond(rid, 'agreements', { directorId: board[1].directorId, agreedOn: '2023-02-03' }).expect(201);
      expect(await outcomeAsAt(rid, '2024-01-01')).toMatchObject({ status: 'open', tally: { inFavour: 2, needed: 3 } });
      const twice = await refused(() => respond(rid, 'agreements', { directorId: board[1].directorId, agreedOn: '2023-02-04' }), 409, 'AGREEMENT_ALREADY_GIVEN');
      expect(twice.body.message).toBe(`${board[1].name} agreed to the resolution “THAT the bank mandate be renewed.” on 2023-02-03; agreement is given once and cannot be revoked`);
      expect(twice.body.details).toEqual({ directorId: board[1].directorId, agreedOn: '2023-02-03', director: board[1].name, resolution: 'the resolution “THAT the bank mandate be renewed.”' });
      await respond(rid, 'agreements', { directorId: board[2].directorId, agreedOn: '2023-02-07' }).expect(201);
      expect(await outcomeAsAt(rid, '2023-02-06')).toMatchObject({ status: 'open' });
      expect(await outcomeAsAt(rid, '2023-02-07')).toMatchObject({ status: 'passed', passedOn: '2023-02-07' });
    });

    it('RESPONSE_NOT_FOR_PROCEDURE: a vote on a written resolution, an agreement to a meeting resolution, short notice for a board meeting', async () => {
      const written = await propose({ kind: 'board', procedure: 'written', circulatedOn: '2023-03-01', text: 'THAT x.' }).expect(201);
      await refused(() => respond(written.body.resolutionId, 'votes', { directorId: board[0].directorId, vote: 'for' }), 422, 'RESPONSE_NOT_FOR_PROCEDURE');
      const boardMeeting = await propose({ kind: 'board', procedure: 'meeting', meetingOn: '2023-03-02', text: 'THAT y.' }).expect(201);
      await refused(() => respond(boardMeeting.body.resolutionId, 'agreements', { directorId: board[0].directorId, agreedOn: '2023-03-02' }), 422, 'RESPONSE_NOT_FOR_PROCEDURE');
      await refused(() => respond(boardMeeting.body.resolutionId, 'short-notice-agreements', { memberId: 'm', agreedOn: '2023-03-01' }), 422, 'RESPONSE_NOT_FOR_PROCEDURE');
      const general = await meeting('ordinary', '2023-03-01', '2023-03-20');
      await refused(() => respond(general.body.resolutionId, 'agreements', { memberId: general.body.entitled[0].memberId, agreedOn: '2023-03-05' }), 422, 'RESPONSE_NOT_FOR_PROCEDURE');
    });
  });

  describe('responses dated after today (registers record what has happened)', () => {
    /** Checks a 422 DATED_AFTER_RECORDING naming the body's `field` (a vote's date is the meeting's), `effectiveOn` and today, with nothing written. */
    const datedAfter = async (send: () => PromiseLike<Response>, effectiveOn: string, today: string, field = 'agreedOn') => {
      const res = await refused(send, 422, 'DATED_AFTER_RECORDING');
      expect(res.body.details).toEqual({ field, effectiveOn, recordedOn: today });
      expect(res.body.message).toContain(`is dated ${effectiveOn}, after today (${today})`);
    };

    it("DATED_AFTER_RECORDING: a member's or a director's agreement to a written resolution dated tomorrow is 422; dated today it counts", async () => {
      const { today, tomorrow } = await todayAndTomorrow();
      const members = await propose({ kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: addDays(today, -3), text: 'THAT the minutes be approved.' }).expect(201);
      const member = (members.body.eligible as Member[])[0].memberId;
      await datedAfter(() => respond(members.body.resolutionId, 'agreements', { memberId: member, agreedOn: tomorrow }), tomorrow, today);
      const agreed = await respond(members.body.resolutionId, 'agreements', { memberId: member, agreedOn: today }).expect(201);
      expect(agreed.body.agreements).toHaveLength(1);

      const board = await propose({ kind: 'board', procedure: 'written', circulatedOn: addDays(today, -1), text: 'THAT the insurer be changed.' }).expect(201);
      const director = (board.body.board as Director[])[0].directorId;
      await datedAfter(() => respond(board.body.resolutionId, 'agreements', { directorId: director, agreedOn: tomorrow }), tomorrow, today);
      await respond(board.body.resolutionId, 'agreements', { directorId: director, agreedOn: today }).expect(201);
    });

    it('DATED_AFTER_RECORDING: a vote is dated the day of its meeting, so no vote can be recorded before a meeting held tomorrow', async () => {
      const { today, tomorrow } = await todayAndTomorrow();
      const boardMeeting = await propose({ kind: 'board', procedure: 'meeting', meetingOn: tomorrow, text: 'THAT the plan be adopted.' }).expect(201);
      for (const director of boardMeeting.body.board as Director[]) {
        await datedAfter(() => respond(boardMeeting.body.resolutionId, 'votes', { directorId: director.directorId, vote: 'for' }), tomorrow, today, 'vote');
      }
      const general = await propose({ kind: 'members', type: 'ordinary', procedure: 'meeting', noticeGivenOn: addDays(today, -20), meetingOn: tomorrow, text: 'THAT the plan be noted.' }).expect(201);
      const member = (general.body.entitled as Member[])[0].memberId;
      await datedAfter(() => respond(general.body.resolutionId, 'votes', { memberId: member, vote: 'for' }), tomorrow, today, 'vote');
      // Consent to short notice is dated the day it is given: tomorrow is refused, today is in time for tomorrow's meeting.
      await datedAfter(() => respond(general.body.resolutionId, 'short-notice-agreements', { memberId: member, agreedOn: tomorrow }), tomorrow, today);
      await respond(general.body.resolutionId, 'short-notice-agreements', { memberId: member, agreedOn: today }).expect(201);
      // A meeting held today takes its votes.
      const todays = await propose({ kind: 'board', procedure: 'meeting', meetingOn: today, text: 'THAT the plan be adopted today.' }).expect(201);
      await respond(todays.body.resolutionId, 'votes', { directorId: (todays.body.board as Director[])[0].directorId, vote: 'for' }).expect(201);
    });
  });

  describe('roles and bad input', () => {
    let rid: string;
    beforeAll(async () => {
      rid = (await meeting('ordinary', '2023-04-01', '2023-04-20')).body.resolutionId;
    });

    // That board and auditor may not write (403), no token (401), and faults of shape alone (an unknown
    // field, an impossible date, an unknown procedure or vote) are the controller's spec
    // (apps/api/src/governance/resolutions.controller.spec.ts). What needs the kind and procedure of
    // the resolution, or the record, is checked here.
    it.each(['board', 'auditor'] as const)('%s may read resolutions', async (role) => {
      const list = await t.http.get(`${C}/resolutions`).set(t.auth(role)).expect(200);
      expect(list.body.length).toBeGreaterThan(10);
      await t.http.get(`${C}/resolutions/${rid}`).set(t.auth(role)).expect(200);
    });

    const V = 'VALIDATION_FAILED';
    const MEMBERS = { kind: 'members', type: 'ordinary', text: 'THAT x.' };
    it.each([
      ["members' resolution without type (RS-3)", { kind: 'members', procedure: 'written', circulatedOn: '2023-05-01', text: 'THAT x.' }, 'type'],
      ['written resolution without circulatedOn', { ...MEMBERS, procedure: 'written' }, 'circulatedOn'],
      ['general meeting without meetingOn', { ...MEMBERS, procedure: 'meeting', noticeGivenOn: '2023-05-01' }, 'meetingOn'],
      ['general meeting without noticeGivenOn', { ...MEMBERS, procedure: 'meeting', meetingOn: '2023-05-20' }, 'noticeGivenOn'],
      ['board meeting without meetingOn', { kind: 'board', procedure: 'meeting', text: 'THAT x.' }, 'meetingOn'],
      ['board resolution with a type', { kind: 'board', type: 'special', procedure: 'meeting', meetingOn: '2023-05-01', text: 'THAT x.' }, 'type'],
      ['board resolution with a matter', { kind: 'board', matter: 'general', procedure: 'meeting', meetingOn: '2023-05-01', text: 'THAT x.' }, 'matter'],
      // A field of another kind or procedure is refused, not ignored.
      ['board resolution with voting', { kind: 'board', procedure: 'meeting', meetingOn: '2023-05-01', voting: 'poll', text: 'THAT x.' }, 'voting'],
      ['board resolution with noticeGivenOn', { kind: 'board', procedure: 'meeting', noticeGivenOn: '2023-04-01', meetingOn: '2023-05-01', text: 'THAT x.' }, 'noticeGivenOn'],
      ['board resolution with mustBeFiled', { kind: 'board', procedure: 'meeting', meetingOn: '2023-05-01', mustBeFiled: true, text: 'THAT x.' }, 'mustBeFiled'],
      ['board meeting with circulatedOn', { kind: 'board', procedure: 'meeting', meetingOn: '2023-05-01', circulatedOn: '2023-05-01', text: 'THAT x.' }, 'circulatedOn'],
      ['board written resolution with meetingOn', { kind: 'board', procedure: 'written', circulatedOn: '2023-05-01', meetingOn: '2023-05-01', text: 'THAT x.' }, 'meetingOn'],
      ["members' written resolution with meetingOn", { ...MEMBERS, procedure: 'written', circulatedOn: '2023-05-01', meetingOn: '2023-05-20' }, 'meetingOn'],
      ["members' written resolution with noticeGivenOn", { ...MEMBERS, procedure: 'written', circulatedOn: '2023-05-01', noticeGivenOn: '2023-05-01' }, 'noticeGivenOn'],
      ["members' written resolution with voting", { ...MEMBERS, procedure: 'written', circulatedOn: '2023-05-01', voting: 'show-of-hands' }, 'voting'],
      ['general meeting with circulatedOn', { ...MEMBERS, procedure: 'meeting', noticeGivenOn: '2023-05-01', meetingOn: '2023-05-20', circulatedOn: '2023-05-01' }, 'circulatedOn'],
    ])('400 VALIDATION_FAILED for a %s, naming the field', async (_name, body, field) => {
      const res = await refused(() => propose(body), 400, V, field);
      expect(res.body.details).toHaveLength(1);
    });

    it('a field that does not belong is the only fault: without it the same proposal is 201, and a general meeting takes voting', async () => {
      const board = { kind: 'board', procedure: 'meeting', meetingOn: '2023-05-02', text: 'THAT the board meet by video.' };
      const res = await refused(() => propose({ ...board, voting: 'poll' }), 400, V, 'voting');
      expect(res.body.message).toBe('voting does not apply to a board resolution at a meeting');
      await propose(board).expect(201);
      const general = await propose({ ...MEMBERS, procedure: 'meeting', noticeGivenOn: '2023-05-01', meetingOn: '2023-05-20', voting: 'poll' }).expect(201);
      expect(general.body).toMatchObject({ kind: 'members', procedure: 'meeting', meetingOn: '2023-05-20', voting: 'poll' });
    });

    it('400 for responses with both or neither of memberId and directorId', async () => {
      await refused(() => respond(rid, 'votes', { memberId: 'm', directorId: 'd', vote: 'for' }), 400, V, 'memberId');
      await refused(() => respond(rid, 'votes', { vote: 'for' }), 400, V, 'memberId');
    });

    it('404 for an unknown resolution, to read or to respond to', async () => {
      const res = await t.http.get(`${C}/resolutions/no-such-resolution`).set(t.auth('board'));
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
      await refused(() => respond('no-such-resolution', 'agreements', { memberId: 'm', agreedOn: '2023-04-02' }), 404, 'NOT_FOUND');
      await refused(() => respond('no-such-resolution', 'votes', { directorId: 'd', vote: 'for' }), 404, 'NOT_FOUND');
    });
  });

  it('the ledger still verifies after all of it, and holds exactly the resolutions the API lists', async () => {
    const verify = await ledgerHead(t);
    expect(verify.valid).toBe(true);
    const ledger = await t.http.get(`${C}/ledger?limit=1000`).set(t.auth('auditor')).expect(200);
    expect(ledger.body.entries).toHaveLength(verify.events);
    const proposed = ledger.body.entries.filter((e: { kind: string }) => e.kind === 'resolution.proposed').map((e: { payload: { resolution: { id: string } } }) => e.payload.resolution.id);
    const listed = (await t.http.get(`${C}/resolutions`).set(t.auth('auditor')).expect(200)).body.map((r: { resolutionId: string }) => r.resolutionId);
    expect(listed.sort()).toEqual(proposed.sort());
    expect(listed.length).toBeGreaterThan(20);
  });
});
