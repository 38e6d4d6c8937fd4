import type { Attendance, MeetingAdjourned, MeetingAttended, MeetingCalled, MeetingEvent, MeetingInterestDeclared } from '#domain';
import { z } from 'zod';
import { entryKind, LedgerFamily } from '../ledger-codec';
import { calendarDate, entryDate, id, noticeSent, text, wholeNumber } from './fields';

/*
 * Meetings (version 1): a meeting called, with the members notice went to; each person present at a
 * sitting; each adjournment; each interest a director present declares later in the sitting. Items are resolutions (`resolution.proposed`) naming the meeting.
 */

const votingMember = z.strictObject({ memberId: id, name: text, votes: wholeNumber, nominalPence: wholeNumber });
const chair = z.strictObject({ directorId: id.optional(), memberId: id.optional(), name: text });

const meetingCalled = entryKind<MeetingCalled>()({
  kind: 'meeting.called',
  version: 1,
  schema: z.strictObject({
    meetingId: id,
    meetingKind: z.enum(['general', 'annual-general', 'board']),
    noticeGivenOn: calendarDate.nullable(),
    noticeSent: noticeSent.optional(),
    noticeTo: z.array(votingMember),
    heldOn: calendarDate,
    chair: chair.nullable(),
    voting: z.enum(['show-of-hands', 'poll']),
    quorum: wholeNumber,
  }),
  encode: ({ meeting: m }) => ({
    meetingId: m.id,
    meetingKind: m.kind,
    noticeGivenOn: m.noticeGivenOn,
    ...(m.noticeSent !== undefined ? { noticeSent: { on: m.noticeSent.on, by: m.noticeSent.by } } : {}),
    noticeTo: m.noticeTo.map((v) => ({ memberId: v.memberId, name: v.name, votes: v.votes, nominalPence: v.nominalPence })),
    heldOn: m.heldOn,
    chair: m.chair && {
      ...(m.chair.directorId !== undefined ? { directorId: m.chair.directorId } : {}),
      ...(m.chair.memberId !== undefined ? { memberId: m.chair.memberId } : {}),
      name: m.chair.name,
    },
    voting: m.voting,
    quorum: m.quorum,
  }),
  decode: (p, entry) => ({
    type: 'meeting-called',
    effectiveOn: entryDate(entry),
    meeting: { id: p.meetingId, kind: p.meetingKind, noticeGivenOn: p.noticeGivenOn, ...(p.noticeSent !== undefined ? { noticeSent: p.noticeSent } : {}), noticeTo: p.noticeTo, heldOn: p.heldOn, chair: p.chair, voting: p.voting, quorum: p.quorum },
  }),
});

const attendance = z.discriminatedUnion('as', [
  z.strictObject({
    as: z.literal('member'),
    member: votingMember,
    capacity: z.enum(['in-person', 'proxy', 'corporate-representative']),
    actingName: text.optional(),
  }),
  z.strictObject({ as: z.literal('director'), directorId: id, name: text, interestedIn: z.array(id) }),
]);

function attendancePayload(a: Attendance): z.input<typeof attendance> {
  if (a.as === 'director') return { as: 'director', directorId: a.directorId, name: a.name, interestedIn: [...a.interestedIn] };
  const m = a.member;
  return {
    as: 'member',
    member: { memberId: m.memberId, name: m.name, votes: m.votes, nominalPence: m.nominalPence },
    capacity: a.capacity,
    ...(a.actingName !== undefined ? { actingName: a.actingName } : {}),
  };
}

const meetingAttended = entryKind<MeetingAttended>()({
  kind: 'meeting.attendance',
  version: 1,
  schema: z.strictObject({ meetingId: id, attendance }),
  encode: (e) => ({ meetingId: e.meetingId, attendance: attendancePayload(e.attendance) }),
  decode: (p, entry) => {
    const on = entryDate(entry);
    return { type: 'meeting-attended', effectiveOn: on, meetingId: p.meetingId, attendance: { ...p.attendance, on } as Attendance };
  },
});

const meetingAdjourned = entryKind<MeetingAdjourned>()({
  kind: 'meeting.adjourned',
  version: 1,
  schema: z.strictObject({ meetingId: id, to: calendarDate }),
  encode: (e) => ({ meetingId: e.meetingId, to: e.to }),
  decode: (p, entry) => ({ type: 'meeting-adjourned', effectiveOn: entryDate(entry), meetingId: p.meetingId, to: p.to }),
});

const interestDeclared = entryKind<MeetingInterestDeclared>()({
  kind: 'meeting.interest-declared',
  version: 1,
  schema: z.strictObject({ meetingId: id, directorId: id, resolutionIds: z.array(id).min(1), declaredOn: calendarDate }),
  encode: (e) => ({ meetingId: e.meetingId, directorId: e.directorId, resolutionIds: [...e.resolutionIds], declaredOn: e.effectiveOn }),
  decode: (p) => ({ type: 'meeting-interest-declared', effectiveOn: p.declaredOn, meetingId: p.meetingId, directorId: p.directorId, resolutionIds: p.resolutionIds }),
});

/** Meetings called, attended and adjourned, and interests declared at them: `meeting.*`. */
export const meetingsFamily = new LedgerFamily<MeetingEvent>('meetings', 'meeting.', {
  'meeting-called': meetingCalled,
  'meeting-attended': meetingAttended,
  'meeting-adjourned': meetingAdjourned,
  'meeting-interest-declared': interestDeclared,
});
