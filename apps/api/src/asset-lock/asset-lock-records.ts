import { Injectable } from '@nestjs/common';
import type { AssetLockedBodiesNamed, AssetTransferRecorded } from '#domain';
import type { Em } from '../database/orm';
import { assetLockedBodiesFamily, assetTransfersFamily } from '../ledger/codecs/asset-transfers.codec';
import { Ledger } from '../ledger/ledger';
import type { LedgerFamily } from '../ledger/ledger-codec';

/**
 * The asset lock's records as the ledger holds them, in ledger order: the transfers of assets and the
 * changes of the asset-locked bodies the articles name. Read whole (a company makes few of either).
 */
@Injectable()
export class AssetLockRecords {
  constructor(private readonly ledger: Ledger) {}

  /** Every transfer recorded (`asset-transfer.*`). */
  transfers(em: Em, companyId: string): Promise<AssetTransferRecorded[]> {
    return this.read(em, companyId, assetTransfersFamily);
  }

  /** Every change of the bodies the articles name (`asset-locked-bodies.*`). */
  namedBodies(em: Em, companyId: string): Promise<AssetLockedBodiesNamed[]> {
    return this.read(em, companyId, assetLockedBodiesFamily);
  }

  private async read<E extends { readonly type: string; readonly effectiveOn: string }>(em: Em, companyId: string, family: LedgerFamily<E>): Promise<E[]> {
    const events: E[] = [];
    for await (const event of this.ledger.events(em, companyId, family)) events.push(event);
    return events;
  }
}
