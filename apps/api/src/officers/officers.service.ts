import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  checkDirectorAge,
  checkAppointmentNotBeforeWrittenBoardResolutions,
  checkResignationNotBeforeLaterEntries,
  checkRemovalResolution,
  checkVerificationNotRecorded,
  checkVerifiedSinceVerificationBegan,
  checkOfficerParticularsChanged,
  checkDatedInCompanyLife,
  compareDates,
  currentTerm,
  DomainError,
  ECCTA_REGISTERS_END_ON,
  evolveOfficers,
  inOfficeOn,
  normaliseOfficerName,
  officerAsAt,
  type CalendarDate,
  type OfficerEvent,
  type OfficerParticulars,
  type OfficersRecord,
  type OfficerParticularsChange,
} from '#domain';
import type { Caller, Role } from '../auth/roles';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import { GovernanceRecords } from '../governance/governance-records';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { encodeGovernanceEvent } from '../ledger/codecs/governance.codec';
import { officersFamily } from '../ledger/codecs/officers.codec';
import { Ledger, type CompanyWrite } from '../ledger/ledger';
import { recordOnce, type RequestKey } from '../ledger/request-keys';
import type { AppointOfficerDto, ChangeOfficerParticularsDto, OfficerResignationDto, VerifyIdentityDto } from './dto/officer.dto';
import { officerResponse } from './officer.mapper';
import { OfficersRecords } from './officers-records';
import { NO_PERSONAL_DETAILS, personalVersion, type PersonalDetails } from './personal-details';

/**
 * Directors and secretaries after ECCTA (EC-1…EC-4): appointments, resignations, changes of
 * particulars and identity verification, each a dated ledger entry; the protected details in
 * officer_personal, shown to the secretary only.
 */
@Injectable()
export class OfficersService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly ledger: Ledger,
    private readonly records: OfficersRecords,
    private readonly companies: CompaniesService,
    private readonly governance: GovernanceRecords,
  ) {}

  /**
   * Every term of office (or, with `asAt`, those in office at the end of that day, each as it stood then:
   * the public particulars in force that day, and no resignation, verification or change dated after it),
   * with the protected details for the secretary alone.
   */
  async list(companyId: string, asAt: CalendarDate | null, role: Role) {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    const record = await this.records.officers(em, companyId);
    const officers = asAt === null ? record : record.filter((o) => inOfficeOn(o, asAt)).map((o) => officerAsAt(o, asAt));
    const personal = role === 'secretary' ? await this.records.personal(em, companyId, officers.map((o) => o.personalCommitment)) : null;
    return officers.map((o) => {
      const details = personal === null ? null : (personal.get(o.personalCommitment ?? '') ?? NO_PERSONAL_DETAILS);
      // EC-3: the personal code comes with the verification; one not yet made by the as-at day is not shown.
      return officerResponse(o, details !== null && o.verification === null ? { ...details, personalCode: null } : details);
    });
  }

  /**
   * Every appointment, through `POST …/officers` and `POST …/directors` alike. EC-4: a director needs
   * the whole s.163 particulars and the s.165 residential address, a secretary the s.277 ones; a
   * director entered through `POST …/directors` (`nameAndAddressOnly`) gives a name and service address
   * only and has no protected details, so is taken only when appointed before 18 November 2025 (EC-1:
   * the company's own register of directors asked no more); from that day it is refused
   * (`PERSONAL_DETAILS_MISSING`, 422) as `POST …/officers` refuses a director without the particulars.
   * EC-2: the one check that the person does not already hold the office (`checkNotAlreadyAppointed`),
   * under the company's lock; someone with the name of an officer in that office is taken only with
   * `differentPerson` (`OFFICER_NAME_IN_OFFICE`, 409, without it). s.157: a director is 16 or over on
   * the day of appointment, and not older than 120 (`checkDirectorAge`). EC-2, model articles art. 8: a
   * director appointed on or before the day a recorded written resolution of the directors was
   * circulated is refused (`EVENT_PREDATES_DEPENDENCY`, 409, `checkAppointmentNotBeforeWrittenBoardResolutions`).
   */
  appoint(companyId: string, dto: AppointOfficerDto | NameAndAddressDirector, caller: Caller) {
    return this.write(companyId, caller, async (write, record) => {
      checkDatedInCompanyLife('the appointment', dto.appointedOn, write.recordedAt, write.company.incorporatedOn, 'appointedOn');
      const officerId = randomUUID();
      const name = normaliseOfficerName(dto.name);
      // Checked after the particulars, so an appointment refused for both is told what is missing first.
      const checkBoardDecisions = async () => {
        const { resolutions, references } = await this.governance.load(write.em, companyId);
        checkAppointmentNotBeforeWrittenBoardResolutions(name, dto.appointedOn, resolutions.values(), references);
      };
      if ('nameAndAddressOnly' in dto) {
        refuseNameAndAddressOnlySinceEccta(name, dto.appointedOn);
        const details: PersonalDetails = NO_PERSONAL_DETAILS;
        await this.records.checkNotAlreadyAppointed(write.em, companyId, record, 'director', { name, dateOfBirth: null }, dto.appointedOn);
        await checkBoardDecisions();
        const event: OfficerEvent = { type: 'director-appointed', effectiveOn: dto.appointedOn, directorId: officerId, name, serviceAddress: dto.serviceAddress };
        const after = evolveOfficers(record, event);
        await write.append(encodeGovernanceEvent(event));
        return { officer: after[after.length - 1]!, details };
      }
      const director = dto.role === 'director';
      if (director) {
        requireDirectorParticulars(dto);
        checkDirectorAge(dto.dateOfBirth!, dto.appointedOn);
      } else refuseDirectorsParticulars(dto);
      const particulars: OfficerParticulars = {
        name,
        formerNames: dto.formerNames ?? [],
        serviceAddress: dto.serviceAddress,
        countryOfResidence: director ? dto.countryOfResidence! : null,
        nationality: director ? dto.nationality! : null,
        occupation: director ? dto.occupation! : null,
        birthMonth: director ? dto.dateOfBirth!.slice(0, 7) : null,
      };
      const details: PersonalDetails = { residentialAddress: dto.residentialAddress ?? null, dateOfBirth: director ? dto.dateOfBirth! : null, personalCode: null };
      await this.records.checkNotAlreadyAppointed(write.em, companyId, record, dto.role, { name, dateOfBirth: details.dateOfBirth }, dto.appointedOn, dto.differentPerson === true);
      if (director) await checkBoardDecisions();
      const version = details.residentialAddress === null && details.dateOfBirth === null ? null : personalVersion(officerId, details);
      const commitment = version?.commitment ?? null;
      const event: OfficerEvent = director
        ? { type: 'director-appointed', effectiveOn: dto.appointedOn, directorId: officerId, name, serviceAddress: dto.serviceAddress, particulars, ...(commitment ? { personalCommitment: commitment } : {}) }
        : { type: 'secretary-appointed', effectiveOn: dto.appointedOn, officerId, particulars, personalCommitment: commitment };
      const after = evolveOfficers(record, event);
      if (version) await this.records.storePersonal(write.em, companyId, version);
      await write.append(event.type === 'director-appointed' ? encodeGovernanceEvent(event) : officersFamily.encode(event));
      return { officer: after[after.length - 1]!, details };
    });
  }

  resign(companyId: string, officerId: string, dto: OfficerResignationDto, caller: Caller) {
    return this.write(companyId, caller, async (write, record) => {
      checkDatedInCompanyLife('the resignation', dto.resignedOn, write.recordedAt, write.company.incorporatedOn, 'resignedOn');
      const term = currentTerm(record, officerId);
      const { resolutions, references } = await this.governance.load(write.em, companyId);
      checkResignationNotBeforeLaterEntries(officerId, term, dto.resignedOn, resolutions.values(), references);
      if (dto.removedBy !== undefined) checkRemovalResolution(term, dto.removedBy, dto.resignedOn, resolutions, references, record);
      const event: OfficerEvent =
        term.role === 'director'
          ? { type: 'director-resigned', effectiveOn: dto.resignedOn, directorId: officerId, ...(dto.removedBy !== undefined ? { removedBy: dto.removedBy } : {}) }
          : { type: 'secretary-resigned', effectiveOn: dto.resignedOn, officerId };
      const after = evolveOfficers(record, event);
      await write.append(event.type === 'director-resigned' ? encodeGovernanceEvent(event) : officersFamily.encode(event));
      // The secretary's answer carries the protected details, as `GET …/officers` gives them to the secretary.
      const officer = after.find((o) => o.officerId === officerId && o.resignedOn === dto.resignedOn)!;
      const details = (await this.records.personal(write.em, companyId, [officer.personalCommitment])).get(officer.personalCommitment ?? '') ?? NO_PERSONAL_DETAILS;
      return { officer, details: officer.verification === null ? { ...details, personalCode: null } : details };
    });
  }

  /** A change of particulars (CH01 / CH03); a new residential address or date of birth is a new version of the protected details. */
  changeParticulars(companyId: string, officerId: string, dto: ChangeOfficerParticularsDto, caller: Caller) {
    return this.write(companyId, caller, async (write, record) => {
      checkDatedInCompanyLife('the change', dto.effectiveOn, write.recordedAt, write.company.incorporatedOn, 'effectiveOn');
      const term = currentTerm(record, officerId);
      if (dto.dateOfBirth !== undefined && term.role === 'director') checkDirectorAge(dto.dateOfBirth, term.appointedOn);
      if (term.role === 'secretary') refuseDirectorsParticulars(dto);
      const changes: OfficerParticularsChange = {
        ...(dto.name !== undefined ? { name: dto.name } : {}),
        ...(dto.formerNames !== undefined ? { formerNames: dto.formerNames } : {}),
        ...(dto.serviceAddress !== undefined ? { serviceAddress: dto.serviceAddress } : {}),
        ...(dto.countryOfResidence !== undefined ? { countryOfResidence: dto.countryOfResidence } : {}),
        ...(dto.nationality !== undefined ? { nationality: dto.nationality } : {}),
        ...(dto.occupation !== undefined ? { occupation: dto.occupation } : {}),
        ...(dto.dateOfBirth !== undefined ? { birthMonth: dto.dateOfBirth.slice(0, 7) } : {}),
      };
      const protectedFields = [...(dto.residentialAddress !== undefined ? ['residential-address'] : []), ...(dto.dateOfBirth !== undefined ? ['date-of-birth'] : [])];
      if (Object.keys(changes).length === 0 && protectedFields.length === 0) {
        throw new DomainError('PARTICULARS_CHANGE_EMPTY', 'a change of particulars names at least one particular', { officerId });
      }
      let commitment: string | null = null;
      let details: PersonalDetails | null = null;
      const before = protectedFields.length === 0 ? null : ((await this.records.personal(write.em, companyId, [term.personalCommitment])).get(term.personalCommitment ?? '') ?? NO_PERSONAL_DETAILS);
      const protectedUnchanged = before === null || ((dto.residentialAddress ?? before.residentialAddress) === before.residentialAddress && (dto.dateOfBirth ?? before.dateOfBirth) === before.dateOfBirth);
      checkOfficerParticularsChanged(officerId, term.particulars, changes, protectedUnchanged);
      if (before !== null) {
        details = { ...before, ...(dto.residentialAddress !== undefined ? { residentialAddress: dto.residentialAddress } : {}), ...(dto.dateOfBirth !== undefined ? { dateOfBirth: dto.dateOfBirth } : {}) };
        const version = personalVersion(officerId, details);
        await this.records.storePersonal(write.em, companyId, version);
        commitment = version.commitment;
      }
      const event: OfficerEvent = { type: 'officer-particulars-changed', effectiveOn: dto.effectiveOn, officerId, changes, personalCommitment: commitment, protectedFields };
      const after = evolveOfficers(record, event);
      await write.append(officersFamily.encode(event));
      return { officer: after.find((o) => o.officerId === officerId && o.resignedOn === null)!, details };
    });
  }

  /**
   * EC-3: a director's identity verified, by which route; the personal code joins the protected details.
   * The same verification sent again is refused (`IDENTITY_VERIFICATION_ALREADY_RECORDED`, 409), unless it
   * comes with the `key` of the first: then nothing is written and it is answered with the officer as now.
   */
  async verifyIdentity(companyId: string, officerId: string, dto: VerifyIdentityDto, caller: Caller, key?: RequestKey) {
    const once = await recordOnce(this.ledger, companyId, caller.name, key, async (write) => {
      await this.companies.get(companyId, write.em);
      const { officer, details } = await this.verifyIn(write, companyId, await this.records.officers(write.em, companyId), officerId, dto);
      return { record: officerResponse(officer, details), recordId: officerId };
    }, async (id) => (await this.list(companyId, null, 'secretary')).filter((o) => o.officerId === id).at(-1)!);
    return once.record;
  }

  /** The verification written in the company's write `write` (see {@link verifyIdentity}). */
  private async verifyIn(write: CompanyWrite, companyId: string, record: OfficersRecord, officerId: string, dto: VerifyIdentityDto) {
    checkDatedInCompanyLife('the verification', dto.verifiedOn, write.recordedAt, write.company.incorporatedOn, 'verifiedOn');
    checkVerifiedSinceVerificationBegan(dto.verifiedOn);
    const term = currentTerm(record, officerId);
    const before = (await this.records.personal(write.em, companyId, [term.personalCommitment])).get(term.personalCommitment ?? '') ?? NO_PERSONAL_DETAILS;
    checkVerificationNotRecorded(term, before.personalCode, dto);
    const details = { ...before, personalCode: dto.personalCode };
    const version = personalVersion(officerId, details);
    const event: OfficerEvent = { type: 'officer-identity-verified', effectiveOn: dto.verifiedOn, officerId, route: dto.route, personalCommitment: version.commitment };
    const after = evolveOfficers(record, event);
    await this.records.storePersonal(write.em, companyId, version);
    await write.append(officersFamily.encode(event));
    return { officer: after.find((o) => o.officerId === officerId && o.resignedOn === null)!, details };
  }

  /** One write: the company's lock, the record as it stands, and the response as the secretary sees it. */
  private async write(
    companyId: string,
    caller: Caller,
    work: (write: CompanyWrite, record: OfficersRecord) => Promise<{ officer: ReturnType<typeof evolveOfficers>[number]; details: PersonalDetails | null }>,
  ) {
    const { officer, details } = await this.ledger.writeForCompany(companyId, caller.name, async (write) => {
      await this.companies.get(companyId, write.em);
      return work(write, await this.records.officers(write.em, companyId));
    });
    return officerResponse(officer, details);
  }
}

/** A director entered through `POST …/directors`: a name and service address only, no s.163 particulars or protected details. */
export interface NameAndAddressDirector {
  readonly nameAndAddressOnly: true;
  readonly name: string;
  readonly serviceAddress: string;
  readonly appointedOn: CalendarDate;
}

/**
 * A secretary's particulars are the name, former names and address (s.277; AP03 and CH03 ask no more):
 * a date of birth, nationality, country of residence or occupation given for one, on appointment or in
 * a change, is refused (400 naming each field) rather than dropped without a word or kept.
 */
function refuseDirectorsParticulars(dto: Pick<AppointOfficerDto, keyof typeof FIELD_WORDS>): void {
  const given = (['dateOfBirth', 'nationality', 'countryOfResidence', 'occupation'] as const).filter((f) => dto[f] !== undefined);
  if (given.length === 0) return;
  throw new AppError('VALIDATION_FAILED', `a secretary's particulars are the name, former names and address (s.277): ${given.join(', ')} not taken`, given.map((field) => ({
    field,
    problems: [`a secretary's appointment or change of particulars takes no ${FIELD_WORDS[field]} (s.277, AP03, CH03): leave it empty (a director's particulars are asked for directors only)`],
  })));
}

const FIELD_WORDS = { dateOfBirth: 'date of birth', nationality: 'nationality', countryOfResidence: 'country of residence', occupation: 'occupation' } as const;

/** The s.163 and s.165 particulars a director's appointment gives beside the name and service address, as `AppointOfficerDto` names them. */
const DIRECTOR_PARTICULARS = ['dateOfBirth', 'residentialAddress', 'countryOfResidence', 'nationality', 'occupation'] as const;
const PARTICULAR_WORDS = { ...FIELD_WORDS, residentialAddress: 'residential address' } as const;

/**
 * EC-1, EC-4: from 18 November 2025 a director's appointment is notified to Companies House with the
 * s.163 particulars (AP01), which `POST …/directors` does not take: such an appointment is refused there
 * (`PERSONAL_DETAILS_MISSING`, details `{missing, appointedOn}`), nothing written, and is recorded through
 * `POST …/officers` with them. An earlier one, from the company's own register of directors, is taken as it is.
 */
function refuseNameAndAddressOnlySinceEccta(name: string, appointedOn: CalendarDate): void {
  if (compareDates(appointedOn, ECCTA_REGISTERS_END_ON) < 0) return;
  const words = DIRECTOR_PARTICULARS.map((f) => PARTICULAR_WORDS[f]);
  throw new DomainError(
    'PERSONAL_DETAILS_MISSING',
    'a director appointed on or after 18 November 2025 needs the s.163 and s.165 particulars, which POST …/directors does not take: ' +
      `${words.slice(0, -1).join(', ')} and ${words.at(-1)!} missing; record the appointment of ${name} on ${appointedOn} through POST …/officers with them`,
    { missing: [...DIRECTOR_PARTICULARS], appointedOn },
  );
}

function requireDirectorParticulars(dto: AppointOfficerDto): void {
  const missing = DIRECTOR_PARTICULARS.filter((f) => dto[f] === undefined);
  if (missing.length > 0) {
    throw new DomainError('PERSONAL_DETAILS_MISSING', `a director's appointment needs the s.163 and s.165 particulars: ${missing.join(', ')} missing`, { missing });
  }
}
