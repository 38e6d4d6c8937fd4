import { addDays } from '#domain';
import { today } from '../apps/api/src/common/today';
import { databaseKinds } from './support/databases';
import { ledgerEntries, ledgerHead } from './support/ledger';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
const ALLIANCE = `${C}/partnerships/community-health-services-alliance`;
const CHANGES = (contractId: string) => `${C}/service-contracts/${contractId}/commissioner-changes`;

type Role = 'secretary' | 'board' | 'auditor';

/**
 * The alliance registers as seeded and as changed over HTTP. Which role may write, and faults of shape
 * alone, are the controllers' specs (apps/api/src/alliance/*.controller.spec.ts).
 */
describe.each(databaseKinds())('alliance registers over HTTP (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { seedAlliance: true });
  });
  afterAll(() => t.close());

  const get = (path: string, role: Role = 'board') => t.http.get(path).set(t.auth(role));
  const post = (path: string, body: object, role: Role = 'secretary') => t.http.post(path).set(t.auth(role)).send(body);
  const head = () => ledgerHead(t);
  const memberIds = (body: { members: { organisationId: string; role: string }[] }) => body.members.map((m) => `${m.organisationId}:${m.role}`).sort();

  it('the alliance as at 2017-04-01 lists the three partners, the company as alliance manager, and the five services it manages', async () => {
    for (const role of ['board', 'auditor', 'secretary'] as const) {
      const res = await get(`${ALLIANCE}?asAt=2017-04-01`, role).expect(200);
      expect(memberIds(res.body)).toEqual(['barts-health:partner', 'east-london-nhs-foundation-trust:partner', `${COMPANY}:alliance-manager`]);
      expect(res.body.members.find((m: { role: string }) => m.role === 'alliance-manager').organisationName).toBe('Tower Hamlets GP Care Group CIC');
      expect(res.body.serviceLines.map((l: { name: string }) => l.name)).toEqual([
        'Out of hours service', 'Single point of access', 'Health advocacy', 'Interpreting services', 'Patient experience team',
      ]);
      expect(res.body.serviceLines.every((l: { managedById: string; managerIsMember: boolean }) => l.managedById === COMPANY && l.managerIsMember)).toBe(true);
    }
    const before = await get(`${ALLIANCE}?asAt=2017-03-31`).expect(200);
    expect(before.body).toMatchObject({ members: [], serviceLines: [] });
  });

  it('Tower Hamlets Together has the company among its six members; organisations are listed for every role', async () => {
    const list = await get(`${C}/partnerships?asAt=2020-01-01`, 'auditor').expect(200);
    expect(list.body.map((p: { partnershipId: string }) => p.partnershipId)).toEqual(['community-health-services-alliance', 'tower-hamlets-together']);
    const tht = list.body[1];
    expect(tht.members).toHaveLength(6);
    expect(tht.members.map((m: { organisationId: string }) => m.organisationId)).toContain(COMPANY);
    const organisations = await get(`${C}/organisations`, 'auditor').expect(200);
    expect(organisations.body.map((o: { organisationId: string }) => o.organisationId)).toEqual([
      COMPANY, 'barts-health', 'east-london-nhs-foundation-trust', 'tower-hamlets-ccg', 'north-east-london-icb', 'london-borough-of-tower-hamlets',
      'tower-hamlets-community-and-voluntary-sector',
    ]);
    expect((await get(`${C}/organisations/barts-health`).expect(200)).body).toMatchObject({ name: 'Barts Health NHS Trust', kind: 'nhs-trust' });
    expect((await get(`${C}/organisations/nobody`).expect(404)).body.code).toBe('ORGANISATION_UNKNOWN');
  });

  it('service contracts from FACTS.md, all of them or those running on a day', async () => {
    const all = await get(`${C}/service-contracts`).expect(200);
    expect(all.body).toHaveLength(7);
    expect(all.body.find((c: { contractId: string }) => c.contractId === 'health-visiting')).toMatchObject({ startOn: '2016-04-01', holderId: COMPANY, endOn: null });
    const on2016 = await get(`${C}/service-contracts?asAt=2016-04-01`).expect(200);
    expect(on2016.body.map((c: { contractId: string }) => c.contractId)).toEqual(['cepn', 'gp-extended-access-hubs', 'open-doors', 'health-visiting']);
    expect((await get(`${C}/service-contracts?asAt=2016-03-31`).expect(200)).body).toHaveLength(3);
    expect((await get(`${C}/service-contracts?asAt=2019-04-01`).expect(200)).body).toHaveLength(7);
  });

  it('8 networks hold the 37 practices (5 of 5, 3 of 4) from 2009; none before', async () => {
    const res = await get(`${C}/networks?asAt=2020-01-01`).expect(200);
    expect(res.body.networks.map((n: { practiceIds: string[] }) => n.practiceIds.length)).toEqual([5, 5, 5, 5, 5, 4, 4, 4]);
    expect(new Set(res.body.networks.flatMap((n: { practiceIds: string[] }) => n.practiceIds)).size).toBe(37);
    expect(res.body.networks[7]).toMatchObject({ networkId: 'network-8', practiceIds: ['practice-z00034', 'practice-z00035', 'practice-z00036', 'practice-z00037'] });
    const early = await get(`${C}/networks?asAt=2009-03-31`).expect(200);
    expect(early.body.networks.every((n: { practiceIds: string[] }) => n.practiceIds.length === 0)).toBe(true);
  });

  it('a practice moves network: in the old one the day before, the new one from that day; a second move to the same network is a 409', async () => {
    const moved = await post(`${C}/networks/moves`, { practiceId: 'practice-z00005', toNetworkId: 'network-6', on: '2021-04-01' }).expect(201);
    expect(moved.body).toMatchObject({ fromNetworkId: 'network-1', toNetworkId: 'network-6', on: '2021-04-01' });
    const ids = async (asAt: string) =>
      Object.fromEntries((await get(`${C}/networks?asAt=${asAt}`).expect(200)).body.networks.map((n: { networkId: string; practiceIds: string[] }) => [n.networkId, n.practiceIds]));
    expect((await ids('2021-03-31'))['network-1']).toContain('practice-z00005');
    const after = await ids('2021-04-01');
    expect(after['network-1']).not.toContain('practice-z00005');
    expect(after['network-6']).toEqual(['practice-z00005', 'practice-z00026', 'practice-z00027', 'practice-z00028', 'practice-z00029']);
    const before = await head();
    expect((await post(`${C}/networks/moves`, { practiceId: 'practice-z00005', toNetworkId: 'network-6', on: '2022-04-01' }).expect(409)).body.code).toBe('PRACTICE_ALREADY_IN_THAT_NETWORK');
    expect((await post(`${C}/networks/moves`, { practiceId: 'practice-z00005', toNetworkId: 'network-99', on: '2022-04-01' }).expect(404)).body.code).toBe('NETWORK_UNKNOWN');
    expect((await post(`${C}/networks/moves`, { practiceId: 'practice-z00099', toNetworkId: 'network-2', on: '2022-04-01' }).expect(404)).body.code).toBe('NOT_FOUND');
    expect((await post(`${C}/networks/moves`, { practiceId: 'practice-z00005', toNetworkId: 'network-2', on: '2021-04-01' }).expect(422)).body.code).toBe('MEMBERSHIP_ENDS_BEFORE_START');
    expect(await head()).toEqual(before);
  });

  it('a partnership over time: members join and one leaves; as at dates before and after the departure', async () => {
    await post(`${C}/organisations`, { name: 'Synthetic Community Trust', kind: 'voluntary-sector', note: 'synthetic' }).expect(201);
    const created = await post(`${C}/partnerships`, { name: 'Synthetic Wellbeing Partnership' }).expect(201);
    const P = `${C}/partnerships/${created.body.partnershipId}`;
    expect(created.body.partnershipId).toBe('synthetic-wellbeing-partnership');
    await post(`${P}/members`, { organisationId: COMPANY, role: 'partner', on: '2019-01-01' }).expect(201);
    const joined = await post(`${P}/members`, { organisationId: 'synthetic-community-trust', role: 'partner', on: '2019-06-01' }).expect(201);
    expect(memberIds(joined.body)).toEqual(['synthetic-community-trust:partner', `${COMPANY}:partner`]);
    const left = await post(`${P}/members/synthetic-community-trust/departure`, { on: '2022-03-31' }).expect(201);
    expect(memberIds(left.body)).toEqual([`${COMPANY}:partner`]);

    expect(memberIds((await get(`${P}?asAt=2019-05-31`).expect(200)).body)).toEqual([`${COMPANY}:partner`]);
    expect(memberIds((await get(`${P}?asAt=2022-03-30`).expect(200)).body)).toEqual(['synthetic-community-trust:partner', `${COMPANY}:partner`]);
    const after = (await get(`${P}?asAt=2022-03-31`, 'auditor').expect(200)).body;
    expect(memberIds(after)).toEqual([`${COMPANY}:partner`]);
    expect(after.history).toContainEqual({ organisationId: 'synthetic-community-trust', role: 'partner', joinedOn: '2019-06-01', leftOn: '2022-03-31' });

    const line = await post(`${P}/service-lines`, { name: 'Synthetic social prescribing', managedById: 'synthetic-community-trust', startOn: '2020-01-01', endOn: '2022-03-31' }).expect(201);
    expect(line.body.serviceLines).toEqual([expect.objectContaining({ serviceLineId: 'synthetic-social-prescribing', managerIsMember: true })]);
    const lineLater = (await get(`${P}?asAt=2022-03-31`).expect(200)).body.serviceLines;
    expect(lineLater).toEqual([expect.objectContaining({ serviceLineId: 'synthetic-social-prescribing', managerIsMember: false })]);
  });

  it('the community health services contract passes from the CCG to the ICB on 1 July 2022; the secretary records a later change, which others may not', async () => {
    const chs = (asAt?: string) =>
      get(`${C}/service-contracts${asAt ? `?asAt=${asAt}` : ''}`).expect(200).then((r) => r.body.find((c: { contractId: string }) => c.contractId === 'community-health-services'));
    expect(await chs('2022-06-30')).toMatchObject({ commissionerId: 'tower-hamlets-ccg', currentCommissionerId: 'tower-hamlets-ccg' });
    expect(await chs('2022-07-01')).toMatchObject({
      commissionerId: 'tower-hamlets-ccg',
      currentCommissionerId: 'north-east-london-icb',
      commissionerChanges: [{ on: '2022-07-01', commissionerId: 'north-east-london-icb', reason: expect.stringContaining('Health and Care Act 2022') }],
    });
    expect((await chs()).currentCommissionerId).toBe('north-east-london-icb');
    expect((await get(`${C}/service-contracts?asAt=2020-01-01`).expect(200)).body.find((c: { contractId: string }) => c.contractId === 'health-visiting')).toMatchObject({
      commissionerChanges: [],
      currentCommissionerId: 'london-borough-of-tower-hamlets',
    });

    const before = await head();
    for (const role of ['board', 'auditor'] as const) await post(CHANGES('health-visiting'), { commissionerId: 'north-east-london-icb', on: '2023-04-01' }, role).expect(403);
    expect(await head()).toEqual(before);
    const changed = await post(CHANGES('health-visiting'), { commissionerId: 'north-east-london-icb', on: '2023-04-01', reason: ' Synthetic novation ' }).expect(201);
    expect(changed.body).toMatchObject({
      contractId: 'health-visiting',
      currentCommissionerId: 'north-east-london-icb',
      commissionerChanges: [{ on: '2023-04-01', commissionerId: 'north-east-london-icb', reason: 'Synthetic novation' }],
      ledger: { sequence: before.headSequence + 1 },
    });
    // A change dated ahead is recorded, but today the contract is still the ICB's.
    const ahead = await post(CHANGES('health-visiting'), { commissionerId: 'london-borough-of-tower-hamlets', on: addDays(today(), 30) }).expect(201);
    expect(ahead.body).toMatchObject({ currentCommissionerId: 'north-east-london-icb', commissionerChanges: [expect.anything(), { on: addDays(today(), 30), commissionerId: 'london-borough-of-tower-hamlets' }] });
    const hv = (asAt: string) => get(`${C}/service-contracts?asAt=${asAt}`).expect(200).then((r) => r.body.find((c: { contractId: string }) => c.contractId === 'health-visiting'));
    expect((await hv('2023-03-31')).currentCommissionerId).toBe('london-borough-of-tower-hamlets');
    expect((await hv('2023-04-01')).currentCommissionerId).toBe('north-east-london-icb');
    const entry = (await ledgerEntries(t)).at(-2)!;
    expect(entry).toMatchObject({ kind: 'service-contract.commissioner-changed', effectiveOn: '2023-04-01', payload: { contractId: 'health-visiting', commissionerId: 'north-east-london-icb' } });
  });

  it('rejected changes write nothing: unknown ids 404, clashes 409, broken rules 422, a name that makes no id 400', async () => {
    const before = await head();
    const cases: [string, object, number, string][] = [
      [`${C}/partnerships/nope/members`, { organisationId: 'barts-health', role: 'partner', on: '2020-01-01' }, 404, 'NOT_FOUND'],
      [`${ALLIANCE}/members`, { organisationId: 'no-such-body', role: 'partner', on: '2020-01-01' }, 404, 'ORGANISATION_UNKNOWN'],
      [`${ALLIANCE}/members`, { organisationId: 'barts-health', role: 'partner', on: '2020-01-01' }, 409, 'PARTNERSHIP_MEMBER_ALREADY_ACTIVE'],
      [`${ALLIANCE}/members/tower-hamlets-ccg/departure`, { on: '2020-01-01' }, 409, 'PARTNERSHIP_MEMBER_NOT_ACTIVE'],
      [`${ALLIANCE}/members/barts-health/departure`, { on: '2017-04-01' }, 422, 'MEMBERSHIP_ENDS_BEFORE_START'],
      [`${ALLIANCE}/service-lines`, { name: 'Synthetic line', managedById: 'tower-hamlets-ccg', startOn: '2018-01-01' }, 422, 'SERVICE_LINE_MANAGER_NOT_A_MEMBER'],
      [`${ALLIANCE}/service-lines`, { name: 'Health advocacy', managedById: COMPANY, startOn: '2018-01-01' }, 409, 'SERVICE_LINE_ALREADY_RECORDED'],
      [`${C}/organisations`, { name: 'Barts Health', organisationId: 'barts-health', kind: 'nhs-trust' }, 409, 'ORGANISATION_ALREADY_RECORDED'],
      [`${C}/partnerships`, { partnershipId: 'tower-hamlets-together', name: 'Again' }, 409, 'ALREADY_RECORDED'],
      [`${C}/service-contracts`, { name: 'Synthetic', holderId: COMPANY, startOn: '2020-04-01', endOn: '2020-03-31' }, 422, 'CONTRACT_ENDS_BEFORE_START'],
      [`${C}/service-contracts`, { name: 'Synthetic', holderId: COMPANY, partnershipId: 'nope', startOn: '2020-04-01' }, 404, 'NOT_FOUND'],
      [`${C}/service-contracts`, { contractId: 'cepn', name: 'Again', holderId: COMPANY, startOn: '2020-04-01' }, 409, 'ALREADY_RECORDED'],
      [`${CHANGES('nope')}`, { commissionerId: 'north-east-london-icb', on: '2023-01-01' }, 404, 'NOT_FOUND'],
      [`${CHANGES('health-visiting')}`, { commissionerId: 'no-such-body', on: '2023-01-01' }, 404, 'ORGANISATION_UNKNOWN'],
      [`${CHANGES('health-visiting')}`, { commissionerId: 'north-east-london-icb', on: '2016-04-01' }, 422, 'COMMISSIONER_CHANGE_OUTSIDE_CONTRACT'],
      [`${CHANGES('community-health-services')}`, { commissionerId: 'london-borough-of-tower-hamlets', on: '2022-07-01' }, 422, 'COMMISSIONER_CHANGE_OUT_OF_ORDER'],
      [`${CHANGES('community-health-services')}`, { commissionerId: 'north-east-london-icb', on: '2024-04-01' }, 422, 'COMMISSIONER_UNCHANGED'],
      // The seeded change sent again finds the one recorded, rather than "out of order".
      [`${CHANGES('community-health-services')}`, { commissionerId: 'north-east-london-icb', on: '2022-07-01' }, 409, 'ALREADY_RECORDED'],
      [`${CHANGES('health-visiting')}`, { commissionerId: 'north-east-london-icb', on: '2099-04-01' }, 422, 'DATED_TOO_FAR_AHEAD'],
      [`${CHANGES('health-visiting')}`, { commissionerId: 'north-east-london-icb', on: '2023-02-30' }, 400, 'VALIDATION_FAILED'],
      [`${CHANGES('health-visiting')}`, { on: '2023-01-01' }, 400, 'VALIDATION_FAILED'],
      [`${CHANGES('health-visiting')}`, { commissionerId: COMPANY, on: '2023-01-01' }, 422, 'COMMISSIONER_IS_HOLDER'],
      // Health and Care Act 2022: no CCG exists from 1 July 2022 to take a contract.
      [`${CHANGES('health-visiting')}`, { commissionerId: 'tower-hamlets-ccg', on: '2023-01-01' }, 422, 'COMMISSIONER_ABOLISHED'],
      [`${C}/service-contracts`, { name: 'Synthetic late CCG contract', holderId: COMPANY, commissionerId: 'tower-hamlets-ccg', startOn: '2022-07-01' }, 422, 'COMMISSIONER_ABOLISHED'],
      [`${C}/service-contracts`, { name: 'Synthetic self-let', holderId: COMPANY, commissionerId: COMPANY, startOn: '2020-04-01' }, 422, 'COMMISSIONER_IS_HOLDER'],
      [`${C}/networks`, { networkId: 'network-1', name: 'Again' }, 409, 'ALREADY_RECORDED'],
      [`${C}/networks/network-1/practices`, { practiceId: 'practice-z00002', on: '2024-01-01' }, 409, 'PRACTICE_ALREADY_IN_A_NETWORK'],
      [`${C}/organisations`, { name: '!!!', kind: 'other' }, 400, 'VALIDATION_FAILED'],
      [`/api/companies/no-such-company/organisations`, { name: 'X', kind: 'other' }, 404, 'NOT_FOUND'],
    ];
    for (const [path, body, status, code] of cases) {
      const res = await post(path, body);
      expect({ path, body, status: res.status, code: res.body.code }).toEqual({ path, body, status, code });
    }
    expect(await head()).toEqual(before);
    await get(`${C}/partnerships/nope`).expect(404);
    // The refusals of a change name the body chosen, and a day too far ahead names its field.
    const unchanged = await post(CHANGES('community-health-services'), { commissionerId: 'north-east-london-icb', on: '2024-04-01' });
    expect(unchanged.body.message).toContain('already commissioned by NHS North East London Integrated Care Board on 2024-04-01');
    const holder = await post(CHANGES('health-visiting'), { commissionerId: COMPANY, on: '2023-01-01' });
    expect(holder.body.message).toContain('is held by Tower Hamlets GP Care Group CIC, which cannot also commission it');
    const ahead = await post(CHANGES('health-visiting'), { commissionerId: 'north-east-london-icb', on: '2099-04-01' });
    expect(ahead.body.details).toMatchObject({ field: 'on' });
  });

  it('the seed\'s entries, each of its own kind, and every change made here are in the ledger, and the chain still verifies', async () => {
    const entries = await ledgerEntries(t);
    const seeded = entries.filter((e) => e.recordedBy === 'seed');
    const count = (k: string) => seeded.filter((e) => e.kind === k).length;
    // The company's seed: three directors, the board resolution (and their three votes) authorising the 37 allotments.
    expect(count('director.appointed')).toBe(3);
    expect(count('resolution.proposed')).toBe(1);
    expect(count('resolution.vote')).toBe(3);
    expect(count('share.allotment')).toBe(37);
    expect(count('organisation.recorded')).toBe(7);
    expect(count('partnership.recorded')).toBe(2);
    expect(count('partnership.member-joined')).toBe(9);
    expect(count('partnership.service-line-added')).toBe(5);
    expect(count('service-contract.recorded')).toBe(7);
    expect(count('service-contract.commissioner-changed')).toBe(1);
    expect(count('network.recorded')).toBe(8);
    expect(count('network.practice-joined')).toBe(37);
    const mine = entries.filter((e) => e.recordedBy === 'admin').map((e) => e.kind);
    expect(mine).toEqual(expect.arrayContaining(['network.practice-moved', 'partnership.member-left', 'organisation.recorded', 'partnership.recorded']));
    expect(await head()).toMatchObject({ valid: true, events: entries.length, headSequence: entries.length });
  });
});
