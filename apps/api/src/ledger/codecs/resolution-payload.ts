import type { BoardMeetingResolution, BoardWrittenResolution, GeneralMeetingResolution, MembersWrittenResolution, Resolution, ShareAuthorisation } from '#domain';
import { z } from 'zod';
import { calendarDate, id, noticeSent, positiveWholeNumber, text, wholeNumber } from './fields';

/*
 * A resolution as carried by a `resolution.proposed` entry (version 1, as written since the ledger
 * began): the whole resolution as proposed, field by field, with the snapshot fixed then. A field added
 * later is written only when present, so entries written before it hash the same.
 */

export const vote = z.enum(['for', 'against', 'abstain']);
const members = z.enum(['ordinary', 'special']);
const authorises = z.array(z.strictObject({ action: z.enum(['allotment', 'transfer', 'cancellation']), shareNumber: positiveWholeNumber, reason: z.literal('buy-back').optional() }));
export const votingMember = z.strictObject({ memberId: id, name: text, votes: wholeNumber, nominalPence: wholeNumber });
const boardMember = z.strictObject({ directorId: id, name: text });
// SR-2, s.695: kept with resolutions approving a buy-back since the selling members were named; absent before and when none.
const sellers = z.array(z.strictObject({ memberId: id, name: text })).min(1);
const proposal = { id, text, authorises };
// CI-6: 'change-of-objects' added after the first ledgers were written; their entries hold the other four.
const membersProposal = { ...proposal, kind: members, matter: z.enum(['general', 'removal-of-director', 'removal-of-auditor', 'amendment-of-articles', 'change-of-objects']), mustBeFiled: z.boolean() };

/** A resolution as proposed, with the snapshot fixed then: one shape for each procedure. */
export const resolution = z.discriminatedUnion('procedure', [
  z.strictObject({
    procedure: z.literal('members-written'),
    ...membersProposal,
    circulatedOn: calendarDate,
    lapsesOn: calendarDate,
    eligible: z.array(votingMember),
    agreements: z.array(z.strictObject({ memberId: id, agreedOn: calendarDate })),
    sellers: sellers.optional(),
    // SH-4, s.696(2)(a): kept with buy-back resolutions since the disclosure was checked; absent before and for other resolutions.
    contractDisclosedOn: calendarDate.optional(),
  }),
  z.strictObject({
    procedure: z.literal('general-meeting'),
    ...membersProposal,
    noticeGivenOn: calendarDate,
    // MT-2 (s.1147): the day the notice was sent and how, when given; absent before and where only the day of delivery was given.
    noticeSent: noticeSent.optional(),
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
    // SH-4, s.696(2)(b): kept with buy-back resolutions since the disclosure was checked; absent before and for other resolutions.
    contractDisclosedOn: calendarDate.optional(),
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
export function resolutionPayload(r: Resolution): z.input<typeof resolution> {
  const base = { id: r.id, text: r.text, authorises: r.authorises.map(authorisationPayload) };
  switch (r.procedure) {
    case 'members-written':
      return { procedure: r.procedure, ...base, ...membersFields(r), circulatedOn: r.circulatedOn, lapsesOn: r.lapsesOn, eligible: r.eligible.map(votingMemberPayload), agreements: r.agreements.map((a) => ({ memberId: a.memberId, agreedOn: a.agreedOn })), ...sellersPayload(r), ...contractDisclosurePayload(r) };
    case 'general-meeting':
      return {
        procedure: r.procedure,
        ...base,
        ...membersFields(r),
        noticeGivenOn: r.noticeGivenOn,
        ...(r.noticeSent !== undefined ? { noticeSent: { on: r.noticeSent.on, by: r.noticeSent.by } } : {}),
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
        ...contractDisclosurePayload(r),
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
const contractDisclosurePayload = (r: MembersWrittenResolution | GeneralMeetingResolution) => (r.contractDisclosedOn !== undefined ? { contractDisclosedOn: r.contractDisclosedOn } : {});
const membersFields = (r: MembersWrittenResolution | GeneralMeetingResolution) => ({ kind: r.kind, matter: r.matter, mustBeFiled: r.mustBeFiled });
/** An authorisation as stored: `reason` only when given, so entries written before it existed hash the same. */
export const authorisationPayload = (a: ShareAuthorisation) => ({ action: a.action, shareNumber: a.shareNumber, ...(a.reason ? { reason: a.reason } : {}) });
/** A voting member as stored in a snapshot or with a vote. */
export const votingMemberPayload = (m: MembersWrittenResolution['eligible'][number]) => ({ memberId: m.memberId, name: m.name, votes: m.votes, nominalPence: m.nominalPence });
const boardMemberPayload = (m: BoardMeetingResolution['board'][number] | BoardWrittenResolution['board'][number]) => ({ directorId: m.directorId, name: m.name });
