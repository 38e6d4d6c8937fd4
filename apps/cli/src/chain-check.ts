import { ChainVerifier, type ChainedLedgerRecord, type ChainVerification } from '#domain';
import { entryLinePrefix, hashedLine, type HashedLine } from './canonical-line';
import { ENTRIES_END, forEachLineOfBytes, parseEntryLine } from './export-lines';

/**
 * What the chain check of an export found, as plain data (it crosses from a worker thread):
 * - `entries`: entries read, up to and including the one where the check stopped;
 * - `stoppedAt`: the number of that entry (1 = the first), or null when every entry passed;
 * - `problem`: why it stopped when the chain itself is whole (an entry of another company), else null;
 * - `chain`: the domain's verdict on the hashes and links of the entries read;
 * - `knownFound`: the hash the export gives the entry the auditor holds, or null when it has none.
 */
export interface ChainCheckResult {
  readonly entries: number;
  readonly stoppedAt: number | null;
  readonly problem: string | null;
  readonly chain: ChainVerification;
  readonly knownFound: string | null;
}

/**
 * Checks an export's entries one by one: that each belongs to the export's company, its SHA-256 and
 * link (the domain's ChainVerifier), and notes the hash of the entry the auditor holds (`knownSequence`).
 */
export class ChainCheck {
  private readonly chain = new ChainVerifier();
  private count = 0;
  private stoppedAt: number | null = null;
  private problem: string | null = null;
  private knownFound: string | null = null;

  constructor(
    private readonly companyId: string,
    private readonly knownSequence?: number,
  ) {}

  /** Entries checked so far. */
  get entries(): number {
    return this.count;
  }

  /** The next entry; false once the check has stopped (later entries need not be read). */
  push(entry: ChainedLedgerRecord): boolean {
    if (this.stoppedAt !== null) return false;
    this.count += 1;
    if (entry.companyId !== this.companyId) {
      this.problem = `entry ${entry.sequence} belongs to company ${entry.companyId}, not ${this.companyId}`;
    } else {
      if (entry.sequence === this.knownSequence) this.knownFound = entry.hash;
      if (this.chain.push(entry)) return true;
    }
    this.stoppedAt = this.count;
    return false;
  }

  /**
   * The next entry, of this company, by its links and the hash of its content (read from its canonical
   * line, see {@link hashedLine}); false once the check has stopped.
   */
  pushHashed(line: HashedLine): boolean {
    if (this.stoppedAt !== null) return false;
    this.count += 1;
    if (line.sequence === this.knownSequence) this.knownFound = line.hash;
    if (this.chain.pushHashed(line, line.contentHash)) return true;
    this.stoppedAt = this.count;
    return false;
  }

  /** A line that is not an entry (not JSON): the check stops there. */
  unreadable(problem: string): void {
    if (this.stoppedAt !== null) return;
    this.count += 1;
    this.stoppedAt = this.count;
    this.problem = problem;
  }

  result(): ChainCheckResult {
    return { entries: this.count, stoppedAt: this.stoppedAt, problem: this.problem, chain: this.chain.result(), knownFound: this.knownFound };
  }
}

/** A chain check of an export file in the layout the service writes (the header on line 1 is skipped). */
export interface ChainJob {
  readonly path: string;
  readonly companyId: string;
  readonly knownSequence?: number;
  /**
   * Set by the reader beside it (`Atomics.store`, over a `SharedArrayBuffer`) to the number of the
   * entry where it stopped, 0 until then: the check goes no further than that entry, since a problem
   * after it would not be reported.
   */
  readonly stopAfter?: Int32Array;
}

/**
 * Runs {@link ChainCheck} over the entry lines of an export file, read on its own up to the end of the
 * entries (the register after them is left to the reader beside it), or to the entry where the reader
 * beside it stopped (`stopAfter`). A line written as the entry's canonical text (exports from version 3)
 * is hashed as it stands, without being parsed ({@link hashedLine}); any other is parsed and its
 * canonical JSON hashed. A line that is not JSON stops it as a problem at that entry (the reader beside
 * it, which parses the same lines, reports it).
 */
export async function checkChainOfFile(job: ChainJob): Promise<ChainCheckResult> {
  const check = new ChainCheck(job.companyId, job.knownSequence);
  const prefix = entryLinePrefix(job.companyId);
  const take = (bytes: Buffer, line: number): boolean => {
    if (line === 1) return true;
    if (bytes[0] === ENTRIES_END) return false;
    const entry = bytes[bytes.length - 1] === COMMA ? bytes.subarray(0, -1) : bytes;
    const hashed = hashedLine(entry, prefix);
    if (hashed !== null) {
      if (!check.pushHashed(hashed)) return false;
    } else {
      let parsed: ChainedLedgerRecord;
      try {
        parsed = parseEntryLine(entry.toString('utf8')) as ChainedLedgerRecord;
      } catch (error) {
        check.unreadable(`not a ledger export: line ${line}: ${(error as Error).message}`);
        return false;
      }
      if (!check.push(parsed)) return false;
    }
    const stopAfter = job.stopAfter === undefined ? 0 : Atomics.load(job.stopAfter, 0);
    return stopAfter === 0 || check.entries < stopAfter;
  };
  await forEachLineOfBytes(job.path, take, undefined, ENTRIES_END);
  return check.result();
}

const COMMA = 0x2c;
