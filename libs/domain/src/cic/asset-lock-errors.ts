/**
 * Refusals of the CIC asset lock (CIC Regulations 2005 Sch 2 para 1; BRIEF CI-2, CI-6): a transfer of
 * the company's assets that none of the lock's four grounds allows is not recorded.
 */
export type AssetLockErrorCode =
  /** A transfer with a blank description or recipient name, a registration number missing, or half a consent (details.field names which). 400. */
  | 'INVALID_ASSET_TRANSFER'
  /** CI-2: a transfer below full value that no ground allows (details.field and details.reason say why). 422. */
  | 'ASSET_LOCK_BREACH'
  /** CI-6: a transfer below full value to an asset-locked body not named in the articles, without the Regulator's consent reference. 422. */
  | 'REGULATOR_CONSENT_REQUIRED'
  /** CI-6: the Regulator's consent is dated after the transfer it allows: consent is given before the transfer. 422. */
  | 'CONSENT_AFTER_TRANSFER';
