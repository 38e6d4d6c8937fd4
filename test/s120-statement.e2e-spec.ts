import { passBoardResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { holdersByShare } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

type S120 = { lastAlteredOn: string | null; alterationsPending: boolean; text: string };

/**
 * IN-4 (CA 2006 s.120): with an inspection or a copy, the company states the last day the register was
 * altered and whether further alterations were still to be made on the day the request was received,
 * as things stood then: a share entry dated later was not pending then; a transfer lodged and neither
 * registered nor refused by that day was.
 */
describe.each(databaseKinds())('the s.120 statement as things stood on the day of a request (%s)', (kind) => {
  let t: TestApp;
  let holders: Map<number, string>;
  beforeAll(async () => {
    t = await startTestApp(kind);
    holders = await holdersByShare(t, '2025-01-01');
  }, 180_000);
  afterAll(() => t.close());

  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);
  const statementOn = async (receivedOn: string): Promise<S120> =>
    (await post('inspection-requests', { receivedOn, kind: 'inspect', requesterName: 'A. Member (synthetic)', member: true, purpose: 'to inspect the register', onwardRecipients: [] }).expect(201)).body.s120Statement;

  it('IN-4: an allotment dated after the day a request was received is no alteration pending that day; as at its own day it is the last alteration', async () => {
    await post('practices', { odsCode: 'Z00050', name: 'Example Autumn Practice (synthetic)', address: '50 New Road, London E1 5AA', on: '2025-10-01' }).expect(201);
    const board = await passBoardResolution(t, COMPANY, '2025-10-02', [{ action: 'allotment', shareNumber: 38 }]);
    await post('share-allotments', { shareNumber: 38, holder: { practiceId: 'practice-z00050' }, effectiveOn: '2025-11-15', authorisedBy: board }).expect(201);
    expect(await statementOn('2025-11-03')).toMatchObject({ lastAlteredOn: '2014-09-01', alterationsPending: false });
    expect((await statementOn('2025-11-03')).text).toContain('no alterations are pending');
    expect(await statementOn('2025-11-20')).toMatchObject({ lastAlteredOn: '2025-11-15', alterationsPending: false });
  });

  it('IN-4, SH-3: a transfer lodged and not yet decided is an alteration pending from its lodging until the day it is refused', async () => {
    const lodged = await post('share-transfers', { status: 'lodged', shareNumber: 5, fromMemberId: holders.get(5), to: { practiceId: 'practice-z00050' }, lodgedOn: '2026-01-12' }).expect(201);
    expect(await statementOn('2026-01-11')).toMatchObject({ alterationsPending: false });
    expect(await statementOn('2026-01-12')).toMatchObject({ lastAlteredOn: '2025-11-15', alterationsPending: true });
    expect((await statementOn('2026-01-20')).text).toContain('further alterations are pending');
    await post(`share-transfers/${lodged.body.transferId}/refusal`, { refusedOn: '2026-02-02', reasons: 'the transferee already holds a share (synthetic)' }).expect(201);
    expect(await statementOn('2026-02-01')).toMatchObject({ alterationsPending: true });
    expect(await statementOn('2026-02-02')).toMatchObject({ alterationsPending: false });
  });
});
