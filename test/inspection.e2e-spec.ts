import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
const ADDRESS = '5 Archive Lane, Leeds LS1 1AA (synthetic)';

type Logged = { requestId: string; requesterName: string; requesterAddress?: string; personalData: boolean; receivedOn: string; deadline: string | null; status: string; appointment: unknown };

/**
 * The inspection log over HTTP: the requester's address is the secretary's only (personal data), and
 * IN-5, the day and hours of an inspection with the notice SI 2008/3006 reg 4 asks for.
 */
describe.each(databaseKinds())('inspection of the register: personal data and IN-5 (%s)', (kind) => {
  let t: TestApp;
  let requestId: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const received = await t.http
      .post(`${C}/inspection-requests`)
      .set(t.auth('secretary'))
      .send({ receivedOn: '2026-11-02', kind: 'inspect', requesterName: 'A. Researcher (synthetic)', requesterAddress: ADDRESS, purpose: 'a study of GP federations', onwardRecipients: [] })
      .expect(201);
    requestId = received.body.requestId;
  });
  afterAll(() => t.close());

  const log = async (role: 'secretary' | 'board' | 'auditor'): Promise<Logged[]> => (await t.http.get(`${C}/inspection-requests?asAt=2026-11-30`).set(t.auth(role)).expect(200)).body;
  const name = (body: object) => t.http.post(`${C}/inspection-requests/${requestId}/appointment`).set(t.auth('secretary')).send(body);
  const refused = refusedUnchanged(() => ledgerHead(t));

  it('the secretary sees the requester’s address', async () => {
    const [r] = await log('secretary');
    expect(r).toMatchObject({ requestId, requesterAddress: ADDRESS, personalData: true });
  });

  it.each(['board', 'auditor'] as const)('the %s sees the request, its dates and its outcome, never the requester’s address', async (role) => {
    const [r] = await log(role);
    expect(r).toMatchObject({ requestId, requesterName: 'A. Researcher (synthetic)', receivedOn: '2026-11-02', deadline: '2026-11-09', personalData: false });
    expect(r).not.toHaveProperty('requesterAddress');
    expect(JSON.stringify(r)).not.toContain('Archive Lane');
  });

  it('IN-5: a day named with less than 10 working days’ notice is 422 with the earliest day, and nothing is written', async () => {
    // Notice on Monday 2 November 2026: ten working days later is Monday 16 November.
    const res = await refused(() => name({ namedOn: '2026-11-02', on: '2026-11-13', from: '10:00', until: '12:00' }), 422, 'INSPECTION_NOTICE_TOO_SHORT');
    expect(res.body.message).toContain('10 working days');
    expect(res.body.message).toContain('the earliest day is 2026-11-16');
    await refused(() => name({ namedOn: '2026-11-02', on: '2026-11-16', from: '16:00', until: '17:30' }), 422, 'INSPECTION_APPOINTMENT_INVALID');
    await refused(() => name({ namedOn: '2026-11-02', on: '2026-11-21', from: '10:00', until: '12:00' }), 422, 'INSPECTION_APPOINTMENT_INVALID');
    await refused(() => name({ namedOn: '2026-11-02', on: '2026-11-16', from: '10:00', until: '11:00' }), 422, 'INSPECTION_APPOINTMENT_INVALID');
  });

  it('IN-5: a working day with 10 working days’ notice, 2 hours between 9am and 5pm, is recorded on the request', async () => {
    const res = await name({ namedOn: '2026-11-02', on: '2026-11-16', from: '10:00', until: '12:00' }).expect(201);
    expect(res.body.appointment).toEqual({ namedOn: '2026-11-02', on: '2026-11-16', from: '10:00', until: '12:00' });
    const [r] = await log('board');
    expect(r.appointment).toEqual({ namedOn: '2026-11-02', on: '2026-11-16', from: '10:00', until: '12:00' });
  });

  it('IN-5: notice given during a general meeting’s notice period needs 2 working days', async () => {
    await t.http
      .post(`${C}/resolutions`)
      .set(t.auth('secretary'))
      .send({ kind: 'members', type: 'ordinary', procedure: 'meeting', noticeGivenOn: '2026-11-03', meetingOn: '2026-11-25', text: 'THAT the accounts be received (synthetic).' })
      .expect(201);
    // Notice on Wednesday 4 November: two working days later is Friday 6 November.
    await refused(() => name({ namedOn: '2026-11-04', on: '2026-11-05', from: '10:00', until: '12:00' }), 422, 'INSPECTION_NOTICE_TOO_SHORT');
    const res = await name({ namedOn: '2026-11-04', on: '2026-11-06', from: '14:00', until: '16:30' }).expect(201);
    expect(res.body.appointment).toMatchObject({ on: '2026-11-06', from: '14:00', until: '16:30' });
  });
});
