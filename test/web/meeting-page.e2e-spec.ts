import { readRegister } from '../support/register';
import { COMPANY } from '../support/test-app';
import { seriousViolations, useWebHarness } from './browser';

const web = useWebHarness();

const C = `/api/companies/${COMPANY}`;
const post = (path: string, body: object) => web.app.http.post(`${C}/${path}`).set(web.app.auth('secretary')).send(body).expect(201);
/** An id as the database keeps it. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/;

/** What the meeting page says of its quorum (the summary row and each sitting's heading) and of item 1's votes, as the board reads it. */
async function meetingPage(meetingId: string) {
  const { context, page } = await web.session('board');
  await page.goto(`/meetings/${meetingId}`);
  const said = {
    quorum: (await page.locator('main dl .nhsuk-summary-list__row', { hasText: 'Quorum' }).locator('.nhsuk-summary-list__value').textContent())!.trim(),
    sittings: (await page.locator('main h2', { hasText: 'Sitting on' }).allTextContents()).map((h) => h.replace(/\s+/g, ' ').trim()),
    votes: (await page.locator('main .nhsuk-card', { hasText: 'Item 1' }).locator('li').allTextContents()).map((v) => v.trim()),
    main: (await page.locator('main').textContent())!,
    violations: await seriousViolations(page),
  };
  await context.close();
  return said;
}

describe('the meeting page in words', () => {
  it('MT-3, MA-2: a board meeting says the quorum needed beside the number counted present, and names each director by how they voted', async () => {
    const directors = (await web.app.http.get(`${C}/directors?asAt=2026-06-10`).set(web.app.auth('board')).expect(200)).body as { directorId: string; name: string }[];
    expect(directors.length).toBeGreaterThanOrEqual(3);
    const [d1, d2, d3] = directors as [(typeof directors)[number], (typeof directors)[number], (typeof directors)[number]];
    const called = await post('meetings', {
      kind: 'board',
      heldOn: '2026-06-10',
      items: [{ text: 'THAT the premises lease be renewed (synthetic).' }],
      attendance: [{ directorId: d1.directorId }, { directorId: d2.directorId }, { directorId: d3.directorId, interestedIn: [1] }],
    });
    const rid = called.body.items[0].resolutionId as string;
    await post(`resolutions/${rid}/votes`, { directorId: d1.directorId, vote: 'for' });
    await post(`resolutions/${rid}/votes`, { directorId: d2.directorId, vote: 'against' });
    await post(`resolutions/${rid}/votes`, { directorId: d3.directorId, vote: 'for' });

    const said = await meetingPage(called.body.meetingId);
    expect(said.quorum).toBe('2 needed; 3 counted present — quorate');
    expect(said.sittings).toEqual(['Sitting on 10 June 2026: quorate (3 counted present; 2 needed)']);
    expect(said.main).not.toMatch(/\b2 present\b/);
    expect(said.votes).toEqual(
      expect.arrayContaining([`For: ${d1.name}; ${d3.name} (interested in the matter, not counted)`, `Against: ${d2.name}`]),
    );
    expect(said.main).not.toMatch(UUID);
    expect(said.violations).toEqual([]);
  }, 120_000);

  it('MA-2: two of three directors present interested in item 1: the sitting is quorate except for item 1, on the page and in the list', async () => {
    const directors = (await web.app.http.get(`${C}/directors?asAt=2026-06-11`).set(web.app.auth('board')).expect(200)).body as { directorId: string; name: string }[];
    const [d1, d2, d3] = directors as [(typeof directors)[number], (typeof directors)[number], (typeof directors)[number]];
    const called = await post('meetings', {
      kind: 'board',
      heldOn: '2026-06-11',
      items: [{ text: 'THAT the supply contract with a director be approved (synthetic).' }, { text: 'THAT the accounts be noted (synthetic).' }],
      attendance: [{ directorId: d1.directorId, interestedIn: [1] }, { directorId: d2.directorId, interestedIn: [1] }, { directorId: d3.directorId }],
    });
    for (const item of called.body.items as { resolutionId: string }[]) for (const d of [d1, d2, d3]) await post(`resolutions/${item.resolutionId}/votes`, { directorId: d.directorId, vote: 'for' });

    const said = await meetingPage(called.body.meetingId);
    expect(said.quorum).toBe('2 needed; 3 counted present — quorate, except for item 1: 1 counted (2 interested) — not quorate');
    expect(said.sittings).toEqual(['Sitting on 11 June 2026: quorate (3 counted present; 2 needed), except for item 1: 1 counted (2 interested) — not quorate']);
    // The item says why it failed: the sitting had its quorum, the item did not.
    const failed = 'not quorate for this item: 1 director counted, 2 needed (2 interested in it, not counted)';
    expect(said.main.replace(/\s+/g, ' ')).toContain(`Failed: ${failed}`);
    expect(said.main).not.toContain('no quorum present');
    expect(said.violations).toEqual([]);

    const { context, page } = await web.session('board');
    await page.goto(`/resolutions/${called.body.items[0].resolutionId}`);
    expect((await page.locator('main').textContent())!.replace(/\s+/g, ' ')).toContain(`failed — ${failed}`);
    await page.goto('/meetings');
    const row = page.locator('main tbody tr', { has: page.locator(`a[href="/meetings/${called.body.meetingId}"]`) });
    expect((await row.locator('td').nth(3).locator('> span').nth(1).textContent())!.replace(/\s+/g, ' ').trim()).toBe('Quorate except for item 1: 1 counted (2 interested) — not quorate');
    await context.close();
  }, 120_000);

  it('MT-3, MA-1: a general meeting names each practice by how it voted, with the proxy or corporate representative who cast the vote', async () => {
    const { members } = await readRegister(web.app, 'status=current&limit=100000&asAt=2026-03-20');
    const [m1, m2, m3] = members as [(typeof members)[number], (typeof members)[number], (typeof members)[number]];
    const called = await post('meetings', {
      kind: 'general',
      noticeGivenOn: '2026-03-02',
      heldOn: '2026-03-20',
      items: [{ type: 'ordinary', text: 'THAT the annual report be received (synthetic).' }],
      attendance: [{ memberId: m1.memberId }, { memberId: m2.memberId, proxyName: 'Ms P. Proxy (synthetic)' }, { memberId: m3.memberId, representativeName: 'Mr R. Representative (synthetic)' }],
    });
    const rid = called.body.items[0].resolutionId as string;
    await post(`resolutions/${rid}/votes`, { memberId: m1.memberId, vote: 'for' });
    // MT-3: the proxy typed again on the vote, in other case and spacing, is the one the attendance names.
    await post(`resolutions/${rid}/votes`, { memberId: m2.memberId, vote: 'for', proxyName: ' ms p.  PROXY (synthetic)' });
    await post(`resolutions/${rid}/votes`, { memberId: m3.memberId, vote: 'abstain', representativeName: 'Mr R. Representative (synthetic)' });

    const said = await meetingPage(called.body.meetingId);
    expect(said.quorum).toBe('2 needed; 3 counted present — quorate');
    expect(said.sittings).toEqual(['Sitting on 20 March 2026: quorate (3 counted present; 2 needed)']);
    expect(said.votes).toEqual(
      expect.arrayContaining([`For: ${m1.name}; ${m2.name}, by proxy: Ms P. Proxy (synthetic)`, `Abstained: ${m3.name}, by its corporate representative Mr R. Representative (synthetic)`]),
    );
    expect(said.votes.filter((v) => v.startsWith('Against'))).toEqual([]);
    expect(said.main).not.toContain('PROXY');
    expect(said.main).not.toMatch(UUID);
    expect(said.violations).toEqual([]);
    // The resolution's own page words its votes as the meeting page does.
    const { context, page } = await web.session('board');
    await page.goto(`/resolutions/${rid}`);
    const votes = (await page.locator('main ul.nhsuk-list li').allTextContents()).map((v) => v.trim());
    expect(votes).toEqual(expect.arrayContaining([`For: ${m1.name}; ${m2.name}, by proxy: Ms P. Proxy (synthetic)`, `Abstained: ${m3.name}, by its corporate representative Mr R. Representative (synthetic)`]));
    expect(await page.locator('main').textContent()).not.toContain('PROXY');
    await context.close();
  }, 120_000);

  it('MT-3: before any attendance is recorded the page gives the quorum needed and says no attendance is recorded yet', async () => {
    const called = await post('meetings', { kind: 'board', heldOn: '2026-06-11', items: [{ text: 'THAT the budget be noted (synthetic).' }] });
    const said = await meetingPage(called.body.meetingId);
    expect(said.quorum).toBe('2 needed; no attendance recorded yet');
    expect(said.main).toContain('Votes recorded: none.');
  }, 120_000);
});
