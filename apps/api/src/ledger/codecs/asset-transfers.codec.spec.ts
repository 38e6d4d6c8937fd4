import type { AssetLockedBodiesNamed, AssetTransferRecorded, Json } from '#domain';
import { decodeCode, stored } from '../../../../../test/support/stored-entries';
import { assetLockedBodiesFamily, assetTransfersFamily } from './asset-transfers.codec';

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

const change: AssetLockedBodiesNamed = {
  type: 'asset-locked-bodies-named',
  effectiveOn: '2025-05-01',
  changeId: '41',
  bodies: [{ name: 'Example Community Trust', registrationNumber: '1234567' }, { name: 'Example Health CIC', registrationNumber: '09999999' }],
  resolutionId: 'resolution-7',
  regulatorApproval: { reference: 'CIC/ART/7', givenOn: '2025-04-20' },
} as unknown as AssetLockedBodiesNamed;

describe('the asset-locked bodies named in the articles codec (asset-locked-bodies.)', () => {
  it('CI-2, CI-6: a change is written field by field, its day as the entry’s, and decodes to the same event with the entry’s sequence as its id; an empty list (none named) too', () => {
    const entry = assetLockedBodiesFamily.encode(change);
    expect([entry.kind, entry.effectiveOn]).toEqual(['asset-locked-bodies.named', '2025-05-01']);
    expect(entry.payload).toEqual({ bodies: change.bodies, resolutionId: 'resolution-7', regulatorApproval: { reference: 'CIC/ART/7', givenOn: '2025-04-20' } });
    expect(assetLockedBodiesFamily.decode(stored(entry))).toEqual(change);
    const none = { ...change, bodies: [] };
    expect(assetLockedBodiesFamily.decode(stored(assetLockedBodiesFamily.encode(none)))).toEqual(none);
  });

  it('a stored change with an unknown field, a blank number or no approval date is LEDGER_ENTRY_UNREADABLE', () => {
    const entry = assetLockedBodiesFamily.encode(change);
    const payload = entry.payload as Record<string, Json>;
    const changes = [{ ...payload, extra: 1 }, { ...payload, bodies: [{ name: 'X', registrationNumber: '' }] }, { ...payload, regulatorApproval: { reference: 'CIC/ART/7' } }];
    for (const changed of changes) {
      expect(decodeCode(() => assetLockedBodiesFamily.decode(stored({ ...entry, payload: changed })))).toBe('LEDGER_ENTRY_UNREADABLE');
    }
  });
});
