import { addDays } from '#domain';
import { today } from '../../apps/api/src/common/today';
import { passBoardResolution } from '../support/authority';
import { COMPANY } from '../support/test-app';
import { useWebHarness } from './browser';

const web = useWebHarness();
const C = `/api/companies/${COMPANY}`;

describe('the register page above 50 members', () => {
  it('RM-6 (s.115): with 51 members the register page says an index of names is needed and that the register, in order of name, is one; at 37 it says nothing', async () => {
    const post = (path: string, body: object) => web.app.http.post(`${C}/${path}`).set(web.app.auth('secretary')).send(body);
    const [admitted, allotted] = [addDays(today(), -10), addDays(today(), -5)];
    const shares = Array.from({ length: 14 }, (_, i) => 38 + i);
    for (const n of shares) await post('practices', { odsCode: `Z001${n}`, name: `Example Index Practice ${n} (synthetic)`, address: `${n} Index Road, London E1 1AA`, on: admitted }).expect(201);
    const board = await passBoardResolution(web.app, COMPANY, addDays(today(), -7), shares.map((shareNumber) => ({ action: 'allotment' as const, shareNumber })));
    await post('share-events/batch', { events: shares.map((n) => ({ type: 'allotment', shareNumber: n, holder: { practiceId: `practice-z001${n}` }, effectiveOn: allotted, authorisedBy: board })) }).expect(201);

    const { context, page } = await web.session('board');
    await page.goto(`/register?asAt=${addDays(allotted, -1)}`);
    expect(await page.locator('#index-of-members').count()).toBe(0);
    await page.goto('/register');
    const warning = (await page.locator('#index-of-members').textContent())!.replace(/\s+/g, ' ');
    expect(warning).toContain('The company has 51 members, more than 50');
    expect(warning).toContain('This register lists its entries in order of name, so it is one');
    await context.close();
  }, 120_000);
});
