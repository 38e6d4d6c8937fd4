import { Inject, Injectable } from '@nestjs/common';
import {
  closedByAnnualReturn,
  confirmationDateOf,
  particularsOn,
  reducesCapital,
  type CalendarDate,
  type CompanyParticularsChanged,
  type Duty,
  type LodgedTransfer,
  type OfficerRole,
  type PracticeList,
  type ShareCancellation,
  type ShareEvent,
} from '#domain';
import { formatDate } from '#reports';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { ResolutionsService } from '../governance/resolutions.service';
import { ShareLedgerCache } from '../ledger/share-ledger-cache';
import { OfficersRecords } from '../officers/officers-records';
import { PracticeRecords } from '../practices/practice-records';
import { LodgedTransfersService } from '../share-register/lodged-transfers.service';
import { RegisterService } from '../share-register/register.service';

/**
 * What a duty is known by: its kind and reference, what the articles make of it where that is known
 * (SH-5), and the day it was done where it was (FC-2: a confirmation statement delivered early is
 * made up to that day).
 */
export type DutyRef = Pick<Duty, 'kind' | 'reference'> & { readonly action?: string; readonly doneOn?: CalendarDate | null };

/**
 * The company's records a duty's reference points into, read once for a page: the share events in
 * force by ledger entry, members' names, lodged transfers, resolutions with their human references,
 * officers, the practice list and the changes of the company's particulars. A part the page's duties
 * do not need is left empty.
 */
export interface DutyFacts {
  readonly shareEvents: ReadonlyMap<string, ShareEvent>;
  /** Member id → the name last entered on the register. */
  readonly memberNames: ReadonlyMap<string, string>;
  readonly lodgedTransfers: ReadonlyMap<string, LodgedTransfer>;
  readonly resolutions: ReadonlyMap<string, { readonly reference: string | null; readonly text: string }>;
  /** Each term of office by id: the officer's name, role, and whether the members removed them (s.168). */
  readonly officers: ReadonlyMap<string, { readonly name: string; readonly role: OfficerRole; readonly removed?: boolean }>;
  readonly practices: PracticeList;
  readonly particularsChanges: readonly CompanyParticularsChanged[];
  /** The day the page reads as at: a reduction's SH19 names only the shares cancelled by then. Absent: every one recorded. */
  readonly asAt?: CalendarDate;
}

/** Longest resolution text shown beside its reference; the rest is on the resolutions page. */
const RESOLUTION_TEXT_LENGTH = 100;

const OFFICER_CHANGE = /^(.+)-(appointed|resigned|particulars-changed)-(\d{4}-\d{2}-\d{2})$/;
const PRACTICE_SHARE = /^practice-closure-(.+)-share-(\d+)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A duty's reference to a share entry: its kind and the entry's id (a lodged transfer's, or the ledger sequence). */
const SHARE_ENTRY = /^share-(allotment|transfer|cancellation)-(.+)$/;

/**
 * What a duty concerns, in words for the company secretary: the allotment, transfer or cancellation
 * of a share with its holders and dates, the resolution by its reference and text, the officer and
 * the change, the period a periodic filing covers (a confirmation statement delivered early: the day
 * it is made up to, FC-2). The reference itself only where its shape is not
 * known or what it points to is not in `facts`.
 */
export function dutySubject(duty: DutyRef, facts: DutyFacts): string {
  const { kind, reference } = duty;
  const date = (on: string) => (DATE.test(on) ? longDate(on) : on);
  const name = (memberId: string) => facts.memberNames.get(memberId) ?? 'a former member';
  if (kind === 'confirmation-statement' && DATE.test(reference)) {
    const madeUpTo = confirmationDateOf(reference as CalendarDate, duty.doneOn);
    // s.854: a period that ended before 30 June 2016 closed with an annual return (AR01), made up to its end or the earlier day it was delivered.
    if (closedByAnnualReturn(reference as CalendarDate)) return `Annual return (AR01, before confirmation statements began on 30 June 2016), made up to ${date(madeUpTo)}`;
    // FC-2, s.853A: delivered before the period's end, the statement is made up to the day it was delivered.
    if (madeUpTo !== reference) return `Made up to ${date(madeUpTo)}, delivered early (the review period was to end ${date(reference)})`;
    return `Review period ending ${date(reference)}`;
  }
  if ((kind === 'annual-accounts' || kind === 'cic34-report') && DATE.test(reference)) return `Year ending ${date(reference)}`;
  if (kind === 'resolution-filing' || kind === 'articles-filing' || kind === 'written-resolution-lapse') {
    const r = facts.resolutions.get(reference);
    if (!r) return reference;
    const text = r.text.length > RESOLUTION_TEXT_LENGTH ? `${shortened(r.text, RESOLUTION_TEXT_LENGTH)}…` : r.text;
    return r.reference ? `${r.reference}: ${text}` : text;
  }
  const entry = SHARE_ENTRY.exec(reference);
  if (entry) {
    const [what, id] = [entry[1]!, entry[2]!];
    const lodged = what === 'transfer' ? facts.lodgedTransfers.get(id) : undefined;
    if (lodged) return `Transfer of share ${lodged.shareNumber} from ${name(lodged.fromMemberId)} to ${lodged.to.name}, lodged ${date(lodged.lodgedOn)}`;
    const event = facts.shareEvents.get(id);
    if (event?.type === 'allotment' && what === 'allotment') return `Share ${event.shareNumber} allotted to ${event.holder.name} on ${date(event.effectiveOn)}`;
    if (event?.type === 'transfer' && what === 'transfer') {
      return `Transfer of share ${event.shareNumber} from ${name(event.fromMemberId)} to ${event.to.name}, lodged ${date(event.lodgedOn)}`;
    }
    if (event?.type === 'cancellation' && what === 'cancellation') {
      // SR-1 (s.644): one SH19 for the shares one resolution cancels in a reduction, named by the first recorded.
      const reduction = kind === 'sh19' && event.authorisedBy !== undefined
        ? [...facts.shareEvents.values()].filter(
            (e): e is ShareCancellation =>
              e.type === 'cancellation' && e.authorisedBy === event.authorisedBy && reducesCapital(e) && e.courtOrderReference === undefined && (facts.asAt === undefined || e.effectiveOn <= facts.asAt),
          )
        : [];
      if (reduction.length > 1) {
        const shares = reduction.map((e) => e.shareNumber).sort((a, b) => a - b).map(String);
        const from = reduction.map((e) => e.effectiveOn).sort()[0]!;
        const reasons = new Set(reduction.map((e) => e.reason));
        const done = reasons.size > 1 ? 'cancelled or surrendered' : reasons.has('surrender') ? 'surrendered' : 'cancelled';
        return `Shares ${new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(shares)} ${done} in one reduction of capital, from ${date(from)}`;
      }
      const done = event.reason === 'buy-back' ? 'bought back' : event.reason === 'cancellation' ? 'cancelled in a reduction of capital' : event.reason === 'surrender' ? 'surrendered (a reduction of capital)' : 'forfeited';
      return `Share ${event.shareNumber}, held by ${name(event.memberId)}, ${done} on ${date(event.effectiveOn)}`;
    }
    return reference;
  }
  const practiceShare = PRACTICE_SHARE.exec(reference);
  if (kind === 'practice-share' && practiceShare) {
    const practice = [...facts.practices.values()].find((p) => p.closure?.eventId === practiceShare[1]);
    if (!practice?.closure) return reference;
    const closure = practice.closure;
    const successor = closure.successorPracticeId === null ? undefined : facts.practices.get(closure.successorPracticeId);
    const successorName = successor === undefined ? closure.successorPracticeId : particularsOn(successor, closure.on).name;
    const held = `Share ${practiceShare[2]} held for ${particularsOn(practice, closure.on).name}`;
    // SH-5: a merger's words name the practice it merged into, and what the share's duty is for that merger.
    if (closure.reason === 'merged' && successorName !== null) {
      const action =
        duty.action === 'transfer to the successor' ? `: transfer it to ${successorName}, the successor`
        : duty.action === 'surrender' ? `: surrender it (${successorName}, the successor, already holds its one share), a reduction of capital needing a special resolution and a solvency statement (s.641)`
        : duty.action ? `: ${duty.action}` : '';
      return `${held}, which merged into ${successorName} on ${date(closure.on)}${action}`;
    }
    return `${held}, which ceased on ${date(closure.on)}${duty.action ? `: ${duty.action}` : ''}`;
  }
  const change = OFFICER_CHANGE.exec(reference);
  const officer = change ? facts.officers.get(change[1]!) : undefined;
  if (change && officer) {
    const on = date(change[3]!);
    if (change[2] === 'appointed') return `${officer.name} appointed ${officer.role} on ${on}`;
    if (change[2] === 'resigned') return officer.removed ? `${officer.name} removed as ${officer.role} by the members on ${on} (s.168)` : `${officer.name} ceased to be ${officer.role} on ${on}`;
    return `${officer.name}'s particulars as ${officer.role} changed on ${on}`;
  }
  const dated = /^(psc|ad01|aa01|registered-email)-(\d{4}-\d{2}-\d{2})$/.exec(reference);
  if (dated) {
    const on = dated[2] as CalendarDate;
    const changed = facts.particularsChanges.find((c) => c.effectiveOn === on && (dated[1] === 'ad01' ? c.registeredOffice : c.accountingReferenceDate) !== undefined);
    // The address itself is not shown: Companies House does not publish it.
    if (kind === 'registered-email') return `Registered email address changes on ${date(on)}`;
    if (kind === 'psc01') return `Persons with significant control changed on ${date(on)}`;
    if (kind === 'psc08') return `No registrable person from ${date(on)}`;
    // FC-5: the change takes effect when the notice is registered (s.87(1), s.392(1)), so the day named is the day it was decided.
    if (kind === 'ad01') return changed?.registeredOffice ? `Registered office to move to ${changed.registeredOffice}, decided on ${date(on)}` : `Registered office move decided on ${date(on)}`;
    if (kind === 'aa01' && changed?.accountingReferenceDate) {
      const ard = changed.accountingReferenceDate;
      // A leap year, so that 29 February is a day and month like any other.
      return `Accounting reference date to change to ${longDate(`2000-${pad(ard.month)}-${pad(ard.day)}`).replace(/ 2000$/, '')}, decided on ${date(on)}`;
    }
    if (kind === 'aa01') return `Accounting reference date change decided on ${date(on)}`;
  }
  return reference;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2016-04-01` as `1 April 2016`; a string that is no calendar date as it is, so that a page never fails on words. */
function longDate(on: string): string {
  try {
    return formatDate(on);
  } catch {
    return on;
  }
}

/** The text cut to at most `length` characters, at the end of a word where there is one. */
function shortened(text: string, length: number): string {
  const space = text.lastIndexOf(' ', length);
  return (space > 0 ? text.slice(0, space) : text.slice(0, length)).trimEnd();
}

/**
 * Reads, once per page, the records the duties' references point into (only those some duty needs)
 * and gives {@link dutySubject} over them.
 */
@Injectable()
export class DutySubjects {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly shares: ShareLedgerCache,
    private readonly lodged: LodgedTransfersService,
    private readonly resolutions: ResolutionsService,
    private readonly officers: OfficersRecords,
    private readonly practices: PracticeRecords,
    private readonly register: RegisterService,
  ) {}

  /** What each of `duties` concerns, in words, by `kind|reference`; as at `asAt` where the page reads as at a day (a reduction's SH19 names the shares cancelled by then). */
  async of(companyId: string, duties: readonly DutyRef[], asAt?: CalendarDate): Promise<(duty: DutyRef) => string> {
    const facts = { ...(await this.facts(companyId, duties)), ...(asAt === undefined ? {} : { asAt }) };
    return (duty) => dutySubject(duty, facts);
  }

  /** The facts `duties` need, each part read at most once. */
  async facts(companyId: string, duties: readonly DutyRef[]): Promise<DutyFacts> {
    const em = this.orm.em.fork();
    const needs = (test: (d: DutyRef) => boolean) => duties.some(test);
    const shareEntries = needs((d) => d.reference.startsWith('share-'));
    // The duties refer to share movements only; a member a transfer or a cancellation names is named as
    // the register names it now (RM-3), one allotted or transferred to as the entry did.
    const events = shareEntries ? await this.shares.movementsInForce(em, companyId) : [];
    const transfers = needs((d) => d.reference.startsWith('share-transfer-')) ? await this.lodged.list(companyId, undefined) : [];
    const referenced = new Set(duties.map((d) => SHARE_ENTRY.exec(d.reference)?.[2]));
    const memberIds = new Set(transfers.filter((t) => referenced.has(t.transferId)).map((t) => t.fromMemberId));
    for (const e of events) {
      if (!referenced.has(e.eventId)) continue;
      if (e.type === 'transfer') memberIds.add(e.fromMemberId);
      else if (e.type === 'cancellation') memberIds.add(e.memberId);
    }
    const named = await this.register.memberNames(em, companyId, [...memberIds]);
    const memberNames = new Map([...memberIds].flatMap((id) => { const name = named(id); return name === undefined ? [] : [[id, name] as const]; }));
    const resolutions = needs((d) => d.kind === 'resolution-filing' || d.kind === 'articles-filing' || d.kind === 'written-resolution-lapse') ? await this.resolutions.list(companyId) : [];
    const officers = needs((d) => OFFICER_CHANGE.test(d.reference)) ? await this.officers.officers(em, companyId) : [];
    return {
      shareEvents: new Map(events.map((e) => [e.eventId, e])),
      memberNames,
      lodgedTransfers: new Map(transfers.map((t) => [t.transferId, t])),
      resolutions: new Map(resolutions.map((r) => [r.id, { reference: r.reference ?? null, text: r.text }])),
      officers: new Map(officers.map((o) => [o.officerId, { name: o.particulars.name, role: o.role, removed: o.removedBy !== null }])),
      practices: needs((d) => d.kind === 'practice-share') ? await this.practices.list(em, companyId) : new Map(),
      particularsChanges: needs((d) => d.kind === 'ad01' || d.kind === 'aa01') ? await this.officers.particularsChanges(em, companyId) : [],
    };
  }
}
