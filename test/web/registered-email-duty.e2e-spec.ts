import { COMPANY } from '../support/test-app';
import { useWebHarness } from './browser';

const C = `/api/companies/${COMPANY}`;
const web = useWebHarness();

describe('a change of the registered email address on the pages', () => {
  it('s.88B: the notice is listed in words with no deadline, naming s.88B, not s.87, and without the address', async () => {
    const secretary = web.app.auth('secretary');
    const inForce = (await web.app.http.get(`${C}/particulars?asAt=2026-05-01`).set(secretary).expect(200)).body.registeredEmailAddress as string | null;
    if (inForce === null) await web.app.http.post(`${C}/particulars`).set(secretary).send({ effectiveOn: '2026-05-01', registeredEmailAddress: 'company.secretary@example.org' }).expect(201);
    await web.app.http.post(`${C}/particulars`).set(secretary).send({ effectiveOn: '2026-06-01', registeredEmailAddress: 'page.governance@example.org' }).expect(201);
    const { context, page } = await web.session('secretary');
    await page.goto('/directors');
    const row = page.locator('main table tbody tr', { hasText: 'registered email address' }).first();
    const text = (await row.textContent())!;
    expect(text).toContain('No deadline: file from 1 June 2026 (s.88B)');
    expect(text).not.toContain('page.governance@example.org');
    await context.close();
  });
});
