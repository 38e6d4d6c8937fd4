import { Inject, Injectable } from '@nestjs/common';
import { certificatesThroughCorrections, nameHasWordStarting, registerHistory, type CalendarDate, type CertificateIssued, type EntryStatus, type Instant, type RegisterEntryWithHistory } from '#domain';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Em, Orm } from '../database/orm';
import { shareRegisterFamily } from '../ledger/codecs/share-register.codec';
import { certificatesFamily } from '../ledger/codecs/share-records.codec';
import { Ledger } from '../ledger/ledger';
import { ShareLedgerCache } from '../ledger/share-ledger-cache';
import { shareCorrections } from '../ledger/share-events-in-force';

/**
 * The register of members with its history (RM-1, RM-3): every entry, current and former, with each
 * share it held, from and to whom, the certificate issued for it (or null) and authorities, and its particulars over time.
 * Folded from the ledger through the domain's `registerHistory` (the projection keeps only what the
 * register shows on a day).
 */
@Injectable()
export class RegisterHistoryService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly companies: CompaniesService,
    private readonly ledger: Ledger,
    private readonly shares: ShareLedgerCache,
  ) {}

  /** A page of the register with history, by offset (a cursor pages only the register without it). */
  read(companyId: string, view: { asAt: CalendarDate; knownAt: Instant | null; status: EntryStatus; limit: number; offset: number; cursor: string | null; name?: string | null }) {
    if (view.cursor !== null) {
      throw new AppError('VALIDATION_FAILED', 'the register with its history is paged by offset, not cursor', [{ field: 'cursor', problems: ['not with include=history'] }]);
    }
    return this.orm.em.fork().transactional(
      async (em) => {
        const all = await this.entries(em, companyId, view);
        const entries = view.name ? all.filter((e) => nameHasWordStarting(e.name, view.name!)) : all;
        return { entries: entries.slice(view.offset, view.offset + view.limit), total: entries.length };
      },
      { isolationLevel: 'repeatable read', readOnly: true },
    );
  }

  /**
   * The entries of `memberIds` alone as at `asAt`, with their history: folded from just the ledger
   * entries about them (every share each ever held, every entry naming them; `Ledger.shareHistory`,
   * the index the writes use), so that it costs the same whatever the size of the ledger. Exact for
   * these members' periods, the shares each held, and when and how each left them; the name of another
   * member shown as a transferor is the one the fold of those entries knows.
   */
  forMembers(companyId: string, memberIds: readonly string[], view: { asAt: CalendarDate; status?: EntryStatus }): Promise<RegisterEntryWithHistory[]> {
    if (memberIds.length === 0) return Promise.resolve([]);
    return this.orm.em.fork().transactional(
      async (em) => {
        const company = await this.companies.get(companyId, em);
        // Once the register has been corrected (RM-4, SR-4), the entries about a share are no longer all in force: fold the whole ledger.
        const corrected = (await shareCorrections(this.ledger, em, companyId)).length > 0;
        const events = corrected
          ? await this.shares.eventsInForce(em, companyId)
          : shareRegisterFamily.decodeAll(await this.ledger.shareHistory(em, companyId, { shareNumbers: [], memberIds, practiceIds: [] }));
        const wanted = new Set(memberIds);
        const certificates = corrected
          ? certificatesThroughCorrections(await this.shares.certificatesIssued(em, companyId), await shareCorrections(this.ledger, em, companyId))
          : await this.shares.certificatesIssued(em, companyId);
        return registerHistory(company, events, view, certificates).filter((e) => wanted.has(e.memberId));
      },
      { isolationLevel: 'repeatable read', readOnly: true },
    );
  }

  /** Every entry as at `asAt` with its history, in register order. */
  async entries(em: Em, companyId: string, view: { asAt: CalendarDate; knownAt?: Instant | null; status?: EntryStatus }): Promise<RegisterEntryWithHistory[]> {
    const company = await this.companies.get(companyId, em);
    // RM-4, SR-4: the register as corrected (as known at knownAt, corrections recorded by then applied).
    const events = await this.shares.eventsKnownAt(em, companyId, view.knownAt);
    // SH-2: each holding names the certificate the certificate register issued for it (registerHistory applies asAt).
    const certificates: readonly CertificateIssued[] = view.knownAt ? await this.knownCertificates(em, companyId, view.knownAt) : await this.shares.certificatesIssued(em, companyId);
    // SR-4: a certificate a correction kept true names the corrected entry (the corrections known then).
    const corrections = (await shareCorrections(this.ledger, em, companyId)).filter((c) => !view.knownAt || c.recordedAt <= view.knownAt);
    return registerHistory(company, events, view, certificatesThroughCorrections(certificates, corrections));
  }

  /** The certificates issued as known at `knownAt` (recorded by then). */
  private async knownCertificates(em: Em, companyId: string, knownAt: Instant): Promise<CertificateIssued[]> {
    const certificates: CertificateIssued[] = [];
    for await (const c of this.ledger.events(em, companyId, certificatesFamily, knownAt)) certificates.push(c);
    return certificates;
  }
}

/** The key an entry is matched by between the register and its history: member and date registered. */
export const entryKey = (e: { memberId: string; registeredOn: string }) => `${e.memberId}|${e.registeredOn}`;

/** An entry's history as the API shows it. */
export function historyResponse(e: RegisterEntryWithHistory) {
  return {
    sharesHeld: e.sharesHeld.map((s) => ({
      shareNumber: s.shareNumber,
      acquiredOn: s.acquiredOn,
      acquiredFrom: s.acquiredFrom,
      certificateNumber: s.certificateNumber,
      authorisedBy: s.authorisedBy,
      disposedOn: s.disposedOn,
      disposal: s.disposal,
      disposedTo: s.disposedTo,
      disposalAuthorisedBy: s.disposalAuthorisedBy,
      // SH-4: a buy-back's price, in integer pence, when recorded.
      ...(s.disposalPricePence !== undefined ? { disposalPricePence: s.disposalPricePence } : {}),
    })),
    particulars: e.particulars.map((p) => ({ from: p.from, name: p.name, address: p.address, jointHolders: p.jointHolders ?? [], recordedAt: p.recordedAt })),
  };
}
