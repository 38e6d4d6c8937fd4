import { DomainError } from '../errors';

/**
 * Whom a transfer made for the benefit of the community benefits, as the secretary states it (CI-1;
 * 2004 Act s.35, CIC Regulations 2005 reg 4: activities that can benefit only the members of a
 * particular body or the employees of a particular employer are not for the benefit of the community):
 * - `the-community`: the community or a section of it (such as the patients or residents of Tower Hamlets);
 * - `only-members-of-a-body`: only the members of a particular body (such as the company's member practices);
 * - `only-employees-of-an-employer`: only the employees of a particular employer.
 */
export type CommunityBenefitTo = 'the-community' | 'only-members-of-a-body' | 'only-employees-of-an-employer';

/** Every {@link CommunityBenefitTo}, in the order forms offer them. */
export const COMMUNITY_BENEFIT_TO: readonly CommunityBenefitTo[] = ['the-community', 'only-members-of-a-body', 'only-employees-of-an-employer'];

/**
 * CI-1 (2004 Act s.35; CIC Regulations 2005 reg 4): a transfer below full value to a body that is not
 * asset-locked, made on the ground of a community benefit, must benefit the community: one whose
 * benefit is stated to go only to the members of a particular body or the employees of a particular
 * employer is refused. `valueBelowPence`: the value transferred below full consideration, in pence.
 * @throws DomainError `ASSET_LOCK_BREACH` (422; field `communityBenefitTo`, reason
 * `benefit-not-to-the-community`, with `communityBenefitTo`, `recipientName` and `valueBelowPence`).
 */
export function checkBenefitsTheCommunity(to: CommunityBenefitTo | null | undefined, recipientName: string, valueBelowPence: number): void {
  if (to !== 'only-members-of-a-body' && to !== 'only-employees-of-an-employer') return;
  throw new DomainError(
    'ASSET_LOCK_BREACH',
    {
      text: 'the asset lock forbids this transfer: it is {valueBelowPence} pence below full value, to {recipientName}, which is not an asset-locked body, and a benefit {beneficiaries} is not a benefit to the community',
      rule: 'CI-1',
    },
    {
      field: 'communityBenefitTo',
      reason: 'benefit-not-to-the-community',
      communityBenefitTo: to,
      beneficiaries: to === 'only-members-of-a-body' ? 'only to the members of a particular body (such as the company\u2019s member practices)' : 'only to the employees of a particular employer',
      recipientName,
      valueBelowPence,
    },
  );
}

/**
 * `communityBenefitTo` as a transfer keeps it: only when stated, and only with a statement of the
 * benefit (`benefit`, already trimmed; null when none).
 * @throws DomainError `INVALID_ASSET_TRANSFER` (400; field `communityBenefitTo` for a value not in
 * {@link COMMUNITY_BENEFIT_TO}, field `communityBenefit` when no benefit is stated).
 */
export function beneficiariesOf(to: CommunityBenefitTo | null | undefined, benefit: string | null): { communityBenefitTo?: CommunityBenefitTo } {
  if (to === undefined || to === null) return {};
  if (!COMMUNITY_BENEFIT_TO.includes(to)) throw invalid('communityBenefitTo', `must be one of ${COMMUNITY_BENEFIT_TO.join(', ')}`);
  if (benefit === null) throw invalid('communityBenefit', 'say how the transfer benefits those it is said to benefit');
  return { communityBenefitTo: to };
}

function invalid(field: string, problem: string): DomainError {
  return new DomainError('INVALID_ASSET_TRANSFER', `${field}: ${problem}`, { field });
}
