import { Injectable } from '@nestjs/common';
import { dateOfInstant, enteredParticulars, GENESIS_HASH, companyParticularsOn, type CalendarDate, type Company, type CompanyParticularsChanged, registeredParticulars, noticeOfFiling, type ParticularsNoticeFiled, type Instant, type ShareEvent } from '#domain';
import { particularsFamily } from '../ledger/codecs/officers.codec';
import { filingsFamily } from '../ledger/codecs/governance.codec';
import type { CompanyView, LedgerHeadView, ReportBasis } from '#reports';
import { shareRegisterFamily } from '../ledger/codecs/share-register.codec';
import { shareCorrections } from '../ledger/share-events-in-force';
import { registerCorrectionViews, type RegisterCorrection } from './register-corrections';
import type { Em } from '../database/orm';
import { CheckpointSigner } from '../ledger/checkpoint-signer';
import { Ledger } from '../ledger/ledger';
import { OfficersRecords } from '../officers/officers-records';

/** The current holding of a share: who holds it, since when, and the ledger entry that gave it to them. */
export interface CurrentHolding {
  readonly shareNumber: number;
  readonly openedBy: number;
  readonly heldFrom: CalendarDate;
  readonly shareClass: string;
  readonly nominalPence: number;
  readonly paidUpPence: number;
  readonly name: string;
  readonly address: string;
  /** RM-2: the other joint holders, after the first-named; null for a sole holder. */
  readonly jointHolders: readonly string[] | null;
}

/** The few reads the reports need beyond the existing stores. */
@Injectable()
export class ReportDataStore {
  constructor(
    private readonly ledger: Ledger,
    private readonly officers: OfficersRecords,
    private readonly signer: CheckpointSigner,
  ) {}

  /**
   * What every report prints: the company, the as-at date, the ledger head (with the fingerprint of the
   * key that signs its checkpoints) and the document date. The document date is when the head was
   * recorded (never the clock), so equal data gives equal bytes.
   */
  async basis(em: Em, company: Company, asAt: CalendarDate, particularsAsOf: 'as-at date' | 'document date' = 'as-at date'): Promise<ReportBasis> {
    const head = await this.ledger.head(em, company.id);
    const signingKeyId = this.signer.keyId;
    const ledgerHead: LedgerHeadView = head ? { sequence: head.sequence, hash: head.hash, signingKeyId } : { sequence: 0, hash: GENESIS_HASH, signingKeyId };
    const documentDate = head ? head.recordedAt : `${company.incorporatedOn}T00:00:00.000Z`;
    // FC-5: the company number and registered office in force on the as-at date (a register as at a day), or on the
    // day the document is made (minutes, copies of resolutions, certificates: the day of the entry it is built from).
    const recordedOn = dateOfInstant(documentDate as Instant);
    const on = particularsAsOf === 'document date' ? recordedOn : asAt;
    return { company: await this.companyOn(em, company, on), asAt, documentDate, ledgerHead, ...(head ? { recordedOn } : {}) };
  }

  /**
   * FC-5: the company as a document made on `on` names it: the number and registered office in force that day,
   * from the changes of particulars recorded by `knownAt` (all when not given), so a document built from an
   * earlier entry is not changed by a change recorded after it.
   */
  async companyOn(em: Em, company: Company, on: CalendarDate, knownAt?: Instant): Promise<CompanyView> {
    const base = enteredParticulars(company);
    const changes: CompanyParticularsChanged[] = [];
    const notices: ParticularsNoticeFiled[] = [];
    if (knownAt === undefined) {
      changes.push(...(await this.officers.particularsChanges(em, company.id)));
      notices.push(...(await this.officers.particularsNotices(em, company.id)));
    } else {
      for await (const c of this.ledger.events(em, company.id, particularsFamily, knownAt)) changes.push(c);
      for await (const f of this.ledger.events(em, company.id, filingsFamily, knownAt)) {
        const notice = noticeOfFiling(f);
        if (notice !== null) notices.push(notice);
      }
    }
    // FC-5: the office in force from the day its AD01 was filed (s.87(1)).
    const particulars = companyParticularsOn(base, registeredParticulars(base, changes, notices, on).changes, on);
    return companyView({ ...company, companyNumber: particulars.companyNumber, registeredOffice: particulars.registeredOffice });
  }

  /** SR-4: the correcting entries of the register, each with the entry it voids (no share entry read when there are none). */
  async corrections(em: Em, companyId: string): Promise<RegisterCorrection[]> {
    const corrections = await shareCorrections(this.ledger, em, companyId);
    if (corrections.length === 0) return [];
    const events: ShareEvent[] = [];
    for await (const e of this.ledger.events(em, companyId, shareRegisterFamily)) events.push(e);
    return registerCorrectionViews(events, corrections);
  }

  /** Whether the share was ever issued, and its current holding (null when it is cancelled). */
  async share(em: Em, companyId: string, shareNumber: number): Promise<{ issued: boolean; holding: CurrentHolding | null }> {
    const issued = await em.execute<{ n: number }[]>(
      `select count(*)::int as n from share_holding where company_id = ? and share_number = ?`,
      [companyId, shareNumber],
    );
    if (issued[0].n === 0) return { issued: false, holding: null };
    const rows = await em.execute<CurrentHolding[]>(
      `select h.share_number as "shareNumber", h.opened_by as "openedBy", h.held_from::text as "heldFrom",
              h.share_class as "shareClass", h.nominal_pence as "nominalPence", h.paid_up_pence as "paidUpPence",
              e.name, e.address, e.joint_holders as "jointHolders"
       from share_holding h join register_entry e
         on e.company_id = h.company_id and e.member_id = h.member_id and e.ceased_on is null and e.shown_to is null
       where h.company_id = ? and h.share_number = ? and h.held_to is null
       order by e.registered_on desc limit 1`,
      [companyId, shareNumber],
    );
    return { issued: true, holding: rows[0] ?? null };
  }
}

export function companyView(company: Company): CompanyView {
  return { name: company.name, number: company.companyNumber ?? "not yet known", registeredOffice: company.registeredOffice };
}
