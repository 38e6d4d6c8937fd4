import { refusalOf } from '../../test/error-code';
import { addDays, calendarDate, instant } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import type { BoardMeetingResolution } from '../governance/board-resolution';
import { proposeAtGeneralMeeting, recordMemberVote, type GeneralMeetingResolution } from '../governance/general-meeting';
import type { MembersResolutionKind } from '../governance/resolution';
import { registerOfMembers } from '../share-register/register-of-members';
import type { ShareEvent } from '../share-register/share-event';
import { assetTransfer, type AssetTransferInput } from './asset-lock';
import {
  checkAssetLockedBodiesChange,
  namedAssetLockedBodiesOn,
  namedRecipientOf,
  type AssetLockedBodiesChangeContext,
  type AssetLockedBodiesChangeInput,
  type AssetLockedBodiesNamed,
  type RecordedTransferToBody,
} from './named-asset-locked-bodies';

const d = calendarDate;
const INCORPORATED = d('2014-09-01');
const company: Company = {
  id: 'gpcg', name: 'Example GP Care Group CIC', companyNumber: null, incorporatedOn: INCORPORATED, registeredOffice: '1 Example Street, London E1 1AA',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice' },
};
const shares: ShareEvent[] = Array.from({ length: 4 }, (_, i) => ({
  eventId: `e${i + 1}`, effectiveOn: INCORPORATED, recordedAt: instant('2014-09-01T09:00:00.000Z'), type: 'allotment', shareNumber: i + 1,
  shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100,
  holder: { memberId: `m${i + 1}`, name: `Synthetic Practice ${i + 1}`, address: `${i + 1} Road, London E1`, practiceId: `p${i + 1}` },
}));

/** A members' resolution at a general meeting on `meetingOn`, every one of the four members voting for it: passed that day. */
function members(kind: MembersResolutionKind, meetingOn: string): GeneralMeetingResolution {
  const proposed = proposeAtGeneralMeeting({
    id: `gm-${kind}-${meetingOn}`, text: 'THAT the articles be amended to name the asset-locked bodies set out', kind, noticeGivenOn: addDays(d(meetingOn), -20), meetingOn: d(meetingOn),
    members: registerOfMembers(company, shares, { asAt: d(meetingOn), status: 'current' }),
  });
  return [1, 2, 3, 4].reduce((r, n) => recordMemberVote(r, { memberId: `m${n}`, vote: 'for' }), proposed);
}
const board: BoardMeetingResolution = { procedure: 'board-meeting', id: 'br-1', text: 'THAT the articles be amended', authorises: [], meetingOn: d('2025-04-01'), quorum: 2, board: [], votes: [] };

const TRUST = { name: 'Example Community Trust', registrationNumber: '1234567' };
const HEALTH = { name: 'Example Health CIC', registrationNumber: 'SC012345' };
const SPECIAL = members('special', '2025-04-10');

const input = (more: Partial<AssetLockedBodiesChangeInput> = {}): AssetLockedBodiesChangeInput => ({
  effectiveOn: d('2025-05-01'), bodies: [TRUST], resolutionId: SPECIAL.id, regulatorApprovalReference: 'CIC/ART/0007', regulatorApprovalOn: d('2025-04-20'), ...more,
});
const context = (more: Partial<AssetLockedBodiesChangeContext> = {}): AssetLockedBodiesChangeContext => ({
  incorporatedOn: INCORPORATED, recordedAt: instant('2026-12-02T10:00:00.000Z'), resolution: SPECIAL, resolutionReference: 'SR-2025-01', changes: [], transfers: [], ...more,
});
const named = (effectiveOn: string, bodies: AssetLockedBodiesNamed['bodies'], changeId = effectiveOn): AssetLockedBodiesNamed => ({
  type: 'asset-locked-bodies-named', effectiveOn: d(effectiveOn), changeId, bodies, resolutionId: SPECIAL.id, regulatorApproval: { reference: 'CIC/ART/1', givenOn: d(effectiveOn) },
});
const refused = (more: Partial<AssetLockedBodiesChangeInput> = {}, ctx: Partial<AssetLockedBodiesChangeContext> = {}) => {
  const error = refusalOf(() => checkAssetLockedBodiesChange(input(more), context(ctx)));
  return [error.code, error.details, error.message] as const;
};

describe('CI-6: naming or changing the asset-locked bodies in the articles (CIC Regs 2005 Sch 2 para 1)', () => {
  it('CI-6: with a members’ special resolution passed by the day it takes effect and the Regulator’s approval dated by then, the change is accepted, names trimmed and numbers in their register’s form', () => {
    const change = checkAssetLockedBodiesChange(input({ bodies: [{ name: ' Example Community Trust ', registrationNumber: ' 1234567 ' }, { name: 'Example Health CIC', registrationNumber: 'sc012345' }] }), context());
    expect(change).toEqual({ type: 'asset-locked-bodies-named', effectiveOn: '2025-05-01', bodies: [TRUST, HEALTH], resolutionId: SPECIAL.id, regulatorApproval: { reference: 'CIC/ART/0007', givenOn: '2025-04-20' } });
    // Passed and approved on the very day it takes effect is in time; ceasing to name any body is a change too.
    expect(checkAssetLockedBodiesChange(input({ effectiveOn: d('2025-04-10'), regulatorApprovalOn: d('2025-04-10') }), context()).bodies).toEqual([TRUST]);
    expect(checkAssetLockedBodiesChange(input({ bodies: [] }), context({ changes: [named('2020-01-01', [TRUST])] })).bodies).toEqual([]);
  });

  it('CI-6: without a special resolution, with the board’s or an ordinary one, or one passed after the day, SPECIAL_RESOLUTION_REQUIRED says why', () => {
    expect(refused({ resolutionId: null })).toEqual(['SPECIAL_RESOLUTION_REQUIRED', expect.objectContaining({ field: 'resolutionId', reason: 'none' }), expect.stringContaining('special resolution of the members (CA 2006 s.21)')]);
    expect(refused({ resolutionId: board.id }, { resolution: board, resolutionReference: 'BR-2025-01' })).toEqual(['SPECIAL_RESOLUTION_REQUIRED', expect.objectContaining({ reason: 'board', reference: 'BR-2025-01' }), expect.stringContaining('resolution BR-2025-01 is a decision of the board')]);
    const ordinary = members('ordinary', '2025-04-10');
    expect(refused({ resolutionId: ordinary.id }, { resolution: ordinary, resolutionReference: 'OR-2025-01' })[1]).toMatchObject({ reason: 'ordinary' });
    const late = refused({ effectiveOn: d('2025-04-09'), regulatorApprovalOn: d('2025-04-01') });
    expect(late).toEqual(['SPECIAL_RESOLUTION_REQUIRED', expect.objectContaining({ reason: 'passed-later', passedOn: '2025-04-10' }), expect.stringContaining('was passed only on 2025-04-10 (CI-6)')]);
    expect(refused({ resolutionId: 'no-such' }, { resolution: undefined })[0]).toBe('RESOLUTION_NOT_FOUND');
  });

  it('CI-6: without the Regulator’s approval (its reference or its date) REGULATOR_APPROVAL_REQUIRED; approved after the day it takes effect APPROVAL_AFTER_CHANGE', () => {
    expect(refused({ regulatorApprovalReference: ' ' }).slice(0, 2)).toEqual(['REGULATOR_APPROVAL_REQUIRED', { field: 'regulatorApprovalReference' }]);
    expect(refused({ regulatorApprovalOn: null }).slice(0, 2)).toEqual(['REGULATOR_APPROVAL_REQUIRED', { field: 'regulatorApprovalOn' }]);
    expect(refused({ regulatorApprovalOn: d('2025-05-02') }).slice(0, 2)).toEqual(['APPROVAL_AFTER_CHANGE', { field: 'regulatorApprovalOn', givenOn: '2025-05-02', effectiveOn: '2025-05-01' }]);
  });

  it('CI-2: a blank name, a number that is no company or charity number, or one named twice is INVALID_ASSET_LOCKED_BODIES naming the body’s field', () => {
    expect(refused({ bodies: [TRUST, { name: ' ', registrationNumber: '09999999' }] }).slice(0, 2)).toEqual(['INVALID_ASSET_LOCKED_BODIES', { field: 'bodies.1.name' }]);
    expect(refused({ bodies: [{ name: 'X', registrationNumber: '12345' }] }).slice(0, 2)).toEqual(['INVALID_ASSET_LOCKED_BODIES', { field: 'bodies.0.registrationNumber', reason: 'not-a-registration-number' }]);
    expect(refused({ bodies: [TRUST, { name: 'Again', registrationNumber: ' 1234567' }] }).slice(0, 2)).toEqual(['INVALID_ASSET_LOCKED_BODIES', { field: 'bodies.1.registrationNumber', reason: 'named-twice' }]);
  });

  it('a change dated before incorporation or after today is refused naming effectiveOn; the bodies already named that day are ASSET_LOCKED_BODIES_UNCHANGED, in any order', () => {
    expect(refused({ effectiveOn: d('2014-08-31') })[0]).toBe('EVENT_BEFORE_INCORPORATION');
    expect(refused({ effectiveOn: d('2026-12-03') })[0]).toBe('DATED_AFTER_RECORDING');
    const both = named('2020-01-01', [TRUST, HEALTH]);
    expect(refused({ bodies: [HEALTH, TRUST] }, { changes: [both] }).slice(0, 2)).toEqual(['ASSET_LOCKED_BODIES_UNCHANGED', { field: 'bodies', effectiveOn: '2025-05-01', namedBodies: 'Example Community Trust (No. 1234567) and Example Health CIC (No. SC012345)' }]);
    expect(refused({ bodies: [] })[0]).toBe('ASSET_LOCKED_BODIES_UNCHANGED');
  });

  it('a back-dated change that would leave a transfer recorded as to a named body unnamed on its day is ASSET_LOCKED_BODY_HAS_TRANSFERS; one after the transfer is not', () => {
    const transfers: RecordedTransferToBody[] = [
      { transferId: '50', transfer: { transferredOn: d('2025-06-30'), recipientKind: 'asset-locked-body-named-in-articles', recipientName: TRUST.name, recipientRegistrationNumber: TRUST.registrationNumber } },
    ];
    const ctx = { changes: [named('2020-01-01', [TRUST])], transfers };
    expect(refused({ bodies: [HEALTH] }, ctx).slice(0, 2)).toEqual(['ASSET_LOCKED_BODY_HAS_TRANSFERS', { field: 'effectiveOn', effectiveOn: '2025-05-01', transferId: '50', transferredOn: '2025-06-30', recipientName: TRUST.name }]);
    expect(checkAssetLockedBodiesChange(input({ bodies: [HEALTH], effectiveOn: d('2025-07-01') }), context(ctx)).bodies).toEqual([HEALTH]);
    // Naming another body as well leaves the transfer to a body named on its day.
    expect(checkAssetLockedBodiesChange(input({ bodies: [TRUST, HEALTH] }), context(ctx)).bodies).toEqual([TRUST, HEALTH]);
  });
});

describe('CI-2: the bodies the articles name as at a day, and a transfer to one', () => {
  const changes = [named('2020-01-01', [TRUST], '9'), named('2024-01-01', [HEALTH], '30'), named('2022-01-01', [TRUST, HEALTH], '40')];
  const on = (day: string) => namedAssetLockedBodiesOn(changes, d(day)).map((b) => b.registrationNumber);

  it('CI-2: the last change in force by the end of the day, by the day each takes effect (a back-dated change in its place); none before any', () => {
    expect([on('2019-12-31'), on('2020-01-01'), on('2021-12-31'), on('2022-01-01'), on('2023-12-31'), on('2024-01-01')]).toEqual([[], ['1234567'], ['1234567'], ['1234567', 'SC012345'], ['1234567', 'SC012345'], ['SC012345']]);
  });

  const transfer = (transferredOn: string, recipientRegistrationNumber: string | null): AssetTransferInput => ({
    transferredOn: d(transferredOn), description: 'Equipment', recipientName: 'as typed', recipientKind: 'asset-locked-body-named-in-articles', recipientRegistrationNumber,
    marketValuePence: 1000, considerationPence: 0, regulatorConsent: null, communityBenefit: null,
  });
  const recorded = (t: AssetTransferInput) => assetTransfer(t, { incorporatedOn: INCORPORATED, recordedAt: instant('2026-12-02T10:00:00.000Z'), namedBodies: changes });
  const notNamed = (t: AssetTransferInput) => {
    const error = refusalOf(() => recorded(t));
    return [error.code, error.details, error.message] as const;
  };

  it('CI-2: a transfer to a body named on its day is recorded with the name and number the articles give it', () => {
    expect(recorded(transfer('2023-06-30', 'sc012345'))).toMatchObject({ recipientName: 'Example Health CIC', recipientRegistrationNumber: 'SC012345', basis: 'to-named-asset-locked-body' });
    expect(namedRecipientOf(changes, d('2020-06-30'), '1234567')).toEqual(TRUST);
  });

  it('CI-2, CI-6: a number the articles do not name on the day, no number, or a day they name none is ASSET_LOCKED_BODY_NOT_NAMED, saying which bodies they name', () => {
    const [code, details, message] = notNamed(transfer('2024-06-30', '1234567'));
    expect([code, details]).toEqual(['ASSET_LOCKED_BODY_NOT_NAMED', { field: 'recipientRegistrationNumber', reason: 'not-named', transferredOn: '2024-06-30', recipientRegistrationNumber: '1234567', namedBodies: 'Example Health CIC (No. SC012345)', bodies: [HEALTH] }]);
    expect(message).toBe('No. 1234567 is not a body the articles name on 2024-06-30: they name Example Health CIC (No. SC012345); a transfer below full value to another asset-locked body (a CIC or a charity) needs the CIC Regulator’s consent instead (CI-2, CI-6)');
    expect(notNamed(transfer('2024-06-30', null))[1]).toMatchObject({ reason: 'no-registration-number', namedBodies: 'Example Health CIC (No. SC012345)' });
    const [none, noneDetails, noneMessage] = notNamed(transfer('2019-06-30', '1234567'));
    expect([none, noneDetails?.reason, noneDetails?.bodies]).toEqual(['ASSET_LOCKED_BODY_NOT_NAMED', 'none-named', []]);
    expect(noneMessage).toContain('on 2019-06-30 the articles name no asset-locked body');
    expect(noneMessage).toContain('needs the CIC Regulator’s consent instead');
  });
});
