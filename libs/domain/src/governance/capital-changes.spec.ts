import { calendarDate, instant, type CalendarDate } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import { DomainError } from '../errors';
import { checkShareEvent } from '../share-register/record-share-event';
import { registerOfMembers } from '../share-register/register-of-members';
import type { Holder, ShareAllotment, ShareCancellation, ShareEvent, ShareMovement } from '../share-register/share-event';
import { ShareRegister } from '../share-register/share-register';
import { proposeAtBoardMeeting, recordDirectorVote } from './board-resolution';
import { checkBuyBacksInIssue } from './capital-changes';
import { complianceCalendar } from './compliance-calendar';
import { registerHistory } from '../share-register/register-history';
import { appointDirector, type RegisterOfDirectors } from './directors';
import { DEFAULT_GOVERNANCE_SETTINGS, governanceSettings, type GovernanceSettings } from './governance-settings';
import type { Resolution } from './resolution-outcome';
import type { ResolutionOutcome } from './resolution';
import { proposeWrittenResolution, recordWrittenAgreement } from './written-resolution';

const d = calendarDate;
const company: Company = {
  id: 'c', name: 'Example GP Care Group CIC', companyNumber: '09000003', incorporatedOn: d('2014-09-01'), registeredOffice: '1 Example Street',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice' },
};
const holder = (n: number): Holder => ({ memberId: `m${n}`, name: `Practice ${n}`, address: `${n} Road`, practiceId: `p${n}` });
const stamp = (id: string, on: string) => ({ eventId: id, effectiveOn: d(on), recordedAt: instant(`${on}T09:00:00.000Z`) });
/** Share 3 is paid up 40p of its £1, so that a call on it may be unpaid (forfeiture); the others are fully paid. */
const shares: ShareAllotment[] = Array.from({ length: 5 }, (_, i) => ({
  ...stamp(`a${i + 1}`, '2014-09-01'), type: 'allotment', shareNumber: i + 1, shareClass: 'ordinary', nominalPence: 100, paidUpPence: i === 2 ? 40 : 100, holder: holder(i + 1),
}));
const cancel = (reason: ShareCancellation['reason'], authorisedBy: string | null, more: Partial<ShareCancellation> = {}): ShareCancellation => ({
  ...stamp('c1', '2024-05-01'), type: 'cancellation', shareNumber: 3, memberId: 'm3', reason, note: null, authorisedBy, ...more,
});

let directors: RegisterOfDirectors = [];
for (const id of ['a', 'b']) directors = appointDirector(directors, { directorId: id, name: `Dr ${id}`, serviceAddress: '1 Street', appointedOn: d('2014-09-01') });
const board = (): Resolution =>
  ['a', 'b'].reduce(
    (r, directorId) => recordDirectorVote(r, { directorId, vote: 'for' }),
    proposeAtBoardMeeting({ id: 'board', text: 'Approve', meetingOn: d('2024-04-20'), directors, authorises: [{ action: 'cancellation', shareNumber: 3 }] }),
  );
/** A members' written resolution circulated on 1 April 2024, agreed to on 10 April by the members named. */
const members = (kind: 'ordinary' | 'special', agreeing: string[]): Resolution =>
  agreeing.reduce(
    (r, memberId) => recordWrittenAgreement(r, { memberId, agreedOn: d('2024-04-10') }),
    proposeWrittenResolution({
      id: `members-${kind}`, text: 'Approve', kind, authorises: [{ action: 'cancellation', shareNumber: 3 }], circulatedOn: d('2024-04-01'),
      members: registerOfMembers(company, shares, { asAt: d('2024-04-01'), status: 'current' }),
    }),
  );

async function outcome(event: ShareMovement, resolution: Resolution | null, settings: GovernanceSettings = DEFAULT_GOVERNANCE_SETTINGS): Promise<string> {
  try {
    await checkShareEvent(event, {
      recordedAt: instant('2024-06-01T09:00:00Z'),
      resolution: () => resolution!,
      applyToRegister: (e) => void ShareRegister.fold(company, [...shares, e]),
      settings: () => settings,
    });
    return 'ACCEPTED';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('Buy-backs and reductions of capital (SR-1, SR-2)', () => {
  it('SR-2: a buy-back needs a members’ resolution approving it; the board’s does not do', async () => {
    expect(await outcome(cancel('buy-back', 'board'), board())).toBe('SHARE_EVENT_NOT_AUTHORISED');
    expect(await outcome(cancel('buy-back', 'members-ordinary'), members('ordinary', ['m1', 'm2', 'm4']))).toBe('ACCEPTED');
  });

  it('SR-2 (s.695): the selling member’s agreement does not count towards the resolution', async () => {
    // 3 of 5 agreeing is a majority; without the seller (m3) it is 2 of 4, not more than half.
    expect(await outcome(cancel('buy-back', 'members-ordinary'), members('ordinary', ['m1', 'm2', 'm3']))).toBe('BUY_BACK_CARRIED_BY_SELLER');
  });

  it('SR-1: a reduction of capital needs a special resolution and a solvency statement (or a court order)', async () => {
    const special = members('special', ['m1', 'm2', 'm4', 'm5']);
    expect(await outcome(cancel('cancellation', 'members-special'), special)).toBe('REDUCTION_WITHOUT_SOLVENCY_STATEMENT');
    expect(await outcome(cancel('cancellation', 'members-ordinary', { solvencyStatementOn: d('2024-04-05') }), members('ordinary', ['m1', 'm2', 'm4']))).toBe('SHARE_EVENT_NOT_AUTHORISED');
    expect(await outcome(cancel('cancellation', 'members-special', { solvencyStatementOn: d('2024-04-05') }), special)).toBe('ACCEPTED');
    expect(await outcome(cancel('cancellation', 'members-special', { courtOrderReference: 'CR-2024-1' }), special)).toBe('ACCEPTED');
  });

  it('SR-1 (s.642(1)): the solvency statement is made in the 15 days before the special resolution, and before the reduction', async () => {
    const special = members('special', ['m1', 'm2', 'm4', 'm5']);
    expect(await outcome(cancel('cancellation', 'members-special', { solvencyStatementOn: d('2024-03-20') }), special)).toBe('SOLVENCY_STATEMENT_OUT_OF_TIME');
    expect(await outcome(cancel('cancellation', 'members-special', { solvencyStatementOn: d('2024-05-02') }), special)).toBe('SOLVENCY_STATEMENT_OUT_OF_TIME');
  });

  it('SR-1: a surrender is a reduction of capital: refused without a solvency statement or court order, and on a board resolution; accepted with a special resolution and a statement made in the 15 days before it', async () => {
    const special = members('special', ['m1', 'm2', 'm4', 'm5']);
    expect(await outcome(cancel('surrender', 'board'), board())).toBe('REDUCTION_WITHOUT_SOLVENCY_STATEMENT');
    expect(await outcome(cancel('surrender', 'members-special'), special)).toBe('REDUCTION_WITHOUT_SOLVENCY_STATEMENT');
    expect(await outcome(cancel('surrender', 'board', { solvencyStatementOn: d('2024-04-15') }), board())).toBe('SHARE_EVENT_NOT_AUTHORISED');
    expect(await outcome(cancel('surrender', 'members-special', { solvencyStatementOn: d('2024-03-20') }), special)).toBe('SOLVENCY_STATEMENT_OUT_OF_TIME');
    expect(await outcome(cancel('surrender', 'members-special', { solvencyStatementOn: d('2024-04-05') }), special)).toBe('ACCEPTED');
    expect(await outcome(cancel('surrender', 'members-special', { courtOrderReference: 'CR-2024-1' }), special)).toBe('ACCEPTED');
  });

  it('SR-1: a surrender refused for want of support says that it is a reduction of capital and what it needs', async () => {
    const refusal = await checkShareEvent(cancel('surrender', 'board'), {
      recordedAt: instant('2024-06-01T09:00:00Z'), resolution: () => board(), applyToRegister: () => undefined, settings: () => DEFAULT_GOVERNANCE_SETTINGS,
    }).catch((error: DomainError) => error);
    expect(refusal).toMatchObject({ code: 'REDUCTION_WITHOUT_SOLVENCY_STATEMENT', details: { shareNumber: 3, reason: 'surrender' } });
    expect((refusal as DomainError).message).toMatch(/^surrendering share 3 is a reduction of capital \(SR-1, s\.641\): it needs a special resolution supported by the directors' solvency statement made in the 15 days before it \(s\.642\), or the court's confirmation/);
  });

  it('SR-1: a surrender follows the articles’ setting for reductions (capitalAuthority.reduction), not that for cancellations; the articles may change each', async () => {
    const noneForCancellations = governanceSettings({ shareEventAuthority: { cancellation: 'none' } });
    expect(await outcome(cancel('surrender', null, { solvencyStatementOn: d('2024-04-15') }), null, noneForCancellations)).toBe('SHARE_EVENT_NOT_AUTHORISED');
    const lax = governanceSettings({ capitalAuthority: { 'buy-back': 'board', reduction: 'board' } });
    expect(await outcome(cancel('buy-back', 'board'), board(), lax)).toBe('ACCEPTED');
    expect(await outcome(cancel('surrender', 'board', { solvencyStatementOn: d('2024-04-15') }), board(), lax)).toBe('ACCEPTED');
  });

  it('SR-2 (ss.707, 708): a buy-back owes SH03 and SH06 within the 28 days beginning with its day; SR-1 (s.644(1)): a reduction SH19 within 15 days after its resolution passed', () => {
    const passed: ResolutionOutcome = { status: 'passed', passedOn: d('2024-04-20'), filingDueOn: d('2024-05-05'), lapsesOn: null, failedBecause: null, tally: null };
    const duties = complianceCalendar(
      {
        incorporatedOn: d('2014-09-01'), allotments: [], transfers: [], resolutions: [{ reference: 'special', outcome: passed }], filings: [],
        capitalChanges: [
          { reference: 'b', on: d('2024-05-01'), kind: 'buy-back' },
          { reference: 'r', on: d('2024-05-01'), kind: 'reduction', authorisedBy: 'special' },
          { reference: 'r2', on: d('2024-05-01'), kind: 'reduction', authorisedBy: null },
        ],
      },
      { from: d('2024-04-01'), to: d('2024-06-30'), asAt: d('2024-05-01') },
    ).filter((duty) => ['b', 'r', 'r2'].includes(duty.reference));
    expect(duties.map((duty) => [duty.reference, duty.formCode, duty.dueOn, duty.arisesOn, duty.rule])).toEqual([
      ['r', 'SH19', '2024-05-05', '2024-04-20', 'SR-1'],
      ['r2', 'SH19', '2024-05-16', '2024-05-01', 'SR-1'],
      ['b', 'SH03', '2024-05-28', '2024-05-01', 'SR-2'],
      ['b', 'SH06', '2024-05-28', '2024-05-01', 'SR-2'],
    ]);
  });
});

describe('One SH19 per reduction (SR-1, s.644)', () => {
  const passed: ResolutionOutcome = { status: 'passed', passedOn: d('2024-04-20'), filingDueOn: d('2024-05-05'), lapsesOn: null, failedBecause: null, tally: null };
  const sh19s = (asAt: string, capitalChanges: { reference: string; on: CalendarDate; kind: 'reduction'; authorisedBy: string | null }[]) =>
    complianceCalendar(
      { incorporatedOn: d('2014-09-01'), allotments: [], transfers: [], resolutions: [{ reference: 'special', outcome: passed }, { reference: 'other', outcome: passed }], filings: [], capitalChanges },
      { from: d('2024-04-01'), to: d('2024-06-30'), asAt: d(asAt) },
    ).filter((duty) => duty.kind === 'sh19').map((duty) => [duty.reference, duty.dueOn]);

  it('SR-1, s.644: three shares cancelled by one special resolution are one reduction: one SH19, referenced by the first recorded; another resolution\'s reduction has its own, and so does each cancellation no resolution names', () => {
    const changes = [
      { reference: 'r1', on: d('2024-05-01'), kind: 'reduction' as const, authorisedBy: 'special' },
      { reference: 'r2', on: d('2024-05-01'), kind: 'reduction' as const, authorisedBy: 'special' },
      { reference: 'r3', on: d('2024-05-02'), kind: 'reduction' as const, authorisedBy: 'special' },
      { reference: 'o1', on: d('2024-05-01'), kind: 'reduction' as const, authorisedBy: 'other' },
      { reference: 'n1', on: d('2024-05-01'), kind: 'reduction' as const, authorisedBy: null },
      { reference: 'n2', on: d('2024-05-01'), kind: 'reduction' as const, authorisedBy: null },
    ];
    expect(sh19s('2024-05-31', changes).sort()).toEqual([['n1', '2024-05-16'], ['n2', '2024-05-16'], ['o1', '2024-05-05'], ['r1', '2024-05-05']]);
  });

  it('SR-1: before any of the reduction\'s cancellations has taken place there is no SH19; from the first to take place it is owed, referenced by the first recorded, whatever the as-at day', () => {
    const changes = [
      { reference: 'later', on: d('2024-05-03'), kind: 'reduction' as const, authorisedBy: 'special' },
      { reference: 'sooner', on: d('2024-05-01'), kind: 'reduction' as const, authorisedBy: 'special' },
    ];
    expect(sh19s('2024-04-30', changes)).toEqual([]);
    expect(sh19s('2024-05-01', changes)).toEqual([['later', '2024-05-05']]);
    expect(sh19s('2024-05-03', changes)).toEqual([['later', '2024-05-05']]);
  });
});

describe('Forfeiture under the articles (SR-1)', () => {
  const tableA = governanceSettings({ forfeiture: { authority: 'board', noticeClearDays: 14 } });

  it('SR-1: the model articles make no provision for forfeiture: a forfeiture is refused, whatever resolution is named', async () => {
    expect(DEFAULT_GOVERNANCE_SETTINGS.forfeiture).toBeNull();
    expect(await outcome(cancel('forfeiture', 'board', { forfeitureNoticeOn: d('2024-04-01') }), board())).toBe('FORFEITURE_NOT_IN_ARTICLES');
    expect(await outcome(cancel('forfeiture', 'members-special', { forfeitureNoticeOn: d('2024-04-01') }), members('special', ['m1', 'm2', 'm4', 'm5']))).toBe('FORFEITURE_NOT_IN_ARTICLES');
  });

  it('SR-1: where the articles provide for it (Table A regs 18–22), a forfeiture needs their notice, at least 14 clear days before, and the directors’ resolution; no solvency statement', async () => {
    expect(await outcome(cancel('forfeiture', 'board'), board(), tableA)).toBe('FORFEITURE_WITHOUT_NOTICE');
    // Notice on 17 April, forfeiture on 1 May: 13 clear days; on 16 April: 14.
    expect(await outcome(cancel('forfeiture', 'board', { forfeitureNoticeOn: d('2024-04-17') }), board(), tableA)).toBe('FORFEITURE_NOTICE_TOO_SHORT');
    expect(await outcome(cancel('forfeiture', null, { forfeitureNoticeOn: d('2024-04-16') }), null, tableA)).toBe('SHARE_EVENT_NOT_AUTHORISED');
    expect(await outcome(cancel('forfeiture', 'board', { forfeitureNoticeOn: d('2024-04-16') }), board(), tableA)).toBe('ACCEPTED');
  });

  it('SR-1: only a share not fully paid can be forfeited, for the call unpaid on it', async () => {
    const fullyPaid = cancel('forfeiture', 'board', { shareNumber: 2, memberId: 'm2', forfeitureNoticeOn: d('2024-04-16') });
    expect(await outcome(fullyPaid, board(), tableA)).toBe('FORFEITURE_OF_FULLY_PAID_SHARE');
    // Under the model articles the articles' refusal comes first, whatever the share.
    expect(await outcome(fullyPaid, board())).toBe('FORFEITURE_NOT_IN_ARTICLES');
  });

  it('SR-1: the articles’ forfeiture authority is theirs, apart from the setting for other cancellations', async () => {
    const byMembers = governanceSettings({ forfeiture: { authority: 'members-ordinary', noticeClearDays: 0 } });
    expect(await outcome(cancel('forfeiture', 'board'), board(), byMembers)).toBe('SHARE_EVENT_NOT_AUTHORISED');
    expect(await outcome(cancel('forfeiture', 'members-ordinary'), members('ordinary', ['m1', 'm2', 'm4']), byMembers)).toBe('ACCEPTED');
  });

  it('RM-1: the register history shows the share disposed of by forfeiture', () => {
    const forfeited = cancel('forfeiture', 'board', { forfeitureNoticeOn: d('2024-04-16') });
    const entry = registerHistory(company, [...shares, forfeited], { asAt: d('2024-06-01') }, []).find((e) => e.memberId === 'm3')!;
    expect(entry.sharesHeld.map((h) => [h.shareNumber, h.disposedOn, h.disposal])).toEqual([[3, '2024-05-01', 'forfeiture']]);
  });

  it('the articles’ forfeiture setting is checked: an unknown authority or a negative notice is refused', () => {
    expect(() => governanceSettings({ forfeiture: { authority: 'anyone' as never, noticeClearDays: 14 } })).toThrow(/forfeiture\.authority/);
    expect(() => governanceSettings({ forfeiture: { authority: 'board', noticeClearDays: -1 } })).toThrow(/forfeiture\.noticeClearDays/);
  });
});

describe('SR-2, s.694: a resolution approves the buy-back only of a share in issue on its day', () => {
  const buyBack = (shareNumber: number) => [{ action: 'cancellation' as const, shareNumber, reason: 'buy-back' as const }];
  const refusal = (shareNumber: number, on: string, events = shares as readonly ShareEvent[]) => {
    try {
      checkBuyBacksInIssue(company, events, d(on), buyBack(shareNumber));
      return 'ACCEPTED';
    } catch (error) {
      return (error as DomainError).code;
    }
  };
  const surrendered = cancel('surrender', 'board', { shareNumber: 2, memberId: 'm2' });

  it('SHARE_NOT_ISSUED: a share never allotted, or allotted only after the day; SHARE_ALREADY_CANCELLED: one cancelled on or before it', () => {
    expect(refusal(9, '2024-04-01')).toBe('SHARE_NOT_ISSUED');
    expect(refusal(1, '2014-08-31')).toBe('SHARE_NOT_ISSUED');
    expect(refusal(2, '2024-05-01', [...shares, surrendered])).toBe('SHARE_ALREADY_CANCELLED');
    expect(refusal(2, '2024-04-30', [...shares, surrendered])).toBe('ACCEPTED');
    // A plain cancellation is not a buy-back: not checked here.
    expect(() => checkBuyBacksInIssue(company, shares, d('2024-04-01'), [{ action: 'cancellation', shareNumber: 9 }])).not.toThrow();
  });
});

