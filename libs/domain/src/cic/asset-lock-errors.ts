/**
 * Refusals of the CIC asset lock (CIC Regulations 2005 Sch 2 para 1; BRIEF CI-2, CI-6): a transfer of
 * the company's assets that none of the lock's four grounds allows is not recorded; nor is a change of
 * the asset-locked bodies the articles name without the members' special resolution and the CIC
 * Regulator's approval.
 */
export type AssetLockErrorCode =
  /** A transfer with a blank description or recipient name, a registration number missing, or half a consent (details.field names which). 400. */
  | 'INVALID_ASSET_TRANSFER'
  /** CI-2: a transfer below full value that no ground allows (details.field and details.reason say why). 422. */
  | 'ASSET_LOCK_BREACH'
  /** CI-6: a transfer below full value to an asset-locked body not named in the articles, without the Regulator's consent reference. 422. */
  | 'REGULATOR_CONSENT_REQUIRED'
  /** CI-6: the Regulator's consent is dated after the transfer it allows: consent is given before the transfer. 422. */
  | 'CONSENT_AFTER_TRANSFER'
  /**
   * CI-2: a transfer said to be to an asset-locked body named in the articles whose number is not that
   * of a body the articles name on the transfer's date (details.reason: `none-named`,
   * `no-registration-number`, `not-named`; details.namedBodies the bodies they name). 422.
   */
  | 'ASSET_LOCKED_BODY_NOT_NAMED'
  /** A change of the named asset-locked bodies with a blank name, a number in no form of a company or charity number, or a number named twice (details.field). 400. */
  | 'INVALID_ASSET_LOCKED_BODIES'
  /** The bodies given are those the articles already name on that day: nothing to change. 422. */
  | 'ASSET_LOCKED_BODIES_UNCHANGED'
  /** CI-6: naming or changing the asset-locked body in the articles needs a members' special resolution passed by the day it takes effect (details.reason). 422. */
  | 'SPECIAL_RESOLUTION_REQUIRED'
  /** CI-6: naming or changing the asset-locked body in the articles needs the CIC Regulator's approval, its reference and date (details.field). 422. */
  | 'REGULATOR_APPROVAL_REQUIRED'
  /** CI-6: the Regulator's approval is dated after the day the change takes effect. 422. */
  | 'APPROVAL_AFTER_CHANGE'
  /** A back-dated change would leave a transfer already recorded as to a named body to one the articles do not name on its day (details.transferId). 409. */
  | 'ASSET_LOCKED_BODY_HAS_TRANSFERS'
  /**
   * The values below full consideration of every transfer in the register, this one included, would
   * add up to more pence than the register can total exactly (details.recordedPence, details.mostPence). 422.
   */
  | 'ASSET_TRANSFER_TOTALS_TOO_LARGE';
