import type { AssetLockedBodiesNamed, AssetTransferBasis, AssetTransferRecipientKind, AssetTransferRecorded, CommunityBenefitTo } from '#domain';
import { z } from 'zod';
import { entryKind, LedgerFamily } from '../ledger-codec';
import { calendarDate, entryDate, id, nullableText, text, wholeNumber } from './fields';

/*
 * The register of asset transfers (CIC Regs 2005 Sch 2 para 1; CI-1, CI-2, CI-6): one entry a transfer,
 * effective on the day of the transfer (the payload does not repeat it). The entry's sequence is the
 * transfer's id. The ground the domain classified it on is kept with it, as decided when recorded.
 */

const recipientKind = z.enum(['asset-locked-body-named-in-articles', 'other-asset-locked-body', 'not-asset-locked'] as const satisfies readonly AssetTransferRecipientKind[]);
const communityBenefitTo = z.enum(['the-community', 'only-members-of-a-body', 'only-employees-of-an-employer'] as const satisfies readonly CommunityBenefitTo[]);
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
    /** Whom the community benefit goes to (CI-1); only where stated, so entries from before it was asked read as they were written. */
    communityBenefitTo: communityBenefitTo.optional(),
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
    ...(t.communityBenefitTo != null ? { communityBenefitTo: t.communityBenefitTo } : {}),
    basis: t.basis,
  }),
  decode: (p, entry) => {
    const transferredOn = entryDate(entry);
    return { type: 'asset-transfer-recorded', effectiveOn: transferredOn, transferId: String(entry.sequence), transfer: { ...p, transferredOn } };
  },
});

/** Transfers of the company's assets and the ground the asset lock allows each on: `asset-transfer.*`. */
export const assetTransfersFamily = new LedgerFamily<AssetTransferRecorded>('asset transfers', 'asset-transfer.', { 'asset-transfer-recorded': recorded });

/*
 * The asset-locked bodies the articles name (CI-2, CI-6): one entry a change, effective on the day it
 * takes effect, giving the whole list named from then (an empty list: none), with the members' special
 * resolution and the Regulator's approval that made it. The entry's sequence is the change's id.
 */
const named = entryKind<AssetLockedBodiesNamed>()({
  kind: 'asset-locked-bodies.named',
  version: 1,
  schema: z.strictObject({
    bodies: z.array(z.strictObject({ name: id, registrationNumber: id })),
    resolutionId: id,
    regulatorApproval: z.strictObject({ reference: id, givenOn: calendarDate }),
  }),
  encode: (c) => ({
    bodies: c.bodies.map((b) => ({ name: b.name, registrationNumber: b.registrationNumber })),
    resolutionId: c.resolutionId,
    regulatorApproval: { reference: c.regulatorApproval.reference, givenOn: c.regulatorApproval.givenOn },
  }),
  decode: (p, entry) => ({ type: 'asset-locked-bodies-named', effectiveOn: entryDate(entry), changeId: String(entry.sequence), ...p }),
});

/** The changes of the asset-locked bodies the articles name: `asset-locked-bodies.*`. */
export const assetLockedBodiesFamily = new LedgerFamily<AssetLockedBodiesNamed>('asset-locked bodies named in the articles', 'asset-locked-bodies.', { 'asset-locked-bodies-named': named });
