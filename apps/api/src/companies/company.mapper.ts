import { calendarDate, type CalendarDate, type Company, type MemberEligibility, type Practice } from '#domain';
import type { CompanyEntity, PracticeEntity } from '../database/entities';

type CompanyRow = InstanceType<typeof CompanyEntity['class']>;
type PracticeRow = InstanceType<typeof PracticeEntity['class']>;

/** The company's particulars and articles as a row gives them: the entity, or the row locked for a write (`Ledger`). */
export type CompanyParticularsRow = Pick<
  CompanyRow,
  'id' | 'name' | 'companyNumber' | 'incorporatedOn' | 'registeredOffice' | 'shareClass' | 'nominalValuePence' | 'oneSharePerMember' | 'memberEligibility'
>;

export function companyFromRow(row: CompanyParticularsRow): Company {
  return {
    id: row.id,
    name: row.name,
    companyNumber: row.companyNumber ?? null,
    incorporatedOn: calendarDate(row.incorporatedOn),
    registeredOffice: row.registeredOffice,
    articles: {
      shareClass: row.shareClass,
      nominalValuePence: row.nominalValuePence,
      oneSharePerMember: row.oneSharePerMember,
      memberEligibility: row.memberEligibility as MemberEligibility,
    },
  };
}

export function practiceFromRow(row: PracticeRow): Practice {
  return {
    id: row.id,
    odsCode: row.odsCode,
    name: row.name,
    address: row.address,
    networkName: row.networkName ?? null,
  };
}

export function companyResponse(company: Company) {
  return {
    companyId: company.id,
    name: company.name,
    companyNumber: company.companyNumber,
    incorporatedOn: company.incorporatedOn,
    registeredOffice: company.registeredOffice,
    articles: { ...company.articles },
  };
}

