import { Inject, Injectable } from '@nestjs/common';
import { withUndeliveredNotices, accountingReferenceDateInUse, addDays, certificatesThroughCorrections, checkFilingContents, filingRecord, lawfulPurposeRecorded, companyParticularsOn, enteredParticulars, checkFiledNotBeforeDuty, checkNotDatedAfterRecording, compareDates, complianceCalendar, dateOfInstant, DomainError, lodgedTransfers, pastFilings, withCorrections, practiceShareDuties, officerAsAt, reducesCapital, objectsChangedOn, officerNotificationDuties, particularsDuties, pscNotificationDuties, recordFiling, resolutionOutcome, type AllotmentRecord, type CalendarDate, type CapitalChangeRecord, type Company, type CompanyParticulars, type ComplianceRecords, type ComplianceWindow, type Duty, type FilingFacts, type FilingRecord, type FilingRecorded, type FilingRow, type Resolution, type ResolutionMatter, type ShareEvent, type TransferRecord } from '#domain';
import type { Caller } from '../auth/roles';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Em, Orm } from '../database/orm';
import { Ledger } from '../ledger/ledger';
import { recordOnce, type Recorded, type RequestKey } from '../ledger/request-keys';
import { useCaseEm } from '../common/use-case-em';
import { assetLockedBodiesFamily } from '../ledger/codecs/asset-transfers.codec';
import { lodgedTransfersFamily } from '../ledger/codecs/share-records.codec';
import { ShareLedgerCache } from '../ledger/share-ledger-cache';
import { shareCorrections } from '../ledger/share-events-in-force';
import type { RecordFilingDto } from './dto/deadlines.dto';
import { encodeGovernanceEvent } from '../ledger/codecs/governance.codec';
import { AccountingPeriods } from './accounting-periods';
import { GovernanceRecords } from './governance-records';
import { PracticeRecords } from '../practices/practice-records';
import { OfficersRecords } from '../officers/officers-records';

/** The compliance calendar: dated duties computed from the ledger, done when a filing is recorded. */
@Injectable()
export class DeadlinesService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly ledger: Ledger,
    private readonly governance: GovernanceRecords,
    private readonly companies: CompaniesService,
    private readonly practices: PracticeRecords,
    private readonly officers: OfficersRecords,
    private readonly shares: ShareLedgerCache,
    private readonly periods: AccountingPeriods,
  ) {}

  /**
   * The duties due from `from` to `to`. Without `from`, the window opens a year before `asAt` for the
   * duties done or not yet due, and every duty still overdue is listed however old it is.
   */
  async deadlines(companyId: string, window: { from: CalendarDate | null; to: CalendarDate | null; asAt: CalendarDate }): Promise<Duty[]> {
    const from = window.from ?? addDays(window.asAt, -365);
    const to = window.to ?? addDays(window.asAt, 365);
    if (from > to) {
      // Without from, the window starts a year before asAt: the field given, to, is the one to change.
      const [field, problem] = window.from === null ? ['to', `to (${to}) is before ${from}, where the window starts without from (a year before asAt): give from as well, or a later to`] : ['from', 'from is after to'];
      throw new AppError('VALIDATION_FAILED', window.from === null ? problem : 'from must not be after to', [{ field, problems: [problem] }]);
    }
    // Joins an outer transaction when there is one (the first-start seed reads the calendar inside its own).
    const em = useCaseEm(this.orm);
    const company = await this.companies.get(companyId, em);
    const records = await this.records(em, company, window.asAt);
    const duties = complianceCalendar(records, { from, to, asAt: window.asAt, overdueBeforeFrom: window.from === null });
    // s.853A(1)(b): a confirmation statement done names the notices of its period it confirmed that were not yet
    // delivered; a notice of a period that began before the window can fall due before it, so the calendar is
    // taken from incorporation then (from the same records: no second read).
    const statements = duties.filter((d) => d.kind === 'confirmation-statement' && d.doneOn !== null);
    if (statements.length === 0) return duties;
    if (statements.every((d) => d.arisesOn >= from)) return withUndeliveredNotices(duties);
    return withUndeliveredNotices(duties, complianceCalendar(records, { from: company.incorporatedOn, to, asAt: window.asAt }));
  }

  private async calendar(em: Em, company: Company, window: ComplianceWindow, moreFilings: readonly FilingRecord[] = []): Promise<Duty[]> {
    return complianceCalendar(await this.records(em, company, window.asAt, moreFilings), window);
  }

  /** What the compliance calendar is computed from, as known on `asAt` (`moreFilings`: filings being recorded, not yet in the ledger). */
  private async records(em: Em, company: Company, asAt: CalendarDate, moreFilings: readonly FilingRecord[] = []): Promise<ComplianceRecords> {
    const settings = await this.governance.settings(em, company.id);
    // FC-5: the particulars as entered, with the accounting reference date the calendar counts from until an AA01.
    const base = enteredParticulars(company, accountingReferenceDateInUse(company.incorporatedOn, settings));
    const records = await this.governance.load(em, company.id);
    // s.26, CI-6: a change of the asset-locked bodies the articles name amends the articles from its day, whatever its resolution was marked as.
    const amending = new Map<string, CalendarDate>();
    for await (const c of this.ledger.events(em, company.id, assetLockedBodiesFamily)) {
      const earlier = amending.get(c.resolutionId);
      if (earlier === undefined || compareDates(c.effectiveOn, earlier) < 0) amending.set(c.resolutionId, c.effectiveOn);
    }
    // The share movements (no change of particulars owes a duty here) are read from the cache and what is
    // derived from them alone kept with them, so a read costs what was appended since the last one, not
    // the whole history again.
    const events = await this.shares.movementsInForce(em, company.id);
    const companyKey = JSON.stringify(company);
    const { certificates, ...shareRecords } = await this.shareRecords(em, company.id, events);
    const practices = await this.practices.list(em, company.id);
    const closures = JSON.stringify([...practices.values()].flatMap((p) => (p.closure === null ? [] : [[p.practiceId, p.closure]])));
    const practiceShares = this.shares.derived(events, `practice-shares ${companyKey} ${closures}`, () => practiceShareDuties(company, practices, events));
    return {
      incorporatedOn: company.incorporatedOn,
      settings,
      ...shareRecords,
      resolutions: [...records.resolutions.values()].map((r) => ({ reference: r.id, outcome: resolutionOutcome(r, asAt), ...matterOf(r, amending, asAt) })),
      filings: [...records.filings, ...certificates, ...moreFilings],
      practiceShares,
      notifications: await this.notifications(em, company, asAt, base),
      // FC-5, s.392: an AA01 recorded by the as-at day moves the accounting reference periods from the one it was notified in (a date already in force moves nothing).
      accountingReferenceDateChanges: await this.periods.referenceDateChanges(em, company, settings, asAt),
    };
  }

  async recordFiling(companyId: string, dto: RecordFilingDto, caller: Caller): Promise<FilingRecord> {
    return (await this.recordFilingOnce(companyId, dto, caller)).record;
  }

  /**
   * Records the filing as {@link recordFiling} does, once per `key` (a page form's one-time token): a
   * request whose key was answered before records nothing and gives the filing it recorded (`replayed`).
   */
  async recordFilingOnce(companyId: string, dto: RecordFilingDto, caller: Caller, key?: RequestKey): Promise<Recorded<FilingRecord>> {
    return recordOnce(this.ledger, companyId, caller.name, key, async ({ em, append, recordedAt }) => {
      const filing = filingRecord(dto);
      checkNotDatedAfterRecording('the filing', filing.filedOn, recordedAt, 'filedOn');
      const company = await this.companies.get(companyId, em);
      // The calendar as it stands today (as for past filings), so that a filing dated before its duty arises is found and refused for that.
      const recordedOn = dateOfInstant(recordedAt);
      const duties = await this.calendar(em, company, { from: company.incorporatedOn, to: addDays(recordedOn, 3 * 366), asAt: recordedOn });
      const duty = duties.find((d) => d.kind === filing.kind && d.reference === filing.reference);
      if (!duty) {
        throw new DomainError('DUTY_UNKNOWN', `no ${filing.kind} duty has the reference ${filing.reference}; use one from GET …/deadlines`, {
          kind: filing.kind,
          reference: filing.reference,
        });
      }
      // A duty already done is refused as such (409) before what this filing states is checked.
      const { filings } = await this.governance.load(em, companyId);
      recordFiling(filings, filing, company.incorporatedOn);
      checkFiledNotBeforeDuty(duty, filing.filedOn);
      checkFilingContents(duty, filing, await this.filingFacts(em, company));
      await append(encodeGovernanceEvent(filingEvent(filing)));
      return { record: filing, recordId: JSON.stringify([filing.kind, filing.reference]) };
    }, async (id) => {
      const [kind, reference] = JSON.parse(id) as [string, string];
      const filings = (await this.governance.load(this.orm.em.fork(), companyId)).filings;
      const filing = filings.find((f) => f.kind === kind && f.reference === reference);
      if (filing === undefined) throw AppError.notFound('filing', { kind, reference });
      return filing;
    });
  }

  /**
   * Past filings recorded together, all or none (`pastFilings`): for a company that adopts the
   * register part-way through its life, and for the seed's history. Each row answers a duty of the
   * calendar as it stands with the whole batch in place.
   */
  recordPastFilings(companyId: string, rows: readonly FilingRow[], caller: Caller): Promise<FilingRecord[]> {
    return this.ledger.writeForCompany(companyId, caller.name, async ({ em, append, recordedAt }) => {
      const company = await this.companies.get(companyId, em);
      const recordedOn = dateOfInstant(recordedAt);
      const batch = rows.map((r) => ({ kind: r.kind, reference: r.reference, filedOn: r.filedOn }));
      const duties = await this.calendar(em, company, { from: company.incorporatedOn, to: addDays(recordedOn, 3 * 366), asAt: recordedOn }, batch);
      const { filings } = await this.governance.load(em, companyId);
      const accepted = pastFilings(filings, duties, rows, recordedOn, await this.filingFacts(em, company), company.incorporatedOn);
      for (const f of accepted) await append(encodeGovernanceEvent(filingEvent(f)));
      return accepted;
    });
  }

  /** What the content checks of a filing read (`checkFilingContents`): the record of officers and the company's particulars. */
  private async filingFacts(em: Em, company: Company): Promise<FilingFacts> {
    const officers = await this.officers.officers(em, company.id);
    const changes = await this.officers.particularsChanges(em, company.id);
    return { officers, particularsOn: (day) => companyParticularsOn(enteredParticulars(company), changes, day) };
  }

  /**
   * EC-2, EC-5, FC-5: the notifications to Companies House of officers, PSC statements and particulars.
   * A PSC01 counts from the statement naming the persons recorded by `asAt` (the company's record that it
   * has their confirmed particulars, EC-2); an officer's change raises its notification from the day of the change, so not as at a day before it.
   */
  private async notifications(em: Em, company: Company, asAt: CalendarDate, base: CompanyParticulars) {
    const recorded = (await this.officers.recordedPscStatements(em, company.id)).filter((r) => compareDates(r.effectiveOn, asAt) <= 0);
    return [
      ...officerNotificationDuties((await this.officers.officers(em, company.id)).map((o) => officerAsAt(o, asAt)), company.incorporatedOn),
      ...pscNotificationDuties(await this.officers.pscPositionDays(em, company), recorded),
      // FC-5: an AD01 or AA01 for each decision not superseded before it was notified.
      ...particularsDuties(base, await this.officers.particularsChanges(em, company.id), await this.officers.particularsNotices(em, company.id)),
    ];
  }

  /**
   * Allotments and transfers, referenced by their ledger entries (`share-allotment-38`; a transfer
   * lodged first by its lodging entry), and the certificates issued for them, which do their SH-2 duty.
   */
  private async shareRecords(em: Em, companyId: string, events: readonly ShareEvent[]) {
    const lodged = [];
    for await (const e of this.ledger.events(em, companyId, lodgedTransfersFamily)) lodged.push(e);
    // RM-4, SR-4: a registration a correction replaced is the replacement; one it voided owes no certificate.
    const corrections = await shareCorrections(this.ledger, em, companyId);
    const byCorrected = new Map(corrections.map((c) => [c.correctsEventId, c]));
    /** The day the last correction in the chain from `eventId` voided it with nothing in its place. */
    const voidedOn = (eventId: string | null): CalendarDate | null => {
      let last = eventId === null ? undefined : byCorrected.get(eventId);
      for (let next = last && byCorrected.get(last.eventId); last?.replacement && next; next = byCorrected.get(last.eventId)) last = next;
      return last !== undefined && last.replacement === null ? last.effectiveOn : null;
    };
    const lodgedTransfersList = [...withCorrections(lodgedTransfers(lodged), corrections).values()];
    const registeredFrom = new Map<string, string>();
    for (const t of lodgedTransfersList) {
      const inForceAs = t.correctedBy === null ? t.registeredAs : t.replacedBy;
      if (inForceAs !== null) registeredFrom.set(inForceAs, t.transferId);
    }
    const fromEvents = this.shares.derived(events, `share-records ${JSON.stringify([...registeredFrom])}`, () => shareRecordsOf(events, registeredFrom));
    const transfers: TransferRecord[] = [
      ...lodgedTransfersList.map((t) => ({
        reference: `share-transfer-${t.transferId}`, lodgedOn: t.lodgedOn, registeredOn: t.registeredOn, refusedOn: t.refusedOn,
        voidedOn: voidedOn(t.registeredAs),
      })),
      ...fromEvents.transfers,
    ];
    const certificates: FilingRecord[] = [];
    // SH-2, SR-4: a certificate a correction kept true certifies the corrected entry, whose duty it meets.
    for (const c of certificatesThroughCorrections(await this.shares.certificatesIssued(em, companyId), corrections)) {
      const reference = fromEvents.references.get(c.holdingEventId);
      if (c.replacement === null && reference !== undefined) certificates.push({ kind: 'share-certificate', reference, filedOn: c.effectiveOn });
    }
    return { allotments: fromEvents.allotments, transfers, certificates, capitalChanges: fromEvents.capitalChanges };
  }
}

/**
 * What the share events alone give the calendar: allotments (with the day a share was cancelled),
 * transfers registered without being lodged first, changes of capital, and each event's reference.
 * `registeredFrom`: registered transfer's event id → the lodged transfer it registered.
 */
function shareRecordsOf(events: readonly ShareEvent[], registeredFrom: ReadonlyMap<string, string>) {
  const allotments: AllotmentRecord[] = [];
  const transfers: TransferRecord[] = [];
  const cancelledOn = new Map<number, CalendarDate>();
  const allotted = new Map<number, number>();
  const capitalChanges: CapitalChangeRecord[] = [];
  const references = new Map<string, string>();
  for (const event of events) {
    if (event.type === 'allotment') {
      references.set(event.eventId, `share-allotment-${event.eventId}`);
      allotted.set(event.shareNumber, allotments.length);
      allotments.push({ reference: `share-allotment-${event.eventId}`, allottedOn: event.effectiveOn, subscriber: event.subscriber === true });
    } else if (event.type === 'transfer') {
      references.set(event.eventId, `share-transfer-${registeredFrom.get(event.eventId) ?? event.eventId}`);
      if (!registeredFrom.has(event.eventId)) {
        transfers.push({ reference: `share-transfer-${event.eventId}`, lodgedOn: event.lodgedOn, registeredOn: event.effectiveOn, refusedOn: null });
      }
    } else if (event.type === 'cancellation') {
      cancelledOn.set(event.shareNumber, event.effectiveOn);
      const reference = `share-cancellation-${event.eventId}`;
      if (event.reason === 'buy-back') capitalChanges.push({ reference, on: event.effectiveOn, kind: 'buy-back' });
      // SR-1: a cancellation or a surrender reduces capital and owes SH19 (s.644); one confirmed by the
      // court is registered with the order (s.649), not by SH19.
      if (reducesCapital(event) && event.courtOrderReference === undefined) capitalChanges.push({ reference, on: event.effectiveOn, kind: 'reduction', authorisedBy: event.authorisedBy ?? null });
    }
  }
  for (const [shareNumber, at] of allotted) {
    const on = cancelledOn.get(shareNumber);
    if (on !== undefined) allotments[at] = { ...allotments[at], cancelledOn: on };
  }
  return { allotments, transfers, capitalChanges, references };
}

/** The ledger's record of a filing (the statement of lawful purpose only when made, CA 2006 s.853A). */
function filingEvent(filing: FilingRecord): FilingRecorded {
  return {
    type: 'filing',
    effectiveOn: filing.filedOn,
    kind: filing.kind,
    reference: filing.reference,
    ...lawfulPurposeRecorded(filing.kind, filing.lawfulPurposeStatement),
  };
}

/**
 * What a resolution is for as the calendar counts it: its own matter, or an amendment of the articles
 * taking effect on the day of the first change of the asset-locked bodies that relies on it (`amending`);
 * a change of the objects amends them from the CIC Regulator's approval, if given by `asAt` (CI-6).
 */
function matterOf(r: Resolution, amending: ReadonlyMap<string, CalendarDate>, asAt: CalendarDate): { matter?: ResolutionMatter; articlesAmendedOn?: CalendarDate } {
  const amendedOn = amending.get(r.id);
  if (amendedOn !== undefined) return { matter: 'amendment-of-articles', articlesAmendedOn: amendedOn };
  if (!('matter' in r)) return {};
  const approvedOn = r.matter === 'change-of-objects' ? objectsChangedOn(r, asAt) : null;
  return approvedOn === null ? { matter: r.matter } : { matter: r.matter, articlesAmendedOn: approvedOn };
}
