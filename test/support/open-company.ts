import type { CalendarDate, Company } from '#domain';

/**
 * A company whose articles let anyone hold one share (no practice needed), incorporated on 1 January
 * 2020: for tests whose subject is not who may be a member.
 */
export function openCompany(id: string, name: string): Company {
  return {
    id,
    name,
    companyNumber: null,
    incorporatedOn: '2020-01-01' as CalendarDate,
    registeredOffice: '1 Test Yard, London E1 0XX',
    articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'any' },
  };
}

/**
 * The `company.governance` (JSON) of articles needing no resolution for a share event or a reduction
 * of capital (a surrender still names its solvency statement, SR-1): for tests whose subject is not authority.
 */
export const NO_SHARE_AUTHORITY = '{"shareEventAuthority":{"allotment":"none","transfer":"none","cancellation":"none"},"capitalAuthority":{"reduction":"none"}}';
