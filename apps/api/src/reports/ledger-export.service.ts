import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { GENESIS_HASH } from '#domain';
import { CompaniesService } from '../companies/companies.service';
import { CheckpointSigner } from '../ledger/checkpoint-signer';
import { Ledger } from '../ledger/ledger';
import { fileSafe, type ReportFile } from './report-file';
import { ReportSpool } from './report-spool';

/** Entries read per query while the export is built. */
const EXPORT_BATCH = 1000;

/**
 * The company's whole ledger as JSON for auditors, `{companyId, exportedAtHead: {sequence, hash},
 * checkpoint, publicKey, keyId, entries: [...]}` with every field of every entry (hashes included),
 * built from one snapshot; `checkpoint` is the service's signature of the head it was exported at.
 * `npm run verify-ledger -- <file>` checks such a file offline.
 */
@Injectable()
export class LedgerExportService {
  constructor(
    private readonly spool: ReportSpool,
    private readonly companies: CompaniesService,
    private readonly ledger: Ledger,
    private readonly signer: CheckpointSigner,
  ) {}

  export(companyId: string): Promise<ReportFile> {
    return this.spool.file({ companyId, report: 'ledger.json', params: { keyId: this.signer.keyId }, contentType: 'application/json' }, async (em) => {
      await this.companies.get(companyId, em);
      const head = await this.ledger.head(em, companyId);
      const exportedAtHead = { sequence: head?.sequence ?? 0, hash: head?.hash ?? GENESIS_HASH };
      const checkpoint = this.signer.sign({ companyId, ...exportedAtHead });
      const { ledger, signer } = this;
      async function* json() {
        yield `{"companyId":${JSON.stringify(companyId)},"exportedAtHead":${JSON.stringify(exportedAtHead)},` +
          `"checkpoint":${JSON.stringify(checkpoint)},"publicKey":${JSON.stringify(signer.publicKey)},"keyId":${JSON.stringify(signer.keyId)},"entries":[\n`;
        let first = true;
        for await (const e of ledger.all(em, companyId, undefined, EXPORT_BATCH)) {
          if (e.sequence > exportedAtHead.sequence) break;
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
      return { filename: `ledger-${fileSafe(companyId)}-${exportedAtHead.sequence}.json`, body: Readable.from(json(), { objectMode: false }) };
    });
  }
}
