import { Inject, Injectable } from '@nestjs/common';
import {
  addPracticeEvent,
  checkDatedInCompanyLife,
  foldPractices,
  joinNetwork,
  leaveNetwork,
  networkOf,
  practiceShareDuties,
  checkClosureAfterShares,
  type CalendarDate,
  type Company,
  type PracticeClosed,
  type PracticeEvent,
} from '#domain';
import type { Caller } from '../auth/roles';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import { PracticeEntity } from '../database/entities';
import type { Orm } from '../database/orm';
import { AllianceRecords, ledgerRef } from '../alliance/alliance-records';
import { networksFamily } from '../ledger/codecs/alliance.codec';
import { practicesFamily } from '../ledger/codecs/practices.codec';
import { Ledger, type CompanyWrite } from '../ledger/ledger';
import { recordOnce, type RequestKey } from '../ledger/request-keys';
import { shareEventsInForce } from '../ledger/share-events-in-force';
import { ParticularsService } from '../share-register/particulars.service';
import type { AdmitPracticeDto, ChangePracticeDto, ClosePracticeDto } from './dto/practice.dto';
import { practiceView } from './practice.mapper';
import { PracticeRecords } from './practice-records';

/**
 * The borough's list of practices: admissions (RM-1), changes of particulars carried to the register
 * (RM-3) and closures with their consequence for the practice's share (SH-5). Each is a ledger entry
 * checked by the domain, in one transaction with the network and register entries it brings.
 */
@Injectable()
export class PracticesService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly ledger: Ledger,
    private readonly companies: CompaniesService,
    private readonly records: PracticeRecords,
    private readonly alliance: AllianceRecords,
    private readonly particulars: ParticularsService,
  ) {}

  /** Every practice on the list as at `asAt`: particulars and network that day, eligibility, closure and history. */
  async list(companyId: string, asAt: CalendarDate) {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    const list = await this.records.list(em, companyId);
    const networks = await this.alliance.networks(em, companyId);
    const names = new Map((await this.companies.practices(companyId, em)).map((p) => [p.id, p.networkName]));
    const networkName = (practiceId: string) => {
      if (networks.networks.length === 0) return names.get(practiceId) ?? null;
      const id = networkOf(networks, practiceId, asAt);
      return networks.networks.find((n) => n.id === id)?.name ?? null;
    };
    return [...list.values()]
      .filter((p) => p.admittedOn === null || p.admittedOn <= asAt)
      .map((p) => practiceView(p, asAt, networkName(p.practiceId)))
      .sort((a, b) => byText(a.networkName ?? '\uffff', b.networkName ?? '\uffff') || byText(a.name, b.name));
  }

  /**
   * RM-1: the practice joins the list on `dto.on` (and its network, when named), once per `key` (an API
   * `Idempotency-Key`, a page form's one-time token): a request whose key was answered before records
   * nothing and gives the practice it admitted, with the same ledger entry (`replayed`). Refusals: 409
   * ALREADY_RECORDED for a practice id already listed, 422 for a date after today, the network's codes.
   */
  admit(companyId: string, dto: AdmitPracticeDto, caller: Caller, key?: RequestKey) {
    return recordOnce(this.ledger, companyId, caller.name, key, async (write) => {
      const record = await this.admitIn(write, dto);
      return { record, recordId: String(record.ledger.sequence) };
    }, (sequence) => this.admitted(companyId, Number(sequence)));
  }

  /** The practice the admission recorded as ledger entry `sequence`, as it stands on the day it joined the list, with that entry. */
  private async admitted(companyId: string, sequence: number) {
    const [entry] = await this.ledger.entriesBetween(companyId, sequence, sequence);
    const event = practicesFamily.decode(entry);
    if (event.type !== 'practice-admitted') throw AppError.notFound('practice admission', { sequence });
    const practice = (await this.list(companyId, event.effectiveOn)).find((p) => p.practiceId === event.practiceId);
    if (practice === undefined) throw AppError.notFound('practice', { practiceId: event.practiceId });
    return { ...practice, ledger: ledgerRef(entry) };
  }

  /** The practice `dto` admits, checked and appended in the company's write. */
  private async admitIn(write: CompanyWrite, dto: AdmitPracticeDto) {
    const { companyId } = write;
    const practiceId = dto.practiceId ?? `practice-${dto.odsCode.toLowerCase()}`;
    checkDatedInCompanyLife('the admission', dto.on, write.recordedAt, write.company.incorporatedOn, 'on');
    const event: PracticeEvent = { type: 'practice-admitted', effectiveOn: dto.on, practiceId, odsCode: dto.odsCode, name: dto.name, address: dto.address, networkId: dto.networkId ?? null };
    const list = await this.records.listWith(write.em, companyId, event);
    if (await write.em.findOne(PracticeEntity, { id: practiceId })) throw AppError.alreadyRecorded('practice', practiceId);
    const entry = await write.append(practicesFamily.encode(event));
    let networkName: string | null = null;
    if (dto.networkId !== undefined) {
      const networks = await this.alliance.networks(write.em, companyId);
      joinNetwork(networks, { practiceId, networkId: dto.networkId, on: dto.on });
      networkName = networks.networks.find((n) => n.id === dto.networkId)!.name;
      await write.append(networksFamily.encode({ type: 'practice-joined-network', effectiveOn: dto.on, practiceId, networkId: dto.networkId }));
    }
    write.em.create(PracticeEntity, { id: practiceId, companyId, odsCode: dto.odsCode, name: dto.name, address: dto.address, networkName });
    await write.em.flush();
    return { ...practiceView(list.get(practiceId)!, dto.on, networkName), ledger: ledgerRef(entry) };
  }

  /**
   * The practice's new particulars from `effectiveOn`; where a member entered for it holds a share
   * that day, its register entry changes the same day (a `share.particulars-change`). No share moves.
   */
  change(companyId: string, practiceId: string, dto: ChangePracticeDto, caller: Caller) {
    return this.ledger.writeForCompany(companyId, caller.name, async (write) => {
      const company = await this.companies.get(companyId, write.em);
      checkDatedInCompanyLife('the change of particulars', dto.effectiveOn, write.recordedAt, company.incorporatedOn, 'effectiveOn');
      // One read of the history: the particulars in force before the change, then the list with it.
      const history = await this.records.history(write.em, companyId);
      const before = foldPractices(history.start, history.events);
      const practice = before.get(practiceId);
      if (!practice) throw AppError.notFound('practice', { practiceId });
      const current = practice.particulars[practice.particulars.length - 1];
      const name = dto.name ?? current.name;
      const address = dto.address ?? current.address;
      const event: PracticeEvent = { type: 'practice-particulars-changed', effectiveOn: dto.effectiveOn, recordedAt: write.recordedAt, practiceId, name, address };
      const list = addPracticeEvent(history.start, history.events, event);
      const entry = await write.append(practicesFamily.encode(event));
      // Only what the change gives is carried to the register: the member's entry may read otherwise (RM-3).
      // A member entered for the practice after the change's day was entered with the particulars the list
      // then gave: its entry takes the new ones from the day it was made.
      let first: { memberId: string; register: Awaited<ReturnType<PracticesService['carryToRegister']>> } | null = null;
      for (const entryThen of await this.particulars.membersFor(write.em, companyId, practiceId, dto.effectiveOn)) {
        const { memberId } = entryThen;
        const register = await this.carryToRegister(write, company, entryThen, { name: dto.name, address: dto.address });
        first ??= { memberId, register };
      }
      return { ...practiceView(list.get(practiceId)!, dto.effectiveOn, null), memberId: first?.memberId ?? null, ledger: ledgerRef(entry), registerEntry: first?.register ?? null };
    });
  }

  /**
   * The practice ceases on `effectiveOn` (SH-5): it leaves its network that day and may no longer
   * receive a share; a share it holds becomes a dated duty (transfer to the successor, buy-back or
   * surrender) in the deadlines until it leaves the practice.
   */
  close(companyId: string, practiceId: string, dto: ClosePracticeDto, caller: Caller) {
    return this.ledger.writeForCompany(companyId, caller.name, async (write) => {
      const company = await this.companies.get(companyId, write.em);
      checkDatedInCompanyLife('the closure', dto.effectiveOn, write.recordedAt, company.incorporatedOn, 'effectiveOn');
      const event: PracticeClosed = {
        type: 'practice-closed',
        effectiveOn: dto.effectiveOn,
        practiceId,
        reason: dto.reason,
        successorPracticeId: dto.successorPracticeId ?? null,
        eventId: String(write.nextSequence),
      };
      const list = await this.records.listWith(write.em, companyId, event);
      const shareEvents = await shareEventsInForce(this.ledger, write.em, companyId);
      checkClosureAfterShares(practiceId, dto.effectiveOn, shareEvents);
      const entry = await write.append(practicesFamily.encode(event));
      const networks = await this.alliance.networks(write.em, companyId);
      const networkId = networks.memberships.find((m) => m.practiceId === practiceId && m.leftOn === null)?.networkId ?? null;
      if (networkId !== null) {
        leaveNetwork(networks, practiceId, dto.effectiveOn);
        await write.append(networksFamily.encode({ type: 'practice-left-network', effectiveOn: dto.effectiveOn, practiceId, networkId }));
      }
      const duties = practiceShareDuties(company, new Map([[practiceId, list.get(practiceId)!]]), shareEvents);
      return {
        ...practiceView(list.get(practiceId)!, dto.effectiveOn, null),
        leftNetworkId: networkId,
        duties: duties.map((d) => ({ reference: d.reference, shareNumber: d.shareNumber, memberId: d.memberId, action: d.action, dueOn: d.dueOn })),
        ledger: ledgerRef(entry),
      };
    });
  }

  /**
   * The member's register entry changed to the practice's new name or address (each only when given)
   * from `entryThen.from`, if it does not already read so that day.
   */
  private async carryToRegister(write: CompanyWrite, company: Company, entryThen: { memberId: string; from: CalendarDate; name: string; address: string }, change: { name?: string; address?: string }) {
    const particulars = { effectiveOn: entryThen.from, name: change.name ?? entryThen.name, address: change.address ?? entryThen.address };
    if (entryThen.name === particulars.name && entryThen.address === particulars.address) return null; // the entry already reads so
    const entry = await this.particulars.record(write, company, entryThen.memberId, particulars);
    return { memberId: entryThen.memberId, ledger: ledgerRef(entry) };
  }

}

/** The order the list was always given in: by network, then name (code-unit order, networks last when none). */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
