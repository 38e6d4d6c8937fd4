import { addMonths, calendarDate } from '#domain';
import { databaseKinds } from './support/databases';
import { addDays, todayAndTomorrow } from './support/dates';
import { ledgerHead } from './support/ledger';
import { expectRefusal } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/**
 * How far ahead a meeting may be dated, and the meetings list as at a day. A meeting may be called for
 * a day at most a year after today, and adjourned to a day at most a year after today; a day further
 * ahead (2999-06-01, a mistyped year) is 422 DATED_TOO_FAR_AHEAD naming the field and the latest day,
 * and nothing is written, so no meeting is left waiting centuries for its attendance. As at a day, the
 * list holds only the meetings called by then: a general meeting once its notice was given, a board
 * meeting on the day it is held.
 */
describe.each(databaseKinds())('meetings dated ahead (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);
  const board = (heldOn: string, extra: object = {}) => ({ kind: 'board', heldOn, items: [{ text: 'THAT the accounts be approved (synthetic).' }], ...extra });
  const meetings = async (query = '') => (await t.http.get(`${C}/meetings${query}`).set(t.auth('board')).expect(200)).body as { meetingId: string; heldOn: string }[];

  it('a meeting held, or adjourned to, more than a year after today is 422 DATED_TOO_FAR_AHEAD naming the field and the latest day; nothing is written', async () => {
    const { today } = await todayAndTomorrow();
    const latest = addMonths(calendarDate(today), 12);
    const dayAfter = addDays(latest, 1);
    const head = await ledgerHead(t);
    const count = (await meetings()).length;
    const general = { kind: 'general', noticeGivenOn: today, items: [{ type: 'ordinary', text: 'THAT the accounts be received (synthetic).' }] };
    const refusals = [
      ['heldOn', board('2999-06-01')],
      ['heldOn', board(dayAfter)],
      ['heldOn', { ...general, heldOn: '2999-06-01' }],
      ['adjournedTo', board(today, { adjournedTo: '2999-06-01' })],
      ['adjournedTo', board(today, { adjournedTo: dayAfter })],
    ] as const;
    for (const [field, body] of refusals) {
      const res = await post('meetings', body);
      expect([body, res.status, res.body]).toEqual([body, 422, { statusCode: 422, code: 'DATED_TOO_FAR_AHEAD', message: expect.stringContaining(latest), details: { field, latest } }]);
    }
    // The one-item meeting of POST …/resolutions is bounded alike.
    for (const body of [{ kind: 'board', meetingOn: '2999-06-01' }, { kind: 'members', type: 'ordinary', noticeGivenOn: today, meetingOn: dayAfter }]) {
      const res = await post('resolutions', { ...body, procedure: 'meeting', text: 'THAT the meeting be held in time (synthetic).' });
      expect([body, res.status, res.body.code, res.body.details]).toEqual([body, 422, 'DATED_TOO_FAR_AHEAD', { field: 'meetingOn', latest }]);
    }
    expect(await ledgerHead(t)).toEqual(head);
    expect(await meetings()).toHaveLength(count);
    const called = (await post('meetings', board(today)).expect(201)).body as { meetingId: string };
    const afterCall = await ledgerHead(t);
    for (const to of ['2999-06-01', dayAfter]) {
      const res = await post(`meetings/${called.meetingId}/adjournments`, { to });
      expect([to, res.status, res.body]).toEqual([to, 422, { statusCode: 422, code: 'DATED_TOO_FAR_AHEAD', message: expect.stringContaining(latest), details: { field: 'to', latest } }]);
    }
    expect(await ledgerHead(t)).toEqual(afterCall);
    expect((await meetings()).find((m) => m.meetingId === called.meetingId)).toMatchObject({ adjournments: [] });

    // The latest day itself is allowed, for the meeting and for its adjournment.
    const adjourned = await post(`meetings/${called.meetingId}/adjournments`, { to: latest }).expect(201);
    expect(adjourned.body.adjournments).toEqual([{ on: today, to: latest }]);
    await post('meetings', board(latest)).expect(201);
  });

  it('as at a day, the meetings list holds only the meetings called by then: a general meeting from its notice, a board meeting from its day', async () => {
    const general = (await post('meetings', { kind: 'general', noticeGivenOn: '2023-03-01', heldOn: '2023-03-20', items: [{ type: 'ordinary', text: 'THAT the report be received (synthetic).' }] }).expect(201)).body as { meetingId: string };
    const boardMeeting = (await post('meetings', board('2023-04-10')).expect(201)).body as { meetingId: string };
    const ids = async (asAt: string) => (await meetings(`?asAt=${asAt}`)).map((m) => m.meetingId);
    expect(await meetings('?asAt=1800-01-01')).toEqual([]);
    expect(await ids('2023-02-28')).not.toContain(general.meetingId);
    expect(await ids('2023-03-01')).toContain(general.meetingId);
    expect(await ids('2023-04-09')).toEqual(expect.not.arrayContaining([boardMeeting.meetingId]));
    expect(await ids('2023-04-10')).toEqual(expect.arrayContaining([general.meetingId, boardMeeting.meetingId]));
    // Without asAt, every meeting recorded, those called for a day to come too.
    expect((await meetings()).map((m) => m.meetingId)).toEqual(expect.arrayContaining([general.meetingId, boardMeeting.meetingId]));
  });

  it('FR-2: the minutes of a meeting not yet held are 409 MEETING_NOT_YET_HELD naming the day; on its day they are drawn up', async () => {
    const { today } = await todayAndTomorrow();
    const ahead = (await post('meetings', board(addDays(today, 10))).expect(201)).body.meetingId as string;
    const refused = await t.http.get(`${C}/meetings/${ahead}/minutes.pdf`).set(t.auth('auditor'));
    expectRefusal(refused, 409, 'MEETING_NOT_YET_HELD');
    expect(refused.body.message).toContain(`to be held on ${addDays(today, 10)}`);
    expect(refused.body.details).toEqual({ meetingId: ahead, heldOn: addDays(today, 10) });
    const held = (await post('meetings', board(today)).expect(201)).body.meetingId as string;
    const minutes = await t.http.get(`${C}/meetings/${held}/minutes.pdf`).set(t.auth('auditor'));
    expect([minutes.status, minutes.headers['content-type']]).toEqual([200, 'application/pdf']);
  });
});
