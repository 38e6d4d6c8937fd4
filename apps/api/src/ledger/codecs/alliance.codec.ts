import type {
  NetworkRecorded,
  OrganisationKind,
  OrganisationRecorded,
  PartnershipMemberJoined,
  PartnershipMemberLeft,
  PartnershipRecorded,
  PartnershipRole,
  PracticeJoinedNetwork,
  PracticeLeftNetwork,
  PracticeMovedNetwork,
  ServiceContractCommissionerChanged,
  ServiceContractRecorded,
  ServiceLineAdded,
} from '#domain';
import { z } from 'zod';
import { entryKind, LedgerFamily } from '../ledger-codec';
import { calendarDate, entryDate, id, optionalNullable, text } from './fields';

/*
 * The alliance records (version 1, as written since the ledger began): organisations, partnerships,
 * service contracts and practice networks, each under its own prefix so a read fetches only its
 * family. The entry's effective date is the event's; the payload carries the rest. Fields the
 * first readers defaulted to null when absent (notes, end dates, commissioner, partnership) are
 * read the same way; every payload written so far has them all.
 */

const organisationKind = z.enum(['the-company', 'nhs-trust', 'local-authority', 'ccg', 'icb', 'voluntary-sector', 'other'] as const satisfies readonly OrganisationKind[]);
const partnershipRole = z.enum(['alliance-manager', 'partner', 'commissioner'] as const satisfies readonly PartnershipRole[]);

const organisationRecorded = entryKind<OrganisationRecorded>()({
  kind: 'organisation.recorded',
  version: 1,
  schema: z.strictObject({ organisationId: id, name: text, kind: organisationKind, note: optionalNullable(text) }),
  encode: ({ organisation: o }) => ({ organisationId: o.id, name: o.name, kind: o.kind, note: o.note }),
  decode: (p, entry) => ({
    type: 'organisation-recorded',
    effectiveOn: entryDate(entry),
    organisation: { id: p.organisationId, name: p.name, kind: p.kind, note: p.note },
  }),
});

const partnershipRecorded = entryKind<PartnershipRecorded>()({
  kind: 'partnership.recorded',
  version: 1,
  schema: z.strictObject({ partnershipId: id, name: text, note: optionalNullable(text) }),
  encode: ({ partnership: p }) => ({ partnershipId: p.id, name: p.name, note: p.note }),
  decode: (p, entry) => ({ type: 'partnership-recorded', effectiveOn: entryDate(entry), partnership: { id: p.partnershipId, name: p.name, note: p.note } }),
});

const memberJoined = entryKind<PartnershipMemberJoined>()({
  kind: 'partnership.member-joined',
  version: 1,
  schema: z.strictObject({ partnershipId: id, organisationId: id, role: partnershipRole }),
  encode: (e) => ({ partnershipId: e.partnershipId, organisationId: e.organisationId, role: e.role }),
  decode: (p, entry) => ({ type: 'partnership-member-joined', effectiveOn: entryDate(entry), partnershipId: p.partnershipId, organisationId: p.organisationId, role: p.role }),
});

const memberLeft = entryKind<PartnershipMemberLeft>()({
  kind: 'partnership.member-left',
  version: 1,
  schema: z.strictObject({ partnershipId: id, organisationId: id }),
  encode: (e) => ({ partnershipId: e.partnershipId, organisationId: e.organisationId }),
  decode: (p, entry) => ({ type: 'partnership-member-left', effectiveOn: entryDate(entry), partnershipId: p.partnershipId, organisationId: p.organisationId }),
});

const serviceLineAdded = entryKind<ServiceLineAdded>()({
  kind: 'partnership.service-line-added',
  version: 1,
  schema: z.strictObject({ partnershipId: id, serviceLineId: id, name: text, managedById: id, startOn: calendarDate, endOn: optionalNullable(calendarDate) }),
  encode: ({ partnershipId, serviceLine: l }) => ({ partnershipId, serviceLineId: l.id, name: l.name, managedById: l.managedById, startOn: l.startOn, endOn: l.endOn }),
  decode: (p, entry) => ({
    type: 'service-line-added',
    effectiveOn: entryDate(entry),
    partnershipId: p.partnershipId,
    serviceLine: { id: p.serviceLineId, name: p.name, managedById: p.managedById, startOn: p.startOn, endOn: p.endOn },
  }),
});

const contractRecorded = entryKind<ServiceContractRecorded>()({
  kind: 'service-contract.recorded',
  version: 1,
  schema: z.strictObject({
    contractId: id,
    name: text,
    holderId: id,
    commissionerId: optionalNullable(id),
    partnershipId: optionalNullable(id),
    startOn: calendarDate,
    endOn: optionalNullable(calendarDate),
    note: optionalNullable(text),
  }),
  encode: ({ contract: c }) => ({
    contractId: c.id,
    name: c.name,
    holderId: c.holderId,
    commissionerId: c.commissionerId,
    partnershipId: c.partnershipId,
    startOn: c.startOn,
    endOn: c.endOn,
    note: c.note,
  }),
  decode: (p, entry) => ({
    type: 'service-contract-recorded',
    effectiveOn: entryDate(entry),
    contract: {
      id: p.contractId,
      name: p.name,
      holderId: p.holderId,
      commissionerId: p.commissionerId,
      partnershipId: p.partnershipId,
      startOn: p.startOn,
      endOn: p.endOn,
      note: p.note,
    },
  }),
});

const commissionerChanged = entryKind<ServiceContractCommissionerChanged>()({
  kind: 'service-contract.commissioner-changed',
  version: 1,
  schema: z.strictObject({ contractId: id, commissionerId: id, reason: optionalNullable(text) }),
  encode: ({ contractId, change }) => ({ contractId, commissionerId: change.commissionerId, reason: change.reason }),
  decode: (p, entry) => ({
    type: 'service-contract-commissioner-changed',
    effectiveOn: entryDate(entry),
    contractId: p.contractId,
    change: { on: entryDate(entry), commissionerId: p.commissionerId, reason: p.reason },
  }),
});

const networkRecorded = entryKind<NetworkRecorded>()({
  kind: 'network.recorded',
  version: 1,
  schema: z.strictObject({ networkId: id, name: text }),
  encode: ({ network: n }) => ({ networkId: n.id, name: n.name }),
  decode: (p, entry) => ({ type: 'network-recorded', effectiveOn: entryDate(entry), network: { id: p.networkId, name: p.name } }),
});

const practiceJoined = entryKind<PracticeJoinedNetwork>()({
  kind: 'network.practice-joined',
  version: 1,
  schema: z.strictObject({ practiceId: id, networkId: id }),
  encode: (e) => ({ practiceId: e.practiceId, networkId: e.networkId }),
  decode: (p, entry) => ({ type: 'practice-joined-network', effectiveOn: entryDate(entry), practiceId: p.practiceId, networkId: p.networkId }),
});

const practiceMoved = entryKind<PracticeMovedNetwork>()({
  kind: 'network.practice-moved',
  version: 1,
  schema: z.strictObject({ practiceId: id, fromNetworkId: id.nullable(), toNetworkId: id }),
  encode: (e) => ({ practiceId: e.practiceId, fromNetworkId: e.fromNetworkId, toNetworkId: e.toNetworkId }),
  decode: (p, entry) => ({
    type: 'practice-moved-network',
    effectiveOn: entryDate(entry),
    practiceId: p.practiceId,
    fromNetworkId: p.fromNetworkId,
    toNetworkId: p.toNetworkId,
  }),
});

const practiceLeft = entryKind<PracticeLeftNetwork>()({
  kind: 'network.practice-left',
  version: 1,
  schema: z.strictObject({ practiceId: id, networkId: id }),
  encode: (e) => ({ practiceId: e.practiceId, networkId: e.networkId }),
  decode: (p, entry) => ({ type: 'practice-left-network', effectiveOn: entryDate(entry), practiceId: p.practiceId, networkId: p.networkId }),
});

/** Organisations the company deals with: `organisation.*`. */
export const organisationsFamily = new LedgerFamily<OrganisationRecorded>('organisations', 'organisation.', {
  'organisation-recorded': organisationRecorded,
});

/** Partnerships, their dated membership and their service lines: `partnership.*`. */
export const partnershipsFamily = new LedgerFamily<PartnershipRecorded | PartnershipMemberJoined | PartnershipMemberLeft | ServiceLineAdded>(
  'partnerships',
  'partnership.',
  {
    'partnership-recorded': partnershipRecorded,
    'partnership-member-joined': memberJoined,
    'partnership-member-left': memberLeft,
    'service-line-added': serviceLineAdded,
  },
);

/** Service contracts the company holds: `service-contract.*`. */
export const contractsFamily = new LedgerFamily<ServiceContractRecorded | ServiceContractCommissionerChanged>('service contracts', 'service-contract.', {
  'service-contract-recorded': contractRecorded,
  'service-contract-commissioner-changed': commissionerChanged,
});

/** Practice networks and which practice is in which: `network.*`. */
export const networksFamily = new LedgerFamily<NetworkRecorded | PracticeJoinedNetwork | PracticeMovedNetwork | PracticeLeftNetwork>('practice networks', 'network.', {
  'network-recorded': networkRecorded,
  'practice-joined-network': practiceJoined,
  'practice-moved-network': practiceMoved,
  'practice-left-network': practiceLeft,
});

/** The four alliance families. */
export const allianceFamilies = [organisationsFamily, partnershipsFamily, contractsFamily, networksFamily] as const;

