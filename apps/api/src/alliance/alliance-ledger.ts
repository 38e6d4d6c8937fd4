import {
  addOrganisation,
  addServiceLine,
  joinNetwork,
  joinPartnership,
  leavePartnership,
  movePractice,
  partnership,
  practiceNetworks,
  serviceContract,
  type CalendarDate,
  type ChainedLedgerRecord,
  type Organisation,
  type Partnership,
  type PartnershipRole,
  type PracticeNetwork,
  type PracticeNetworks,
  type ServiceContract,
} from '#domain';

/**
 * Ledger kinds of the alliance records. Each family has its own prefix, so a read folds only the
 * entries it needs (`Ledger.all(em, companyId, prefix)`).
 */
export const ALLIANCE_KINDS = {
  organisationRecorded: 'organisation.recorded',
  partnershipRecorded: 'partnership.recorded',
  memberJoined: 'partnership.member-joined',
  memberLeft: 'partnership.member-left',
  serviceLineAdded: 'partnership.service-line-added',
  contractRecorded: 'service-contract.recorded',
  networkRecorded: 'network.recorded',
  practiceJoined: 'network.practice-joined',
  practiceMoved: 'network.practice-moved',
} as const;

export const ALLIANCE_PREFIXES = {
  organisations: 'organisation.',
  partnerships: 'partnership.',
  contracts: 'service-contract.',
  networks: 'network.',
} as const;

type Payload = Record<string, unknown>;
const text = (p: Payload, key: string) => p[key] as string;
const textOrNull = (p: Payload, key: string) => (p[key] ?? null) as string | null;
const day = (p: Payload, key: string) => p[key] as CalendarDate;

/*
 * The folds below replay, in sequence order, the same domain functions that checked each change
 * before it was appended, so they give back exactly the state the writer saw.
 */

export function foldOrganisations(records: readonly ChainedLedgerRecord[]): Organisation[] {
  return records.reduce<Organisation[]>((list, r) => {
    if (r.kind !== ALLIANCE_KINDS.organisationRecorded) return list;
    const p = r.payload as Payload;
    return addOrganisation(list, { id: text(p, 'organisationId'), name: text(p, 'name'), kind: p.kind as Organisation['kind'], note: textOrNull(p, 'note') });
  }, []);
}

export function foldPartnerships(records: readonly ChainedLedgerRecord[]): Partnership[] {
  const byId = new Map<string, Partnership>();
  for (const r of records) {
    const p = r.payload as Payload;
    const id = text(p, 'partnershipId');
    const current = byId.get(id);
    if (r.kind === ALLIANCE_KINDS.partnershipRecorded) {
      byId.set(id, partnership({ id, name: text(p, 'name'), note: textOrNull(p, 'note') }));
    } else if (current === undefined) {
      continue;
    } else if (r.kind === ALLIANCE_KINDS.memberJoined) {
      byId.set(id, joinPartnership(current, { organisationId: text(p, 'organisationId'), role: p.role as PartnershipRole, on: r.effectiveOn as CalendarDate }));
    } else if (r.kind === ALLIANCE_KINDS.memberLeft) {
      byId.set(id, leavePartnership(current, text(p, 'organisationId'), r.effectiveOn as CalendarDate));
    } else if (r.kind === ALLIANCE_KINDS.serviceLineAdded) {
      byId.set(
        id,
        addServiceLine(current, {
          id: text(p, 'serviceLineId'),
          name: text(p, 'name'),
          managedById: text(p, 'managedById'),
          startOn: day(p, 'startOn'),
          endOn: (p.endOn ?? null) as CalendarDate | null,
        }),
      );
    }
  }
  return [...byId.values()];
}

export function foldContracts(records: readonly ChainedLedgerRecord[]): ServiceContract[] {
  return records
    .filter((r) => r.kind === ALLIANCE_KINDS.contractRecorded)
    .map((r) => {
      const p = r.payload as Payload;
      return serviceContract({
        id: text(p, 'contractId'),
        name: text(p, 'name'),
        holderId: text(p, 'holderId'),
        commissionerId: textOrNull(p, 'commissionerId'),
        partnershipId: textOrNull(p, 'partnershipId'),
        startOn: day(p, 'startOn'),
        endOn: (p.endOn ?? null) as CalendarDate | null,
        note: textOrNull(p, 'note'),
      });
    });
}

export function foldNetworks(records: readonly ChainedLedgerRecord[]): PracticeNetworks {
  return records.reduce<PracticeNetworks>((state, r) => {
    const p = r.payload as Payload;
    const on = r.effectiveOn as CalendarDate;
    switch (r.kind) {
      case ALLIANCE_KINDS.networkRecorded:
        return withNetwork(state, { id: text(p, 'networkId'), name: text(p, 'name') });
      case ALLIANCE_KINDS.practiceJoined:
        return joinNetwork(state, { practiceId: text(p, 'practiceId'), networkId: text(p, 'networkId'), on });
      case ALLIANCE_KINDS.practiceMoved:
        return movePractice(state, text(p, 'practiceId'), text(p, 'toNetworkId'), on);
      default:
        return state;
    }
  }, practiceNetworks([]));
}

/** The networks with one more, keeping every membership recorded so far. */
export function withNetwork(state: PracticeNetworks, network: PracticeNetwork): PracticeNetworks {
  return { ...practiceNetworks([...state.networks, network]), memberships: state.memberships };
}
