import { correctedShareEvents, DomainError, type ChainedLedgerRecord, type Company, type ShareCorrection, type ShareEvent } from '#domain';
import { checkpointSignedBy, keyIdOf, type Checkpoint } from '../../api/src/ledger/checkpoint';
import { shareRegisterFamily } from '../../api/src/ledger/codecs/share-register.codec';
import { shareCorrectionsFamily } from '../../api/src/ledger/codecs/share-records.codec';
import { firstDifference, type ProjectionRows } from '../../api/src/share-register/projection-difference';
import { foldProjection } from '../../api/src/share-register/register-projection';
import { ChainCheck, type ChainCheckResult } from './chain-check';
import { registerBytesAre, sameRegister } from './register-comparison';

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

/**
 * The register an export carries: its rows (parsed when asked), and, read from a file, its line's UTF-8
 * bytes in the pieces read, which spare the parse when they are the very text the service writes for
 * the fold's rows.
 */
export interface ExportedRegister {
  readonly bytes?: readonly Buffer[];
  rows(): ProjectionRows;
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
 * Decodes an export's share entries as they are read and keeps them (and the corrections) for the fold
 * the register is compared with: the part of the check that needs the whole share history. The first
 * entry that does not decode stops it, with its number (1 = the first entry).
 */
export class FoldCheck {
  private readonly shareEvents: ShareEvent[] = [];
  /** RM-4, SR-4: correcting entries, applied to the share entries before the fold. */
  private readonly corrections: ShareCorrection[] = [];
  private count = 0;
  problem: { readonly at: number; readonly message: string } | null = null;

  /** `company`: the company and its articles, from the export's header (absent before version 2: nothing is kept). */
  constructor(private readonly company: Company | undefined) {}

  /** The next entry; false once an entry did not decode. */
  push(entry: ChainedLedgerRecord): boolean {
    if (this.problem !== null) return false;
    this.count += 1;
    if (this.company === undefined) return true;
    try {
      if (shareRegisterFamily.owns(entry.kind)) this.shareEvents.push(shareRegisterFamily.decode(entry));
      else if (shareCorrectionsFamily.owns(entry.kind)) this.corrections.push(shareCorrectionsFamily.decode(entry));
      return true;
    } catch (error) {
      this.problem = { at: this.count, message: `entry ${entry.sequence} (${entry.kind}) does not decode: ${(error as Error).message}` };
      return false;
    }
  }

  /** The register against the fold of the share entries: a note, or the first difference. */
  checkRegister(exported: ExportedRegister | undefined): string | { problem: string } {
    const company = this.company;
    if (company === undefined || exported === undefined) return 'the export carries no register to check against the fold (exported before version 2)';
    let expected;
    try {
      expected = foldProjection(company, correctedShareEvents(this.shareEvents, this.corrections), 'latest').rows;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const eventId = (error.details as { eventId?: string } | undefined)?.eventId;
      return { problem: `the share entries do not fold: entry ${eventId ?? '?'} breaks ${error.code} (${error.message})` };
    }
    const same = `register equals the fold of ${this.shareEvents.length} share entries`;
    if (exported.bytes !== undefined && registerBytesAre(exported.bytes, expected)) return same;
    const register = exported.rows();
    const difference = sameRegister(expected, register) ? null : firstDifference(expected, register);
    if (difference === null) return same;
    const key = Object.entries(difference.row).map(([k, v]) => `${k} ${v}`).join(', ');
    return {
      problem:
        `the register differs from the fold of the share entries at ${difference.table} (${key}): ` +
        `the ledger gives ${JSON.stringify(difference.expected)}, the export has ${JSON.stringify(difference.found)}`,
    };
  }
}

/** The export's header, or null when it is not one (see {@link ExportHeader}). */
export function exportHeader(header: unknown): ExportHeader | null {
  const h = header as Partial<ExportHeader> | null;
  if (!h || typeof h.companyId !== 'string' || typeof h.exportedAtHead?.sequence !== 'number' || typeof h.exportedAtHead.hash !== 'string') return null;
  return h as ExportHeader;
}

export const NOT_AN_EXPORT = 'not a ledger export: expected {companyId, exportedAtHead, entries}';

/**
 * Checks a ledger export entry by entry, in bounded memory (only the share events are kept, for the
 * fold): every entry's SHA-256 and link ({@link ChainCheck}), the head the export names, its
 * checkpoint's Ed25519 signature, a head the auditor holds, and, when the export carries the register,
 * that the register equals the fold of the share entries under the company's articles (the domain's
 * rules, as the service applies them; {@link FoldCheck}), naming the first row that differs.
 */
export class ExportVerifier {
  private header: ExportHeader | null = null;
  private chain: ChainCheck | null = null;
  private fold: FoldCheck | null = null;

  constructor(private readonly options: VerifyOptions = {}) {}

  /** The export's header; false when it is not one. */
  start(header: unknown): boolean {
    this.header = exportHeader(header);
    if (this.header === null) return false;
    this.chain = new ChainCheck(this.header.companyId, this.options.known?.sequence);
    this.fold = new FoldCheck(this.header.company);
    return true;
  }

  /** The next entry; false once a problem is found (later entries need not be read). */
  push(entry: ChainedLedgerRecord): boolean {
    return this.chain !== null && this.fold !== null && this.chain.push(entry) && this.fold.push(entry);
  }

  /** The verdict, given the register the export carries (absent in exports made before it did). */
  finish(register?: ProjectionRows): VerifyResult {
    if (this.header === null || this.chain === null || this.fold === null) return { valid: false, message: NOT_AN_EXPORT, entries: 0 };
    return verdict(this.header, this.chain.result(), this.fold, register === undefined ? undefined : { rows: () => register }, this.options);
  }
}

/**
 * The verdict on an export from its two checks, which may have read its entries on different threads:
 * the first problem either found (by entry number; the chain's first on the same entry), then the head
 * the export names, its checkpoint, the head the auditor holds and the register against the fold.
 */
export function verdict(header: ExportHeader, chain: ChainCheckResult, fold: FoldCheck, register: ExportedRegister | undefined, options: VerifyOptions): VerifyResult {
  const done = (valid: boolean, message: string, entries = chain.entries): VerifyResult => ({ valid, message: `${valid ? 'valid' : 'invalid'}: ${message}`, entries });
  const decodeProblem = fold.problem;
  if (decodeProblem !== null && (chain.stoppedAt === null || decodeProblem.at < chain.stoppedAt)) return done(false, decodeProblem.message, decodeProblem.at);
  if (chain.problem !== null) return done(false, chain.problem);
  const result = chain.chain;
  if (!result.valid) {
    const b = result.firstBreak;
    const detail = b.reason === 'sequence-gap' ? `expected sequence ${b.expectedSequence}` : `expected ${b.expected}, found ${b.found}`;
    return done(false, `first broken link at sequence ${b.sequence} (${b.reason}: ${detail})`);
  }
  const head = header.exportedAtHead;
  if (result.headSequence !== head.sequence || (result.events > 0 && result.headHash !== head.hash)) {
    return done(false, `the export names head ${head.sequence} ${head.hash} but its entries end at ${result.headSequence} ${result.events > 0 ? result.headHash : ''}`.trim());
  }
  const notes: string[] = [];
  const checkpoint = checkCheckpoint(header, options.publicKey);
  if (typeof checkpoint !== 'string') return done(false, checkpoint.problem);
  if (checkpoint) notes.push(checkpoint);
  const known = options.known;
  if (known) {
    if (chain.knownFound === null) return done(false, `the ledger ends at entry ${result.headSequence}: entry ${known.sequence}, which you hold, is not in it (entries were removed)`);
    if (chain.knownFound !== known.hash) return done(false, `entry ${known.sequence} has hash ${chain.knownFound}, not the ${known.hash} you hold (the chain was rewritten)`);
    notes.push(`entry ${known.sequence} has the hash you hold`);
  }
  const projection = fold.checkRegister(register);
  if (typeof projection !== 'string') return done(false, projection.problem);
  notes.push(projection);
  return done(true, [`${result.events} entries, head ${result.events > 0 ? result.headHash : head.hash}`, ...notes].join('; '));
}

function safeKeyId(key: string): string {
  try {
    return `key ${keyIdOf(key)}`;
  } catch {
    return 'an unreadable key';
  }
}

/** The checkpoint: for the head the export names, signed by the given key (or, without one, by the key the export names). */
function checkCheckpoint(data: ExportHeader, publicKey: string | undefined): string | { problem: string } {
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
