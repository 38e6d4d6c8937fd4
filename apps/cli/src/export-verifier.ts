import { ChainVerifier, correctedShareEvents, DomainError, type ChainedLedgerRecord, type Company, type ShareCorrection, type ShareEvent } from '#domain';
import { checkpointSignedBy, keyIdOf, type Checkpoint } from '../../api/src/ledger/checkpoint';
import { shareRegisterFamily } from '../../api/src/ledger/codecs/share-register.codec';
import { shareCorrectionsFamily } from '../../api/src/ledger/codecs/share-records.codec';
import { firstDifference, type ProjectionRows } from '../../api/src/share-register/projection-difference';
import { sameRegister } from './register-comparison';
import { foldProjection } from '../../api/src/share-register/register-projection';

export interface VerifyResult {
  readonly valid: boolean;
  /** `valid: …` with what was checked, or `invalid: …` naming the first problem. */
  readonly message: string;
  /** Entries checked. */
  readonly entries: number;
}

export interface VerifyOptions {
  /** A head the auditor holds: the export must have this entry with this hash. */
  readonly known?: { readonly sequence: number; readonly hash: string };
  /** The service's public key (base64url): the export's checkpoint must be signed with it. */
  readonly publicKey?: string;
}

/** What an export says before its entries (`GET …/ledger/export`; see LedgerExportService). */
export interface ExportHeader {
  readonly companyId: string;
  readonly exportedAtHead: { readonly sequence: number; readonly hash: string };
  readonly checkpoint?: Checkpoint;
  readonly publicKey?: string;
  /** The company and its articles' settings, which the fold of the share entries reads (version 2). */
  readonly company?: Company;
}

/**
 * Checks a ledger export as it is read, entry by entry, in bounded memory (only the share events are
 * kept, for the fold): every entry's SHA-256 and link (the domain's ChainVerifier), the head the export
 * names, its checkpoint's Ed25519 signature, a head the auditor holds, and, when the export carries the
 * register, that the register equals the fold of the share entries under the company's articles (the
 * domain's rules, as the service applies them), naming the first row that differs.
 */
export class ExportVerifier {
  private readonly chain = new ChainVerifier();
  private readonly shareEvents: ShareEvent[] = [];
  /** RM-4, SR-4: correcting entries, applied to the share entries before the fold. */
  private readonly corrections: ShareCorrection[] = [];
  private header: ExportHeader | null = null;
  private problem: string | null = null;
  private knownFound: string | null = null;
  private count = 0;

  constructor(private readonly options: VerifyOptions = {}) {}

  /** The export's header; false (with the problem kept) when it is not one. */
  start(header: unknown): boolean {
    const h = header as Partial<ExportHeader> | null;
    if (!h || typeof h.companyId !== 'string' || typeof h.exportedAtHead?.sequence !== 'number' || typeof h.exportedAtHead.hash !== 'string') {
      this.problem = 'not a ledger export: expected {companyId, exportedAtHead, entries}';
      return false;
    }
    this.header = h as ExportHeader;
    return true;
  }

  /** The next entry; false once a problem is found (later entries need not be read). */
  push(entry: ChainedLedgerRecord): boolean {
    if (this.problem !== null || this.header === null) return false;
    this.count += 1;
    if (entry.companyId !== this.header.companyId) return this.fail(`entry ${entry.sequence} belongs to company ${entry.companyId}, not ${this.header.companyId}`);
    if (entry.sequence === this.options.known?.sequence) this.knownFound = entry.hash;
    if (!this.chain.push(entry)) return false;
    if (this.header.company !== undefined && (shareRegisterFamily.owns(entry.kind) || shareCorrectionsFamily.owns(entry.kind))) {
      try {
        if (shareRegisterFamily.owns(entry.kind)) this.shareEvents.push(shareRegisterFamily.decode(entry));
        else this.corrections.push(shareCorrectionsFamily.decode(entry));
      } catch (error) {
        return this.fail(`entry ${entry.sequence} (${entry.kind}) does not decode: ${(error as Error).message}`);
      }
    }
    return true;
  }

  /** The verdict, given the register the export carries (absent in exports made before it did). */
  finish(register?: ProjectionRows): VerifyResult {
    const done = (valid: boolean, message: string): VerifyResult => ({ valid, message: `${valid ? 'valid' : 'invalid'}: ${message}`, entries: this.count });
    if (this.header === null) return { valid: false, message: this.problem ?? 'not a ledger export', entries: 0 };
    if (this.problem !== null) return done(false, this.problem);
    const result = this.chain.result();
    if (!result.valid) {
      const b = result.firstBreak;
      const detail = b.reason === 'sequence-gap' ? `expected sequence ${b.expectedSequence}` : `expected ${b.expected}, found ${b.found}`;
      return done(false, `first broken link at sequence ${b.sequence} (${b.reason}: ${detail})`);
    }
    const head = this.header.exportedAtHead;
    if (result.headSequence !== head.sequence || (result.events > 0 && result.headHash !== head.hash)) {
      return done(false, `the export names head ${head.sequence} ${head.hash} but its entries end at ${result.headSequence} ${result.events > 0 ? result.headHash : ''}`.trim());
    }
    const notes: string[] = [];
    const checkpoint = this.checkCheckpoint();
    if (typeof checkpoint !== 'string') return done(false, checkpoint.problem);
    if (checkpoint) notes.push(checkpoint);
    const known = this.options.known;
    if (known) {
      if (this.knownFound === null) return done(false, `the ledger ends at entry ${result.headSequence}: entry ${known.sequence}, which you hold, is not in it (entries were removed)`);
      if (this.knownFound !== known.hash) return done(false, `entry ${known.sequence} has hash ${this.knownFound}, not the ${known.hash} you hold (the chain was rewritten)`);
      notes.push(`entry ${known.sequence} has the hash you hold`);
    }
    const projection = this.checkRegister(register);
    if (typeof projection !== 'string') return done(false, projection.problem);
    notes.push(projection);
    return done(true, [`${result.events} entries, head ${result.events > 0 ? result.headHash : head.hash}`, ...notes].join('; '));
  }

  private fail(problem: string): false {
    this.problem = problem;
    return false;
  }

  /** The register against the fold of the share entries: a note, or the first difference. */
  private checkRegister(register: ProjectionRows | undefined): string | { problem: string } {
    const company = this.header!.company;
    if (company === undefined || register === undefined) return 'the export carries no register to check against the fold (exported before version 2)';
    let expected;
    try {
      expected = foldProjection(company, correctedShareEvents(this.shareEvents, this.corrections)).rows;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const eventId = (error.details as { eventId?: string } | undefined)?.eventId;
      return { problem: `the share entries do not fold: entry ${eventId ?? '?'} breaks ${error.code} (${error.message})` };
    }
    const difference = sameRegister(expected, register) ? null : firstDifference(expected, register);
    if (difference === null) return `register equals the fold of ${this.shareEvents.length} share entries`;
    const key = Object.entries(difference.row).map(([k, v]) => `${k} ${v}`).join(', ');
    return {
      problem:
        `the register differs from the fold of the share entries at ${difference.table} (${key}): ` +
        `the ledger gives ${JSON.stringify(difference.expected)}, the export has ${JSON.stringify(difference.found)}`,
    };
  }

  /** The checkpoint: for the head the export names, signed by the given key (or, without one, by the key the export names). */
  private checkCheckpoint(): string | { problem: string } {
    const data = this.header!;
    const { publicKey } = this.options;
    const c = data.checkpoint;
    if (c === undefined) return publicKey === undefined ? '' : { problem: 'the export carries no checkpoint to check against the key' };
    if (c.companyId !== data.companyId || c.sequence !== data.exportedAtHead.sequence || c.hash !== data.exportedAtHead.hash) {
      return { problem: `the checkpoint is for ${c.companyId} entry ${c.sequence} ${c.hash}, not the head the export names` };
    }
    const key = publicKey ?? data.publicKey;
    if (typeof key !== 'string' || !checkpointSignedBy(c, key)) {
      return { problem: publicKey === undefined ? 'the checkpoint is not signed by the key the export names' : `the checkpoint is not signed by the key given (${safeKeyId(publicKey)})` };
    }
    return publicKey === undefined
      ? `checkpoint signed by the key the export names (${keyIdOf(key)}); pass --public-key to check it is the service's`
      : `checkpoint signed by the key given (${keyIdOf(key)})`;
  }
}

function safeKeyId(key: string): string {
  try {
    return `key ${keyIdOf(key)}`;
  } catch {
    return 'an unreadable key';
  }
}
