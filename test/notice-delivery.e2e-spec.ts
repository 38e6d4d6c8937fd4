import { compareDates, calendarDate } from '#domain';
import { addDays, todayAndTomorrow } from './support/dates';
import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { pdfText } from './support/pdf-download';
import { refusedUnchanged } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();

/**
 * MT-2 (s.1147, s.360): a general meeting's notice recorded as the day it was sent and how, over
 * HTTP on the seeded company: the service works out the day it is deemed delivered (48 hours
 * after posting or sending, bank holidays of England and Wales left out), counts the clear days from
 * it, keeps how it was sent with the meeting and its items, and shows it in the minutes; every mistake
 * in the notice's fields is a 4xx that writes nothing.
 */
describe.each(databaseKinds())('the notice of a general meeting, sent and deemed delivered (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);
  const refused = refusedUnchanged(() => ledgerHead(t));
  const item = (text: string) => ({ type: 'ordinary', text });

  it('MT-2: posted on a Friday, notice is given on the Tuesday; the clear days count from then, so 18 days ahead is short notice (13 clear days, 14 needed)', async () => {
    const called = await post('meetings', { kind: 'general', noticeSentOn: '2026-03-06', noticeSentBy: 'post', heldOn: '2026-03-24', items: [item('THAT the accounts be received (synthetic, posted notice).')] }).expect(201);
    expect(called.body).toMatchObject({ noticeGivenOn: '2026-03-10', noticeSent: { on: '2026-03-06', by: 'post' }, heldOn: '2026-03-24' });
    expect(called.body.noticeTo).toHaveLength(37);
    const meetingId = called.body.meetingId as string;
    const resolutionId = called.body.items[0].resolutionId as string;

    // The item counts its clear days from the Tuesday (s.360): 11 to 23 March.
    const resolution = (await t.http.get(`${C}/resolutions/${resolutionId}?asAt=2026-03-24`).set(t.auth('board')).expect(200)).body;
    expect(resolution).toMatchObject({ noticeGivenOn: '2026-03-10', noticeSent: { on: '2026-03-06', by: 'post' }, notice: { clearDays: 13, required: 14, short: true } });

    // The meeting was called on the Friday it was posted: listed as at that day, not the day before.
    const listed = async (asAt: string) => ((await t.http.get(`${C}/meetings?asAt=${asAt}`).set(t.auth('auditor')).expect(200)).body as { meetingId: string }[]).some((m) => m.meetingId === meetingId);
    expect(await listed('2026-03-06')).toBe(true);
    expect(await listed('2026-03-05')).toBe(false);

    // The minutes and the copy of the resolution say how it was sent and when it was deemed delivered.
    const said = '10 March 2026 (posted on 6 March 2026; deemed delivered 48 hours later, not counting weekends and bank holidays)';
    expect(await pdfText(t, `${C}/meetings/${meetingId}/minutes.pdf`)).toContain(said);
    const copy = await pdfText(t, `${C}/resolutions/${resolutionId}/copy.pdf`);
    expect(copy).toContain(said);
    expect(copy).toContain("Short notice Notice was short (13 clear days of the 14 required), and the members' agreement to short notice (s.307(4)–(6)) is not recorded");
  });

  it('MT-2: emailed on the Thursday before Easter, notice is given on the Wednesday after it (Good Friday and Easter Monday are not working days, s.1173); handed over, that day', async () => {
    const emailed = await post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'meeting', noticeSentOn: '2026-04-02', noticeSentBy: 'electronic', meetingOn: '2026-04-30', text: 'THAT the report be received (synthetic, emailed notice).' }).expect(201);
    expect(emailed.body).toMatchObject({ noticeGivenOn: '2026-04-08', noticeSent: { on: '2026-04-02', by: 'electronic' }, notice: { clearDays: 21, short: false } });
    const meeting = (await t.http.get(`${C}/meetings/${emailed.body.meetingId}?asAt=2026-04-30`).set(t.auth('board')).expect(200)).body;
    expect(meeting).toMatchObject({ noticeGivenOn: '2026-04-08', noticeSent: { on: '2026-04-02', by: 'electronic' } });

    const handed = await post('meetings', { kind: 'general', noticeSentOn: '2026-04-04', noticeSentBy: 'hand', heldOn: '2026-04-20', items: [item('THAT the practice be welcomed (synthetic, notice by hand).')] }).expect(201);
    expect(handed.body).toMatchObject({ noticeGivenOn: '2026-04-04', noticeSent: { on: '2026-04-04', by: 'hand' } });
  });

  it('MT-2: a notice posted today is recorded today though it is deemed delivered after today, on a working day at least two days ahead', async () => {
    const { today } = await todayAndTomorrow();
    const called = await post('meetings', { kind: 'general', noticeSentOn: today, noticeSentBy: 'post', heldOn: addDays(today, 40), items: [item('THAT the plan be approved (synthetic, posted today).')] }).expect(201);
    const givenOn = called.body.noticeGivenOn as string;
    expect(compareDates(calendarDate(givenOn), calendarDate(addDays(today, 2)))).toBeGreaterThanOrEqual(0);
    expect([0, 6]).not.toContain(weekday(givenOn));
    const listed = (await t.http.get(`${C}/meetings?asAt=${today}`).set(t.auth('board')).expect(200)).body as { meetingId: string }[];
    expect(listed.map((m) => m.meetingId)).toContain(called.body.meetingId);
  });

  it('MT-2: each mistake in the notice is refused by name and writes nothing', async () => {
    const general = (notice: object, more: object = {}) => post('meetings', { kind: 'general', heldOn: '2026-06-30', items: [item('THAT x (synthetic).')], ...notice, ...more });
    await refused(() => general({ noticeSentOn: '2026-06-01' }), 400, 'VALIDATION_FAILED', 'noticeSentBy');
    await refused(() => general({ noticeSentBy: 'post' }), 400, 'VALIDATION_FAILED', 'noticeSentOn');
    await refused(() => general({ noticeSentOn: '2026-06-01', noticeSentBy: 'fax' }), 400, 'VALIDATION_FAILED', 'noticeSentBy');
    const both = await refused(() => general({ noticeSentOn: '2026-06-01', noticeSentBy: 'post', noticeGivenOn: '2026-06-03' }), 400, 'VALIDATION_FAILED', 'noticeGivenOn');
    expect(both.body.message).toContain('not both');
    const none = await refused(() => general({}), 400, 'VALIDATION_FAILED', 'noticeGivenOn');
    expect(none.body.message).toContain('noticeSentOn');
    const early = await refused(() => general({ noticeSentOn: '1800-01-01', noticeSentBy: 'post' }), 422, 'EVENT_BEFORE_INCORPORATION');
    expect(early.body.details).toMatchObject({ field: 'noticeSentOn', effectiveOn: '1800-01-01' });
    const { today } = await todayAndTomorrow();
    const ahead = await refused(() => post('meetings', { kind: 'general', noticeSentOn: addDays(today, 1), noticeSentBy: 'hand', heldOn: addDays(today, 40), items: [item('X')] }), 422, 'DATED_AFTER_RECORDING');
    expect(ahead.body.details).toMatchObject({ field: 'noticeSentOn' });
    // Posted on Friday 26 June for a meeting on Monday 29 June: deemed delivered on Tuesday 30 June, after the meeting.
    const late = await refused(() => post('meetings', { kind: 'general', noticeSentOn: '2026-06-26', noticeSentBy: 'post', heldOn: '2026-06-29', items: [item('X')] }), 422, 'MEETING_BEFORE_NOTICE');
    expect(late.body.message).toBe('a meeting on 2026-06-29 must be after the day its notice is given, 2026-06-30: posted on 2026-06-26, it is deemed delivered 48 hours later, not counting weekends and bank holidays (s.1147)');
    expect(late.body.details).toMatchObject({ meetingOn: '2026-06-29', noticeGivenOn: '2026-06-30', noticeSentOn: '2026-06-26', noticeSentBy: 'post' });
    // The same day as the meeting is not before it either (s.360 counts whole days between them).
    await refused(() => post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'meeting', meetingOn: '2026-06-30', noticeSentOn: '2026-06-26', noticeSentBy: 'post', text: 'X' }), 422, 'MEETING_BEFORE_NOTICE');
    const noNotice = await refused(() => post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'meeting', meetingOn: '2026-06-30', text: 'X' }), 400, 'VALIDATION_FAILED', 'noticeGivenOn');
    expect(noNotice.body.message).toContain('noticeSentOn');
    // A board meeting is called under the articles: no notice to members is recorded, in either form.
    const board = (notice: object) => post('meetings', { kind: 'board', heldOn: '2026-06-30', items: [{ text: 'X' }], ...notice });
    const boardSent = await refused(() => board({ noticeSentOn: '2026-06-01', noticeSentBy: 'post' }), 400, 'VALIDATION_FAILED', 'noticeSentOn');
    expect(boardSent.body.message).toBe('noticeSentOn does not apply to a board meeting');
    await refused(() => board({ noticeSentBy: 'post' }), 400, 'VALIDATION_FAILED', 'noticeSentBy');
    await refused(() => board({ noticeGivenOn: '2026-06-01' }), 400, 'VALIDATION_FAILED', 'noticeGivenOn');
    await refused(() => post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: '2026-06-01', noticeSentOn: '2026-06-01', noticeSentBy: 'post', text: 'X' }), 400, 'VALIDATION_FAILED', 'noticeSentOn');
    await refused(() => post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'meeting', meetingOn: '2026-06-30', noticeSentOn: '2026-06-01', text: 'X' }), 400, 'VALIDATION_FAILED', 'noticeSentBy');
    await refused(() => t.http.post(`${C}/meetings`).set(t.auth('board')).send({ kind: 'general', noticeSentOn: '2026-06-01', noticeSentBy: 'post', heldOn: '2026-06-30', items: [item('X')] }), 403, 'FORBIDDEN');
  });
});
