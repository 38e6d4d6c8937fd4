import { Injectable } from '@nestjs/common';
import type { Em } from '../database/orm';

/** How a projection compares with the fold of the ledger: the same, or the first difference. */
export type ProjectionVerification =
  | { readonly matches: true }
  | { readonly matches: false; readonly firstDifference: unknown }
  | { readonly matches: false; readonly ledgerDoesNotFold: { readonly sequence: number | null; readonly code: string; readonly message: string } };

/** A table derived from the ledger that must always equal the fold of it. */
export interface LedgerProjection {
  readonly name: string;
  verify(em: Em, companyId: string): Promise<ProjectionVerification>;
}

/**
 * The projections `GET …/ledger/verify` checks besides the chain. Each context that keeps one
 * registers it when its module starts, so the ledger need not know the contexts.
 */
@Injectable()
export class LedgerProjections {
  private readonly projections: LedgerProjection[] = [];

  register(projection: LedgerProjection): void {
    this.projections.push(projection);
  }

  all(): readonly LedgerProjection[] {
    return this.projections;
  }
}
