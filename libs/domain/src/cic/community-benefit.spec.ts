import { calendarDate, instant } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { assetTransfer, type AssetTransferInput } from './asset-lock';
import { COMMUNITY_BENEFIT_TO, type CommunityBenefitTo } from './community-benefit';

const d = calendarDate;
const context = { incorporatedOn: d('2014-09-01'), recordedAt: instant('2026-12-02T12:00:00.000Z'), namedBodies: [] };

/** £10,000 of equipment given to a GP practice (not asset-locked), for a benefit stated as `benefit`, to `to`. */
const gift = (to: CommunityBenefitTo | null | undefined, benefit: string | null = 'Equipment for a free community clinic', more: Partial<AssetTransferInput> = {}): AssetTransferInput => ({
  transferredOn: d('2025-06-30'),
  description: 'Clinical equipment from the closed hub',
  recipientName: 'Example Surgery',
  recipientKind: 'not-asset-locked',
  recipientRegistrationNumber: null,
  marketValuePence: 1_000_000,
  considerationPence: 0,
  regulatorConsent: null,
  communityBenefit: benefit,
  ...(to === undefined ? {} : { communityBenefitTo: to }),
  ...more,
});

function refusal(input: AssetTransferInput): { code: string; details: Record<string, unknown>; message: string } {
  try {
    assetTransfer(input, context);
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, details: error.details as Record<string, unknown>, message: error.message };
    throw error;
  }
  throw new Error('the transfer was recorded');
}

describe('CI-1: a community benefit must benefit the community (2004 Act s.35; CIC Regulations 2005 reg 4)', () => {
  it('CI-1: a benefit to the community, or one not said to go to anyone narrower, is a ground below full value; whom it benefits is kept', () => {
    expect(assetTransfer(gift('the-community'), context)).toMatchObject({ basis: 'for-community-benefit', communityBenefitTo: 'the-community' });
    const unstated = assetTransfer(gift(undefined), context);
    expect(unstated.basis).toBe('for-community-benefit');
    expect('communityBenefitTo' in unstated).toBe(false);
    expect('communityBenefitTo' in assetTransfer(gift(null), context)).toBe(false);
  });

  it.each([
    ['only-members-of-a-body', /only to the members of a particular body \(such as the company’s member practices\) is not a benefit to the community \(CI-1\)/],
    ['only-employees-of-an-employer', /only to the employees of a particular employer is not a benefit to the community \(CI-1\)/],
  ] as const)('CI-1: a benefit going %s is ASSET_LOCK_BREACH beside communityBenefitTo, naming the value and the recipient', (to, words) => {
    const { code, details, message } = refusal(gift(to));
    expect(code).toBe('ASSET_LOCK_BREACH');
    expect(details).toMatchObject({ field: 'communityBenefitTo', reason: 'benefit-not-to-the-community', communityBenefitTo: to, recipientName: 'Example Surgery', valueBelowPence: 1_000_000 });
    expect(message).toMatch(words);
  });

  it('CI-1 reads only where the community benefit is the ground: at full value, or to a body the lock allows, whom it benefits does not matter', () => {
    expect(assetTransfer(gift('only-members-of-a-body', 'A loan of equipment to member practices', { considerationPence: 1_000_000 }), context).basis).toBe('full-consideration');
    const toCharity = gift('only-employees-of-an-employer', 'Staff training', { recipientKind: 'other-asset-locked-body', recipientRegistrationNumber: '1234567', regulatorConsent: { reference: 'CIC/AL/1', givenOn: d('2025-06-01') } });
    expect(assetTransfer(toCharity, context).basis).toBe('to-asset-locked-body-with-consent');
  });

  it('CI-1: whom a benefit goes to, given with no benefit stated or as no known value, is INVALID_ASSET_TRANSFER naming the field', () => {
    expect(refusal(gift('the-community', '  '))).toMatchObject({ code: 'INVALID_ASSET_TRANSFER', details: { field: 'communityBenefit' } });
    expect(refusal(gift('patients' as CommunityBenefitTo))).toMatchObject({ code: 'INVALID_ASSET_TRANSFER', details: { field: 'communityBenefitTo' } });
    expect(COMMUNITY_BENEFIT_TO).toEqual(['the-community', 'only-members-of-a-body', 'only-employees-of-an-employer']);
  });
});
