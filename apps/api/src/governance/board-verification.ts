import { Inject, Injectable } from '@nestjs/common';
import { unverifiedParticipants, verificationDueWithStatement, type Company, type GovernanceState, type OfficersRecord, type Resolution, type UnverifiedParticipant } from '#domain';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Em, Orm } from '../database/orm';
import { OfficersRecords } from '../officers/officers-records';
import { GovernanceRecords } from './governance-records';

/** The directors a board resolution counted while they were acting unverified (EC-3), for a resolution's response. */
export type UnverifiedOf = (resolution: Resolution) => UnverifiedParticipant[];

/**
 * EC-3: reads the officers' record and the confirmation statements once, and gives for each board
 * resolution the directors counted on it (present at its meeting, or agreeing it in writing) on a day
 * they acted as a director without the verified identity that was due.
 */
@Injectable()
export class BoardVerification {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly officers: OfficersRecords,
    private readonly governance: GovernanceRecords,
    private readonly companies: CompaniesService,
  ) {}

  async of(companyId: string): Promise<UnverifiedOf> {
    const em = this.orm.em.fork();
    const company = await this.companies.get(companyId, em);
    const [officers, state] = await Promise.all([this.officers.officers(em, companyId), this.governance.load(em, companyId)]);
    return unverifiedOfRecords(company, officers, state);
  }

  /** The same, read through `em` (a transaction already open, as a report's) with the governance `state` it loaded. */
  async within(em: Em, company: Company, state: GovernanceState): Promise<UnverifiedOf> {
    return unverifiedOfRecords(company, await this.officers.officers(em, company.id), state);
  }
}

function unverifiedOfRecords(company: Company, officers: OfficersRecord, state: GovernanceState): UnverifiedOf {
  const dueOn = verificationDueWithStatement(company.incorporatedOn, state.filings);
  // The directors a meeting's attendance records at the sitting that decided the item, voting or not.
  const present = (resolution: Resolution): string[] => {
    const meeting = 'meetingId' in resolution && resolution.meetingId !== undefined ? state.meetings.get(resolution.meetingId) : undefined;
    if (meeting === undefined || resolution.procedure !== 'board-meeting') return [];
    return meeting.attendance.flatMap((a) => (a.as === 'director' && a.on === resolution.meetingOn ? [a.directorId] : []));
  };
  return (resolution) => unverifiedParticipants(resolution, officers, dueOn, present(resolution));
}
