import { addDays } from '#domain';
import { formatDate } from '#reports';
import { flat, pageTexts } from '../../libs/reports/test/read-pdf';
import { today } from '../../apps/api/src/common/today';
import { COMPANY } from '../support/test-app';
import { useWebHarness } from './browser';

const web = useWebHarness();

const C = `/api/companies/${COMPANY}`;

describe("a resolution's page says what its record says, as at the day shown", () => {
  it('RS-2, CA 2006 s.282(2): a written resolution gives "Agreed by N of the M eligible members", as its copy PDF does', async () => {
    const secretary = web.app.auth('secretary');
    const proposed = await web.app.http.post(`${C}/resolutions`).set(secretary)
      .send({ kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: addDays(today(), -2), text: 'THAT the count be shown (synthetic).' }).expect(201);
    const { resolutionId, eligible } = proposed.body as { resolutionId: string; eligible: { memberId: string }[] };
    await web.app.http.post(`${C}/resolutions/${resolutionId}/agreements`).set(secretary).send({ memberId: eligible[0]!.memberId, agreedOn: addDays(today(), -1) }).expect(201);
    const needed = Math.floor(eligible.length / 2) + 1;

    const { context, page } = await web.session('auditor');
    await page.goto(`/resolutions/${resolutionId}`);
    expect(await page.locator('main dl').textContent()).toContain(`Agreed by 1 of the ${eligible.length} eligible members (more than half needed: ${needed}).`);
    await context.close();
  }, 120_000);

  it('MT-3: a board resolution for a meeting held with no attendance recorded yet awaits the attendance and votes; it has not failed', async () => {
    const proposed = await web.app.http.post(`${C}/resolutions`).set(web.app.auth('secretary'))
      .send({ kind: 'board', procedure: 'meeting', meetingOn: addDays(today(), -3), text: 'THAT the attendance be awaited (synthetic).' }).expect(201);
    const { resolutionId } = proposed.body as { resolutionId: string };

    const { context, page } = await web.session('auditor');
    await page.goto(`/resolutions/${resolutionId}`);
    const outcome = (await page.locator('main dl').textContent())!;
    expect(outcome).toContain('no attendance recorded yet');
    expect(outcome).not.toMatch(/failed|not quorate/);
    await context.close();
  }, 120_000);

  it('a resolution circulated after the day a page is shown as at reads "not yet proposed" there, never open, on the list and its own page', async () => {
    const circulatedOn = addDays(today(), -5);
    const proposed = await web.app.http.post(`${C}/resolutions`).set(web.app.auth('secretary'))
      .send({ kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn, text: 'THAT the later resolution wait its day (synthetic).' }).expect(201);
    const { resolutionId } = proposed.body as { resolutionId: string };
    const before = addDays(circulatedOn, -1);

    const { context, page } = await web.session('auditor');
    for (const asAt of ['1800-01-01', before]) {
      await page.goto(`/resolutions?asAt=${asAt}`);
      const outcome = (await page.locator(`main tr[id="${resolutionId}"] td:nth-child(3)`).textContent())!;
      expect(outcome).toContain('not yet proposed');
      expect(outcome).not.toMatch(/\bopen\b/);
    }
    // As at 1800, nothing of the company's is open yet.
    await page.goto('/resolutions?asAt=1800-01-01');
    const outcomes = (await page.locator('main table tbody tr td:nth-child(3)').allTextContents()).map((t) => t.trim());
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.filter((t) => /\bopen\b/.test(t))).toEqual([]);
    await page.goto(`/resolutions?asAt=${circulatedOn}`);
    expect(await page.locator(`main tr[id="${resolutionId}"]`).textContent()).toContain('open');

    await page.goto(`/resolutions/${resolutionId}?asAt=${before}`);
    const outcome = (await page.locator('main dl').textContent())!;
    expect(outcome).toContain(`Outcome as at ${formatDate(before)}`);
    expect(outcome).toContain('not yet proposed');
    expect(outcome).not.toMatch(/\bopen\b/);
    // No copy of a resolution not yet made is offered, here or on the list (the copy itself is refused for that day).
    expect(await page.locator('main a[href*="/copy.pdf"]').count()).toBe(0);
    await page.goto(`/resolutions?asAt=${before}`);
    expect(await page.locator(`main tr[id="${resolutionId}"] a[href*="/copy.pdf"]`).count()).toBe(0);
    expect(await page.locator(`main tr[id="${resolutionId}"] td:nth-child(5)`).textContent()).toContain('—');
    await context.close();
  }, 120_000);

  it('RS-1: as at a day, the page lists only the agreements dated by then, as its outcome counts them', async () => {
    const secretary = web.app.auth('secretary');
    const circulatedOn = addDays(today(), -4);
    const proposed = await web.app.http.post(`${C}/resolutions`).set(secretary)
      .send({ kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn, text: 'THAT the page wait its day (synthetic).' }).expect(201);
    const { resolutionId, eligible } = proposed.body as { resolutionId: string; eligible: { memberId: string; name: string }[] };
    const [early, late] = eligible;
    await web.app.http.post(`${C}/resolutions/${resolutionId}/agreements`).set(secretary).send({ memberId: early!.memberId, agreedOn: addDays(circulatedOn, 1) }).expect(201);
    await web.app.http.post(`${C}/resolutions/${resolutionId}/agreements`).set(secretary).send({ memberId: late!.memberId, agreedOn: addDays(circulatedOn, 3) }).expect(201);

    const { context, page } = await web.session('auditor');
    await page.goto(`/resolutions/${resolutionId}?asAt=${addDays(circulatedOn, 2)}`);
    const main = (await page.locator('main').textContent())!;
    expect(main).toContain(`Agreed by 1 of the ${eligible.length} eligible members`);
    expect(main).toContain(`${early!.name} agreed on ${formatDate(addDays(circulatedOn, 1))}`);
    expect(main).not.toContain(late!.name);
    // Its copy is offered as at the day shown, and is that day's: one agreement, not the later one.
    const link = page.getByRole('link', { name: `Download a copy of the resolution as at ${formatDate(addDays(circulatedOn, 2))} (PDF)` });
    expect(await link.getAttribute('href')).toBe(`/resolutions/${resolutionId}/copy.pdf?asAt=${addDays(circulatedOn, 2)}`);
    const copy = flat((await pageTexts(await (await page.request.get((await link.getAttribute('href'))!)).body())).join('\n'));
    expect(copy).toContain(early!.name);
    expect(copy).not.toContain(late!.name);
    await page.goto(`/resolutions/${resolutionId}?asAt=${circulatedOn}`);
    expect(await page.locator('main').textContent()).not.toContain(early!.name);
    await page.goto(`/resolutions/${resolutionId}`);
    expect(await page.locator('main').textContent()).toContain(late!.name);
    await context.close();
  }, 120_000);

  it('MT-3: once a sitting\'s attendance is recorded, its item\'s page offers a vote only for the members present in person who have not voted, and sends proxies to the meeting\'s page', async () => {
    const secretary = web.app.auth('secretary');
    const heldOn = addDays(today(), -6);
    const { members } = (await web.app.http.get(`${C}/register?limit=100`).set(secretary).expect(200)).body as { members: { memberId: string; name: string }[] };
    const [inPerson, voted, byProxy, absent] = members;
    const created = await web.app.http.post(`${C}/meetings`).set(secretary).send({
      kind: 'general', noticeGivenOn: addDays(heldOn, -20), heldOn,
      items: [{ type: 'ordinary', text: 'THAT the voters be those present (synthetic).' }],
      attendance: [{ memberId: inPerson!.memberId }, { memberId: voted!.memberId }, { memberId: byProxy!.memberId, proxyName: 'Ms Demo Proxy' }],
    }).expect(201);
    const { meetingId } = created.body as { meetingId: string };
    const resolutionId = created.body.items[0].resolutionId as string;
    await web.app.http.post(`${C}/resolutions/${resolutionId}/votes`).set(secretary).send({ memberId: voted!.memberId, vote: 'for' }).expect(201);

    const { context, page } = await web.session('secretary');
    await page.goto(`/resolutions/${resolutionId}`);
    const options = (await page.locator('select#who option').allTextContents()).map((t) => t.trim());
    expect(options).toEqual(['Choose', inPerson!.name]);
    expect(options).not.toContain(absent!.name);
    const hint = page.locator('#who-hint');
    expect(await hint.textContent()).toContain('by proxy or by a corporate representative votes on');
    expect(await hint.getByRole('link', { name: 'the meeting’s page' }).getAttribute('href')).toBe(`/meetings/${meetingId}`);
    await page.locator('select#who').selectOption({ label: inPerson!.name });
    await page.getByLabel('For').check();
    await page.getByRole('button', { name: 'Record it' }).click();
    expect(await page.locator('main').textContent()).toContain(inPerson!.name);
    expect((await page.locator('select#who option').allTextContents()).map((t) => t.trim())).toEqual(['Choose']);
    await context.close();
  }, 120_000);

  it('MT-3: a one-item meeting with no attendance recorded offers every member entitled who has not voted, the voters shown present not taken for its attendance', async () => {
    const secretary = web.app.auth('secretary');
    const meetingOn = addDays(today(), -4);
    const proposed = await web.app.http.post(`${C}/resolutions`).set(secretary)
      .send({ kind: 'members', type: 'ordinary', procedure: 'meeting', noticeGivenOn: addDays(meetingOn, -20), meetingOn, text: 'THAT every voter be offered (synthetic).' }).expect(201);
    const { resolutionId, entitled } = proposed.body as { resolutionId: string; entitled: { memberId: string; name: string }[] };
    await web.app.http.post(`${C}/resolutions/${resolutionId}/votes`).set(secretary).send({ memberId: entitled[0]!.memberId, vote: 'for' }).expect(201);

    const { context, page } = await web.session('secretary');
    await page.goto(`/resolutions/${resolutionId}`);
    const options = (await page.locator('select#who option').allTextContents()).map((t) => t.trim());
    expect(options).toHaveLength(entitled.length);
    expect(options).not.toContain(entitled[0]!.name);
    expect(options).toContain(entitled[1]!.name);
    expect(await page.locator('#who-hint').count()).toBe(0);
    await context.close();
  }, 120_000);
});
