import { Injectable } from '@nestjs/common';
import { checkDatedInCompanyLife, DomainError, evolveGovernance, type GovernanceEvent } from '#domain';
import type { Caller } from '../auth/roles';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import { encodeGovernanceEvent } from '../ledger/codecs/governance.codec';
import { Ledger } from '../ledger/ledger';
import { recordOnce, type Recorded, type RequestKey } from '../ledger/request-keys';
import type { DeclareInterestDto } from './dto/meeting.dto';
import { GovernanceRecords } from './governance-records';
import { MeetingsService, type MeetingRecord } from './meetings.service';
import { ResolutionDependents } from './resolution-dependents';

/**
 * MA-2 (model articles art. 14): the secretary records a director's interest in items of a board
 * meeting, declared at a sitting after its attendance was recorded and before the items are voted on.
 */
@Injectable()
export class MeetingInterestsService {
  constructor(
    private readonly ledger: Ledger,
    private readonly governance: GovernanceRecords,
    private readonly companies: CompaniesService,
    private readonly meetings: MeetingsService,
    private readonly dependents: ResolutionDependents,
  ) {}

  /**
   * Records the declaration (`meeting.interest-declared`) once per `key` (an API Idempotency-Key or a
   * page form's one-time token): a request whose key was answered before records nothing and gives the
   * meeting as it stands (`replayed`). Items are numbered as the meeting lists them (1 = first). Throws
   * 404 for an unknown meeting; `ATTENDANCE_NOT_FOR_MEETING` for a number that is no item of the
   * meeting (details `field: interestedIn`) and the refusals of {@link declareInterest};
   * `DATED_AFTER_RECORDING` and `EVENT_BEFORE_INCORPORATION` for `declaredOn`.
   */
  async declareOnce(companyId: string, meetingId: string, dto: DeclareInterestDto, caller: Caller, key?: RequestKey): Promise<Recorded<MeetingRecord>> {
    return recordOnce(this.ledger, companyId, caller.name, key, async ({ em, append, recordedAt }) => {
      const company = await this.companies.get(companyId, em);
      const state = await this.governance.load(em, companyId);
      const meeting = state.meetings.get(meetingId);
      if (!meeting) throw AppError.notFound('meeting', { meetingId });
      checkDatedInCompanyLife('the declaration of interest', dto.declaredOn, recordedAt, company.incorporatedOn, 'declaredOn');
      const resolutionIds = dto.interestedIn.map((n) => {
        const id = meeting.resolutionIds[n - 1];
        if (id === undefined) {
          throw new DomainError('ATTENDANCE_NOT_FOR_MEETING', `the meeting has no item ${n}; a director can be interested only in an item of the meeting`, { meetingId, field: 'interestedIn', item: n });
        }
        return id;
      });
      const event: GovernanceEvent = { type: 'meeting-interest-declared', effectiveOn: dto.declaredOn, meetingId, directorId: dto.directorId, resolutionIds };
      const after = evolveGovernance(state, event);
      await this.dependents.checkKept(em, companyId, state, after);
      await append(encodeGovernanceEvent(event));
      return { record: { meeting: after.meetings.get(meetingId)!, state: after }, recordId: meetingId };
    }, (id) => this.meetings.get(companyId, id));
  }
}
