import {
  calendarDate,
  callMeeting,
  checkAttendanceAsVoted,
  checkMemberPresentOnce,
  checkResignationNotBeforeAppointment,
  checkResignationNotBeforeLaterEntries,
  checkVoteByPresent,
  currentTerm,
  DomainError,
  entitlementAt,
  foldOfficers,
  proposeAtBoardMeeting,
  proposeAtGeneralMeeting,
  proposeWrittenResolution,
  recordAttendance,
  recordDirectorVote,
  recordMemberVote,
  recordShortNoticeAgreement,
  recordWrittenAgreement,
  type Attendance,
  type OfficerEvent,
  type RegisterEntry,
  type RegisterOfDirectors,
  type Resolution,
} from '#domain';
import { refusalErrors } from './web-page';

const d = calendarDate;
/** A resolution whose text has an ISO date in it: a page gives the text as it was written. */
const TEXT = 'THAT the accounts to 2025-03-31 be approved.';
const AS_WRITTEN = `the resolution “${TEXT}”`;
const entry = (n: number, registeredOn = '2014-09-01', ceasedOn: string | null = null): RegisterEntry => ({
  memberId: `m${n}`, name: `Synthetic Practice ${n}`, address: `${n} Road`, registeredOn: d(registeredOn), ceasedOn: ceasedOn === null ? null : d(ceasedOn),
  shares: [{ shareNumber: n, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100 }],
});
const MEMBERS = [entry(1), entry(2)];
const names = (id: string) => MEMBERS.find((m) => m.memberId === id)?.name ?? (id === 'm9' ? 'Synthetic Practice 9' : undefined);
const DIRECTORS: RegisterOfDirectors = ['d1', 'd2'].map((id) => ({ directorId: id, name: `Dr ${id} (synthetic)`, serviceAddress: 'x', appointedOn: d('2014-09-01'), resignedOn: null }));
const general = () => proposeAtGeneralMeeting({ id: 'r1', text: TEXT, kind: 'ordinary', noticeGivenOn: d('2025-06-02'), meetingOn: d('2025-06-20'), members: MEMBERS });
const board = () => proposeAtBoardMeeting({ id: 'r2', text: TEXT, meetingOn: d('2025-06-20'), directors: DIRECTORS });

/** The text a page shows for the refusal `check` throws. */
function shown(check: () => unknown): string {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return refusalErrors(error, {}, 'who')[0]!.text;
  }
  throw new Error('no refusal');
}

/** No rule number of the brief ("(MA-1)") in a page's words. */
const NO_RULE = /\([A-Z]{2}-\d+\)/;

describe('a page gives each refusal naming who and what in the domain’s words: dates in words, no rule number, the resolution as written', () => {
  it('MA-1: a member not on the register on the day of the meeting (MEMBER_NOT_ELIGIBLE), to vote, or to agree to short notice', () => {
    const vote = shown(() => entitlementAt(MEMBERS, 'm9', d('2025-06-20'), names, `cannot vote on ${AS_WRITTEN}`));
    expect(vote).toBe(`Synthetic Practice 9 was not on the register of members on 20 June 2025, the day of the meeting, so cannot vote on ${AS_WRITTEN}`);
    expect(vote).not.toMatch(NO_RULE);
    expect(shown(() => recordShortNoticeAgreement(general(), 'm9', d('2025-06-03'), names))).toBe(
      `Synthetic Practice 9 was not on the register of members on 20 June 2025, the date of the meeting, so cannot agree to short notice of it for ${AS_WRITTEN}`,
    );
    expect(shown(() => entitlementAt(MEMBERS, 'm8', d('2025-06-20'), names))).toBe('There is no member with that reference');
  });

  it('WR-2: a member not eligible when a written resolution was circulated (MEMBER_NOT_ELIGIBLE)', () => {
    const written = proposeWrittenResolution({ id: 'r3', text: TEXT, kind: 'ordinary', circulatedOn: d('2025-06-02'), members: MEMBERS });
    expect(shown(() => recordWrittenAgreement(written, { memberId: 'm9', agreedOn: d('2025-06-03') }, names))).toBe(
      `Synthetic Practice 9 was not an eligible member when ${AS_WRITTEN} was circulated on 2 June 2025, so cannot agree to it`,
    );
  });

  it('MT-1, s.307(4): consent to short notice after the meeting, or given twice; the law’s section stays', () => {
    expect(shown(() => recordShortNoticeAgreement(general(), 'm1', d('2025-06-21'), names))).toBe(
      'Consent to short notice on 21 June 2025 comes after the meeting on 20 June 2025; it must be given by then (s.307(4))',
    );
    const agreed = recordShortNoticeAgreement(general(), 'm1', d('2025-06-03'), names);
    expect(shown(() => recordShortNoticeAgreement(agreed, 'm1', d('2025-06-04'), names))).toBe(
      `Synthetic Practice 1 has already agreed to short notice of the meeting on 20 June 2025 for ${AS_WRITTEN}; consent is given once`,
    );
  });

  it('MA-1, MA-2: a member’s or a director’s vote recorded twice (VOTE_ALREADY_RECORDED)', () => {
    const voted = recordMemberVote(general(), { memberId: 'm1', vote: 'for' });
    expect(shown(() => recordMemberVote(voted, { memberId: 'm1', vote: 'against' }))).toBe(`Synthetic Practice 1 has already voted on ${AS_WRITTEN}; a member votes once`);
    const directorVoted = recordDirectorVote(board(), { directorId: 'd1', vote: 'for' }, DIRECTORS);
    expect(shown(() => recordDirectorVote(directorVoted, { directorId: 'd1', vote: 'for' }, DIRECTORS))).toBe(`Dr d1 (synthetic) has already voted on ${AS_WRITTEN}; a director votes once`);
  });

  it('MA-2, MT-3: a vote by someone not recorded present (VOTER_NOT_PRESENT), or not the way they attend (VOTE_NOT_AS_ATTENDED)', () => {
    const boardItem: Resolution = { ...board(), present: [{ directorId: 'd2', interested: false }] };
    const director = shown(() => checkVoteByPresent(boardItem, { type: 'vote', effectiveOn: d('2025-06-20'), resolutionId: 'r2', voterId: 'd1', vote: 'for' }));
    expect(director).toBe(`Dr d1 (synthetic) is not recorded present at the board meeting on 20 June 2025, so cannot vote on ${AS_WRITTEN}`);
    const item = { ...general(), present: [{ memberId: 'm2', capacity: 'proxy', actingName: 'A Proxy' }] } as Resolution;
    const absent = shown(() => checkVoteByPresent(item, { type: 'vote', effectiveOn: d('2025-06-20'), resolutionId: 'r1', voterId: 'm1', vote: 'for' }));
    expect(absent).toBe(`Synthetic Practice 1 is not recorded present, in person, by proxy or by corporate representative, at the meeting on 20 June 2025, so cannot vote on ${AS_WRITTEN}`);
    expect(shown(() => checkVoteByPresent(item, { type: 'vote', effectiveOn: d('2025-06-20'), resolutionId: 'r1', voterId: 'm2', vote: 'for' }))).toBe(
      'Synthetic Practice 2 attends by proxy A Proxy, and votes that way, not in person',
    );
    const votedInPerson = { ...recordMemberVote(general(), { memberId: 'm1', vote: 'for' }), meetingId: 'gm', present: [{ memberId: 'm1', capacity: 'proxy', actingName: 'A Proxy' }] } as Resolution;
    const meeting = { ...callMeeting({ id: 'gm', kind: 'general', noticeGivenOn: d('2025-06-02'), noticeTo: [], heldOn: d('2025-06-20'), chair: null, voting: 'show-of-hands', quorum: 2 }), resolutionIds: ['r1'] };
    const records = { meetings: new Map([['gm', meeting]]), resolutions: new Map([['r1', votedInPerson]]) };
    expect(shown(() => checkAttendanceAsVoted(records, 'gm', ['m1']))).toBe(
      `Synthetic Practice 1 voted for ${AS_WRITTEN} in person; attendance by proxy A Proxy at the sitting of 20 June 2025 would contradict that vote`,
    );
  });

  it('MT-3: a person recorded present twice at a sitting (ATTENDANCE_ALREADY_RECORDED), named as the register names them', () => {
    const meeting = callMeeting({ id: 'gm', kind: 'general', noticeGivenOn: d('2025-06-02'), noticeTo: [], heldOn: d('2025-06-20'), chair: null, voting: 'show-of-hands', quorum: 2 });
    // A name with an ISO date in it is given as written, as a resolution's text is.
    const member = { ...entitlementAt(MEMBERS, 'm1', d('2025-06-20')), name: 'Synthetic Practice 1 (since 2014-09-01)' };
    const inPerson: Attendance = { as: 'member', on: d('2025-06-20'), member, capacity: 'in-person' };
    const present = recordAttendance(meeting, inPerson);
    expect(shown(() => recordAttendance(present, inPerson))).toBe('Synthetic Practice 1 (since 2014-09-01) is already recorded as present at the general meeting on 20 June 2025');
    const adjourned = { ...present, adjournments: [{ on: d('2025-06-20'), to: d('2025-06-27') }] };
    const later: Attendance = { ...inPerson, on: d('2025-06-27') };
    expect(shown(() => recordAttendance(recordAttendance(adjourned, later), later))).toBe(
      'Synthetic Practice 1 (since 2014-09-01) is already recorded as present at the sitting of 27 June 2025 of the general meeting on 20 June 2025',
    );
    expect(shown(() => checkMemberPresentOnce(present, { ...inPerson, capacity: 'proxy', actingName: 'A Proxy' }))).toBe(
      'Synthetic Practice 1 (since 2014-09-01) is already recorded as present in person at the sitting of 20 June 2025',
    );
  });

  it('EC-2: the officers page’s refusals of a resignation: before the appointment, of someone no longer in office, before a later entry', () => {
    const appointed: OfficerEvent = { type: 'director-appointed', effectiveOn: d('2026-01-07'), directorId: 'a', name: 'Dr Page Early Leaver (synthetic)', serviceAddress: '1 Demo Yard' };
    const [officer] = foldOfficers([appointed]);
    expect(shown(() => checkResignationNotBeforeAppointment(officer!, d('2026-01-06')))).toBe(
      'The day Dr Page Early Leaver (synthetic) left office is 6 January 2026, before the appointment on 7 January 2026: an officer leaves office, by resignation or removal, on or after the day of appointment',
    );
    const left = foldOfficers([appointed, { type: 'director-resigned', effectiveOn: d('2026-04-01'), directorId: 'a' } as OfficerEvent]);
    expect(shown(() => currentTerm(left, 'a'))).toBe('Dr Page Early Leaver (synthetic) no longer holds office: they left it on 1 April 2026');
    const meeting: Resolution = { ...proposeAtBoardMeeting({ id: 'r4', text: TEXT, meetingOn: d('2026-03-10'), directors: [{ directorId: 'a', name: 'x', serviceAddress: 'x', appointedOn: d('2026-01-07'), resignedOn: null }] }), votes: [{ directorId: 'a', vote: 'for' }] };
    const references = { byId: new Map([['r4', 'BR-2026-01']]), counts: new Map() };
    const clash = shown(() => checkResignationNotBeforeLaterEntries('a', officer!, d('2026-03-01'), [meeting], references));
    expect(clash).toBe(
      'Dr Page Early Leaver (synthetic) voted at the board meeting of 10 March 2026 (resolution BR-2026-01), so was still in office then and cannot have left office before it, on 1 March 2026 (date their leaving office on or after 10 March 2026, or correct the entry)',
    );
  });
});
