import { COMPANY } from '../support/test-app';
import { useWebHarness } from './browser';

const web = useWebHarness();
const C = `/api/companies/${COMPANY}`;

describe('the register page says where the register of members is kept', () => {
  it('RM-7, EC-6: the company\'s own register until an election; Companies House from the election\'s day; the company\'s again from 18 November 2025', async () => {
    const { context, page } = await web.session('board');
    const keptAt = async (asAt: string) => {
      await page.goto(`/register?asAt=${asAt}`);
      return (await page.locator('#register-kept-at').textContent())!.replace(/\s+/g, ' ').trim();
    };
    expect(await keptAt('2020-01-01')).toBe('The register is kept by the company at its registered office (s.114).');

    const members = (await web.app.http.get(`${C}/register?asAt=2017-06-01&status=current`).set(web.app.auth('secretary')).expect(200)).body.members as { memberId: string }[];
    await web.app.http.post(`${C}/register-of-members/central-register-election`).set(web.app.auth('secretary'))
      .send({ effectiveOn: '2017-06-01', action: 'elect', assentedBy: members.map((m) => m.memberId) }).expect(201);

    expect(await keptAt('2017-05-31')).toBe('The register is kept by the company at its registered office (s.114).');
    expect(await keptAt('2020-01-01')).toBe("The members' information has been kept at Companies House since 1 June 2017 (s.128B election).");
    expect(await keptAt('2025-11-18')).toBe('The register is kept by the company at its registered office (s.114).');
    await context.close();
  }, 120_000);
});
