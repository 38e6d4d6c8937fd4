import type {
  DirectorAppointed,
  DirectorResigned,
  FilingRecorded,
  GovernanceEvent,
  RegulatorDecisionRecorded,
  Resolution,
  ResolutionProposed,
  ResolutionResponse,
} from '#domain';
import { lawfulPurposeRecorded } from '#domain';
import { z } from 'zod';
import { entryKind, LedgerFamily } from '../ledger-codec';
import { entryDate, id, text } from './fields';
import { meetingsFamily } from './meetings.codec';
import { officerParticulars, officerParticularsPayload, sha256 } from './officer-fields';
import { resolution, resolutionPayload, vote, votingMember, votingMemberPayload } from './resolution-payload';

/*
 * Directors, resolutions and filings (version 1, as written since the ledger began). A proposal
 * carries the whole resolution as proposed, with the snapshot fixed then; responses name the
 * resolution and the voter; the entry's effective date is the event's.
 */

const directorAppointed = entryKind<DirectorAppointed>()({
  kind: 'director.appointed',
  version: 1,
  // EC-4, added after the first ledgers were written: the whole s.163 particulars and the commitment
  // to the protected details (kept outside the ledger); absent there.
  schema: z.strictObject({ directorId: id, name: text, serviceAddress: text, particulars: officerParticulars.optional(), personalCommitment: sha256.optional() }),
  encode: (e) => ({
    directorId: e.directorId,
    name: e.name,
    serviceAddress: e.serviceAddress,
    ...(e.particulars !== undefined ? { particulars: officerParticularsPayload(e.particulars) } : {}),
    ...(e.personalCommitment !== undefined ? { personalCommitment: e.personalCommitment } : {}),
  }),
  decode: (p, entry) => ({ type: 'director-appointed', effectiveOn: entryDate(entry), ...p }),
});

const directorResigned = entryKind<DirectorResigned>()({
  kind: 'director.resigned',
  version: 1,
  // s.168: the resolution that removed the director, added after the first ledgers were written; absent there and on a resignation.
  schema: z.strictObject({ directorId: id, removedBy: id.optional() }),
  encode: (e) => ({ directorId: e.directorId, ...(e.removedBy !== undefined ? { removedBy: e.removedBy } : {}) }),
  decode: (p, entry) => ({ type: 'director-resigned', effectiveOn: entryDate(entry), ...p }),
});

const resolutionProposed = entryKind<ResolutionProposed>()({
  kind: 'resolution.proposed',
  version: 1,
  schema: z.strictObject({ resolution }),
  encode: (e) => ({ resolution: resolutionPayload(e.resolution) }),
  decode: (p, entry) => ({ type: 'resolution-proposed', effectiveOn: entryDate(entry), resolution: p.resolution as Resolution }),
});

/** Agreements, votes and consents to short notice share one shape; a vote adds its choice. */
function response<T extends ResolutionResponse['type']>(kind: string, type: T) {
  return entryKind<Extract<ResolutionResponse, { readonly type: T }>>()({
    kind,
    version: 1,
    schema:
      type === 'vote'
        ? z.strictObject({
            resolutionId: id,
            voterId: id,
            vote,
            interested: z.literal(true).optional(),
            // Added with meeting records (MA-1, MT-3): absent on votes recorded before.
            capacity: z.enum(['proxy', 'corporate-representative']).optional(),
            actingName: text.optional(),
            member: votingMember.optional(),
          })
        : type === 'short-notice-agreement'
          ? // s.307(6): added with consent by members admitted after the notice; absent on consents recorded before.
            z.strictObject({ resolutionId: id, voterId: id, member: votingMember.optional() })
          : z.strictObject({ resolutionId: id, voterId: id }),
    encode: (e) =>
      type === 'vote'
        ? {
            resolutionId: e.resolutionId,
            voterId: e.voterId,
            vote: e.vote!,
            ...(e.interested ? { interested: true as const } : {}),
            ...(e.capacity ? { capacity: e.capacity, actingName: e.actingName } : {}),
            ...(e.member ? { member: votingMemberPayload(e.member) } : {}),
          }
        : { resolutionId: e.resolutionId, voterId: e.voterId, ...(type === 'short-notice-agreement' && e.member ? { member: votingMemberPayload(e.member) } : {}) },
    decode: (p, entry) => ({ type, effectiveOn: entryDate(entry), ...p }) as Extract<ResolutionResponse, { readonly type: T }>,
  });
}

/** CI-6: the CIC Regulator's decision on a change of the objects, dated the day of the decision; a note only when given. */
const regulatorDecision = entryKind<RegulatorDecisionRecorded>()({
  kind: 'resolution.regulator-decision',
  version: 1,
  schema: z.strictObject({ resolutionId: id, outcome: z.enum(['approved', 'refused']), note: text.min(1).optional() }),
  encode: (e) => ({ resolutionId: e.decision.resolutionId, outcome: e.decision.outcome, ...(e.decision.note !== undefined ? { note: e.decision.note } : {}) }),
  decode: (p, entry) => {
    const decidedOn = entryDate(entry);
    return { type: 'regulator-decision', effectiveOn: decidedOn, decision: { resolutionId: p.resolutionId, decidedOn, outcome: p.outcome, ...(p.note !== undefined ? { note: p.note } : {}) } };
  },
});

const filing = entryKind<FilingRecorded>()({
  kind: 'filing.recorded',
  version: 1,
  schema: z.strictObject({
    kind: z.enum([
      'sh01', 'share-certificate', 'transfer-decision', 'resolution-filing', 'written-resolution-lapse', 'confirmation-statement', 'annual-accounts', 'cic34-report',
      // SR-1, SR-2: returns of a buy-back and of a reduction of capital.
      'sh03', 'sh06', 'sh19',
      // EC-2, EC-5, FC-5: notifications of officers, PSCs and particulars.
      'ap01', 'tm01', 'ch01', 'ap03', 'tm02', 'ch03', 'psc01', 'psc08', 'ad01', 'aa01',
      // CA 2006 s.88B: a change of the registered email address.
      'registered-email',
      // CA 2006 s.26: the articles as amended.
      'articles-filing',
    ]),
    reference: text,
    // CA 2006 s.853A: a confirmation statement's statement of lawful purpose; stored only when made, so that older entries hash as before.
    lawfulPurposeStatement: z.literal(true).optional(),
  }),
  encode: (e) => ({ kind: e.kind as Exclude<typeof e.kind, 'practice-share'>, reference: e.reference, ...lawfulPurposeRecorded(e.kind, e.lawfulPurposeStatement) }),
  decode: (p, entry) => ({ type: 'filing', effectiveOn: entryDate(entry), ...p }),
});

const kinds = {
  'director-appointed': directorAppointed,
  'director-resigned': directorResigned,
  'resolution-proposed': resolutionProposed,
  agreement: response('resolution.agreement', 'agreement'),
  vote: response('resolution.vote', 'vote'),
  'short-notice-agreement': response('resolution.short-notice-agreement', 'short-notice-agreement'),
  'regulator-decision': regulatorDecision,
  filing,
};

/** Directors' appointments and resignations: `director.*`. */
export const directorsFamily = new LedgerFamily<DirectorAppointed | DirectorResigned>('directors', 'director.', {
  'director-appointed': kinds['director-appointed'],
  'director-resigned': kinds['director-resigned'],
});

/** Resolutions proposed, the responses to them and the CIC Regulator's decisions on changes of the objects (CI-6): `resolution.*`. */
export const resolutionsFamily = new LedgerFamily<ResolutionProposed | ResolutionResponse | RegulatorDecisionRecorded>('resolutions', 'resolution.', {
  'resolution-proposed': kinds['resolution-proposed'],
  agreement: kinds.agreement,
  vote: kinds.vote,
  'short-notice-agreement': kinds['short-notice-agreement'],
  'regulator-decision': kinds['regulator-decision'],
});

/** Filings recorded as done: `filing.*`. */
export const filingsFamily = new LedgerFamily<FilingRecorded>('filings', 'filing.', { filing });

/** The governance families, for reads that fold them together in ledger order. */
export const governanceFamilies = [directorsFamily, resolutionsFamily, filingsFamily, meetingsFamily] as const;

/** The entry to append for any governance event. */
export function encodeGovernanceEvent(event: GovernanceEvent) {
  switch (event.type) {
    case 'director-appointed':
    case 'director-resigned':
      return directorsFamily.encode(event);
    case 'filing':
      return filingsFamily.encode(event);
    case 'meeting-called':
    case 'meeting-attended':
    case 'meeting-adjourned':
    case 'meeting-interest-declared':
      return meetingsFamily.encode(event);
    default:
      return resolutionsFamily.encode(event);
  }
}
