import type { Company } from '#domain';
import { expectUnauthenticated, get, startControllerApp, type ControllerApp } from '../../../../test/support/controller-app';
import { CompaniesController } from './companies.controller';
import { CompanyInForce } from './company-in-force';

const COMPANY: Company = {
  id: 'demo-company',
  name: 'Demo CIC',
  companyNumber: null,
  incorporatedOn: '2014-09-01',
  registeredOffice: '1 Demo Yard, London E1 0XX',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice' },
} as Company;
const C = `/api/companies/${COMPANY.id}`;

describe('companies over HTTP, with the service replaced', () => {
  let c: ControllerApp;
  beforeAll(async () => {
    c = await startControllerApp({ controllers: [CompaniesController], services: [CompanyInForce] });
  });
  afterEach(() => c.reset());
  afterAll(() => c.close());

  it.each(['board', 'auditor'] as const)('a %s token reads the companies and one company (200), shown field by field', async (role) => {
    const companies = c.mock(CompanyInForce);
    companies.list.mockResolvedValue([COMPANY]);
    companies.get.mockResolvedValue(COMPANY);
    const shown = {
      companyId: 'demo-company', name: 'Demo CIC', companyNumber: null, incorporatedOn: '2014-09-01', registeredOffice: '1 Demo Yard, London E1 0XX',
      articles: COMPANY.articles,
    };
    expect((await c.http.get('/api/companies').set(c.auth(role)).expect(200)).body).toEqual([shown]);
    expect((await c.http.get(C).set(c.auth(role)).expect(200)).body).toEqual(shown);
    expect(companies.get).toHaveBeenCalledWith('demo-company', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/));
  });

  it.each(['/api/companies', C])('GET %s without a valid token is 401 UNAUTHENTICATED', async (path) => {
    await expectUnauthenticated(c, get(path));
  });
});
