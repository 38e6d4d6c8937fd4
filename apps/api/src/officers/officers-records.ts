import { Injectable } from '@nestjs/common';
import { checkNotAlreadyAppointed, evolveOfficers, PscHistory, sameOfficerName, type CalendarDate, type OfficerIdentity, type OfficerRole, type Company, type PscPositionDay, type PscStatement, type CompanyParticularsChanged, type InspectionEvent, type PscStatementRecorded, type OfficerEvent, type OfficersRecord, type FilingRecorded, type ParticularsNoticeFiled, registeredParticulars, noticeOfFiling, type CompanyParticulars, type RegisteredParticulars } from '#domain';
import type { Em } from '../database/orm';
import { directorsFamily, filingsFamily } from '../ledger/codecs/governance.codec';
import { inspectionFamily, officersFamily, particularsFamily, pscFamily } from '../ledger/codecs/officers.codec';
import { FoldCache } from '../ledger/fold-cache';
import { Ledger } from '../ledger/ledger';
import { ShareLedgerCache } from '../ledger/share-ledger-cache';
import { commitmentOf, NO_PERSONAL_DETAILS, type PersonalDetails, type PersonalVersion } from './personal-details';
import { requesterAddressCommitment, type RequesterAddressVersion } from './requester-address';

const append = <E>(events: readonly E[], e: E): readonly E[] => [...events, e];

/**
 * The officers (directors from the governance family, secretaries and changes from `officer.*`),
 * the company's particulars and the inspection log, folded from the ledger; and the officers'
 * protected details in officer_personal and inspection requesters' addresses in
 * inspection_requester_personal, each read only through a commitment the ledger names.
 */
@Injectable()
export class OfficersRecords {
  constructor(
    private readonly folds: FoldCache,
    private readonly ledger: Ledger,
    private readonly shares: ShareLedgerCache,
  ) {}

  officers(em: Em, companyId: string): Promise<OfficersRecord> {
    return this.folds.fold<OfficersRecord, OfficerEvent>(em, companyId, 'officers', [directorsFamily, officersFamily], [], evolveOfficers);
  }

  particularsChanges(em: Em, companyId: string): Promise<readonly CompanyParticularsChanged[]> {
    return this.folds.fold<readonly CompanyParticularsChanged[], CompanyParticularsChanged>(em, companyId, 'particulars', [particularsFamily], [], append);
  }

  /** FC-5: the AD01 and AA01 filings recorded, in the order recorded: what puts a change of registered office or accounting reference date in force. */
  particularsNotices(em: Em, companyId: string): Promise<readonly ParticularsNoticeFiled[]> {
    return this.folds.fold<readonly ParticularsNoticeFiled[], FilingRecorded>(em, companyId, 'particulars-notices', [filingsFamily], [], (all, e) => {
      const notice = noticeOfFiling(e);
      return notice === null ? all : [...all, notice];
    });
  }

  /**
   * FC-5: the changes of particulars as Companies House holds them by the end of `on` (a new office or
   * reference date from the day its AD01 or AA01 was filed), and those decided by then and not yet notified.
   */
  async registeredParticulars(em: Em, companyId: string, base: CompanyParticulars, on: CalendarDate): Promise<RegisteredParticulars> {
    return registeredParticulars(base, await this.particularsChanges(em, companyId), await this.particularsNotices(em, companyId), on);
  }

  /** The PSC statements recorded in the ledger, in the order recorded (EC-5). */
  recordedPscStatements(em: Em, companyId: string): Promise<readonly PscStatementRecorded[]> {
    return this.folds.fold<readonly PscStatementRecorded[], PscStatementRecorded>(em, companyId, 'psc', [pscFamily], [], append);
  }

  inspectionEvents(em: Em, companyId: string): Promise<readonly InspectionEvent[]> {
    return this.folds.fold<readonly InspectionEvent[], InspectionEvent>(em, companyId, 'inspection', [inspectionFamily], [], append);
  }

  /**
   * The details each commitment names. A stored version that no longer matches its commitment was
   * altered outside the service: refused loudly rather than shown.
   */
  async personal(em: Em, companyId: string, commitments: readonly (string | null)[]): Promise<Map<string, PersonalDetails>> {
    const wanted = [...new Set(commitments.filter((c): c is string => c !== null))];
    const found = new Map<string, PersonalDetails>();
    if (wanted.length === 0) return found;
    const rows = await em.execute<{ officerId: string; commitment: string; salt: string; data: PersonalDetails }[]>(
      `select officer_id as "officerId", commitment, salt, data from officer_personal where company_id = ? and commitment = any(?::text[])`,
      [companyId, `{${wanted.join(',')}}`],
    );
    for (const row of rows) {
      const details = { ...NO_PERSONAL_DETAILS, ...row.data };
      if (commitmentOf(row.officerId, details, row.salt) !== row.commitment) {
        throw new Error(`the stored details of officer ${row.officerId} do not match their ledger commitment ${row.commitment}`);
      }
      found.set(row.commitment, details);
    }
    return found;
  }

  /**
   * EC-2: refuses the appointment, on `on`, of someone already holding that office
   * (`OFFICER_ALREADY_APPOINTED`), comparing with the full dates of birth held for the officers of that
   * name; and, unless `differentPerson`, of someone with the name of an officer in that office but
   * another date of birth (`OFFICER_NAME_IN_OFFICE`). Called inside the write that holds the company's
   * lock, so appointments sent at once are compared with each other in turn.
   */
  async checkNotAlreadyAppointed(em: Em, companyId: string, record: OfficersRecord, role: OfficerRole, candidate: OfficerIdentity, on: CalendarDate, differentPerson = false): Promise<void> {
    const sameName = record.filter((o) => o.role === role && sameOfficerName(o.particulars.name, candidate.name));
    if (sameName.length === 0) return;
    const personal = await this.personal(em, companyId, sameName.map((o) => o.personalCommitment));
    checkNotAlreadyAppointed(sameName, role, candidate, on, (o) => personal.get(o.personalCommitment ?? '')?.dateOfBirth ?? null, differentPerson);
  }

  /** Stores a version; called in the same transaction as the ledger entry that commits to it. */
  async storePersonal(em: Em, companyId: string, version: PersonalVersion): Promise<void> {
    await em.execute(`insert into officer_personal (company_id, officer_id, commitment, salt, data) values (?, ?, ?, ?, ?::jsonb)`, [
      companyId,
      version.officerId,
      version.commitment,
      version.salt,
      JSON.stringify(version.details),
    ]);
  }

  /**
   * The inspection requesters' addresses the commitments name (personal data: for the secretary's
   * reads only). A stored address that no longer matches its commitment was altered outside the
   * service: refused loudly rather than shown.
   */
  async requesterAddresses(em: Em, companyId: string, commitments: readonly string[]): Promise<Map<string, string>> {
    const wanted = [...new Set(commitments)];
    const found = new Map<string, string>();
    if (wanted.length === 0) return found;
    const rows = await em.execute<{ requestId: string; commitment: string; salt: string; data: { address: string } }[]>(
      `select request_id as "requestId", commitment, salt, data from inspection_requester_personal where company_id = ? and commitment = any(?::text[])`,
      [companyId, `{${wanted.join(',')}}`],
    );
    for (const row of rows) {
      if (requesterAddressCommitment(row.requestId, row.data.address, row.salt) !== row.commitment) {
        throw new Error(`the stored address of the requester of ${row.requestId} does not match its ledger commitment ${row.commitment}`);
      }
      found.set(row.commitment, row.data.address);
    }
    return found;
  }

  /** Stores a requester's address; called in the same transaction as the ledger entry that commits to it. */
  async storeRequesterAddress(em: Em, companyId: string, version: RequesterAddressVersion): Promise<void> {
    await em.execute(`insert into inspection_requester_personal (company_id, request_id, commitment, salt, data) values (?, ?, ?, ?, ?::jsonb)`, [
      companyId,
      version.requestId,
      version.commitment,
      version.salt,
      JSON.stringify({ address: version.address }),
    ]);
  }

  /**
   * Every dated PSC statement from the register's history (one vote per share; the share events in
   * force, corrections applied), EC-5: kept with the cached share ledger and taken further by the
   * events recorded since (`PscHistory`), so a read costs what was appended, not the whole history.
   */
  async pscStatements(em: Em, company: Company): Promise<readonly PscStatement[]> {
    const events = await this.shares.eventsInForce(em, company.id);
    return this.shares.extended(events, `psc ${JSON.stringify(company)}`, (all) => PscHistory.of(company, all), (history, added) => history.extend(added)).statements;
  }

  /**
   * The days the PSC position changed and whom it named (EC-5), without names: what the notification
   * duties count from (`pscNotificationDuties`). Folded from the share movements alone
   * (`ShareLedgerCache.movementsInForce`): a change of particulars changes a name, never a position,
   * so the days and persons are those of {@link pscStatements}.
   */
  async pscPositionDays(em: Em, company: Company): Promise<readonly PscPositionDay[]> {
    const events = await this.shares.movementsInForce(em, company.id);
    const history = this.shares.extended(events, `psc-movements ${JSON.stringify(company)}`, (all) => PscHistory.of(company, all), (h, added) => h.extend(added));
    return this.shares.derived(events, `psc-days ${JSON.stringify(company)}`, () =>
      history.statements.map((s) => ({ from: s.from, statement: s.statement, persons: s.persons.map((p) => ({ memberId: p.memberId })) })),
    );
  }
}
