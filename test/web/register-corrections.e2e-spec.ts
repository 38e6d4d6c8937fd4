import { inWords } from '../../apps/api/src/web/view-filters';
import { seededAllotmentSequence } from '../support/authority';
import { todayAndTomorrow } from '../support/dates';
import { readRegister } from '../support/register';
import { COMPANY } from '../support/test-app';
import { seriousViolations, useWebHarness } from './browser';

const web = useWebHarness();

const REASON = 'The partners were entered under the wrong name (synthetic page)';
const CORRECTED = 'Corrected partners of Demo Practice 35 (synthetic)';

const text = async (locator: { textContent(): Promise<string | null> }) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ');

describe('the register page keeps an entry voided by a correction visible', () => {
  it('SR-4, IN-4: a corrected 2014 allotment is listed under "Corrections of the register" with what it said, the day voided and why; the last alteration is the day of the correction', async () => {
    const { today } = await todayAndTomorrow();
    const before = (await readRegister(web.app, 'status=all&limit=1000', 'auditor')).members.find((m) => m.shares.some((s) => s.shareNumber === 35))!;
    const { context, page } = await web.session('auditor');
    await page.goto(`/register?asAt=${today}`);
    expect(await text(page.locator('#last-alteration'))).toBe('The register was last altered on 1 September 2014; no alterations are pending (s.120).');

    const correction = await web.app.http
      .post(`/api/companies/${COMPANY}/ledger/corrections`)
      .set(web.app.auth('secretary'))
      .send({
        correctsSequence: seededAllotmentSequence(35),
        reason: REASON,
        replacement: { type: 'allotment', effectiveOn: '2014-09-01', shareNumber: 35, holder: { practiceId: 'practice-z00035', name: CORRECTED } },
      });
    expect(correction.status).toBe(201);
    const sequence = correction.body.sequence as number;

    // An auditor (not the secretary) sees the register as corrected, and the entry voided beside its correction.
    await page.goto(`/register?asAt=${today}&status=all`);
    expect(await page.locator('main table tbody tr').getByRole('link', { name: before.name, exact: true }).count()).toBe(0);
    expect(await page.locator('main table tbody tr').getByRole('link', { name: CORRECTED, exact: true }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Corrections of the register' }).count()).toBe(1);
    const row = text(page.locator(`#correction-${sequence}`));
    expect(await row).toContain(`Voided Entry ${seededAllotmentSequence(35)}: allotment of share 35 to ${before.name}, dated 1 September 2014`);
    expect(await row).toContain(inWords(today));
    expect(await row).toContain(REASON);
    expect(await row).toContain(`Entry ${sequence}`);
    expect(await row).toContain(`allotment of share 35 to ${CORRECTED}, dated 1 September 2014`);
    // Nothing the register does not already show: the voided entry's name and dates, never an address.
    expect(await row).not.toContain(before.address);
    expect(await text(page.locator('#last-alteration'))).toContain(`The register was last altered on ${inWords(today)}; no alterations are pending (s.120).`);
    expect(await seriousViolations(page)).toEqual([]);

    // As at a day before the correction: the register as corrected, the correction still listed, and it is a later alteration.
    await page.goto('/register?asAt=2015-01-01');
    expect(await page.locator(`#correction-${sequence}`).count()).toBe(1);
    expect(await text(page.locator('#last-alteration'))).toContain('The register was last altered on 1 September 2014; further alterations are pending (s.120).');

    // The member's own page lists the correction of its entry; another member's does not.
    const after = (await readRegister(web.app, 'status=all&limit=1000', 'auditor')).members;
    const corrected = after.find((m) => m.name === CORRECTED)!;
    await page.goto(`/register/members/${encodeURIComponent(corrected.memberId)}?asAt=${today}`);
    expect(await text(page.locator(`#correction-${sequence}`))).toContain(REASON);
    expect(await seriousViolations(page)).toEqual([]);
    const other = after.find((m) => m.shares.some((s) => s.shareNumber === 1))!;
    await page.goto(`/register/members/${encodeURIComponent(other.memberId)}?asAt=${today}`);
    expect(await page.getByRole('heading', { name: 'Corrections of the register' }).count()).toBe(0);
    await context.close();
  }, 120_000);
});
