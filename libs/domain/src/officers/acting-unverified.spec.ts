import { calendarDate as d } from '../calendar/calendar-date';
import { proposeAtBoardMeeting, proposeBoardWrittenResolution, recordDirectorAgreement, recordDirectorVote } from '../governance/board-resolution';
import { appointDirector, type RegisterOfDirectors } from '../governance/directors';
import { unverifiedParticipants, verificationDueWithStatement } from './acting-unverified';
import { foldOfficers, type OfficerEvent } from './officers';

const appointed = (id: string, on: string): OfficerEvent => ({ type: 'director-appointed', effectiveOn: d(on), directorId: id, name: `Dr ${id}`, serviceAddress: '1 Example Street, London E1 1AA' });
const verified = (id: string, on: string): OfficerEvent => ({ type: 'officer-identity-verified', effectiveOn: d(on), officerId: id, route: 'companies-house', personalCommitment: 'e'.repeat(64) });

let board: RegisterOfDirectors = [];
for (const [id, on] of [['old', '2014-09-01'], ['new', '2026-01-10'], ['checked', '2026-01-10']] as const) board = appointDirector(board, { directorId: id, name: `Dr ${id}`, serviceAddress: '1 Example Street, London E1 1AA', appointedOn: d(on) });
const officers = foldOfficers([appointed('old', '2014-09-01'), appointed('new', '2026-01-10'), appointed('checked', '2026-01-10'), verified('checked', '2026-01-10'), verified('new', '2026-03-01')]);
// The first confirmation statement after 18 November 2025 of a company incorporated on 1 September 2014: made up to 1 September 2026 (the return date, s.854), due 15 September.
const STATEMENT_DUE = verificationDueWithStatement(d('2014-09-01'), []);

describe('EC-3: directors counted on a board decision while acting unverified', () => {
  it('EC-3, FC-2: existing directors confirm verification with the first confirmation statement made up to a date on or after 18 November 2025', () => {
    expect(STATEMENT_DUE).toBe('2026-09-15');
    // Recorded under the day before its period ends, as the calendar once named it, it still counts.
    expect(verificationDueWithStatement(d('2014-09-01'), [{ kind: 'confirmation-statement', reference: '2026-08-31', filedOn: d('2026-03-01') }])).toBe('2026-03-01');
    // Delivered early on 1 March 2026, it is made up to that day and due that day.
    expect(verificationDueWithStatement(d('2014-09-01'), [{ kind: 'confirmation-statement', reference: '2026-09-01', filedOn: d('2026-03-01') }])).toBe('2026-03-01');
  });

  it('EC-3: a director appointed since 18 November 2025 and not yet verified is named when counted at a board meeting; a verified one and an existing director within the transition are not', () => {
    const meeting = (on: string) =>
      ['old', 'new', 'checked'].reduce((r, directorId) => recordDirectorVote(r, { directorId, vote: 'for' }), proposeAtBoardMeeting({ id: 'bm', text: 'Approve', meetingOn: d(on), directors: board }));
    expect(unverifiedParticipants(meeting('2026-02-01'), officers, STATEMENT_DUE)).toEqual([
      expect.objectContaining({ directorId: 'new', name: 'Dr new', on: '2026-02-01', verificationDueOn: '2026-01-10', message: expect.stringMatching(/Dr new took part in the board meeting on 2026-02-01 without a verified identity/) }),
    ]);
    // Verified on 1 March: a meeting that day names nobody.
    expect(unverifiedParticipants(meeting('2026-03-01'), officers, STATEMENT_DUE)).toEqual([]);
    // After the first statement's due day the existing director, still unverified, is named.
    expect(unverifiedParticipants(meeting('2026-09-15'), officers, STATEMENT_DUE)).toEqual([]);
    expect(unverifiedParticipants(meeting('2026-09-16'), officers, STATEMENT_DUE).map((p) => [p.directorId, p.verificationDueOn])).toEqual([['old', '2026-09-15']]);
  });

  it('EC-3: a director recorded present at the board meeting who did not vote took part in it all the same', () => {
    const voted = recordDirectorVote(proposeAtBoardMeeting({ id: 'bm2', text: 'Approve', meetingOn: d('2026-02-01'), directors: board }), { directorId: 'old', vote: 'for' });
    expect(unverifiedParticipants(voted, officers, STATEMENT_DUE)).toEqual([]);
    expect(unverifiedParticipants(voted, officers, STATEMENT_DUE, ['old', 'new']).map((p) => p.directorId)).toEqual(['new']);
  });

  it('EC-3: on a written board resolution each agreeing director is judged on the day they agreed', () => {
    let written = proposeBoardWrittenResolution({ id: 'bw', text: 'Approve', circulatedOn: d('2026-02-20'), directors: board });
    written = recordDirectorAgreement(written, { directorId: 'new', agreedOn: d('2026-02-25') });
    written = recordDirectorAgreement(written, { directorId: 'old', agreedOn: d('2026-02-25') });
    expect(unverifiedParticipants(written, officers, STATEMENT_DUE).map((p) => [p.directorId, p.on])).toEqual([['new', '2026-02-25']]);
    let later = proposeBoardWrittenResolution({ id: 'bw2', text: 'Approve', circulatedOn: d('2026-02-20'), directors: board });
    later = recordDirectorAgreement(later, { directorId: 'new', agreedOn: d('2026-03-02') });
    expect(unverifiedParticipants(later, officers, STATEMENT_DUE)).toEqual([]);
  });
});
