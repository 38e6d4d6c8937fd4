import { calendarDate, instant } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import { DomainError } from '../errors';
import type { Holder, ShareAllotment, ShareCancellation, ShareTransfer } from '../share-register/share-event';
import { ShareRegister } from '../share-register/share-register';
import { registerOfMembers } from '../share-register/register-of-members';
import { proposeAtBoardMeeting, recordDirectorVote, type BoardMeetingResolution } from './board-resolution';
import { appointDirector, type RegisterOfDirectors } from './directors';
import { DEFAULT_GOVERNANCE_SETTINGS, governanceSettings } from './governance-settings';
import type { ShareAuthorisation } from './resolution';
import { checkShareEvent } from '../share-register/record-share-event';
import type { ShareMovement } from '../share-register/share-event';
import { authoritySatisfies, checkShareEventAuthority } from './share-authority';
import { proposeWrittenResolution, recordWrittenAgreement, type MembersWrittenResolution } from './written-resolution';

const d = calendarDate;
const company: Company = {
  id: 'th-gpcg', name: 'Example Borough GP Care Group CIC', companyNumber: '09000002', incorporatedOn: d('2014-09-01'),
  registeredOffice: '1 Example Street, London E1 1AA',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice' },
};
const practice = (n: number): Holder => ({ memberId: `m${n}`, name: `Synthetic Practice ${n}`, address: `${n} Road`, practiceId: `p${n}` });
const stamp = (id: string, on: string) => ({ eventId: id, effectiveOn: d(on), recordedAt: instant(`${on}T09:00:00.000Z`) });
const allotment = (shareNumber: number, on: string): ShareAllotment => ({
  ...stamp(`allot-${shareNumber}`, on), type: 'allotment', shareNumber, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: practice(shareNumber),
});
const transfer: ShareTransfer = { ...stamp('transfer-5', '2024-04-20'), type: 'transfer', shareNumber: 5, fromMemberId: 'm5', to: practice(40), lodgedOn: d('2024-04-02') };
const cancellation: ShareCancellation = { ...stamp('cancel-7', '2024-04-20'), type: 'cancellation', shareNumber: 7, memberId: 'm7', reason: 'buy-back', note: null };

let directors: RegisterOfDirectors = [];
for (const id of ['a', 'b', 'c']) {
  directors = appointDirector(directors, { directorId: id, name: `Dr ${id}`, serviceAddress: '1 Example Street', appointedOn: d('2014-09-01') });
}
/** A board meeting on `on` authorising `authorises`; directors A and B vote for unless `voters` says otherwise. */
function board(on: string, authorises: ShareAuthorisation[], voters = ['a', 'b']): BoardMeetingResolution {
  const r = proposeAtBoardMeeting({ id: `board-${on}`, text: 'That the share events listed be approved', meetingOn: d(on), directors, authorises });
  return voters.reduce((res, directorId) => recordDirectorVote(res, { directorId, vote: 'for' }), r);
}
const incorporation = Array.from({ length: 37 }, (_, i) => allotment(i + 1, '2014-09-01'));
/** A members' written resolution circulated on 1 April 2024 that 28 of 37 agree to on 10 April. */
function members(kind: 'ordinary' | 'special', authorises: ShareAuthorisation[]): MembersWrittenResolution {
  const r = proposeWrittenResolution({
    id: `members-${kind}`, text: 'That the share events listed be approved', kind, authorises, circulatedOn: d('2024-04-01'),
    members: registerOfMembers(company, incorporation, { asAt: d('2024-04-01'), status: 'current' }),
  });
  return Array.from({ length: 28 }, (_, i) => `m${i + 1}`).reduce((res, memberId) => recordWrittenAgreement(res, { memberId, agreedOn: d('2024-04-10') }), r);
}
function thrown(fn: () => unknown): DomainError | 'ACCEPTED' {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  return 'ACCEPTED';
}

describe('Authority for share events (articles settings)', () => {
  it('SH-1, articles: a board resolution chosen for a share it does not name is refused saying what it authorises instead (shares in runs)', () => {
    const chosen = board('2014-09-01', Array.from({ length: 37 }, (_, i) => ({ action: 'allotment' as const, shareNumber: i + 1 })));
    const error = thrown(() => checkShareEventAuthority(allotment(38, '2024-04-20'), [chosen]));
    expect(error).toBeInstanceOf(DomainError);
    const refusal = error as DomainError;
    expect(refusal.message).toBe(
      'the allotment of share 38 taking effect on 2024-04-20 needs a board resolution authorising it, passed on or before 2024-04-20; no resolution authorises it (resolution board-2014-09-01 authorises the allotment of shares 1 to 37)',
    );
    expect(refusal.details).toMatchObject({ action: 'allotment', shareNumber: 38, effectiveOn: '2024-04-20', required: 'board', reasons: [], otherChanges: [{ resolutionId: chosen.id, authority: 'board', authorises: chosen.authorises }] });
  });

  it('an allotment without a board resolution is refused, naming what is missing (SHARE_EVENT_NOT_AUTHORISED)', () => {
    const error = thrown(() => checkShareEventAuthority(allotment(38, '2024-04-20'), []));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'SHARE_EVENT_NOT_AUTHORISED', details: { action: 'allotment', shareNumber: 38, required: 'board' } });
    expect((error as DomainError).message).toBe(
      'the allotment of share 38 taking effect on 2024-04-20 needs a board resolution authorising it, passed on or before 2024-04-20; no resolution authorises it',
    );
  });

  it('a board resolution passed on the effective date authorises the event; it is the one relied on', () => {
    const minute = board('2024-04-20', [{ action: 'allotment', shareNumber: 38 }]);
    expect(checkShareEventAuthority(allotment(38, '2024-04-20'), [minute])).toBe(minute);
  });

  it('a board resolution passed the day after the event does not authorise it, and the error says when it passed', () => {
    const late = board('2024-04-21', [{ action: 'transfer', shareNumber: 5 }]);
    const error = thrown(() => checkShareEventAuthority(transfer, [late]));
    expect(error).toMatchObject({ code: 'SHARE_EVENT_NOT_AUTHORISED' });
    expect((error as DomainError).message).toContain('resolution board-2024-04-21 does not do: it was passed only on 2024-04-21');
  });

  it('a board meeting without a quorum authorises nothing', () => {
    const inquorate = board('2024-04-15', [{ action: 'transfer', shareNumber: 5 }], ['a']);
    expect((thrown(() => checkShareEventAuthority(transfer, [inquorate])) as DomainError).message).toContain('it is failed as at 2024-04-20');
  });

  it('a resolution authorising another share, or another kind of event, does not authorise this one', () => {
    const other = board('2024-04-15', [{ action: 'transfer', shareNumber: 6 }, { action: 'cancellation', shareNumber: 5 }]);
    expect(thrown(() => checkShareEventAuthority(transfer, [other]))).toMatchObject({ code: 'SHARE_EVENT_NOT_AUTHORISED' });
  });

  it("a members' resolution does not stand in for the board's", () => {
    const error = thrown(() => checkShareEventAuthority(transfer, [members('special', [{ action: 'transfer', shareNumber: 5 }])]));
    expect((error as DomainError).message).toContain("it is a members' special resolution");
  });

  it("articles requiring a special resolution for a cancellation: an ordinary one does not do, a special one does", () => {
    const settings = governanceSettings({ shareEventAuthority: { cancellation: 'members-special' } });
    const authorises = [{ action: 'cancellation', shareNumber: 7 }] as const;
    const ordinary = members('ordinary', [...authorises]);
    expect(thrown(() => checkShareEventAuthority(cancellation, [ordinary], settings))).toMatchObject({ details: { required: 'members-special' } });
    const special = members('special', [...authorises]);
    expect(checkShareEventAuthority(cancellation, [ordinary, special], settings)).toBe(special);
  });

  it('a special resolution does what an ordinary one does; the board never does what the members must', () => {
    expect(authoritySatisfies('members-special', 'members-ordinary')).toBe(true);
    expect(authoritySatisfies('members-ordinary', 'members-special')).toBe(false);
    expect(authoritySatisfies('board', 'members-ordinary')).toBe(false);
    expect(authoritySatisfies('members-special', 'board')).toBe(false);
  });

  it("articles needing no resolution for a transfer: none is needed", () => {
    const settings = governanceSettings({ shareEventAuthority: { transfer: 'none' } });
    expect(checkShareEventAuthority(transfer, [], settings)).toBeNull();
  });

  describe('checkShareEvent: the order in which a share event is checked', () => {
    /** Runs the checks against an in-memory register, noting which steps were reached. */
    async function check(event: ShareMovement, resolutions: BoardMeetingResolution[], recordedAt = '2024-05-01T09:00:00.000Z') {
      let register = ShareRegister.fold(company, incorporation);
      const reached: string[] = [];
      const outcome = await checkShareEvent(event, {
        recordedAt: instant(recordedAt),
        resolution: (id) => {
          reached.push('resolution');
          const found = resolutions.find((r) => r.id === id);
          if (!found) throw Object.assign(new Error(`no resolution ${id}`), { code: 'NOT_FOUND' });
          return found;
        },
        applyToRegister: (e) => {
          reached.push('register');
          register = register.apply(e);
        },
        settings: () => {
          reached.push('authority');
          return DEFAULT_GOVERNANCE_SETTINGS;
        },
      }).then(
        () => 'accepted',
        (error: { code: string }) => error.code,
      );
      return { outcome, reached, totals: register.totals };
    }
    const authorised = board('2024-04-18', [{ action: 'allotment', shareNumber: 38 }]);

    it('SH-1: an authorised allotment reaches the register after every check', async () => {
      const result = await check({ ...allotment(38, '2024-04-20'), authorisedBy: authorised.id }, [authorised]);
      expect(result).toEqual({ outcome: 'accepted', reached: ['resolution', 'register', 'authority'], totals: { issuedShares: 38, currentMembers: 38 } });
    });

    it('an event dated after the day it is recorded is refused before anything is looked up', async () => {
      const result = await check({ ...allotment(38, '2024-04-20'), authorisedBy: authorised.id }, [authorised], '2024-04-19T09:00:00.000Z');
      expect(result).toMatchObject({ outcome: 'DATED_AFTER_RECORDING', reached: [] });
    });

    it('a named resolution that does not exist is refused before the register is touched', async () => {
      const result = await check({ ...allotment(38, '2024-04-20'), authorisedBy: 'no-such-resolution' }, [authorised]);
      expect(result).toMatchObject({ outcome: 'NOT_FOUND', reached: ['resolution'] });
    });

    it("RM-5: the register's own rules come before the authority (they say more)", async () => {
      const result = await check({ ...allotment(5, '2024-04-20'), authorisedBy: authorised.id }, [authorised]);
      expect(result).toMatchObject({ outcome: 'SHARE_NUMBER_ALREADY_USED', reached: ['resolution', 'register'] });
    });

    it('an allotment the articles require a resolution for, with none, is refused last as not authorised', async () => {
      const result = await check(allotment(38, '2024-04-20'), []);
      expect(result).toMatchObject({ outcome: 'SHARE_EVENT_NOT_AUTHORISED', reached: ['register', 'authority'] });
    });
  });
});
