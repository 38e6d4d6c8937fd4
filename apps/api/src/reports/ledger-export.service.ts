import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { canonicalEntryText, GENESIS_HASH } from '#domain';
import { CompaniesService } from '../companies/companies.service';
import type { Em } from '../database/orm';
import { checkpointSignedBy, type Checkpoint } from '../ledger/checkpoint';
import { CheckpointSigner } from '../ledger/checkpoint-signer';
import { Ledger } from '../ledger/ledger';
import { RegisterRowsStore } from './register-rows.store';
import { fileSafe, type ReportFile } from './report-file';
import { ReportSpool } from './report-spool';

/** Entries read per query while the export is built. */
const EXPORT_BATCH = 1000;

/**
 * The company's whole ledger as JSON for auditors, built on every request (never a
 * copy built earlier at the same head: an entry altered behind the service's back shows in the export;
 * two exports at one head of an unaltered ledger are the same bytes):
 * `{format: "cic-ledger-export", version: 3, companyId, exportedAtHead: {sequence, hash}, checkpoint,
 * publicKey, keyId, company, entries: [...], register: {holdings, entries, totals}}`.
 * - `checkpoint`: the service's Ed25519 signature of the head it was exported at, the first it signed for
 *   that head (`signedAt` says when); `publicKey` (raw key,
 *   base64url) and `keyId` (its fingerprint) the key to check it with;
 * - `company`: the company and the settings of its articles that the register rules read, which the
 *   fold of the share entries needs;
 * - `entries`: every field of every entry, hashes included, one entry per line, each line the entry's
 *   RFC 8785 canonical JSON (`canonicalEntryText`; since version 3): with its `,"hash":"…"` member
 *   taken out, a line is exactly the bytes that were hashed, so it can be checked without parsing;
 * - `register`: the register projection's rows as stored at that head, in key order.
 * `npm run cic -- verify --file <file>` (or `npm run verify-ledger -- <file>`) checks such a file offline:
 * the chain, the checkpoint, and that `register` equals the fold of the share entries.
 */
@Injectable()
export class LedgerExportService {
  constructor(
    private readonly spool: ReportSpool,
    private readonly companies: CompaniesService,
    private readonly ledger: Ledger,
    private readonly signer: CheckpointSigner,
    private readonly register: RegisterRowsStore,
  ) {}

  export(companyId: string): Promise<ReportFile> {
    return this.spool.file({ companyId, report: 'ledger.json', params: { keyId: this.signer.keyId, version: 3 }, contentType: 'application/json', fresh: true }, async (em) => {
      const company = await this.companies.get(companyId, em);
      const head = await this.ledger.head(em, companyId);
      const exportedAtHead = { sequence: head?.sequence ?? 0, hash: head?.hash ?? GENESIS_HASH };
      const checkpoint = this.checkpointOf({ companyId, ...exportedAtHead });
      const { ledger, signer, register } = this;
      const header = {
        format: 'cic-ledger-export',
        version: 3,
        companyId,
        exportedAtHead,
        checkpoint,
        publicKey: signer.publicKey,
        keyId: signer.keyId,
        company: {
          id: company.id,
          name: company.name,
          companyNumber: company.companyNumber,
          incorporatedOn: company.incorporatedOn,
          registeredOffice: company.registeredOffice,
          articles: company.articles,
        },
      };
      // The register as stored at the head, read in the snapshot; the entries up to the head cannot change
      // after it (the ledger is append-only), so they are read once the snapshot has ended, a batch a query.
      const registerRows = await register.rows(em, companyId);
      async function* json(reader: Em) {
        yield `${JSON.stringify(header).slice(0, -1)},"entries":[\n`;
        let first = true;
        for await (const e of ledger.all(reader, companyId, undefined, EXPORT_BATCH)) {
          if (e.sequence > exportedAtHead.sequence) break;
          yield `${first ? '' : ',\n'}${canonicalEntryText(e)}`;
          first = false;
        }
        yield `\n],"register":${JSON.stringify(registerRows)}}\n`;
      }
      return { filename: `ledger-${fileSafe(companyId)}-${exportedAtHead.sequence}.json`, body: (reader: Em) => Readable.from(json(reader), { objectMode: false }) };
    });
  }

  /**
   * The checkpoint first signed for this head, kept by the spool beside the built reports, or one signed
   * now: so two exports at one head are the same bytes, the checkpoint stating when the service first
   * signed that head. A kept one that is not for this head or not signed by the service's key is not used.
   */
  private checkpointOf(head: { companyId: string; sequence: number; hash: string }): Checkpoint {
    return this.spool.keptRecord<Checkpoint>(
      ['checkpoint', head.companyId, head.sequence, head.hash, this.signer.keyId],
      (kept) => kept.companyId === head.companyId && kept.sequence === head.sequence && kept.hash === head.hash && checkpointSignedBy(kept, this.signer.publicKey),
      () => this.signer.sign(head),
    );
  }
}
