import type { AssetTransferBasis, AssetTransferRecipientKind, AssetTransferRecorded } from '#domain';
import { z } from 'zod';
import { entryKind, LedgerFamily } from '../ledger-codec';
import { calendarDate, entryDate, id, nullableText, text, wholeNumber } from './fields';

/*
 * The register of asset transfers (CIC Regs 2005 Sch 2 para 1; CI-2, CI-6): one entry a transfer,
 * effective on the day of the transfer (the payload does not repeat it). The entry's sequence is the
 * transfer's id. The ground the domain classified it on is kept with it, as decided when recorded.
 */

const recipientKind = z.enum(['asset-locked-body-named-in-articles', 'other-asset-locked-body', 'not-asset-locked'] as const satisfies readonly AssetTransferRecipientKind[]);
const basis = z.enum(['full-consideration', 'to-named-asset-locked-body', 'to-asset-locked-body-with-consent', 'for-community-benefit'] as const satisfies readonly AssetTransferBasis[]);

const recorded = entryKind<AssetTransferRecorded>()({
  kind: 'asset-transfer.recorded',
  version: 1,
  schema: z.strictObject({
    description: text,
    recipientName: text,
    recipientKind,
    recipientRegistrationNumber: nullableText,
    marketValuePence: wholeNumber,
    considerationPence: wholeNumber,
    regulatorConsent: z.strictObject({ reference: id, givenOn: calendarDate }).nullable(),
    communityBenefit: nullableText,
    basis,
  }),
  encode: ({ transfer: t }) => ({
    description: t.description,
    recipientName: t.recipientName,
    recipientKind: t.recipientKind,
    recipientRegistrationNumber: t.recipientRegistrationNumber,
    marketValuePence: t.marketValuePence,
    considerationPence: t.considerationPence,
    regulatorConsent: t.regulatorConsent && { reference: t.regulatorConsent.reference, givenOn: t.regulatorConsent.givenOn },
    communityBenefit: t.communityBenefit,
    basis: t.basis,
  }),
  decode: (p, entry) => {
    const transferredOn = entryDate(entry);
    return { type: 'asset-transfer-recorded', effectiveOn: transferredOn, transferId: String(entry.sequence), transfer: { ...p, transferredOn } };
  },
});

/** Transfers of the company's assets and the ground the asset lock allows each on: `asset-transfer.*`. */
export const assetTransfersFamily = new LedgerFamily<AssetTransferRecorded>('asset transfers', 'asset-transfer.', { 'asset-transfer-recorded': recorded });
