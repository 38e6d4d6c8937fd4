import type { Role } from '../../apps/api/src/auth/roles';
import { COMPANY, type TestApp } from './test-app';

export interface RegisterEntry {
  memberId: string;
  name: string;
  address: string;
  registeredOn: string;
  ceasedOn: string | null;
  shares: { shareNumber: number; authorisedBy: string | null }[];
}

export interface RegisterPage {
  asAt: string;
  knownAt: string | null;
  members: RegisterEntry[];
  totals: { issuedShares: number; currentMembers: number };
  page: { limit: number; offset: number; nextCursor: string | null };
}

/** `GET …/register?<query>` as `role`; it must answer 200. */
export async function readRegister(t: TestApp, query: string, role: Role = 'board', companyId = COMPANY): Promise<RegisterPage> {
  return (await t.http.get(`/api/companies/${companyId}/register?${query}`).set(t.auth(role)).expect(200)).body;
}

/** Share number → the current member holding it (today, or as at `asAt`). */
export async function holdersByShare(t: TestApp, asAt?: string): Promise<Map<number, string>> {
  const { members } = await readRegister(t, `status=current&limit=100000${asAt ? `&asAt=${asAt}` : ''}`);
  return new Map(members.flatMap((m) => m.shares.map((s) => [s.shareNumber, m.memberId] as const)));
}
