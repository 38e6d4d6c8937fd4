import { calendarDate, commissionerOn, contractsActiveOn, networkOf, networksAsAt, partnershipAsAt } from '#domain';
import { TOWER_HAMLETS_ORGANISATION_IDS as ids, towerHamletsAlliance } from './tower-hamlets-alliance';

const d = calendarDate;
const data = towerHamletsAlliance();
const byId = (id: string) => data.partnerships.find((p) => p.id === id)!;

describe('Tower Hamlets partnerships, contracts and networks (FACTS.md)', () => {
  it('the community health services alliance starts on 2017-04-01 with the company as alliance manager', () => {
    const alliance = byId('community-health-services-alliance');
    expect(partnershipAsAt(alliance, d('2017-03-31')).members).toEqual([]);
    const asAt = partnershipAsAt(alliance, d('2017-04-01'));
    expect(asAt.members.map((m) => `${m.organisationId}:${m.role}`).sort()).toEqual([
      `${ids.bartsHealth}:partner`, `${ids.elft}:partner`, `${ids.company}:alliance-manager`,
    ].sort());
    expect(asAt.serviceLines.map((l) => l.name)).toEqual([
      'Out of hours service', 'Single point of access', 'Health advocacy', 'Interpreting services', 'Patient experience team',
    ]);
    expect(asAt.serviceLines.every((l) => l.managedById === ids.company && l.managerIsMember)).toBe(true);
  });

  it('Tower Hamlets Together has six members, its start date marked synthetic', () => {
    const tht = byId('tower-hamlets-together');
    expect(partnershipAsAt(tht, d('2020-01-01')).members).toHaveLength(6);
    expect(tht.note).toContain('synthetic');
  });

  it('the CCG leaves Tower Hamlets Together on 1 July 2022, when clinical commissioning groups were abolished: five members from that day', () => {
    const tht = byId('tower-hamlets-together');
    expect(partnershipAsAt(tht, d('2022-06-30')).members.map((m) => m.organisationId)).toContain(ids.ccg);
    expect(partnershipAsAt(tht, d('2022-07-01')).members.map((m) => m.organisationId)).not.toContain(ids.ccg);
    expect(partnershipAsAt(tht, d('2026-11-30')).members).toHaveLength(5);
  });

  it('the company holds seven contracts; on 2019-04-01 all have started', () => {
    expect(data.serviceContracts.every((c) => c.holderId === ids.company)).toBe(true);
    expect(contractsActiveOn(data.serviceContracts, d('2019-04-01'))).toHaveLength(7);
    expect(contractsActiveOn(data.serviceContracts, d('2016-04-01')).map((c) => c.id)).toEqual(['cepn', 'gp-extended-access-hubs', 'open-doors', 'health-visiting']);
    const firstStage = data.serviceContracts.filter((c) => ['cepn', 'open-doors', 'gp-extended-access-hubs'].includes(c.id));
    expect(firstStage.every((c) => c.note?.includes('synthetic'))).toBe(true);
  });

  it('no contract is commissioned by the CCG after its abolition on 1 July 2022: the community health services contract passes to the ICB that day', () => {
    const chs = data.serviceContracts.find((c) => c.id === 'community-health-services')!;
    expect([commissionerOn(chs, d('2022-06-30')), commissionerOn(chs, d('2022-07-01'))]).toEqual([ids.ccg, ids.icb]);
    expect(contractsActiveOn(data.serviceContracts, d('2022-07-01')).map((c) => commissionerOn(c, d('2022-07-01')))).not.toContain(ids.ccg);
    expect(data.organisations.find((o) => o.id === ids.icb)).toMatchObject({ kind: 'icb', name: 'NHS North East London Integrated Care Board' });
  });

  it('37 practices in 8 networks: five of 5 and three of 4, practice-z00001 … practice-z00037 in order', () => {
    const networks = networksAsAt(data.practiceNetworks, d('2015-01-01'));
    expect(networks.map((n) => n.practiceIds.length)).toEqual([5, 5, 5, 5, 5, 4, 4, 4]);
    expect(networks.map((n) => n.name)).toEqual(Array.from({ length: 8 }, (_, i) => `Network ${i + 1}`));
    expect(networks.flatMap((n) => n.practiceIds)).toEqual(Array.from({ length: 37 }, (_, i) => `practice-z000${String(i + 1).padStart(2, '0')}`));
    expect(networkOf(data.practiceNetworks, 'practice-z00026', d('2015-01-01'))).toBe('network-6');
  });

  it('every organisation a partnership or contract names is in the list', () => {
    const known = new Set(data.organisations.map((o) => o.id));
    const named = [
      ...data.partnerships.flatMap((p) => p.memberships.map((m) => m.organisationId)),
      ...data.serviceContracts.flatMap((c) => [c.holderId, c.commissionerId, ...c.commissionerChanges.map((ch) => ch.commissionerId)].filter((x): x is string => x !== null)),
    ];
    expect(named.filter((id) => !known.has(id))).toEqual([]);
  });
});
