import { Inject, Injectable } from '@nestjs/common';
import { namedAssetLockedBodiesOn, residueRecipientInWords, windingUpDistribution, type CalendarDate, type WindingUpDistribution } from '#domain';
import { today } from '../common/today';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { RegisterService } from '../share-register/register.service';
import { AssetLockRecords } from './asset-lock-records';

/** The distribution as the API gives it: every amount in whole pence, the residue's recipient also in words. */
function distributionResponse(d: WindingUpDistribution) {
  return {
    asAt: d.asAt,
    residualAssetsPence: d.residualAssetsPence,
    totalPaidUpPence: d.totalPaidUpPence,
    toMembersPence: d.toMembersPence,
    membersPaidInFull: d.membersPaidInFull,
    residuePence: d.residuePence,
    residueTo: {
      kind: d.residueTo.kind,
      bodies: d.residueTo.bodies.map((b) => ({ name: b.name, registrationNumber: b.registrationNumber })),
      basis: d.residueTo.basis,
      inWords: residueRecipientInWords(d.residueTo),
    },
    members: d.members.map((m) => ({
      memberId: m.memberId,
      name: m.name,
      ...(m.jointHolders ? { jointHolders: m.jointHolders } : {}),
      shareNumbers: m.shareNumbers,
      paidUpPence: m.paidUpPence,
      entitlementPence: m.entitlementPence,
    })),
  };
}

/** The winding-up distribution, as the API answers it. */
export type WindingUpDistributionResponse = ReturnType<typeof distributionResponse>;

/**
 * CI-4 (CIC Regulations 2005 reg 23): how the company's residual assets would be distributed if it
 * were wound up, as at a day: the register of members that day (the projection, with each share's
 * amount paid up) and the asset-locked bodies the articles name that day, handed to the domain's
 * `windingUpDistribution`. A read: nothing is recorded.
 */
@Injectable()
export class WindingUpService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly companies: CompaniesService,
    private readonly register: RegisterService,
    private readonly records: AssetLockRecords,
  ) {}

  /**
   * The distribution of `residualAssetsPence` (whole pence) as at the end of `asAt` (today in England
   * by default); 404 NOT_FOUND for an unknown company; 400 INVALID_RESIDUAL_ASSETS for an amount that is
   * not whole pence from 0.
   */
  distribution(companyId: string, residualAssetsPence: number, asAt: CalendarDate = today()): Promise<WindingUpDistributionResponse> {
    return this.orm.em.fork().transactional(
      async (em) => {
        await this.companies.get(companyId, em);
        const members = await this.register.membersAsAt(em, companyId, asAt);
        const namedBodies = namedAssetLockedBodiesOn(await this.records.namedBodies(em, companyId), asAt);
        return distributionResponse(windingUpDistribution({ asAt, members, residualAssetsPence, namedBodies }));
      },
      { isolationLevel: 'repeatable read', readOnly: true },
    );
  }
}
