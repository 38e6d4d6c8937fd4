import { addDays, type CalendarDate } from '#domain';
import { today as serviceToday } from '../apps/api/src/common/today';
import { passBoardResolution } from './support/authority';
import { pdfText as pdfTextOf } from './support/pdf-download';
import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/** FC-5 over HTTP: the company number and registered office recorded from a day are what the API and the documents made since give. */
describe.each(databaseKinds())('the particulars in force on the documents and the API (%s)', (kind) => {
  let t: TestApp;
  let today: CalendarDate;
  beforeAll(async () => {
    t = await startTestApp(kind);
    today = serviceToday();
  });
  afterAll(() => t?.close());

  const pdfText = (path: string) => pdfTextOf(t, path, 'board');

  it('FC-5: after the number and a new office are recorded and its AD01 filed, GET /api/companies gives them, and minutes, copies of resolutions and certificates made since print them, a meeting held before included', async () => {
    const secretary = t.auth('secretary');
    const office = '2 New Yard, London E1 1AA';
    const officeBefore = (await t.http.get(C).set(t.auth('board')).expect(200)).body.registeredOffice as string;
    await t.http.post(`${C}/particulars`).set(secretary).send({ effectiveOn: today, companyNumber: '09191234', registeredOffice: office }).expect(201);
    // FC-5, s.87(1): the number is in force from the day recorded; the office from the day its AD01 is filed.
    expect((await t.http.get(C).set(t.auth('board')).expect(200)).body).toMatchObject({ companyNumber: '09191234', registeredOffice: officeBefore });
    await t.http.post(`${C}/filings`).set(secretary).send({ kind: 'ad01', reference: `ad01-${today}`, filedOn: today }).expect(201);

    expect((await t.http.get(C).set(t.auth('board')).expect(200)).body).toMatchObject({ companyNumber: '09191234', registeredOffice: office });
    const listed = (await t.http.get('/api/companies').set(t.auth('auditor')).expect(200)).body as { companyId: string; companyNumber: string | null; registeredOffice: string }[];
    expect(listed.find((c) => c.companyId === COMPANY)).toMatchObject({ companyNumber: '09191234', registeredOffice: office });

    // A board meeting held last week, recorded now: its minutes and the copy of its resolution are made today.
    const resolutionId = await passBoardResolution(t, COMPANY, addDays(today, -7), [{ action: 'transfer', shareNumber: 5 }]);
    const meetingId = ((await t.http.get(`${C}/resolutions/${resolutionId}`).set(secretary).expect(200)).body as { meetingId: string }).meetingId;
    for (const path of [`${C}/resolutions/${resolutionId}/copy.pdf`, `${C}/meetings/${meetingId}/minutes.pdf`]) {
      const text = await pdfText(path);
      expect([path, text.includes('Company number 09191234'), text.includes('not yet known')]).toEqual([path, true, false]);
    }

    // A certificate issued and recorded now: from the certificate register, as issued.
    const issued = await t.http.post(`${C}/shares/1/certificates`).set(secretary).send({ issuedOn: today }).expect(201);
    const certificate = await pdfText(`${C}/certificates/${issued.body.certificateNumber}/certificate.pdf`);
    expect(certificate).toContain('Company number 09191234');
    expect(certificate).toContain(office);
  });
});
