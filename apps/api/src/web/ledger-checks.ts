import { Injectable } from '@nestjs/common';
import type { LedgerVerification } from '../ledger/ledger.service';

/** The outcome of the last "verify now" on the pages, with when it ran. */
export interface LedgerCheck {
  readonly at: string;
  readonly by: string;
  readonly result: LedgerVerification;
}

/**
 * The last verification of each company's ledger made from the pages, for the home page's "verified"
 * state. Kept by this process only: a home page served by another instance may not know it, and then
 * says the ledger has not been verified here and offers to do it.
 */
@Injectable()
export class LedgerChecks {
  private readonly last = new Map<string, LedgerCheck>();

  record(companyId: string, check: LedgerCheck): void {
    this.last.set(companyId, check);
  }

  latest(companyId: string): LedgerCheck | null {
    return this.last.get(companyId) ?? null;
  }
}
