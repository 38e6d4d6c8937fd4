/**
 * Refusals of a winding-up distribution (Community Interest Company Regulations 2005 reg 23; BRIEF
 * CI-4): the figures it is worked out from must be whole pence a distribution can be made in. Each
 * refusal's details name the `field`. 400.
 */
export type WindingUpErrorCode =
  /** The residual assets are not a whole number of pence from 0 to 9,007,199,254,740,991 (details: `field` `residualAssetsPence`, `residualAssetsPence` as given). 400. */
  | 'INVALID_RESIDUAL_ASSETS'
  /**
   * A share's amount paid up is not a whole number of pence from 0 to 9,007,199,254,740,991, or the
   * shares' amounts paid up add up to more than that (details: `field`, `memberId`, `shareNumber`). 400.
   */
  | 'INVALID_PAID_UP_VALUE';
