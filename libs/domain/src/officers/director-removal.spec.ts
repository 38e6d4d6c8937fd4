import { errorCode } from '../../test/error-code';
import { calendarDate, instant } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import { DomainError } from '../errors';
import { proposeAtGeneralMeeting, recordMemberVote, type GeneralMeetingResolution } from '../governance/general-meeting';
import { NO_REFERENCES, type References } from '../governance/references';
import type { ResolutionMatter } from '../governance/resolution';
import type { Resolution } from '../governance/resolution-outcome';
import { registerOfMembers } from '../share-register/register-of-members';
import type { ShareEvent } from '../share-register/share-event';
import { checkRemovalResolution } from './director-removal';
import { foldOfficers, officerAsAt, type OfficerEvent } from './officers';

const d = calendarDate;
const company: Company = {
  id: 'c', name: 'Example Borough GP Care Group CIC', companyNumber: '09000002', incorporatedOn: d('2014-09-01'), registeredOffice: '1 Example Street, London E1 1AA',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice' },
};
const members: ShareEvent[] = Array.from({ length: 5 }, (_, i) => ({
  eventId: `e${i}`, effectiveOn: d('2014-09-01'), recordedAt: instant('2014-09-01T09:00:00.000Z'), type: 'allotment', shareNumber: i + 1, shareClass: 'ordinary',
  nominalPence: 100, paidUpPence: 100, holder: { memberId: `m${i}`, name: `Synthetic Practice ${i}`, address: `${i} Road, London E1`, practiceId: `p${i}` },
}));
const MEETING = d('2026-03-20');
/** A general meeting of 20 March 2026 on `matter`, with `forVotes` of the five members voting for it. */
function atMeeting(id: string, matter: ResolutionMatter, forVotes: number): GeneralMeetingResolution {
  const proposed = proposeAtGeneralMeeting({
    id, text: 'THAT Dr A (synthetic) be removed from office as a director.', kind: 'ordinary', matter, noticeGivenOn: d('2026-03-01'), meetingOn: MEETING,
    ...(matter === 'removal-of-director' ? { specialNoticeReceivedOn: d('2026-02-10') } : {}),
    members: registerOfMembers(company, members, { asAt: MEETING, status: 'current' }),
  });
  return Array.from({ length: 5 }, (_, i) => i).reduce((r, i) => recordMemberVote(r, { memberId: `m${i}`, vote: i < forVotes ? 'for' : 'against' }), proposed);
}
const events: OfficerEvent[] = [
  { type: 'director-appointed', effectiveOn: d('2020-01-06'), directorId: 'a', name: 'Dr A (synthetic)', serviceAddress: '1 Demo Yard' },
  { type: 'secretary-appointed', effectiveOn: d('2020-01-06'), officerId: 's', personalCommitment: null,
    particulars: { name: 'Ms S (synthetic)', formerNames: [], serviceAddress: '1 Demo Yard', countryOfResidence: null, nationality: null, occupation: null, birthMonth: null } },
];
const [director, secretary] = foldOfficers(events);
const resolutions = new Map<string, Resolution>([
  ['removal', atMeeting('removal', 'removal-of-director', 3)],
  ['failed', atMeeting('failed', 'removal-of-director', 2)],
  ['general', atMeeting('general', 'general', 5)],
]);
const references: References = { byId: new Map([['removal', 'OR-2026-01'], ['failed', 'OR-2026-02'], ['general', 'OR-2026-03']]), counts: NO_REFERENCES.counts };
const refusal = (run: () => void) => {
  try {
    run();
    return 'accepted';
  } catch (error) {
    const e = error as DomainError;
    return `${e.code} ${String((e.details as { reason?: string }).reason)}: ${e.message}`;
  }
};

describe('s.168: a director removed by the members names the ordinary resolution that removed them', () => {
  it('s.168(1): a passed resolution for the removal of a director, at a general meeting, removes the director on the day it passed or later', () => {
    expect(refusal(() => checkRemovalResolution(director!, 'removal', MEETING, resolutions, references))).toBe('accepted');
    expect(refusal(() => checkRemovalResolution(director!, 'removal', d('2026-03-31'), resolutions, references))).toBe('accepted');
  });

  it('s.168(1): a day before the meeting is refused, naming the reference and the director', () => {
    const words = refusal(() => checkRemovalResolution(director!, 'removal', d('2026-03-19'), resolutions, references));
    expect(words).toMatch(/^REMOVAL_RESOLUTION_INVALID dated-before-meeting: OR-2026-01 had not passed by 2026-03-19: Dr A \(synthetic\) leaves office/);
  });

  it('s.282: a removal resolution that failed (2 of 5 for) does not remove anyone', () => {
    expect(refusal(() => checkRemovalResolution(director!, 'failed', d('2026-03-31'), resolutions, references))).toMatch(/^REMOVAL_RESOLUTION_INVALID not-passed: OR-2026-02/);
  });

  it('s.168: a passed resolution on another matter is not a removal, whatever its text says', () => {
    expect(refusal(() => checkRemovalResolution(director!, 'general', MEETING, resolutions, references))).toMatch(/^REMOVAL_RESOLUTION_INVALID not-a-removal: OR-2026-03 is not a resolution for the removal of a director/);
  });

  it('s.168 removes directors: a secretary is refused before the resolution is looked at; an unknown resolution is RESOLUTION_NOT_FOUND', () => {
    expect(refusal(() => checkRemovalResolution(secretary!, 'nowhere', MEETING, resolutions, references))).toMatch(/^REMOVAL_RESOLUTION_INVALID secretary: Ms S \(synthetic\) is the company secretary/);
    expect(errorCode(() => checkRemovalResolution(director!, 'nowhere', MEETING, resolutions, references))).toBe('RESOLUTION_NOT_FOUND');
  });

  it('s.168: a resolution moved before the director was appointed does not remove them; nor does one that already removed another director', () => {
    const [late] = foldOfficers([{ type: 'director-appointed', effectiveOn: d('2026-03-25'), directorId: 'late', name: 'Dr Late (synthetic)', serviceAddress: '1 Demo Yard' }]);
    expect(refusal(() => checkRemovalResolution(late!, 'removal', d('2026-03-31'), resolutions, references))).toMatch(
      /^REMOVAL_RESOLUTION_INVALID before-appointment: OR-2026-01 was put to the meeting of 2026-03-20, before Dr Late \(synthetic\) was appointed on 2026-03-25/,
    );
    const record = foldOfficers([
      ...events,
      { type: 'director-appointed', effectiveOn: d('2020-01-06'), directorId: 'b', name: 'Dr B (synthetic)', serviceAddress: '1 Demo Yard' },
      { type: 'director-resigned', effectiveOn: MEETING, directorId: 'a', removedBy: 'removal' },
    ]);
    const b = record.find((o) => o.officerId === 'b')!;
    expect(refusal(() => checkRemovalResolution(b, 'removal', MEETING, resolutions, references, record))).toMatch(/^REMOVAL_RESOLUTION_INVALID already-used: OR-2026-01 has already removed Dr A \(synthetic\)/);
    expect(refusal(() => checkRemovalResolution(b, 'removal', MEETING, resolutions, references, []))).toBe('accepted');
  });

  it('s.168: the term keeps the resolution that ended it, and as at a day before the removal it is not there', () => {
    const [removed] = foldOfficers([...events, { type: 'director-resigned', effectiveOn: MEETING, directorId: 'a', removedBy: 'removal' }]);
    expect(removed).toMatchObject({ resignedOn: MEETING, removedBy: 'removal' });
    expect(officerAsAt(removed!, d('2026-03-19'))).toMatchObject({ resignedOn: null, removedBy: null });
    const [resigned] = foldOfficers([...events, { type: 'director-resigned', effectiveOn: MEETING, directorId: 'a' }]);
    expect(resigned).toMatchObject({ resignedOn: MEETING, removedBy: null });
  });
});
