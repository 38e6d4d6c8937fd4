import { Inject, Injectable } from '@nestjs/common';
import { checkDatedInCompanyLife, checkResignationNotBeforeLaterEntries, directorOn, recordResignation, type CalendarDate, type DirectorAppointment } from '#domain';
import type { Caller } from '../auth/roles';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { Ledger } from '../ledger/ledger';
import type { AppointDirectorDto, ResignDirectorDto } from './dto/director.dto';
import { encodeGovernanceEvent } from '../ledger/codecs/governance.codec';
import { OfficersRecords } from '../officers/officers-records';
import { OfficersService } from '../officers/officers.service';
import { GovernanceRecords } from './governance-records';

/** The register of directors (s.162): appointments and resignations, each a ledger entry. */
@Injectable()
export class DirectorsService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly ledger: Ledger,
    private readonly governance: GovernanceRecords,
    private readonly companies: CompaniesService,
    private readonly officers: OfficersRecords,
    private readonly appointments: OfficersService,
  ) {}

  /**
   * Every term of office, each with the name and service address now; with `asAt`, only the directors
   * holding office at the end of that day, each as it stood then: the name and service address in force
   * that day (EC-4), and no leaving dated later.
   */
  async list(companyId: string, asAt: CalendarDate | null): Promise<DirectorResponse[]> {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    const { directors } = await this.governance.load(em, companyId);
    return directors.filter((d) => asAt === null || (d.appointedOn <= asAt && (d.resignedOn === null || d.resignedOn > asAt))).map((d) => directorResponse(d, asAt));
  }

  /** A director with a name and service address only: the same appointment, and the same checks, as `POST …/officers` (`OfficersService.appoint`). */
  async appoint(companyId: string, dto: AppointDirectorDto, caller: Caller): Promise<DirectorResponse> {
    const officer = await this.appointments.appoint(companyId, { nameAndAddressOnly: true, name: dto.name, serviceAddress: dto.serviceAddress, appointedOn: dto.appointedOn }, caller);
    return { directorId: officer.officerId, name: officer.name, serviceAddress: officer.serviceAddress, appointedOn: officer.appointedOn, resignedOn: officer.resignedOn, removedBy: null };
  }

  resign(companyId: string, directorId: string, dto: ResignDirectorDto, caller: Caller): Promise<DirectorResponse> {
    return this.ledger.writeForCompany(companyId, caller.name, async ({ em, append, recordedAt, company }) => {
      await this.companies.get(companyId, em);
      checkDatedInCompanyLife('the resignation', dto.resignedOn, recordedAt, company.incorporatedOn, 'resignedOn');
      const { directors, resolutions, references } = await this.governance.load(em, companyId);
      // An id in the path that names no director at all is 404, as for any unknown id; one not in office that day is 422 DIRECTOR_NOT_ON_BOARD.
      if (!directors.some((d) => d.directorId === directorId)) throw AppError.notFound('director', { directorId });
      const after = recordResignation(directors, directorId, dto.resignedOn);
      const term = (await this.officers.officers(em, companyId)).find((o) => o.officerId === directorId && o.resignedOn === null) ?? null;
      checkResignationNotBeforeLaterEntries(directorId, term, dto.resignedOn, resolutions.values(), references);
      await append(encodeGovernanceEvent({ type: 'director-resigned', effectiveOn: dto.resignedOn, directorId }));
      return directorResponse(after.find((d) => d.directorId === directorId && d.resignedOn === dto.resignedOn)!, null);
    });
  }
}

/**
 * A term of office as the API shows it: as it stood at the end of `on` (now, when null), with the name
 * and service address in force then; a leaving dated after `on` is not shown (`resignedOn` and
 * `removedBy` null), as the record of officers as at a day shows none (EC-1).
 */
export function directorResponse(term: DirectorAppointment, on: CalendarDate | null) {
  const { name, serviceAddress } = on === null ? term : directorOn(term, on);
  const left = term.resignedOn !== null && (on === null || term.resignedOn <= on);
  return { directorId: term.directorId, name, serviceAddress, appointedOn: term.appointedOn, resignedOn: left ? term.resignedOn : null, removedBy: left ? (term.removedBy ?? null) : null };
}

export type DirectorResponse = ReturnType<typeof directorResponse>;
