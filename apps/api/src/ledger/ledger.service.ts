import { Inject, Injectable } from '@nestjs/common';
import { ChainVerifier, type ChainVerification, type ChainedLedgerRecord } from '#domain';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { Ledger } from './ledger';

@Injectable()
export class LedgerService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly store: Ledger,
    private readonly companies: CompaniesService,
  ) {}

  async page(companyId: string, afterSequence: number, limit: number): Promise<{ entries: ChainedLedgerRecord[]; nextAfterSequence: number | null }> {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    const entries = await this.store.page(em, companyId, afterSequence, limit);
    return { entries, nextAfterSequence: entries.length === limit ? entries[entries.length - 1].sequence : null };
  }

  /** Recomputes every hash from the stored content and checks every link, in one consistent read. */
  async verify(companyId: string): Promise<ChainVerification> {
    return this.orm.em.fork().transactional(
      async (em) => {
        await this.companies.get(companyId, em);
        const verifier = new ChainVerifier();
        for await (const entry of this.store.all(em, companyId)) if (!verifier.push(entry)) break;
        return verifier.result();
      },
      { isolationLevel: 'repeatable read', readOnly: true },
    );
  }
}
