import { Inject, Injectable } from '@nestjs/common';
import { ChainVerifier, correctedBy as correctedByOf, type ChainVerification, type ChainedLedgerRecord, type ChainHead } from '#domain';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Em, Orm } from '../database/orm';
import { GENESIS_HASH } from '#domain';
import type { Checkpoint } from './checkpoint';
import { CheckpointSigner } from './checkpoint-signer';
import { Ledger } from './ledger';
import { shareCorrections } from './share-events-in-force';
import { LedgerProjections, type ProjectionVerification } from './ledger-projections';


/** Entries `verify` reads at a time. */
const VERIFY_BATCH = 5000;

/** A head the auditor holds, as the ledger now stands: the same entry, another hash at that sequence, or no such entry. */
export type KnownHeadCheck =
  | { readonly sequence: number; readonly hash: string; readonly found: 'same' }
  | { readonly sequence: number; readonly hash: string; readonly found: 'different-hash'; readonly storedHash: string; readonly problem: string }
  | { readonly sequence: number; readonly hash: string; readonly found: 'missing'; readonly ledgerEndsAt: number; readonly problem: string };

/**
 * The chain's verification, with (when the chain holds) the projections compared with the fold of the
 * ledger and, when asked, a head the auditor holds. `valid` is true only when all of them hold.
 */
export type LedgerVerification = ChainVerification & {
  readonly projection?: ProjectionVerification;
  readonly knownHead?: KnownHeadCheck;
  /** With `verifyAfter`: the first sequence checked, the one after the head the auditor holds. */
  readonly checkedFrom?: number;
};

@Injectable()
export class LedgerService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly store: Ledger,
    private readonly companies: CompaniesService,
    private readonly projections: LedgerProjections,
    private readonly signer: CheckpointSigner,
  ) {}

  /** A signed checkpoint of the chain's head now, with the key to check it by. */
  async checkpoint(companyId: string): Promise<{ checkpoint: Checkpoint; publicKey: string; keyId: string; algorithm: 'Ed25519' }> {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    const head = await this.store.head(em, companyId);
    const checkpoint = this.signer.sign({ companyId, sequence: head?.sequence ?? 0, hash: head?.hash ?? GENESIS_HASH });
    return { checkpoint, publicKey: this.signer.publicKey, keyId: this.signer.keyId, algorithm: 'Ed25519' };
  }

  /**
   * A page of entries in sequence order. `correctedBy` maps each entry on the page that a correcting
   * entry has voided (RM-4, SR-4) to that correction's sequence: the original stays, marked as corrected.
   */
  async page(
    companyId: string,
    afterSequence: number,
    limit: number,
  ): Promise<{ entries: ChainedLedgerRecord[]; nextAfterSequence: number | null; correctedBy: Map<number, number> }> {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    const entries = await this.store.page(em, companyId, afterSequence, limit);
    const correctedBy = new Map([...correctedByOf(await shareCorrections(this.store, em, companyId))].map(([id, by]) => [Number(id), Number(by)]));
    return { entries, nextAfterSequence: entries.length === limit ? entries[entries.length - 1].sequence : null, correctedBy };
  }

  /**
   * Recomputes every hash from the stored content and checks every link; then that each projection
   * equals the fold of the ledger, and that the ledger still has the head the auditor holds. One
   * consistent read.
   */
  async verify(companyId: string, known: ChainHead | null): Promise<LedgerVerification> {
    return this.orm.em.fork().transactional(
      async (em) => {
        await this.companies.get(companyId, em);
        const verifier = new ChainVerifier();
        let storedHash: string | null = null;
        let last = 0;
        // A batch at a time, each entry without a promise of its own (a million of them add up).
        for (let after = 0, more = true; more; ) {
          const batch = await this.store.page(em, companyId, after, VERIFY_BATCH);
          more = batch.length === VERIFY_BATCH;
          for (const entry of batch) {
            if (entry.sequence === known?.sequence) storedHash = entry.hash;
            last = entry.sequence;
            if (!verifier.push(entry)) {
              more = false;
              break;
            }
          }
          after = last;
        }
        const chain = verifier.result();
        const knownHead = known === null ? undefined : knownHeadCheck(known, storedHash, last);
        const withKnown = knownHead === undefined ? {} : { knownHead };
        if (!chain.valid) return { ...chain, ...withKnown };
        let projection: ProjectionVerification = { matches: true };
        for (const p of this.projections.all()) {
          projection = await p.verify(em, companyId);
          if (!projection.matches) break;
        }
        const valid = projection.matches && (knownHead === undefined || knownHead.found === 'same');
        return { ...chain, valid, projection, ...withKnown } as LedgerVerification;
      },
      { isolationLevel: 'repeatable read', readOnly: true },
    );
  }

  /** `verifyAfterKnownHead` in one consistent read. */
  async verifyAfter(companyId: string, known: ChainHead): Promise<LedgerVerification> {
    return this.orm.em.fork().transactional(
      async (em) => {
        await this.companies.get(companyId, em);
        return verifyAfterKnownHead(this.store, em, companyId, known);
      },
      { isolationLevel: 'repeatable read', readOnly: true },
    );
  }
}

/**
 * Like `verify`, from a head the auditor holds: that the ledger still has that entry with that hash,
 * then every entry after it (each hash recomputed, each link, no gap), so the cost is the entries
 * appended since, not the whole chain. The projection is not compared (that is `verify`'s fold of the
 * whole ledger); entries up to the head held are taken as the auditor verified them.
 */
export async function verifyAfterKnownHead(
  store: Ledger,
  em: Em,
  companyId: string,
  known: ChainHead,
): Promise<LedgerVerification> {
  const [stored] = await em.execute<{ hash: string }[]>(`select hash from ledger_entry where company_id = ? and sequence = ?`, [companyId, known.sequence]);
  const head = await store.head(em, companyId);
  const knownHead = knownHeadCheck(known, stored?.hash ?? null, head?.sequence ?? 0);
  const checkedFrom = known.sequence + 1;
  if (knownHead.found !== 'same') {
    return { valid: false, events: 0, headHash: head?.hash ?? GENESIS_HASH, headSequence: head?.sequence ?? 0, knownHead, checkedFrom } as unknown as LedgerVerification;
  }
  const verifier = new ChainVerifier(known);
  for await (const entry of store.all(em, companyId, undefined, 5000, known.sequence)) if (!verifier.push(entry)) break;
  return { ...verifier.result(), knownHead, checkedFrom };
}

function knownHeadCheck(known: ChainHead, storedHash: string | null, ledgerEndsAt: number): KnownHeadCheck {
  if (storedHash === null) {
    return {
      ...known,
      found: 'missing',
      ledgerEndsAt,
      problem: `the ledger ends at entry ${ledgerEndsAt}: entry ${known.sequence}, which you hold, is no longer there (entries were removed)`,
    };
  }
  if (storedHash !== known.hash) {
    return {
      ...known,
      found: 'different-hash',
      storedHash,
      problem: `entry ${known.sequence} now has hash ${storedHash}, not the ${known.hash} you hold (the chain was rewritten)`,
    };
  }
  return { ...known, found: 'same' };
}
