import { addDays } from '#domain';
import { formatDate } from '#reports';
import { today } from '../../apps/api/src/common/today';
import { COMPANY } from '../support/test-app';
import { useWebHarness } from './browser';

const web = useWebHarness();

const C = `/api/companies/${COMPANY}`;
/** A calendar date as ISO 8601 gives it: what a form's value or a machine-readable attribute holds, not what a page says. */
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const PAGES = ['/home', '/register', '/ledger', '/resolutions', '/meetings', '/officers', '/directors', '/company', '/practices', '/transfers', '/certificates', '/inspection', '/alliance', '/access', '/share-changes', '/ledger/corrections'];

describe('calendar dates on the pages are in words, as the PDFs and warnings give them', () => {
  it('every page and the first record each lists show dates as "20 November 2026", never ISO; forms keep ISO values', async () => {
    const secretary = web.app.auth('secretary');
    const heldOn = addDays(today(), -3);
    await web.app.http.post(`${C}/meetings`).set(secretary).send({ kind: 'board', heldOn, items: [{ text: 'THAT the dates be in words (synthetic).' }] }).expect(201);
    await web.app.http.post(`${C}/inspection-requests`).set(secretary)
      .send({ receivedOn: addDays(today(), -2), kind: 'copy', requesterName: 'D. Words (synthetic)', requesterAddress: '4 Example Row, London E1 4AA', purpose: 'a study of dates', onwardRecipients: [] }).expect(201);
    const written = await web.app.http.post(`${C}/resolutions`).set(secretary)
      .send({ kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: addDays(today(), -4), text: 'THAT agreements be dated in words (synthetic).' }).expect(201);
    await web.app.http.post(`${C}/resolutions/${written.body.resolutionId}/agreements`).set(secretary).send({ memberId: written.body.eligible[0].memberId, agreedOn: addDays(today(), -1) }).expect(201);

    const { context, page } = await web.session('secretary');
    const shown: string[] = [];
    const visit = async (path: string) => {
      await page.goto(path);
      const text = (await page.evaluate('document.querySelector("main").innerText')) as string;
      const found = text.match(ISO_DATE);
      if (found) shown.push(`${path}: …${text.slice(Math.max(0, found.index! - 40), found.index! + 10)}`);
    };
    for (const path of PAGES) {
      await visit(path);
      const hrefs = (await page.evaluate(`[...document.querySelectorAll('main a[href^="${path}/"]:not([download])')].map((a) => a.getAttribute('href'))`)) as string[];
      const detail = hrefs.find((h) => !/\.(pdf|csv)(\?|$)/.test(h) && !h.includes('#'));
      if (detail) await visit(detail);
    }
    await visit(`/register?asAt=${addDays(today(), -1)}`);
    await visit(`/resolutions/${written.body.resolutionId}`);
    expect(shown).toEqual([]);

    await page.goto('/meetings');
    expect(await page.locator('main table tbody tr', { hasText: 'THAT the dates be in words' }).or(page.locator('main table tbody tr', { hasText: formatDate(heldOn) })).first().textContent()).toContain(formatDate(heldOn));
    // The "as at" form keeps the ISO date it sends.
    await page.goto(`/register?asAt=${heldOn}`);
    expect(await page.getByLabel('As at').inputValue()).toBe(heldOn);
    expect(await page.locator('main').textContent()).toContain(formatDate(heldOn));
    await context.close();
  }, 240_000);
});
