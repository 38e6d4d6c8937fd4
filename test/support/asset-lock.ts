import { passSpecialResolution } from './authority';
import { COMPANY, type TestApp } from './test-app';

/** A body for the articles to name: its name and company or charity number. */
export interface NamedBody {
  name: string;
  registrationNumber: string;
}

/**
 * CI-6: has the articles name `bodies` from `effectiveOn`, as the law needs: a members' special written
 * resolution passed on `passedOn` (by just enough of the members) and the CIC Regulator's approval of
 * `approvedOn` (`passedOn` when not given). Returns the special resolution's id and the change recorded.
 */
export async function nameAssetLockedBodies(
  t: TestApp,
  effectiveOn: string,
  bodies: NamedBody[],
  { passedOn = effectiveOn, approvedOn = passedOn, companyId = COMPANY }: { passedOn?: string; approvedOn?: string; companyId?: string } = {},
): Promise<{ resolutionId: string; change: Record<string, unknown> }> {
  const resolutionId = await passSpecialResolution(t, companyId, passedOn, [], { text: `THAT the articles be amended to name as asset-locked bodies ${bodies.map((b) => b.name).join(', ') || 'none'} (${passedOn}).` });
  const res = await t.http
    .post(`/api/companies/${companyId}/asset-locked-bodies`)
    .set(t.auth('secretary'))
    .send({ effectiveOn, bodies, resolutionId, regulatorApprovalReference: `CIC/ART/${effectiveOn}`, regulatorApprovalOn: approvedOn });
  if (res.status !== 201) throw new Error(`naming the asset-locked bodies failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { resolutionId, change: res.body };
}
