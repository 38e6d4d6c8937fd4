import { Inject, Injectable } from '@nestjs/common';
import { changeOfObjectsStatus, checkRegulatorDecision, dateOfInstant, regulatorDecisionOf, withRegulatorDecision, type CalendarDate, type GovernanceState, type RegulatorDecision, type RegulatorStatus, type Resolution } from '#domain';
import type { Caller } from '../auth/roles';
import { today } from '../common/today';
import { encodeGovernanceEvent } from '../ledger/codecs/governance.codec';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { Ledger } from '../ledger/ledger';
import { recordOnce, type Recorded, type RequestKey } from '../ledger/request-keys';
import type { RecordRegulatorDecisionDto } from './dto/record-regulator-decision.dto';
import { GovernanceRecords } from './governance-records';
import { found } from './resolution-responses';

/** A change of the objects' standing with the CIC Regulator once a decision is recorded, as the API answers it. */
export interface RegulatorDecisionResponse {
  readonly resolutionId: string;
  /** The resolution's human reference (`SR-2026-01`); null where not known. */
  readonly reference: string | null;
  readonly regulator: { readonly status: RegulatorStatus; readonly decidedOn: CalendarDate | null; readonly note?: string };
}

/**
 * CI-6: the CIC Regulator's decisions on special resolutions changing the company's objects (CIC
 * Regulator guidance ch.5 §5.4; CA 2006 s.21), each a `resolution.regulator-decision` entry of the
 * company's ledger, folded onto its resolution by the domain (`evolveGovernance`).
 */
@Injectable()
export class RegulatorDecisionsService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly ledger: Ledger,
    private readonly governance: GovernanceRecords,
  ) {}

  /**
   * Records the decision once the domain's `checkRegulatorDecision` accepts it, in one write holding the
   * company's lock: 404 NOT_FOUND for a resolution the company has none of; 409 REGULATOR_ALREADY_DECIDED; 422 NOT_AWAITING_REGULATOR,
   * DATED_AFTER_RECORDING, REGULATOR_DECISION_BEFORE_PASSING. A refusal writes nothing. Once per `key` (an
   * API `Idempotency-Key`, a page form's one-time token): a request whose key was answered before records
   * nothing and gives the decision recorded (`replayed`); an API key sent with another body is 422 `IDEMPOTENCY_KEY_REUSED`.
   */
  record(companyId: string, resolutionId: string, dto: RecordRegulatorDecisionDto, caller: Caller, key?: RequestKey): Promise<Recorded<RegulatorDecisionResponse>> {
    return recordOnce(this.ledger, companyId, caller.name, key, async ({ em, append, recordedAt }) => {
      const state = await this.governance.load(em, companyId);
      const resolution = found(state.resolutions.get(resolutionId), resolutionId);
      const given: RegulatorDecision = { resolutionId: resolution.id, decidedOn: dto.decidedOn, outcome: dto.outcome, ...(dto.note !== undefined ? { note: dto.note } : {}) };
      const decision = checkRegulatorDecision(given, { resolution, recordedAt });
      await append(encodeGovernanceEvent({ type: 'regulator-decision', effectiveOn: decision.decidedOn, decision }));
      return { record: decided(state, withRegulatorDecision(resolution, decision), dateOfInstant(recordedAt)), recordId: resolution.id };
    }, async (id) => {
      const state = await this.governance.load(this.orm.em.fork(), companyId);
      return decided(state, found(state.resolutions.get(id), id), today());
    });
  }
}

/** The response for `resolution` with its decision recorded, its standing as at `asAt`. */
function decided(state: GovernanceState, resolution: Resolution, asAt: CalendarDate): RegulatorDecisionResponse {
  const standing = changeOfObjectsStatus(resolution, asAt)!;
  const note = regulatorDecisionOf(resolution)?.note;
  return {
    resolutionId: resolution.id,
    reference: state.references.byId.get(resolution.id) ?? null,
    regulator: { status: standing.status, decidedOn: standing.decidedOn, ...(note !== undefined ? { note } : {}) },
  };
}
