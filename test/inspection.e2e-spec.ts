import { Ledger } from '../apps/api/src/ledger/ledger';
import { verifyLedgerExport } from '../scripts/verify-ledger';
import { databaseKinds } from './support/databases';
import { ledgerEntries, ledgerHead } from './support/ledger';
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

  it('IN-2: the ledger and its export carry only a commitment to the address; the chain and the export still verify', async () => {
    const entries = await ledgerEntries(t);
    const entry = entries.find((e) => e.kind === 'inspection.request-received.v2' && e.payload.requestId === requestId);
    expect(entry?.payload).toEqual(expect.objectContaining({ requesterName: 'A. Researcher (synthetic)', requesterAddressCommitment: expect.stringMatching(/^[0-9a-f]{64}$/) }));
    expect(entry?.payload).not.toHaveProperty('requesterAddress');
    expect(JSON.stringify(entries)).not.toContain('Archive Lane');
    for (const role of ['auditor', 'board'] as const) {
      const page = await t.http.get(`${C}/ledger?afterSequence=${entry!.sequence - 1}&limit=1`).set(t.auth(role)).expect(200);
      expect(page.text).toContain(requestId);
      expect(page.text).not.toContain('Archive Lane');
    }
    const exported = await t.http.get(`${C}/ledger/export`).set(t.auth('auditor')).expect(200);
    expect(exported.text).toContain(requestId);
    expect(exported.text).not.toContain('Archive Lane');
    expect(verifyLedgerExport(exported.text)).toMatchObject({ valid: true });
    expect(await ledgerHead(t)).toMatchObject({ valid: true });
    const [stored] = await t.sql<{ data: { address: string } }>(`select data from inspection_requester_personal where request_id = ?`, [requestId]);
    expect(stored?.data.address).toBe(ADDRESS);
  });

  it('IN-2: the kept address cannot be changed or deleted', async () => {
    await expect(t.sql(`update inspection_requester_personal set data = '{"address":"elsewhere"}' where request_id = ?`, [requestId])).rejects.toThrow(/append-only/);
    await expect(t.sql(`delete from inspection_requester_personal where request_id = ?`, [requestId])).rejects.toThrow(/append-only/);
  });

  it('IN-2: a request logged before addresses were kept apart (version 1) still shows its address to the secretary only', async () => {
    const old = { requestId: 'old-request', kind: 'copy', requesterName: 'B. Archivist (synthetic)', requesterAddress: '7 Old Row (synthetic)', member: false, purpose: 'a history', onwardRecipients: [] };
    await t.app.get(Ledger).writeForCompany(COMPANY, 'admin', ({ append }) => append({ kind: 'inspection.request-received', effectiveOn: '2026-11-03', payload: old }));
    const mine = (await log('secretary')).find((r) => r.requestId === 'old-request');
    expect(mine).toMatchObject({ requesterName: 'B. Archivist (synthetic)', requesterAddress: '7 Old Row (synthetic)', personalData: true });
    const board = (await log('board')).find((r) => r.requestId === 'old-request');
    expect(board).toMatchObject({ requesterName: 'B. Archivist (synthetic)', personalData: false });
    expect(board).not.toHaveProperty('requesterAddress');
    const answered = await t.http.post(`${C}/inspection-requests/old-request/answer`).set(t.auth('secretary')).send({ answeredOn: '2026-11-05', answer: 'complied' }).expect(201);
    expect(answered.body).toMatchObject({ requesterAddress: '7 Old Row (synthetic)', status: 'answered' });
    expect(await ledgerHead(t)).toMatchObject({ valid: true });
  });

  it('IN-2: a request without an address keeps nothing apart and is invalid for the missing address', async () => {
    const res = await t.http
      .post(`${C}/inspection-requests`)
      .set(t.auth('secretary'))
      .send({ receivedOn: '2026-11-04', kind: 'copy', requesterName: 'C. Nobody (synthetic)', purpose: 'curiosity', onwardRecipients: [] })
      .expect(201);
    expect(res.body).toMatchObject({ requesterAddress: '', valid: false, problems: ["the requester's address is missing (s.116(4)(a))"] });
    const entry = (await ledgerEntries(t)).find((e) => e.payload.requestId === res.body.requestId);
    expect(entry).toMatchObject({ kind: 'inspection.request-received.v2', payload: { requesterAddressCommitment: null } });
    expect(await t.sql(`select 1 from inspection_requester_personal where request_id = ?`, [res.body.requestId])).toEqual([]);
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
