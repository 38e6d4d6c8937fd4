import { holdersByShare } from '../support/register';
import { COMPANY } from '../support/test-app';
import { useWebHarness } from './browser';

const C = `/api/companies/${COMPANY}`;
const web = useWebHarness();

describe('finding a member on the register page by name, with or without accents (RM-1)', () => {
  it('RM-1: "Nguyen" finds "Nguyễn", "nguyễn" finds "Nguyen", and "Lukasz" finds "Łukasz"; a name matching none finds nothing', async () => {
    const holders = await holdersByShare(web.app);
    const rename = (share: number, name: string) =>
      web.app.http.post(`${C}/members/${holders.get(share)}/particulars`).set(web.app.auth('secretary')).send({ effectiveOn: '2026-06-01', name }).expect(201);
    await rename(5, 'Nguyen Surgery (synthetic)');
    await rename(6, 'Nguyễn Practice (synthetic)');
    await rename(7, 'Łukasz Wójcik Practice (synthetic)');
    const { context, page } = await web.session('board');
    const found = async (name: string) => {
      await page.goto(`/register?name=${encodeURIComponent(name)}`);
      return (await page.locator('main table tbody tr').allTextContents()).map((row) => row.match(/(Nguy\S+|Łukasz) \S+/)?.[0] ?? row.trim().slice(0, 40));
    };
    expect(await found('Nguyen')).toEqual(['Nguyễn Practice', 'Nguyen Surgery']);
    expect(await found('nguyễn s')).toEqual(['Nguyen Surgery']);
    expect(await found('Lukasz')).toEqual(['Łukasz Wójcik']);
    expect(await found('ŁUKASZ WÓJ')).toEqual(['Łukasz Wójcik']);
    expect((await found('Nguyenx')).filter((row) => row.startsWith('Nguy'))).toEqual([]);
    // Any word of the name, from its start: a surname, the second word of a practice's name.
    expect(await found('wojcik')).toEqual(['Łukasz Wójcik']);
    expect(await found('surgery')).toEqual(['Nguyen Surgery']);
    expect((await found('urgery')).filter((row) => row.startsWith('Nguy'))).toEqual([]);
    expect(await page.locator('main table caption').innerText()).toBe('No entry has a name with a word beginning “urgery”');
    // Longer than a name may be: a 400 page naming the search, as the API refuses it.
    const long = await page.goto(`/register?name=${'n'.repeat(301)}`);
    expect(long?.status()).toBe(400);
    expect(await page.locator('main').innerText()).toContain('The name searched for is 301 characters long: a name may be at most 300');
    await context.close();
  });
});
