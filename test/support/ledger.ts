import { COMPANY, type TestApp } from './test-app';

/** What `GET …/ledger/verify` says: of an intact chain its head; of a broken one, the first broken link instead. */
export interface LedgerHead {
  valid: boolean;
  events: number;
  headHash: string;
  headSequence: number;
  firstBreak?: { reason: string; sequence: number; expected?: string; found?: string };
}

export interface LedgerEntry {
  sequence: number;
  kind: string;
  effectiveOn: string;
  recordedAt: string;
  recordedBy: string;
  payload: Record<string, unknown>;
  previousHash: string;
  hash: string;
}

/** The company's ledger head as an auditor verifies it. */
export async function ledgerHead(t: TestApp, companyId = COMPANY): Promise<LedgerHead> {
  return (await t.http.get(`/api/companies/${companyId}/ledger/verify`).set(t.auth('auditor')).expect(200)).body;
}

/** Every ledger entry after `afterSequence`, following nextAfterSequence page by page. */
export async function ledgerEntries(t: TestApp, { companyId = COMPANY, afterSequence = 0, pageSize = 1000 } = {}): Promise<LedgerEntry[]> {
  const entries: LedgerEntry[] = [];
  for (let after: number | null = afterSequence; after !== null; ) {
    const page: { body: { entries: LedgerEntry[]; nextAfterSequence: number | null } } = await t.http.get(`/api/companies/${companyId}/ledger?afterSequence=${after}&limit=${pageSize}`).set(t.auth('auditor')).expect(200);
    entries.push(...page.body.entries);
    after = page.body.nextAfterSequence;
  }
  return entries;
}
