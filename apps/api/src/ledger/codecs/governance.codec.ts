import type {
  BoardMeetingResolution,
  BoardWrittenResolution,
  DirectorAppointed,
  DirectorResigned,
  FilingRecorded,
  GeneralMeetingResolution,
  GovernanceEvent,
  MembersWrittenResolution,
  RegulatorDecisionRecorded,
  Resolution,
  ResolutionProposed,
  ResolutionResponse,
  ShareAuthorisation,
} from '#domain';
import { lawfulPurposeRecorded } from '#domain';
import { z } from 'zod';
import { entryKind, LedgerFamily } from '../ledger-codec';
import { calendarDate, entryDate, id, positiveWholeNumber, text, wholeNumber } from './fields';
import { meetingsFamily } from './meetings.codec';
import { officerParticulars, officerParticularsPayload, sha256 } from './officer-fields';

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
  schema: z.strictObject({ directorId: id }),
  encode: (e) => ({ directorId: e.directorId }),
  decode: (p, entry) => ({ type: 'director-resigned', effectiveOn: entryDate(entry), ...p }),
});

const vote = z.enum(['for', 'against', 'abstain']);
const members = z.enum(['ordinary', 'special']);
const authorises = z.array(z.strictObject({ action: z.enum(['allotment', 'transfer', 'cancellation']), shareNumber: positiveWholeNumber, reason: z.literal('buy-back').optional() }));
const votingMember = z.strictObject({ memberId: id, name: text, votes: wholeNumber, nominalPence: wholeNumber });
const boardMember = z.strictObject({ directorId: id, name: text });
// SR-2, s.695: kept with resolutions approving a buy-back since the selling members were named; absent before and when none.
const sellers = z.array(z.strictObject({ memberId: id, name: text })).min(1);
const proposal = { id, text, authorises };
// CI-6: 'change-of-objects' added after the first ledgers were written; their entries hold the other four.
const membersProposal = { ...proposal, kind: members, matter: z.enum(['general', 'removal-of-director', 'removal-of-auditor', 'amendment-of-articles', 'change-of-objects']), mustBeFiled: z.boolean() };

const resolution = z.discriminatedUnion('procedure', [
  z.strictObject({
    procedure: z.literal('members-written'),
    ...membersProposal,
    circulatedOn: calendarDate,
    lapsesOn: calendarDate,
    eligible: z.array(votingMember),
    agreements: z.array(z.strictObject({ memberId: id, agreedOn: calendarDate })),
    sellers: sellers.optional(),
  }),
  z.strictObject({
    procedure: z.literal('general-meeting'),
    ...membersProposal,
    noticeGivenOn: calendarDate,
    meetingOn: calendarDate,
    voting: z.enum(['show-of-hands', 'poll']),
    quorum: wholeNumber,
    noticeClearDays: wholeNumber,
    shortNoticePercent: z.number().min(0).max(100),
    entitled: z.array(votingMember),
    shortNoticeAgreedBy: z.array(id),
    votes: z.array(z.strictObject({ memberId: id, vote })),
    // Added with meeting records: absent on resolutions proposed before.
    meetingId: id.optional(),
    chair: z.strictObject({ directorId: id.optional(), memberId: id.optional(), name: text }).optional(),
    sellers: sellers.optional(),
    // s.312: kept with removal resolutions since special notice was checked; absent before and for other matters.
    specialNoticeReceivedOn: calendarDate.optional(),
  }),
  z.strictObject({
    procedure: z.literal('board-meeting'),
    ...proposal,
    meetingOn: calendarDate,
    quorum: wholeNumber,
    board: z.array(boardMember),
    votes: z.array(z.strictObject({ directorId: id, vote, interested: z.literal(true).optional() })),
    // MA-2, added after the first ledgers were written: absent there.
    chairDirectorId: id.optional(),
    castingVote: z.boolean().optional(),
    excludeInterested: z.boolean().optional(),
    meetingId: id.optional(),
  }),
  z.strictObject({
    procedure: z.literal('board-written'),
    ...proposal,
    circulatedOn: calendarDate,
    board: z.array(boardMember),
    agreements: z.array(z.strictObject({ directorId: id, agreedOn: calendarDate })),
  }),
]);

/** The resolution as proposed, field by field. */
function resolutionPayload(r: Resolution): z.input<typeof resolution> {
  const base = { id: r.id, text: r.text, authorises: r.authorises.map(authorisationPayload) };
  switch (r.procedure) {
    case 'members-written':
      return { procedure: r.procedure, ...base, ...membersFields(r), circulatedOn: r.circulatedOn, lapsesOn: r.lapsesOn, eligible: r.eligible.map(votingMemberPayload), agreements: r.agreements.map((a) => ({ memberId: a.memberId, agreedOn: a.agreedOn })), ...sellersPayload(r) };
    case 'general-meeting':
      return {
        procedure: r.procedure,
        ...base,
        ...membersFields(r),
        noticeGivenOn: r.noticeGivenOn,
        meetingOn: r.meetingOn,
        voting: r.voting,
        quorum: r.quorum,
        noticeClearDays: r.noticeClearDays,
        shortNoticePercent: r.shortNoticePercent,
        entitled: r.entitled.map(votingMemberPayload),
        shortNoticeAgreedBy: [...r.shortNoticeAgreedBy],
        votes: r.votes.map((v) => ({ memberId: v.memberId, vote: v.vote })),
        ...(r.meetingId !== undefined ? { meetingId: r.meetingId } : {}),
        ...(r.chair !== undefined ? { chair: chairPayload(r.chair) } : {}),
        ...sellersPayload(r),
        ...(r.specialNoticeReceivedOn !== undefined ? { specialNoticeReceivedOn: r.specialNoticeReceivedOn } : {}),
      };
    case 'board-meeting':
      return {
        procedure: r.procedure,
        ...base,
        meetingOn: r.meetingOn,
        quorum: r.quorum,
        board: r.board.map(boardMemberPayload),
        votes: r.votes.map((v) => ({ directorId: v.directorId, vote: v.vote, ...(v.interested ? { interested: true as const } : {}) })),
        ...(r.chairDirectorId !== undefined ? { chairDirectorId: r.chairDirectorId } : {}),
        ...(r.castingVote !== undefined ? { castingVote: r.castingVote } : {}),
        ...(r.excludeInterested !== undefined ? { excludeInterested: r.excludeInterested } : {}),
        ...(r.meetingId !== undefined ? { meetingId: r.meetingId } : {}),
      };
    case 'board-written':
      return { procedure: r.procedure, ...base, circulatedOn: r.circulatedOn, board: r.board.map(boardMemberPayload), agreements: r.agreements.map((a) => ({ directorId: a.directorId, agreedOn: a.agreedOn })) };
  }
}

const chairPayload = (c: NonNullable<GeneralMeetingResolution['chair']>) => ({
  ...(c.directorId !== undefined ? { directorId: c.directorId } : {}),
  ...(c.memberId !== undefined ? { memberId: c.memberId } : {}),
  name: c.name,
});
const sellersPayload = (r: MembersWrittenResolution | GeneralMeetingResolution) =>
  r.sellers !== undefined && r.sellers.length > 0 ? { sellers: r.sellers.map((m) => ({ memberId: m.memberId, name: m.name })) } : {};
const membersFields = (r: MembersWrittenResolution | GeneralMeetingResolution) => ({ kind: r.kind, matter: r.matter, mustBeFiled: r.mustBeFiled });
/** An authorisation as stored: `reason` only when given, so entries written before it existed hash the same. */
export const authorisationPayload = (a: ShareAuthorisation) => ({ action: a.action, shareNumber: a.shareNumber, ...(a.reason ? { reason: a.reason } : {}) });
const votingMemberPayload = (m: MembersWrittenResolution['eligible'][number]) => ({ memberId: m.memberId, name: m.name, votes: m.votes, nominalPence: m.nominalPence });
const boardMemberPayload = (m: BoardMeetingResolution['board'][number] | BoardWrittenResolution['board'][number]) => ({ directorId: m.directorId, name: m.name });

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
