import type { CalendarDate } from '../calendar/calendar-date';
import { addOrganisation, type Organisation } from './organisation';
import { addServiceLine, joinPartnership, leavePartnership, partnership, type Partnership, type PartnershipRole, type ServiceLine } from './partnership';
import { joinNetwork, leaveNetwork, movePractice, practiceNetworks, withNetwork, type PracticeNetwork, type PracticeNetworks } from './practice-network';
import { changeCommissioner, serviceContract, type CommissionerChange, type ServiceContract, type ServiceContractInput } from './service-contract';

/*
 * Every change to a company's alliance records, as its ledger records them: one event per ledger
 * kind, each dated by the entry's effective date. Replaying them through evolveAlliance applies the
 * same checks the change passed when it was recorded, so a read gives back exactly the state the
 * writer saw.
 */

/** An organisation the company deals with is recorded (partner, commissioner, employer). Dated the day it was recorded. */
export interface OrganisationRecorded {
  readonly type: 'organisation-recorded';
  readonly effectiveOn: CalendarDate;
  readonly organisation: Organisation;
}

/** A partnership or alliance is recorded, with no members yet. Dated the day it was recorded. */
export interface PartnershipRecorded {
  readonly type: 'partnership-recorded';
  readonly effectiveOn: CalendarDate;
  readonly partnership: Pick<Partnership, 'id' | 'name' | 'note'>;
}

/** The organisation joins the partnership in `role` on `effectiveOn` (a member as at the end of that day). */
export interface PartnershipMemberJoined {
  readonly type: 'partnership-member-joined';
  readonly effectiveOn: CalendarDate;
  readonly partnershipId: string;
  readonly organisationId: string;
  readonly role: PartnershipRole;
}

/** The organisation leaves the partnership on `effectiveOn` (no longer a member as at the end of that day). */
export interface PartnershipMemberLeft {
  readonly type: 'partnership-member-left';
  readonly effectiveOn: CalendarDate;
  readonly partnershipId: string;
  readonly organisationId: string;
}

/** A service line is added to the partnership. Dated the day the line starts. */
export interface ServiceLineAdded {
  readonly type: 'service-line-added';
  readonly effectiveOn: CalendarDate;
  readonly partnershipId: string;
  readonly serviceLine: ServiceLine;
}

/** A service contract the company holds is recorded. Dated the day the contract starts. */
export interface ServiceContractRecorded {
  readonly type: 'service-contract-recorded';
  readonly effectiveOn: CalendarDate;
  /** The contract as it was let: its changes of commissioner are events of their own. */
  readonly contract: ServiceContractInput;
}

/** The contract passes to another commissioner from `effectiveOn` (the change's `on`). */
export interface ServiceContractCommissionerChanged {
  readonly type: 'service-contract-commissioner-changed';
  readonly effectiveOn: CalendarDate;
  readonly contractId: string;
  readonly change: CommissionerChange;
}

/** A practice network is recorded, with no practices yet. Dated the day it was recorded. */
export interface NetworkRecorded {
  readonly type: 'network-recorded';
  readonly effectiveOn: CalendarDate;
  readonly network: PracticeNetwork;
}

/** A practice that is in no network joins one on `effectiveOn`. */
export interface PracticeJoinedNetwork {
  readonly type: 'practice-joined-network';
  readonly effectiveOn: CalendarDate;
  readonly practiceId: string;
  readonly networkId: string;
}

/**
 * The practice leaves its network on `effectiveOn` and joins `toNetworkId` the same day.
 * `fromNetworkId` is the network it was in when the move was recorded (null if none): a record of
 * what the writer saw, not used to replay the move.
 */
export interface PracticeMovedNetwork {
  readonly type: 'practice-moved-network';
  readonly effectiveOn: CalendarDate;
  readonly practiceId: string;
  readonly fromNetworkId: string | null;
  readonly toNetworkId: string;
}

/** The practice leaves its network on `effectiveOn` and joins none (SH-5: it ceased). */
export interface PracticeLeftNetwork {
  readonly type: 'practice-left-network';
  readonly effectiveOn: CalendarDate;
  readonly practiceId: string;
  /** The network it was in when the departure was recorded: a record of what the writer saw. */
  readonly networkId: string;
}

/** Every change to the organisations, partnerships, service contracts and practice networks. */
export type AllianceEvent =
  | OrganisationRecorded
  | PartnershipRecorded
  | PartnershipMemberJoined
  | PartnershipMemberLeft
  | ServiceLineAdded
  | ServiceContractRecorded
  | ServiceContractCommissionerChanged
  | NetworkRecorded
  | PracticeJoinedNetwork
  | PracticeMovedNetwork
  | PracticeLeftNetwork;

/** The alliance records, each list in the order its records were first made. */
export interface AllianceState {
  readonly organisations: readonly Organisation[];
  readonly partnerships: readonly Partnership[];
  readonly contracts: readonly ServiceContract[];
  readonly networks: PracticeNetworks;
}

/** No organisations, partnerships, contracts or networks. */
export const emptyAllianceState: AllianceState = { organisations: [], partnerships: [], contracts: [], networks: practiceNetworks([]) };

/**
 * The state after one more event, checked by the domain function that checked it when it was
 * recorded. Throws what that function throws, e.g. `ORGANISATION_ALREADY_RECORDED`,
 * `PARTNERSHIP_MEMBER_ALREADY_ACTIVE`, `PARTNERSHIP_MEMBER_NOT_ACTIVE`, `MEMBERSHIP_ENDS_BEFORE_START`,
 * `SERVICE_LINE_MANAGER_NOT_A_MEMBER`, `CONTRACT_ENDS_BEFORE_START`, `COMMISSIONER_CHANGE_OUTSIDE_CONTRACT`,
 * `COMMISSIONER_CHANGE_OUT_OF_ORDER`, `COMMISSIONER_UNCHANGED`, `NETWORK_UNKNOWN`,
 * `PRACTICE_ALREADY_IN_A_NETWORK`, `PRACTICE_ALREADY_IN_THAT_NETWORK` or `INVALID_ALLIANCE_RECORD`.
 *
 * Three things are as the ledger has always been read: a member or service line event for a
 * partnership that was never recorded is skipped; a partnership recorded again under the same id
 * starts afresh in its first place; contracts are not checked for repeated ids. A change of commissioner
 * applies to the contract first recorded under its id and is skipped if there is none.
 */
export function evolveAlliance(state: AllianceState, event: AllianceEvent): AllianceState {
  switch (event.type) {
    case 'organisation-recorded':
      return { ...state, organisations: addOrganisation(state.organisations, event.organisation) };
    case 'partnership-recorded': {
      const recorded = partnership(event.partnership);
      const at = state.partnerships.findIndex((p) => p.id === recorded.id);
      const partnerships = at < 0 ? [...state.partnerships, recorded] : state.partnerships.map((p, i) => (i === at ? recorded : p));
      return { ...state, partnerships };
    }
    case 'partnership-member-joined':
    case 'partnership-member-left':
    case 'service-line-added':
      return { ...state, partnerships: changePartnership(state.partnerships, event) };
    case 'service-contract-recorded':
      return { ...state, contracts: [...state.contracts, serviceContract(event.contract)] };
    case 'service-contract-commissioner-changed': {
      const at = state.contracts.findIndex((c) => c.id === event.contractId);
      if (at < 0) return state;
      const changed = changeCommissioner(state.contracts[at], event.change);
      return { ...state, contracts: state.contracts.map((c, i) => (i === at ? changed : c)) };
    }
    case 'network-recorded':
      return { ...state, networks: withNetwork(state.networks, event.network) };
    case 'practice-joined-network':
      return { ...state, networks: joinNetwork(state.networks, { practiceId: event.practiceId, networkId: event.networkId, on: event.effectiveOn }) };
    case 'practice-moved-network':
      return { ...state, networks: movePractice(state.networks, event.practiceId, event.toNetworkId, event.effectiveOn) };
    case 'practice-left-network':
      return { ...state, networks: leaveNetwork(state.networks, event.practiceId, event.effectiveOn) };
  }
}

/** Folds events in ledger order from {@link emptyAllianceState}; throws what {@link evolveAlliance} throws. */
export function foldAlliance(events: Iterable<AllianceEvent>): AllianceState {
  let state = emptyAllianceState;
  for (const event of events) state = evolveAlliance(state, event);
  return state;
}

function changePartnership(
  partnerships: readonly Partnership[],
  event: PartnershipMemberJoined | PartnershipMemberLeft | ServiceLineAdded,
): readonly Partnership[] {
  const at = partnerships.findIndex((p) => p.id === event.partnershipId);
  if (at < 0) return partnerships;
  const next = applyToPartnership(partnerships[at], event);
  return partnerships.map((p, i) => (i === at ? next : p));
}

function applyToPartnership(current: Partnership, event: PartnershipMemberJoined | PartnershipMemberLeft | ServiceLineAdded): Partnership {
  switch (event.type) {
    case 'partnership-member-joined':
      return joinPartnership(current, { organisationId: event.organisationId, role: event.role, on: event.effectiveOn });
    case 'partnership-member-left':
      return leavePartnership(current, event.organisationId, event.effectiveOn);
    case 'service-line-added':
      return addServiceLine(current, event.serviceLine);
  }
}
