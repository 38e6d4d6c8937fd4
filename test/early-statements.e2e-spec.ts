import { addDays, addMonths, type CalendarDate } from '#domain';
import { today as serviceToday } from '../apps/api/src/common/today';
import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
type Duty = { kind: string; reference: string; dueOn: string; status: string; doneOn: string | null };

/**
 * FC-2 (s.853A): statements delivered early on two days running. The second period then ends a day
 * after the first, and each has its own statement: the calendar answers, the third period is due, and a
 * second statement for a period already done is refused. The seeded company delivered annual returns, so
 * a statement recorded under the day before its period ends answers the period, but only up to the first
 * statement delivered early (s.854).
 */
describe.each(databaseKinds())('confirmation statements delivered early on two days running (%s)', (kind) => {
  let t: TestApp;
  let today: CalendarDate;
  beforeAll(async () => {
    t = await startTestApp(kind, { seedFilings: true });
    today = serviceToday();
  });
  afterAll(() => t.close());

  const file = (reference: string, filedOn: string) =>
    t.http.post(`${C}/filings`).set(t.auth('secretary')).send({ kind: 'confirmation-statement', reference, filedOn, lawfulPurposeStatement: true });
  const statements = async () =>
    ((await t.http.get(`${C}/deadlines?from=${addDays(today, -400)}&to=${addDays(today, 800)}&asAt=${today}`).set(t.auth('auditor')).expect(200)).body as Duty[]).filter(
      (d) => d.kind === 'confirmation-statement',
    );

  it('FC-2: the periods move on from each early statement; the calendar answers, and the one after is due', async () => {
    const open = (await statements()).find((d) => d.status !== 'done')!;
    // Delivered yesterday and today, each before its period's end (the period running now began at least two days ago but for two days a year).
    await file(open.reference, addDays(today, -1)).expect(201);
    const secondEnd = addDays(addMonths(today, 12), -1);
    expect((await statements()).find((d) => d.status !== 'done')).toMatchObject({ reference: secondEnd, status: 'due' });
    await file(secondEnd, today).expect(201);
    const thirdEnd = addDays(addMonths(addDays(today, 1), 12), -1);
    const listed = await statements();
    expect(listed.filter((d) => d.reference >= open.reference && d.reference <= thirdEnd).map((d) => [d.reference, d.status, d.doneOn])).toEqual([
      [open.reference, 'done', addDays(today, -1)],
      [secondEnd, 'done', today],
      [thirdEnd, 'due', null],
    ]);
    expect(listed.find((d) => d.reference === thirdEnd)!.dueOn).toBe(addDays(thirdEnd, 14));
  });

  it('a statement for the third period is not taken for the second\'s (409 only for the same period); nothing is written by a refusal', async () => {
    const before = await ledgerHead(t);
    const again = await file(addDays(addMonths(today, 12), -1), today);
    expect([again.status, again.body.code]).toEqual([409, 'FILING_ALREADY_RECORDED']);
    expect(await ledgerHead(t)).toEqual(before);
    // The third period begins tomorrow: delivered today it is before what it files, not a second statement of another period.
    const early = await file(addDays(addMonths(addDays(today, 1), 12), -1), today);
    expect([early.status, early.body.code]).toEqual([422, 'FILING_BEFORE_DUTY']);
    expect(await ledgerHead(t)).toEqual(before);
  });
});
