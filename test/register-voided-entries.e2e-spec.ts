import { parse } from 'csv-parse/sync';
import { formatDate } from '#reports';
import { seededAllotmentSequence } from './support/authority';
import { databaseKinds } from './support/databases';
import { todayAndTomorrow } from './support/dates';
import { pdfText } from './support/pdf-download';
import { readRegister } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
const REASON = 'The partners were entered under the wrong name (synthetic)';

/**
 * A correction of an old entry (SR-4) stays visible in the register's CSV, and alters the register on
 * the day it is recorded (IN-4, s.120): the CSV marks the voided entry `Voided` `yes` with what it
 * recorded, the day and the reason; the register PDF and the s.120 statement of an inspection give the
 * day of the correction as the last alteration.
 */
describe.each(databaseKinds())('entries voided by a correction in the register CSV and the s.120 statement (%s)', (kind) => {
  let t: TestApp;
  let today: string;
  let originalName: string;
  let correctionSequence: number;
  beforeAll(async () => {
    t = await startTestApp(kind);
    ({ today } = await todayAndTomorrow());
    originalName = (await readRegister(t, 'status=all&limit=1000', 'auditor')).members.find((m) => m.shares.some((s) => s.shareNumber === 36))!.name;
  }, 180_000);
  afterAll(() => t.close());

  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);
  const csvRows = async (role: 'board' | 'auditor', asAt = today) =>
    parse((await t.http.get(`${C}/reports/register.csv?asAt=${asAt}`).set(t.auth(role)).expect(200)).text, { columns: true }) as Record<string, string>[];
  const statement = async () => {
    const requests = (await t.http.get(`${C}/inspection-requests?asAt=${today}`).set(t.auth('board')).expect(200)).body as { s120Statement: { lastAlteredOn: string | null; alterationsPending: boolean; text: string } }[];
    return requests[0]!.s120Statement;
  };

  it('IN-4: before any correction, the last alteration is the day of the last share entry (the allotments of 2014)', async () => {
    await post('inspection-requests', { receivedOn: today, kind: 'inspect', requesterName: 'A. Member (synthetic)', member: true, purpose: 'to inspect the register', onwardRecipients: [] }).expect(201);
    expect(await statement()).toMatchObject({ lastAlteredOn: '2014-09-01', alterationsPending: false });
    expect((await csvRows('board')).every((r) => r['Voided'] === 'no')).toBe(true);
  });

  it('SR-4: a corrected entry is in the CSV marked voided, with what it recorded, the day it was voided and the reason; the register rows are the register as corrected', async () => {
    const correction = await post('ledger/corrections', {
      correctsSequence: seededAllotmentSequence(36),
      reason: REASON,
      replacement: { type: 'allotment', effectiveOn: '2014-09-01', shareNumber: 36, holder: { practiceId: 'practice-z00036', name: 'Corrected partners of Demo Practice 36 (synthetic)' } },
    });
    expect(correction.status).toBe(201);
    correctionSequence = correction.body.sequence;
    for (const role of ['board', 'auditor'] as const) {
      const rows = await csvRows(role);
      const voided = rows.filter((r) => r['Voided'] === 'yes');
      expect(voided).toEqual([
        expect.objectContaining({
          'Member name': '',
          'Share numbers': '',
          'Voided ledger entry': String(seededAllotmentSequence(36)),
          'What the voided entry recorded': `allotment of share 36 to ${originalName}, dated 2014-09-01`,
          'Date voided': today,
          'Reason voided': REASON,
          'Court order reference': '',
          'Correcting ledger entry': String(correctionSequence),
          'Entered in its place': 'allotment of share 36 to Corrected partners of Demo Practice 36 (synthetic), dated 2014-09-01',
        }),
      ]);
      // A spreadsheet user filters `Voided` = `no` for the register: the corrected entry, never the voided one.
      const register = rows.filter((r) => r['Voided'] === 'no');
      expect(register.map((r) => r['Member name'])).toContain('Corrected partners of Demo Practice 36 (synthetic)');
      expect(register.map((r) => r['Member name'])).not.toContain(originalName);
      expect(register).toHaveLength(rows.length - 1);
    }
    // As at a day long before the correction the register is the corrected one, and the correction is still listed.
    expect((await csvRows('board', '2015-01-01')).filter((r) => r['Voided'] === 'yes').map((r) => r['Reason voided'])).toEqual([REASON]);
  });

  it('IN-4 / SR-4: the correction of a 2014 entry is an alteration on the day it was recorded: the s.120 statement and the register PDF give that day', async () => {
    expect(await statement()).toMatchObject({ lastAlteredOn: today, alterationsPending: false });
    const text = (await pdfText(t, `${C}/reports/register-of-members.pdf?asAt=${today}`)).replace(/\s+/g, ' ');
    expect(text).toContain(`Last alteration: ${formatDate(today)}. No alterations are pending.`);
    expect(text).toContain(`Entry ${correctionSequence}, entered ${formatDate(today)}, voids entry ${seededAllotmentSequence(36)}`);
    // As at a day before the correction was recorded, it is an alteration made after that day.
    const earlier = (await pdfText(t, `${C}/reports/register-of-members.pdf?asAt=2015-01-01`)).replace(/\s+/g, ' ');
    expect(earlier).toContain(`Last alteration: ${formatDate('2014-09-01')}. Further alterations are pending.`);
  });
});
