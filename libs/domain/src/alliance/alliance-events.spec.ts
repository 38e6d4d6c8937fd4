import { errorCode } from '../../test/error-code';
import { calendarDate } from '../calendar/calendar-date';
import { emptyAllianceState, evolveAlliance, foldAlliance, type AllianceEvent } from './alliance-events';
import { addOrganisation, type Organisation } from './organisation';
import { addServiceLine, joinPartnership, leavePartnership, partnership } from './partnership';
import { joinNetwork, movePractice, practiceNetworks, withNetwork } from './practice-network';
import { commissionerOn, serviceContract, type ServiceContractInput } from './service-contract';

const d = calendarDate;
const RECORDED = d('2026-11-30');
const company: Organisation = { id: 'the-company', name: 'The Company CIC', kind: 'the-company', note: null };
const trust: Organisation = { id: 'trust', name: 'A Trust ', kind: 'nhs-trust', note: 'synthetic' };
const line = { id: 'ooh', name: 'Out of hours', managedById: 'the-company', startOn: d('2017-04-01'), endOn: null };
const contract: ServiceContractInput = {
  id: 'hv', name: ' Health visiting', holderId: 'the-company', commissionerId: null, partnershipId: null, startOn: d('2016-04-01'), endOn: null, note: null,
};

const recorded = (id: string, name = 'Alliance'): AllianceEvent => ({ type: 'partnership-recorded', effectiveOn: RECORDED, partnership: { id, name, note: null } });
const joined = (partnershipId: string, organisationId: string, on: string): AllianceEvent => ({
  type: 'partnership-member-joined', effectiveOn: d(on), partnershipId, organisationId, role: 'partner',
});
const left = (partnershipId: string, organisationId: string, on: string): AllianceEvent => ({ type: 'partnership-member-left', effectiveOn: d(on), partnershipId, organisationId });
const lineAdded = (partnershipId: string): AllianceEvent => ({ type: 'service-line-added', effectiveOn: line.startOn, partnershipId, serviceLine: line });
const network = (id: string): AllianceEvent => ({ type: 'network-recorded', effectiveOn: RECORDED, network: { id, name: `Network ${id}` } });
const practiceJoined = (practiceId: string, networkId: string): AllianceEvent => ({ type: 'practice-joined-network', effectiveOn: d('2009-04-01'), practiceId, networkId });
const moved = (practiceId: string, fromNetworkId: string | null, toNetworkId: string, on: string): AllianceEvent => ({
  type: 'practice-moved-network', effectiveOn: d(on), practiceId, fromNetworkId, toNetworkId,
});

describe('Alliance events: replaying the ledger through the domain', () => {
  it('organisations are added in order through addOrganisation (names trimmed, as when recorded)', () => {
    const state = foldAlliance([
      { type: 'organisation-recorded', effectiveOn: RECORDED, organisation: company },
      { type: 'organisation-recorded', effectiveOn: RECORDED, organisation: trust },
    ]);
    expect(state.organisations).toEqual(addOrganisation(addOrganisation([], company), trust));
    expect(state.organisations.map((o) => o.name)).toEqual(['The Company CIC', 'A Trust']);
  });

  it('ORGANISATION_ALREADY_RECORDED: a ledger that records an organisation twice does not fold', () => {
    const twice: AllianceEvent[] = [
      { type: 'organisation-recorded', effectiveOn: RECORDED, organisation: company },
      { type: 'organisation-recorded', effectiveOn: RECORDED, organisation: { ...company, name: 'Again' } },
    ];
    expect(errorCode(() => foldAlliance(twice))).toBe('ORGANISATION_ALREADY_RECORDED');
  });

  it('a partnership history gives the partnership that joinPartnership, addServiceLine and leavePartnership give, dated by the events', () => {
    const state = foldAlliance([
      recorded('alliance'),
      joined('alliance', 'the-company', '2017-04-01'),
      joined('alliance', 'trust', '2017-04-01'),
      lineAdded('alliance'),
      left('alliance', 'trust', '2026-03-31'),
    ]);
    let expected = partnership({ id: 'alliance', name: 'Alliance', note: null });
    expected = joinPartnership(expected, { organisationId: 'the-company', role: 'partner', on: d('2017-04-01') });
    expected = joinPartnership(expected, { organisationId: 'trust', role: 'partner', on: d('2017-04-01') });
    expected = leavePartnership(addServiceLine(expected, line), 'trust', d('2026-03-31'));
    expect(state.partnerships).toEqual([expected]);
    expect(state.partnerships[0].memberships[1]).toEqual({ organisationId: 'trust', role: 'partner', joinedOn: '2017-04-01', leftOn: '2026-03-31' });
  });

  it('member and service line events for a partnership never recorded are skipped, as the ledger has always been read', () => {
    const before = foldAlliance([recorded('alliance'), joined('alliance', 'the-company', '2017-04-01')]);
    for (const event of [joined('unknown', 'trust', '2018-01-01'), left('unknown', 'trust', '2019-01-01'), lineAdded('unknown')]) {
      expect(evolveAlliance(before, event)).toEqual(before);
      expect(evolveAlliance(before, event).partnerships).toBe(before.partnerships);
    }
  });

  it('a partnership recorded again under its id starts afresh in its first place, as the ledger has always been read', () => {
    const state = foldAlliance([
      recorded('a', 'First'),
      joined('a', 'the-company', '2017-04-01'),
      recorded('b', 'Second'),
      recorded('a', 'First, again'),
    ]);
    expect(state.partnerships.map((p) => [p.id, p.name, p.memberships.length])).toEqual([['a', 'First, again', 0], ['b', 'Second', 0]]);
  });

  it('PARTNERSHIP_MEMBER_NOT_ACTIVE and SERVICE_LINE_MANAGER_NOT_A_MEMBER: a replay checks each change as it was checked when recorded', () => {
    expect(errorCode(() => foldAlliance([recorded('a'), left('a', 'trust', '2020-01-01')]))).toBe('PARTNERSHIP_MEMBER_NOT_ACTIVE');
    expect(errorCode(() => foldAlliance([recorded('a'), lineAdded('a')]))).toBe('SERVICE_LINE_MANAGER_NOT_A_MEMBER');
  });

  it('contracts are kept in the order recorded through serviceContract, a repeated id included; CONTRACT_ENDS_BEFORE_START still applies', () => {
    const again = { ...contract, note: 'again' };
    const state = foldAlliance([
      { type: 'service-contract-recorded', effectiveOn: contract.startOn, contract },
      { type: 'service-contract-recorded', effectiveOn: contract.startOn, contract: again },
    ]);
    expect(state.contracts).toEqual([serviceContract(contract), serviceContract(again)]);
    expect(state.contracts[0].name).toBe('Health visiting');
    const backwards: AllianceEvent = { type: 'service-contract-recorded', effectiveOn: contract.startOn, contract: { ...contract, endOn: d('2016-03-31') } };
    expect(errorCode(() => evolveAlliance(emptyAllianceState, backwards))).toBe('CONTRACT_ENDS_BEFORE_START');
  });

  it('a change of commissioner applies to the contract first recorded under its id, checked again on replay; one for no contract is skipped', () => {
    const let2017 = { ...contract, commissionerId: 'ccg' };
    const change = (on: string, commissionerId: string): AllianceEvent => ({
      type: 'service-contract-commissioner-changed', effectiveOn: d(on), contractId: 'hv', change: { on: d(on), commissionerId, reason: null },
    });
    const recordedContract: AllianceEvent = { type: 'service-contract-recorded', effectiveOn: contract.startOn, contract: let2017 };
    const state = foldAlliance([recordedContract, change('2022-07-01', 'icb')]);
    expect(commissionerOn(state.contracts[0], d('2022-06-30'))).toBe('ccg');
    expect(commissionerOn(state.contracts[0], d('2022-07-01'))).toBe('icb');
    expect(foldAlliance([change('2022-07-01', 'icb')]).contracts).toEqual([]);
    expect(errorCode(() => foldAlliance([recordedContract, change('2022-07-01', 'icb'), change('2022-07-01', 'lbth')]))).toBe('COMMISSIONER_CHANGE_OUT_OF_ORDER');
  });

  it('networks: recorded, joined and moved give what withNetwork, joinNetwork and movePractice give, dated by the events', () => {
    const state = foldAlliance([network('n1'), network('n2'), practiceJoined('p1', 'n1'), practiceJoined('p2', 'n1'), moved('p2', 'n1', 'n2', '2025-03-03')]);
    let expected = withNetwork(withNetwork(practiceNetworks([]), { id: 'n1', name: 'Network n1' }), { id: 'n2', name: 'Network n2' });
    expected = joinNetwork(expected, { practiceId: 'p1', networkId: 'n1', on: d('2009-04-01') });
    expected = joinNetwork(expected, { practiceId: 'p2', networkId: 'n1', on: d('2009-04-01') });
    expected = movePractice(expected, 'p2', 'n2', d('2025-03-03'));
    expect(state.networks).toEqual(expected);
  });

  it('a network recorded after practices joined others keeps every membership', () => {
    const state = foldAlliance([network('n1'), practiceJoined('p1', 'n1'), network('n2')]);
    expect(state.networks.networks.map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(state.networks.memberships).toHaveLength(1);
  });

  it('a move is replayed from the state, not from the fromNetworkId the writer saw', () => {
    const history = [network('n1'), network('n2'), practiceJoined('p1', 'n1')];
    expect(foldAlliance([...history, moved('p1', 'n9', 'n2', '2025-03-03')])).toEqual(foldAlliance([...history, moved('p1', 'n1', 'n2', '2025-03-03')]));
  });

  it('NETWORK_UNKNOWN, PRACTICE_ALREADY_IN_A_NETWORK, PRACTICE_ALREADY_IN_THAT_NETWORK and INVALID_ALLIANCE_RECORD on replay', () => {
    expect(errorCode(() => foldAlliance([practiceJoined('p1', 'n1')]))).toBe('NETWORK_UNKNOWN');
    expect(errorCode(() => foldAlliance([network('n1'), practiceJoined('p1', 'n1'), practiceJoined('p1', 'n1')]))).toBe('PRACTICE_ALREADY_IN_A_NETWORK');
    expect(errorCode(() => foldAlliance([network('n1'), practiceJoined('p1', 'n1'), moved('p1', 'n1', 'n1', '2020-01-01')]))).toBe('PRACTICE_ALREADY_IN_THAT_NETWORK');
    expect(errorCode(() => foldAlliance([network('n1'), network('n1')]))).toBe('INVALID_ALLIANCE_RECORD');
  });

  it('each part is folded from its own events only: a read of one family leaves the others empty', () => {
    const state = foldAlliance([network('n1'), practiceJoined('p1', 'n1')]);
    expect(state).toEqual({ ...emptyAllianceState, networks: state.networks });
    expect(foldAlliance([])).toBe(emptyAllianceState);
  });
});
