import type { AssetTransferRecorded, Json } from '#domain';
import { decodeCode, stored } from '../../../../../test/support/stored-entries';
import { assetTransfersFamily } from './asset-transfers.codec';

const consented: AssetTransferRecorded = {
  type: 'asset-transfer-recorded',
  effectiveOn: '2025-06-30',
  transferId: '41',
  transfer: {
    transferredOn: '2025-06-30',
    description: 'Clinical equipment',
    recipientName: 'Example CIC',
    recipientKind: 'other-asset-locked-body',
    recipientRegistrationNumber: '09999999',
    marketValuePence: 1_000_000,
    considerationPence: 250_000,
    regulatorConsent: { reference: 'CIC/AL/42', givenOn: '2025-06-01' },
    communityBenefit: null,
    basis: 'to-asset-locked-body-with-consent',
  },
} as AssetTransferRecorded;

describe('the register of asset transfers codec (asset-transfer.)', () => {
  it('CI-2, CI-6: a transfer is written field by field, its date as the entry’s, and decodes to the same event with the entry’s sequence as its id', () => {
    const entry = assetTransfersFamily.encode(consented);
    expect(entry.kind).toBe('asset-transfer.recorded');
    expect(entry.effectiveOn).toBe('2025-06-30');
    expect(entry.payload).not.toHaveProperty('transferredOn');
    expect(entry.payload).toMatchObject({ basis: 'to-asset-locked-body-with-consent', regulatorConsent: { reference: 'CIC/AL/42', givenOn: '2025-06-01' } });
    expect(assetTransfersFamily.decode(stored(entry))).toEqual(consented);
    const none = { ...consented, transfer: { ...consented.transfer, regulatorConsent: null, basis: 'full-consideration' as const } };
    expect(assetTransfersFamily.decode(stored(assetTransfersFamily.encode(none)))).toEqual(none);
  });

  it('a stored payload with an unknown field, a negative amount or an unknown ground is LEDGER_ENTRY_UNREADABLE', () => {
    const entry = assetTransfersFamily.encode(consented);
    const payload = entry.payload as Record<string, Json>;
    for (const changed of [{ ...payload, extra: 1 }, { ...payload, marketValuePence: -1 }, { ...payload, basis: 'gift' }]) {
      expect(decodeCode(() => assetTransfersFamily.decode(stored({ ...entry, payload: changed })))).toBe('LEDGER_ENTRY_UNREADABLE');
    }
  });
});
