import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  checkAnswer,
  checkInspectionAppointment,
  shortNoticePeriods,
  type InspectionAppointmentNamed,
  checkDatedInCompanyLife,
  checkNotDatedAfterRecording,
  copyFeePence,
  DomainError,
  INSPECTION_WORKING_DAYS,
  inspectionLog,
  type CalendarDate,
  type InspectionRequest,
  type InspectionRequestAnswered,
  type InspectionRequestReceived,
} from '#domain';
import type { Caller, Role } from '../auth/roles';
import { GovernanceRecords } from '../governance/governance-records';
import { CompaniesService } from '../companies/companies.service';
import { DEFAULT_INSPECTION_FEES, SETTINGS, type Settings } from '../config/settings';
import { ORM } from '../database/database.module';
import type { Em, Orm } from '../database/orm';
import { inspectionFamily } from '../ledger/codecs/officers.codec';
import { Ledger } from '../ledger/ledger';
import { recordOnce, type RequestKey } from '../ledger/request-keys';
import { RegisterService } from '../share-register/register.service';
import type { AnswerInspectionRequestDto, NameInspectionAppointmentDto, ReceiveInspectionRequestDto } from './dto/inspection.dto';
import { OfficersRecords } from './officers-records';
import { requesterAddressVersion } from './requester-address';
import { EnglandAndWalesWorkingDays } from '../common/working-days';

/**
 * The log of requests to inspect or copy the register of members (IN-1…IN-6): validity under
 * s.116(4), the five-working-day deadline of s.117 (England and Wales bank holidays), the answer, the
 * fee as configured, and the s.120 statement that goes with every inspection or copy.
 */
@Injectable()
export class InspectionService {
  private readonly days = new EnglandAndWalesWorkingDays();

  constructor(
    @Inject(ORM) private readonly orm: Orm,
    @Inject(SETTINGS) private readonly settings: Settings,
    private readonly ledger: Ledger,
    private readonly records: OfficersRecords,
    private readonly register: RegisterService,
    private readonly companies: CompaniesService,
    private readonly governance: GovernanceRecords,
  ) {}

  /** The log as at `asAt`; the requester's address only for the secretary (personal data). */
  async list(companyId: string, asAt: CalendarDate, role: Role) {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    const log = inspectionLog(await this.records.inspectionEvents(em, companyId), asAt, this.days.isWorkingDay);
    const addresses = role === 'secretary' ? await this.addresses(em, companyId, log.map((r) => r.request)) : null;
    const out = [];
    for (const r of log) out.push(await this.response(em, companyId, r, addresses === null ? null : (addresses.get(r.request.requestId) ?? '')));
    return out;
  }

  async receive(companyId: string, dto: ReceiveInspectionRequestDto, caller: Caller) {
    return (await this.receiveOnce(companyId, dto, caller)).record;
  }

  /**
   * Records the request as {@link receive} does, once per `key`: a request whose key was answered
   * before records nothing and gives the request the first one recorded, as it was answered then
   * (`replayed`). Throws `IDEMPOTENCY_KEY_REUSED` (422) when the key came with another body.
   */
  receiveOnce(companyId: string, dto: ReceiveInspectionRequestDto, caller: Caller, key?: RequestKey) {
    return recordOnce(this.ledger, companyId, caller.name, key, async ({ em, append, recordedAt, company }) => {
      checkDatedInCompanyLife('the request', dto.receivedOn, recordedAt, company.incorporatedOn, 'receivedOn');
      await this.companies.get(companyId, em);
      const requestId = randomUUID();
      const address = dto.requesterAddress?.trim() ? dto.requesterAddress : null;
      // The address is personal data: kept apart, the ledger entry carries only a commitment to it.
      const version = address === null ? null : requesterAddressVersion(requestId, address);
      if (version !== null) await this.records.storeRequesterAddress(em, companyId, version);
      const event: InspectionRequestReceived = {
        type: 'inspection-request-received',
        effectiveOn: dto.receivedOn,
        requestId,
        kind: dto.kind,
        requesterName: dto.requesterName,
        requesterAddress: version === null ? null : { commitment: version.commitment },
        member: dto.member ?? false,
        purpose: dto.purpose ?? '',
        onwardRecipients: dto.onwardRecipients === undefined ? null : dto.onwardRecipients.map((o) => ({ name: o.name, purpose: o.purpose })),
      };
      await append(inspectionFamily.encode(event));
      const [request] = inspectionLog([event], dto.receivedOn, this.days.isWorkingDay);
      return { record: await this.response(em, companyId, request!, address ?? ''), recordId: requestId };
    }, (requestId) => this.received(this.orm.em.fork(), companyId, requestId));
  }

  /** The request `requestId` as {@link receive} answered when it recorded it: as at the day it was received. */
  private async received(em: Em, companyId: string, requestId: string) {
    const request = (await this.records.inspectionEvents(em, companyId)).find((e): e is InspectionRequestReceived => e.type === 'inspection-request-received' && e.requestId === requestId);
    if (!request) throw new DomainError('INSPECTION_REQUEST_NOT_FOUND', `request ${requestId} was not found`, { requestId });
    const [r] = inspectionLog([request], request.effectiveOn, this.days.isWorkingDay);
    return this.response(em, companyId, r!, (await this.addresses(em, companyId, [request])).get(requestId) ?? '');
  }

  answer(companyId: string, requestId: string, dto: AnswerInspectionRequestDto, caller: Caller) {
    return this.ledger.writeForCompany(companyId, caller.name, async ({ em, append, recordedAt }) => {
      checkNotDatedAfterRecording('the answer', dto.answeredOn, recordedAt, 'answeredOn');
      await this.companies.get(companyId, em);
      const events = await this.records.inspectionEvents(em, companyId);
      const request = events.find((e): e is InspectionRequestReceived => e.type === 'inspection-request-received' && e.requestId === requestId);
      if (!request) throw new DomainError('INSPECTION_REQUEST_NOT_FOUND', `request ${requestId} was not found`, { requestId });
      const earlier = events.find((e): e is InspectionRequestAnswered => e.type === 'inspection-request-answered' && e.requestId === requestId) ?? null;
      const event: InspectionRequestAnswered = { type: 'inspection-request-answered', effectiveOn: dto.answeredOn, requestId, answer: dto.answer, note: dto.note ?? '' };
      checkAnswer(request, earlier, event);
      await append(inspectionFamily.encode(event));
      const named = events.filter((e): e is InspectionAppointmentNamed => e.type === 'inspection-appointment-named' && e.requestId === requestId);
      const [answered] = inspectionLog([request, ...named, event], dto.answeredOn, this.days.isWorkingDay);
      return this.response(em, companyId, answered!, (await this.addresses(em, companyId, [request])).get(requestId) ?? '');
    });
  }

  /**
   * IN-5: the day and hours the requester named for inspecting the register, checked against SI
   * 2008/3006 reg 4 (a working day, 9am–5pm, at least 2 hours, 10 working days' notice or 2 during a
   * general meeting's notice period or a written resolution's period). A later naming replaces it.
   */
  nameAppointment(companyId: string, requestId: string, dto: NameInspectionAppointmentDto, caller: Caller) {
    return this.ledger.writeForCompany(companyId, caller.name, async ({ em, append, recordedAt }) => {
      checkNotDatedAfterRecording('the notice naming the day', dto.namedOn, recordedAt, 'namedOn');
      await this.companies.get(companyId, em);
      const events = await this.records.inspectionEvents(em, companyId);
      const request = events.find((e): e is InspectionRequestReceived => e.type === 'inspection-request-received' && e.requestId === requestId);
      if (!request) throw new DomainError('INSPECTION_REQUEST_NOT_FOUND', `request ${requestId} was not found`, { requestId });
      const event: InspectionAppointmentNamed = { type: 'inspection-appointment-named', effectiveOn: dto.namedOn, requestId, on: dto.on, from: dto.from, until: dto.until };
      const periods = shortNoticePeriods((await this.governance.load(em, companyId)).resolutions.values());
      checkInspectionAppointment(request, event, this.days.isWorkingDay, periods);
      await append(inspectionFamily.encode(event));
      const later = [...events, event].filter((e) => e.requestId === requestId);
      const [named] = inspectionLog(later, dto.namedOn, this.days.isWorkingDay);
      return this.response(em, companyId, named!, (await this.addresses(em, companyId, [request])).get(requestId) ?? '');
    });
  }

  /**
   * The requesters' addresses by request, for the secretary only: kept apart for a request that
   * commits to one, written in the entry for one logged before (`inspection.request-received`
   * version 1), blank when the request gave none.
   */
  private async addresses(em: Em, companyId: string, requests: readonly InspectionRequestReceived[]): Promise<Map<string, string>> {
    const commitments = requests.flatMap((r) => (r.requesterAddress !== null && 'commitment' in r.requesterAddress ? [r.requesterAddress.commitment] : []));
    const stored = await this.records.requesterAddresses(em, companyId, commitments);
    return new Map(
      requests.map((r) => {
        const a = r.requesterAddress;
        return [r.requestId, a === null ? '' : 'written' in a ? a.written : (stored.get(a.commitment) ?? '')];
      }),
    );
  }

  /**
   * A request as the API shows it, with its fee and the s.120 statement as at the day it was
   * received; `address` is the requester's address for the secretary, null for anyone else.
   */
  private async response(em: Em, companyId: string, r: InspectionRequest, address: string | null) {
    const personal = address !== null;
    const { request } = r;
    const fees = this.settings.inspectionFees ?? DEFAULT_INSPECTION_FEES;
    const entries = (await this.register.membersAsAt(em, companyId, request.effectiveOn)).length;
    const statement = await this.s120(em, companyId, request.effectiveOn);
    return {
      requestId: request.requestId,
      receivedOn: request.effectiveOn,
      kind: request.kind,
      requesterName: request.requesterName,
      // The requester's address is personal data: the secretary's only (BRIEF, IN-2).
      personalData: personal,
      ...(address !== null ? { requesterAddress: address } : {}),
      member: request.member,
      purpose: request.purpose,
      onwardRecipients: request.onwardRecipients === null ? null : request.onwardRecipients.map((o) => ({ name: o.name, purpose: o.purpose })),
      valid: r.valid,
      problems: [...r.problems],
      workingDays: INSPECTION_WORKING_DAYS,
      deadline: r.deadline,
      status: r.status,
      answer: r.answer === null ? null : { answer: r.answer.answer, answeredOn: r.answer.effectiveOn, note: r.answer.note },
      appointment: r.appointment === null ? null : { namedOn: r.appointment.effectiveOn, on: r.appointment.on, from: r.appointment.from, until: r.appointment.until },
      // IN-1 / IN-6: members inspect free; everyone pays for a copy.
      fee:
        request.kind === 'copy'
          ? { pence: copyFeePence(entries, fees.copyBands), basis: `a copy of ${entries} entries, by bands (SI 2007/2612)` }
          : request.member
            ? { pence: 0, basis: 'members inspect free (s.116(1))' }
            : { pence: fees.perHourPence, basis: 'per hour or part of an hour of inspection (SI 2007/2612)' },
      s120Statement: statement,
    };
  }

  /**
   * IN-4 (s.120): the date of the last alteration to the register on or before `on`, and whether further
   * alterations were still to be made that day; a correction (SR-4) counts on the day it was recorded
   * (`RegisterService.lastAlteration`).
   */
  private async s120(em: Em, companyId: string, on: CalendarDate) {
    const { on: lastAlteredOn, pending } = await this.register.lastAlteration(companyId, on, em);
    return {
      lastAlteredOn,
      alterationsPending: pending,
      text: `The register of members was last altered on ${lastAlteredOn ?? '(never)'}; ${pending ? 'further alterations are pending' : 'no alterations are pending'} (s.120).`,
    };
  }
}
