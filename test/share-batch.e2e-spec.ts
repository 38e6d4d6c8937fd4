import type { CalendarDate, Company } from '#domain';
import { CompaniesService } from '../apps/api/src/companies/companies.service';
import { databaseKinds } from './support/databases';
import { ledgerEntries, ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { readRegister } from './support/register';
import { startTestApp, type TestApp } from './support/test-app';

const ID = 'batch-co';
const C = `/api/companies/${ID}`;
const ON = '2024-03-01';

function batchCompany(): Company {
  return {
    id: ID,
    name: 'Batch Test CIC',
    companyNumber: null,
    incorporatedOn: '2020-01-01' as CalendarDate,
    registeredOffice: '1 Batch Yard, London E1 0XX',
    articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'any' },
  };
}

const holder = (name: string) => ({ name, address: `${name}, 1 Batch Yard, London E1 0XX` });

/**
 * `POST …/share-events/batch`: share events recorded all or nothing, in one transaction and one
 * extension of the chain, each checked by the rules a single event is checked by, against the
 * register the events before it in the batch left.
 */
describe.each(databaseKinds())('a batch of share events (%s)', (kind) => {
  let t: TestApp;
  const members: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp(kind);
    await t.app.get(CompaniesService).create(batchCompany(), []);
    // Authority is not the subject here: the articles of this company need no resolution for a share event, nor for
    // a reduction of capital (a surrender, SR-1, still names its solvency statement).
    await t.sql(
      `update company set governance = '{"shareEventAuthority":{"allotment":"none","transfer":"none","cancellation":"none"},"capitalAuthority":{"reduction":"none"}}' where id = ?`,
      [ID],
    );
  });
  afterAll(() => t?.close());

  const post = (body: object) => t.http.post(`${C}/share-events/batch`).set(t.auth('secretary')).send(body);
  const state = async () => ({ head: await ledgerHead(t, ID), register: await readRegister(t, 'status=all&limit=1000', 'auditor', ID) });
  const refused = refusedUnchanged(state);

  it('RM-1: allotments, a transfer and a cancellation are entered in order as consecutive chained entries, and the register shows them', async () => {
    const res = await post({
      events: [
        { type: 'allotment', effectiveOn: ON, holder: holder('Ada Batch') },
        { type: 'allotment', effectiveOn: ON, holder: holder('Ben Batch') },
        { type: 'allotment', effectiveOn: ON, holder: holder('Cy Batch') },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body.count).toBe(3);
    const [ada, ben, cy] = res.body.entries;
    members.ada = ada.payload.holder.memberId;
    members.ben = ben.payload.holder.memberId;
    members.cy = cy.payload.holder.memberId;
    expect(res.body.entries.map((e: { sequence: number }) => e.sequence)).toEqual([1, 2, 3]);
    expect(ben.previousHash).toBe(ada.hash);
    expect(cy.previousHash).toBe(ben.hash);
    expect(res.body.entries.map((e: { payload: { shareNumber: number } }) => e.payload.shareNumber)).toEqual([1, 2, 3]);

    // Share 3 cancelled, then its former holder takes share 1 from Ada: valid only in this order (one share per member).
    const second = await post({
      events: [
        { type: 'cancellation', shareNumber: 3, reason: 'surrender', effectiveOn: '2024-04-01', solvencyStatementOn: '2024-03-25' },
        { type: 'transfer', shareNumber: 1, fromMemberId: members.ada, to: { memberId: members.cy }, lodgedOn: '2024-04-01', effectiveOn: '2024-04-01' },
      ],
    });
    expect(second.status).toBe(201);
    expect(second.body.entries.map((e: { kind: string }) => e.kind)).toEqual(['share.cancellation', 'share.transfer']);
    expect(second.body.entries[0].previousHash).toBe(cy.hash);

    const register = await readRegister(t, 'status=current&limit=1000', 'auditor', ID);
    expect(register.members.map((m) => [m.name, m.shares.map((s) => s.shareNumber)])).toEqual([
      ['Ben Batch', [2]],
      ['Cy Batch', [1]],
    ]);
    expect(register.totals).toEqual({ issuedShares: 2, currentMembers: 2 });
    const verified = (await t.http.get(`${C}/ledger/verify`).set(t.auth('auditor')).expect(200)).body;
    expect(verified).toMatchObject({ valid: true, events: 5, projection: { matches: true } });
  });

  it('a refused event refuses the whole batch: a 4xx naming its index, nothing written (MEMBER_ALREADY_HOLDS_A_SHARE at index 1)', async () => {
    const res = await refused(
      () =>
        post({
          events: [
            { type: 'allotment', effectiveOn: '2024-05-01', holder: holder('Dee Batch') },
            { type: 'allotment', effectiveOn: '2024-05-01', holder: { memberId: members.ben } },
            { type: 'allotment', effectiveOn: '2024-05-01', holder: holder('Eve Batch') },
          ],
        }),
      409,
      'MEMBER_ALREADY_HOLDS_A_SHARE',
    );
    expect(res.body.details).toMatchObject({ index: 1 });
    expect(res.body.message).toMatch(/^event 1: /);
    // Nor was the new holder of the event before it entered.
    expect((await t.sql(`select count(*)::int as n from member where company_id = ? and name = 'Dee Batch'`, [ID]))[0]).toEqual({ n: 0 });
  });

  it('SH-3: a transfer by someone not holding the share, after a valid event, refuses the batch and names index 1', async () => {
    const res = await refused(
      () =>
        post({
          events: [
            { type: 'cancellation', shareNumber: 2, reason: 'surrender', effectiveOn: '2024-05-01', solvencyStatementOn: '2024-04-25' },
            { type: 'transfer', shareNumber: 1, fromMemberId: members.ada, to: { memberId: members.ben }, lodgedOn: '2024-05-01', effectiveOn: '2024-05-01' },
          ],
        }),
      409,
      'SHARE_NOT_HELD_BY_MEMBER',
    );
    expect(res.body.details).toMatchObject({ index: 1 });
  });

  it('a malformed event is a 400 naming its field, before anything is read: an unknown type, a missing date, a lodged transfer', async () => {
    await refused(() => post({ events: [{ type: 'allotment', effectiveOn: ON, holder: holder('Fay') }, { type: 'merger' }] }), 400, 'VALIDATION_FAILED', 'events[1].type');
    await refused(() => post({ events: [{ type: 'cancellation', shareNumber: 2, reason: 'surrender' }] }), 400, 'VALIDATION_FAILED', 'events[0].effectiveOn');
    await refused(
      () => post({ events: [{ type: 'transfer', shareNumber: 2, fromMemberId: members.ben, to: { memberId: members.ada }, lodgedOn: ON, status: 'lodged' }] }),
      400,
      'VALIDATION_FAILED',
      'events[0].status',
    );
    await refused(() => post({ events: [] }), 400, 'VALIDATION_FAILED', 'events');
    await refused(() => post({ events: [{ type: 'allotment', effectiveOn: ON, holder: holder('Gus'), surplus: 1 }] }), 400, 'VALIDATION_FAILED', 'events[0].surplus');
  });

  it('only the secretary records a batch (403 for the board), and the ledger is as the accepted batches left it', async () => {
    await refused(() => t.http.post(`${C}/share-events/batch`).set(t.auth('board')).send({ events: [{ type: 'cancellation', shareNumber: 2, reason: 'surrender', effectiveOn: ON }] }), 403, 'FORBIDDEN');
    expect((await ledgerEntries(t, { companyId: ID })).map((e) => e.kind)).toEqual([
      'share.allotment', 'share.allotment', 'share.allotment', 'share.cancellation', 'share.transfer',
    ]);
  });
});
