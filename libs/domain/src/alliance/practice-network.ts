import type { CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { endMembership, isMemberOn, requireDate, requireText, runsInto, type DatedMembership } from './dated-period';

/** A network of neighbouring practices (Tower Hamlets has 8, of 4 or 5 practices each). */
export interface PracticeNetwork {
  readonly id: string;
  readonly name: string;
}

/** One period in which a practice belongs to a network. */
export interface NetworkMembership extends DatedMembership {
  readonly practiceId: string;
  readonly networkId: string;
}

/** The networks and every period of practice membership ever recorded. */
export interface PracticeNetworks {
  readonly networks: readonly PracticeNetwork[];
  readonly memberships: readonly NetworkMembership[];
}

/** One network as at a day, with its practices' ids in ascending order. */
export interface NetworkAsAt {
  readonly networkId: string;
  readonly name: string;
  readonly practiceIds: readonly string[];
}

/** Networks with no practices yet; throws `INVALID_ALLIANCE_RECORD` for an empty or repeated id. */
export function practiceNetworks(networks: readonly PracticeNetwork[]): PracticeNetworks {
  const ids = new Set<string>();
  for (const n of networks) {
    requireText(n.id, 'id', 'network');
    requireText(n.name, 'name', 'network');
    if (ids.has(n.id)) throw new DomainError('INVALID_ALLIANCE_RECORD', `Network ${n.id} is listed twice`, { networkId: n.id });
    ids.add(n.id);
  }
  return { networks: [...networks], memberships: [] };
}

/**
 * The networks with one more, keeping every membership recorded so far. Throws
 * `INVALID_ALLIANCE_RECORD` for an empty id or name, or an id already recorded.
 */
export function withNetwork(state: PracticeNetworks, network: PracticeNetwork): PracticeNetworks {
  return { ...practiceNetworks([...state.networks, network]), memberships: state.memberships };
}

/**
 * The practice joins a network on `on`. Throws `NETWORK_UNKNOWN` for an unknown network and
 * `PRACTICE_ALREADY_IN_A_NETWORK` if it is in one on that day or later (a practice is in one network
 * at a time; use {@link movePractice} to change).
 */
export function joinNetwork(state: PracticeNetworks, join: { practiceId: string; networkId: string; on: CalendarDate }): PracticeNetworks {
  requireText(join.practiceId, 'practiceId', 'network membership');
  requireDate(join.on, 'on');
  requireNetwork(state, join.networkId);
  const clash = state.memberships.find((m) => m.practiceId === join.practiceId && runsInto(m, join.on));
  if (clash) {
    throw new DomainError('PRACTICE_ALREADY_IN_A_NETWORK', `${join.practiceId} is in ${clash.networkId} from ${clash.joinedOn}`, {
      practiceId: join.practiceId,
      networkId: clash.networkId,
    });
  }
  const membership: NetworkMembership = { practiceId: join.practiceId, networkId: join.networkId, joinedOn: join.on, leftOn: null };
  return { ...state, memberships: [...state.memberships, membership] };
}

/** The practice leaves its network on `on`; throws `PRACTICE_NOT_IN_A_NETWORK` if it is in none. */
export function leaveNetwork(state: PracticeNetworks, practiceId: string, on: CalendarDate): PracticeNetworks {
  const index = state.memberships.findIndex((m) => m.practiceId === practiceId && m.leftOn === null);
  if (index < 0) throw new DomainError('PRACTICE_NOT_IN_A_NETWORK', `${practiceId} is not in a network`, { practiceId });
  return { ...state, memberships: state.memberships.map((m, i) => (i === index ? endMembership(m, on) : m)) };
}

/**
 * The practice moves to another network on `on`: it leaves its network that day and joins the new
 * one the same day. Throws `PRACTICE_ALREADY_IN_THAT_NETWORK` when it would not move.
 */
export function movePractice(state: PracticeNetworks, practiceId: string, toNetworkId: string, on: CalendarDate): PracticeNetworks {
  requireNetwork(state, toNetworkId);
  const current = state.memberships.find((m) => m.practiceId === practiceId && m.leftOn === null);
  if (current?.networkId === toNetworkId) {
    throw new DomainError('PRACTICE_ALREADY_IN_THAT_NETWORK', `${practiceId} is already in ${toNetworkId}`, { practiceId, networkId: toNetworkId });
  }
  return joinNetwork(leaveNetwork(state, practiceId, on), { practiceId, networkId: toNetworkId, on });
}

/** The id of the network the practice is in at the end of `date`, or null. */
export function networkOf(state: PracticeNetworks, practiceId: string, date: CalendarDate): string | null {
  return state.memberships.find((m) => m.practiceId === practiceId && isMemberOn(m, date))?.networkId ?? null;
}

/** Every network as at the end of `date`, in the order the networks are listed. */
export function networksAsAt(state: PracticeNetworks, date: CalendarDate): NetworkAsAt[] {
  requireDate(date, 'date');
  return state.networks.map((n) => ({
    networkId: n.id,
    name: n.name,
    practiceIds: state.memberships
      .filter((m) => m.networkId === n.id && isMemberOn(m, date))
      .map((m) => m.practiceId)
      .sort(),
  }));
}

function requireNetwork(state: PracticeNetworks, networkId: string): PracticeNetwork {
  const found = state.networks.find((n) => n.id === networkId);
  if (!found) throw new DomainError('NETWORK_UNKNOWN', `No network ${networkId} is recorded`, { networkId });
  return found;
}

