import { Inject, Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { GENESIS_HASH } from '#domain';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { Ledger } from '../ledger/ledger';
import { fileSafe, streamInTransaction, type ReportFile } from './report-file';

/** Entries read per query while the export streams. */
const EXPORT_BATCH = 1000;

/**
 * The company's whole ledger as JSON for auditors, `{companyId, exportedAtHead: {sequence, hash},
 * entries: [...]}` with every field of every entry (hashes included), streamed in batches from one
 * snapshot. `npm run verify-ledger -- <file>` checks such a file offline.
 */
@Injectable()
export class LedgerExportService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly companies: CompaniesService,
    private readonly ledger: Ledger,
  ) {}

  async export(companyId: string): Promise<ReportFile> {
    let sequence = 0;
    const { stream } = await streamInTransaction(this.orm, async (em) => {
      await this.companies.get(companyId, em);
      const head = await this.ledger.head(em, companyId);
      sequence = head?.sequence ?? 0;
      const ledger = this.ledger;
      async function* json() {
        yield `{"companyId":${JSON.stringify(companyId)},"exportedAtHead":${JSON.stringify({ sequence, hash: head?.hash ?? GENESIS_HASH })},"entries":[\n`;
        let first = true;
        for await (const e of ledger.all(em, companyId, undefined, EXPORT_BATCH)) {
          if (e.sequence > sequence) break;
          const entry = {
            companyId: e.companyId,
            sequence: e.sequence,
            kind: e.kind,
            effectiveOn: e.effectiveOn,
            recordedAt: e.recordedAt,
            recordedBy: e.recordedBy,
            payload: e.payload,
            previousHash: e.previousHash,
            hash: e.hash,
          };
          yield `${first ? '' : ',\n'}${JSON.stringify(entry)}`;
          first = false;
        }
        yield '\n]}\n';
      }
      return { stream: Readable.from(json(), { objectMode: false }) };
    });
    return { filename: `ledger-${fileSafe(companyId)}-${sequence}.json`, contentType: 'application/json', body: stream, sha256: null };
  }
}
