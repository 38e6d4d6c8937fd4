import { Inject, Injectable } from '@nestjs/common';
import { assetLockedBodiesChangesInOrder, checkAssetLockedBodiesChange, namedAssetLockedBodiesOn, type AssetLockedBodiesNamed, type CalendarDate } from '#domain';
import type { Caller } from '../auth/roles';
import { AppError } from '../common/app-error';
import { today } from '../common/today';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { GovernanceRecords } from '../governance/governance-records';
import { assetLockedBodiesFamily } from '../ledger/codecs/asset-transfers.codec';
import { recordOnce, type Recorded, type RequestKey } from '../ledger/request-keys';
import { Ledger } from '../ledger/ledger';
import { AssetLockRecords } from './asset-lock-records';
import type { ChangeAssetLockedBodiesDto } from './dto/change-asset-locked-bodies.dto';

/** A body the articles name, as the API gives it. */
function bodyResponse(b: { readonly name: string; readonly registrationNumber: string }) {
  return { name: b.name, registrationNumber: b.registrationNumber };
}

/** A change of the named bodies as the API gives it, with its resolution's reference (null when unknown). */
function changeResponse(c: AssetLockedBodiesNamed, resolutionReference: string | null) {
  return {
    changeId: c.changeId,
    effectiveOn: c.effectiveOn,
    bodies: c.bodies.map(bodyResponse),
    resolutionId: c.resolutionId,
    resolutionReference,
    regulatorApprovalReference: c.regulatorApproval.reference,
    regulatorApprovalOn: c.regulatorApproval.givenOn,
  };
}

/** A change recorded, as the API answers it. */
export type AssetLockedBodiesChangeResponse = ReturnType<typeof changeResponse>;

/**
 * The asset-locked bodies the company's articles name (CIC Regs 2005 Sch 2 para 1; CI-2, CI-6), as
 * dated changes of the articles in the ledger's `asset-locked-bodies.` family: each needs a members'
 * special resolution and the CIC Regulator's approval, checked by the domain before it is written.
 */
@Injectable()
export class AssetLockedBodiesService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly ledger: Ledger,
    private readonly companies: CompaniesService,
    private readonly governance: GovernanceRecords,
    private readonly records: AssetLockRecords,
  ) {}

  /**
   * The bodies the articles name at the end of `asAt` (today by default), and every change recorded in
   * the order they apply (by the day each takes effect, then the order recorded), with the resolution's reference.
   */
  async list(companyId: string, asAt: CalendarDate = today()) {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    const changes = await this.records.namedBodies(em, companyId);
    const references = (await this.governance.load(em, companyId)).references.byId;
    return {
      asAt,
      bodies: namedAssetLockedBodiesOn(changes, asAt).map(bodyResponse),
      changes: assetLockedBodiesChangesInOrder(changes).map((c) => changeResponse(c, references.get(c.resolutionId) ?? null)),
    };
  }

  /**
   * Records a change of the named bodies once the domain's `checkAssetLockedBodiesChange` accepts it
   * (400 `INVALID_ASSET_LOCKED_BODIES`; 422 `ASSET_LOCKED_BODIES_UNCHANGED`, `SPECIAL_RESOLUTION_REQUIRED`,
   * `REGULATOR_APPROVAL_REQUIRED`, `APPROVAL_AFTER_CHANGE`; 404 `RESOLUTION_NOT_FOUND`; 409
   * `ASSET_LOCKED_BODY_HAS_TRANSFERS`; a refusal writes nothing), once per `key` (an API
   * `Idempotency-Key`, a page form's one-time token): a key answered before records nothing and gives
   * the change it recorded (`replayed` says how the request met it).
   */
  change(companyId: string, dto: ChangeAssetLockedBodiesDto, caller: Caller, key?: RequestKey): Promise<Recorded<AssetLockedBodiesChangeResponse>> {
    return recordOnce(this.ledger, companyId, caller.name, key, async (write) => {
      const governance = await this.governance.load(write.em, companyId);
      const resolutionId = dto.resolutionId?.trim() ?? null;
      const checked = checkAssetLockedBodiesChange(
        {
          effectiveOn: dto.effectiveOn,
          bodies: dto.bodies.map((b) => ({ name: b.name, registrationNumber: b.registrationNumber })),
          resolutionId,
          regulatorApprovalReference: dto.regulatorApprovalReference ?? null,
          regulatorApprovalOn: dto.regulatorApprovalOn ?? null,
        },
        {
          incorporatedOn: write.company.incorporatedOn,
          recordedAt: write.recordedAt,
          resolution: resolutionId === null ? undefined : governance.resolutions.get(resolutionId),
          resolutionReference: resolutionId === null ? undefined : governance.references.byId.get(resolutionId),
          changes: await this.records.namedBodies(write.em, companyId),
          transfers: await this.records.transfers(write.em, companyId),
        },
      );
      const change: AssetLockedBodiesNamed = { ...checked, changeId: String(write.nextSequence) };
      await write.append(assetLockedBodiesFamily.encode(change));
      return { record: changeResponse(change, governance.references.byId.get(change.resolutionId) ?? null), recordId: change.changeId };
    }, (changeId) => this.recorded(companyId, changeId));
  }

  /** The change `changeId` recorded; 404 NOT_FOUND when there is none. */
  private async recorded(companyId: string, changeId: string): Promise<AssetLockedBodiesChangeResponse> {
    const em = this.orm.em.fork();
    const change = (await this.records.namedBodies(em, companyId)).find((c) => c.changeId === changeId);
    if (change === undefined) throw AppError.notFound('change of the asset-locked bodies named in the articles', { changeId });
    return changeResponse(change, (await this.governance.load(em, companyId)).references.byId.get(change.resolutionId) ?? null);
  }
}
