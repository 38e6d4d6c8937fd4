import { valueBelowFullConsideration, type AssetTransferRecorded, type AssetTransfersInYear } from '#domain';

/** A transfer as the API gives it: the facts recorded, the ground it was allowed on, and the value below full consideration (pence). */
export function assetTransferResponse({ transferId, transfer: t }: AssetTransferRecorded) {
  return {
    transferId,
    transferredOn: t.transferredOn,
    description: t.description,
    recipientName: t.recipientName,
    recipientKind: t.recipientKind,
    recipientRegistrationNumber: t.recipientRegistrationNumber,
    marketValuePence: t.marketValuePence,
    considerationPence: t.considerationPence,
    valueBelowFullConsiderationPence: valueBelowFullConsideration(t),
    basis: t.basis,
    regulatorConsentReference: t.regulatorConsent?.reference ?? null,
    regulatorConsentOn: t.regulatorConsent?.givenOn ?? null,
    communityBenefit: t.communityBenefit,
    communityBenefitTo: t.communityBenefitTo ?? null,
  };
}

/** The ledger entry a write appended: its sequence in the company's chain and its hash (hex SHA-256). */
export interface LedgerEntryRef {
  readonly sequence: number;
  readonly hash: string;
}

/**
 * A transfer as `POST …/asset-transfers` answers it: {@link assetTransferResponse} and the ledger entry
 * that recorded it, the same whether the request recorded it or an `Idempotency-Key` sent again found it.
 */
export function recordedTransferResponse(event: AssetTransferRecorded, entry: LedgerEntryRef) {
  return { ...assetTransferResponse(event), ledger: { sequence: entry.sequence, hash: entry.hash } };
}

/** A transfer recorded, as `POST …/asset-transfers` answers it. */
export type RecordedTransferResponse = ReturnType<typeof recordedTransferResponse>;

/** A financial year's figure for the CIC34 report: its first and last days and the value transferred below full consideration in it. */
export function financialYearResponse(year: AssetTransfersInYear<AssetTransferRecorded>) {
  return { from: year.year.from, to: year.year.to, totalBelowFullConsiderationPence: year.totalBelowFullConsiderationPence };
}
