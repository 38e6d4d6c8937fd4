import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { flat, pageTexts } from '../../libs/reports/test/read-pdf';
import { passBoardResolution } from '../support/authority';
import { readRegister } from '../support/register';
import { COMPANY } from '../support/test-app';
import { seriousViolations, startWebHarness, type WebHarness } from './browser';

let web: WebHarness;
/** Every page a board member or auditor may open (the secretary opens them too, with their forms). */
let READ_PAGES: string[];
/** The pages only the secretary may open: each is a form, or holds personal data. */
let SECRETARY_PAGES: string[];
/** Read pages on which the secretary has no form to send (nothing to record from them). */
let NO_FORMS: string[];
/** Personal data recorded below: an officer's residential address, full date of birth and personal code, an inspection requester's address. */
/** Personal data as the pages show it (the date of birth in words, as given: 1969-02-23). */
const PERSONAL = ['17 Hidden Row, London E3 7QQ', '23 February 1969', 'QRS98765XYZ', '8 Requester Close, Leeds LS2 2BB'];

beforeAll(async () => {
  web = await startWebHarness({ seedAlliance: true });
  const C = `/api/companies/${COMPANY}`;
  const secretary = web.app.auth('secretary');
  const register = await readRegister(web.app, 'status=current&limit=100');
  const memberId = register.members[0].memberId;
  // A resolution at a board meeting (so there is a meeting too), a transfer lodged and awaiting a decision,
  // an officer and an inspection request with their personal data.
  const resolutionId = await passBoardResolution(web.app, COMPANY, '2024-06-01', [{ action: 'transfer', shareNumber: 5 }]);
  const [chair] = (await web.app.http.get(`${C}/directors?asAt=2024-06-01`).set(secretary).expect(200)).body as { directorId: string }[];
  const meeting = await web.app.http.post(`${C}/meetings`).set(secretary)
    .send({ kind: 'board', heldOn: '2024-06-05', chairDirectorId: chair.directorId, items: [{ text: 'THAT the management accounts be noted (synthetic).' }], attendance: [{ directorId: chair.directorId }] }).expect(201);
  const meetingId = meeting.body.meetingId as string;
  const holder5 = register.members.find((m) => m.shares.some((s) => s.shareNumber === 5))!.memberId;
  const lodged = await web.app.http.post(`${C}/share-transfers`).set(secretary)
    .send({ status: 'lodged', shareNumber: 5, fromMemberId: holder5, to: { practiceId: 'practice-z00006' }, lodgedOn: '2024-06-10' }).expect(201);
  const officer = await web.app.http.post(`${C}/officers`).set(secretary).send({
    role: 'director', name: 'Dr Private Example (synthetic)', serviceAddress: '1 Demo Yard, London E1 0XX', countryOfResidence: 'United Kingdom',
    nationality: 'British', occupation: 'General practitioner', dateOfBirth: '1969-02-23', residentialAddress: PERSONAL[0], appointedOn: '2024-06-01',
  }).expect(201);
  await web.app.http.post(`${C}/officers/${officer.body.officerId}/identity-verification`).set(secretary).send({ verifiedOn: '2025-06-02', route: 'acsp', personalCode: PERSONAL[2] }).expect(201);
  await web.app.http.post(`${C}/inspection-requests`).set(secretary)
    .send({ receivedOn: '2024-06-03', kind: 'copy', requesterName: 'B. Requester', requesterAddress: PERSONAL[3], purpose: 'study of GP federations', onwardRecipients: [] }).expect(201);
  const member = `/register/members/${encodeURIComponent(memberId)}`;
  READ_PAGES = [
    '/home', '/register', member, '/resolutions', `/resolutions/${encodeURIComponent(resolutionId)}`, '/directors', '/alliance',
    '/alliance/tupe/tupe-2016-health-visiting', '/ledger', '/practices', '/practices/practice-z00001', '/transfers',
    `/transfers/${lodged.body.transferId}`, '/certificates', '/meetings', `/meetings/${encodeURIComponent(meetingId)}`, '/officers', '/company', '/inspection',
  ];
  SECRETARY_PAGES = ['/share-changes', '/share-changes?kind=allotment', '/share-changes?kind=cancellation', '/access', '/ledger/corrections', `${member}/particulars`];
  NO_FORMS = ['/home', '/register', member, '/alliance'];
}, 180_000);
afterAll(() => web?.close());

async function open(page: Page, path: string): Promise<number> {
  const response = await page.goto(path);
  return response?.status() ?? 0;
}

/** Forms in the page's main content that send a POST (the header's sign-out form is not one of them). */
const writeForms = (page: Page) => page.locator('main form[method="post"]').count();

describe('what each role sees on the pages', () => {
  it('the secretary opens every page, sees the forms and the personal data, and no page has a serious or critical accessibility violation', async () => {
    const { context, page } = await web.session('secretary');
    for (const path of [...READ_PAGES, ...SECRETARY_PAGES]) {
      expect([path, await open(page, path)]).toEqual([path, 200]);
      expect([path, await seriousViolations(page)]).toEqual([path, []]);
      if (!NO_FORMS.includes(path)) expect([path, (await writeForms(page)) > 0]).toEqual([path, true]);
    }
    await open(page, '/share-changes');
    expect(await writeForms(page)).toBe(1);
    await open(page, '/alliance/tupe/tupe-2016-health-visiting');
    expect(await page.getByRole('columnheader', { name: 'Date of birth' }).count()).toBe(1);
    // The personal data the other roles must not see is on the secretary's pages (so its absence there means something).
    await open(page, '/officers');
    const officers = await page.locator('main').textContent();
    for (const secret of PERSONAL.slice(0, 3)) expect(officers).toContain(secret);
    await context.close();
  }, 600_000);

  it('TU-4: a staff list (employee liability information) with bad rows is refused listing every one of them, and nothing is saved', async () => {
    const transfer = '/alliance/tupe/tupe-2016-health-visiting';
    const staff = async () => (await web.app.http.get(`/api/companies/tower-hamlets-gp-care-group/tupe-transfers/tupe-2016-health-visiting/employees`).set(web.app.auth('secretary'))).body;
    const before = await staff();
    const csv = [
      'staff_number,name,role,band,fte,continuous_service_date,pension_scheme,assigned_percent',
      'N-1,Ann Example,Health visitor,6,1,2010-04-01,nhs,100',
      'N-2,,Health visitor,6,1,2010-04-01,nhs,100',
      'N-3,Bob Example,Nursery nurse,11,1,2012-04-01,nhs,100',
    ].join('\n');
    const { context, page } = await web.session('secretary');
    await page.goto(transfer);
    await page.getByLabel('Staff list (CSV)').setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Upload and check' }).click()]);
    expect(response.status()).toBe(422);
    const problems = (await page.locator('.nhsuk-error-summary li').allTextContents()).map((p) => p.trim());
    // Row 1 is the header; row 2 is right, rows 3 (no name) and 4 (no band 11) are not.
    expect(problems.some((p) => p.startsWith('Row 3: the “name” cell is empty: enter the employee\'s name'))).toBe(true);
    expect(problems.some((p) => p.startsWith('Row 4, column “band”: not an Agenda for Change band'))).toBe(true);
    expect(problems.some((p) => /^Row 2\b/.test(p))).toBe(false);
    expect(await staff()).toEqual(before);
    await context.close();
  });

  // Every page is checked with axe for the board too (the auditor's pages are the same pages).
  it.each(['board', 'auditor'] as const)('as %s: never a write form, a secretary page or personal data', async (role) => {
    const { context, page } = await web.session(role);
    for (const path of READ_PAGES) {
      expect([path, await open(page, path)]).toEqual([path, 200]);
      expect([path, await writeForms(page)]).toEqual([path, path === '/ledger' ? 1 : 0]);
      const text = (await page.locator('main').textContent()) ?? '';
      expect([path, PERSONAL.filter((secret) => text.includes(secret))]).toEqual([path, []]);
      if (role === 'board') expect([path, await seriousViolations(page)]).toEqual([path, []]);
    }
    // The ledger's one form is "Verify now", which writes nothing.
    await open(page, '/ledger');
    expect(await page.locator('main form[method="post"]').getAttribute('action')).toBe('/ledger/verify');
    // TUPE personal data (dates of birth, pay, names) is the secretary's only.
    await open(page, '/alliance/tupe/tupe-2016-health-visiting');
    expect(await page.getByRole('columnheader', { name: 'Date of birth' }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Annual pay' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Access' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Share changes' }).count()).toBe(0);
    for (const path of SECRETARY_PAGES) {
      expect([path, await open(page, path)]).toEqual([path, 403]);
      expect(await page.locator('main form').count()).toBe(0);
    }
    // A write sent anyway (with the page's own CSRF token) is refused for the role, and records nothing.
    await open(page, '/home');
    const before = (await web.app.http.get('/api/companies/tower-hamlets-gp-care-group/ledger/verify').set(web.app.auth('auditor'))).body.headSequence;
    const token = await page.locator('header form input[name="_csrf"]').inputValue();
    const refused = await page.request.post('/share-changes/transfer', { form: { _csrf: token, shareNumber: '1', effectiveOn: '2024-01-01' } });
    expect(refused.status()).toBe(403);
    const after = (await web.app.http.get('/api/companies/tower-hamlets-gp-care-group/ledger/verify').set(web.app.auth('auditor'))).body.headSequence;
    expect(after).toBe(before);
    await context.close();
  }, 300_000);

  it('a board member finds members by a word of their name, and downloads the register of members as a PDF naming them', async () => {
    const { context, page } = await web.session('board');
    await open(page, '/register');
    await page.getByLabel('Name', { exact: true }).fill('practice 0');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForLoadState('domcontentloaded');
    const found = (await page.locator('main table tbody tr td:first-child a').allTextContents()).map((n) => n.trim());
    expect(found.length).toBeGreaterThan(0);
    for (const name of found) expect(name.toLowerCase()).toContain(' practice 0');
    await open(page, '/register');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the register (PDF)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = flat((await pageTexts(pdf)).join(' '));
    const firstMember = (await page.locator('main table tbody tr td a').first().textContent())!.trim();
    expect(text).toContain(flat(firstMember));
    // For a spreadsheet, the CSV starts with a UTF-8 byte-order mark; the plain one does not.
    for (const [link, bom] of [['Download the register for Excel (CSV)', true], ['Download the register (CSV)', false]] as const) {
      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link, exact: true }).click()]);
      const bytes = readFileSync((await csv.path())!);
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(bom);
      expect(bytes.toString('utf8')).toContain(firstMember.split(' ')[0]!);
    }
    // Asked for neither true nor false, the address is refused, naming bom, as the API refuses it.
    for (const value of ['maybe', '1', 'yes']) {
      const refused = await page.request.get(`/register/register.csv?bom=${value}`);
      expect(refused.status()).toBe(400);
      expect(await refused.text()).toContain('bom must be true or false');
    }
    await context.close();
  });

  it('an auditor verifies the ledger with "Verify now" and the home page then shows it verified', async () => {
    const { context, page } = await web.session('auditor');
    await open(page, '/ledger');
    await page.getByRole('button', { name: 'Verify now' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.getByRole('heading', { name: 'Ledger verified: intact' }).count()).toBe(1);
    const head = (await web.app.http.get('/api/companies/tower-hamlets-gp-care-group/ledger/verify').set(web.app.auth('auditor'))).body;
    expect(await page.locator('main').textContent()).toContain(head.headHash);
    // The answer's address opened again (the address bar, a bookmark) is the ledger page with the latest check, not "Page not found".
    expect(await open(page, '/ledger/verify')).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/ledger');
    expect(await page.locator('main').textContent()).toContain(head.headHash);
    await open(page, '/home');
    expect(await page.getByText('Intact').count()).toBe(1);
    await context.close();
  });

  // Verifying reads the ledger and writes nothing to it: every role that sees the ledger page may verify, and none is shown a button that answers 403.
  it.each(['secretary', 'board', 'auditor'] as const)('as %s, "Verify now" on the ledger page verifies it (answered, not refused: intact) and records nothing', async (role) => {
    const { context, page } = await web.session(role);
    const head = async () => (await web.app.http.get('/api/companies/tower-hamlets-gp-care-group/ledger/verify').set(web.app.auth('auditor'))).body;
    const before = await head();
    await open(page, '/ledger');
    const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Verify now' }).click()]);
    await page.waitForLoadState('domcontentloaded');
    // Answered with a redirect to the ledger page, which shows the outcome once: a reload verifies nothing again.
    expect([new URL(answer.url()).pathname, answer.status()]).toEqual(['/ledger/verify', 303]);
    expect(new URL(page.url()).pathname).toBe('/ledger');
    expect(await page.getByRole('heading', { name: 'Ledger verified: intact' }).count()).toBe(1);
    expect(await page.locator('main').textContent()).toContain(before.headHash);
    const reloaded = await page.reload();
    expect([reloaded?.request().method(), reloaded?.status()]).toEqual(['GET', 200]);
    expect(await page.getByRole('heading', { name: 'Ledger verified: intact' }).count()).toBe(0);
    expect(await page.locator('main').textContent()).toMatch(/Last verified at .*: intact/);
    expect(await head()).toEqual(before);
    await context.close();
  });

  it('a page asked for an "as at" date that is not a real date says so (400) and never shows another day', async () => {
    const { context, page } = await web.session('board');
    for (const asAt of ['2025-02-30', 'abc', '9999-99-99']) {
      expect([asAt, (await page.goto(`/register?asAt=${asAt}`))?.status()]).toEqual([asAt, 400]);
      expect(await page.locator('main').textContent()).toContain('Enter the “as at” date as a real date, written YYYY-MM-DD in the address');
    }
    // The page links to the same page without the date in its address.
    await Promise.all([page.waitForURL('**/register'), page.getByRole('link', { name: 'Open this page as it stands today' }).click()]);
    expect(await page.locator('main h1').textContent()).toContain('Register of members');
    expect((await page.goto('/register?asAt=2025-02-28'))?.status()).toBe(200);
    expect(await page.locator('main .nhsuk-inset-text').count()).toBe(0);
    // A day after today is shown, saying that it is what is recorded so far.
    expect((await page.goto('/register?asAt=2999-12-31'))?.status()).toBe(200);
    expect(await page.locator('main .nhsuk-inset-text').textContent()).toContain('31 December 2999 is after today: this page shows what is recorded so far');
    await context.close();
  });

  it('the register asked for entries of no kind it keeps (status=zzz) says so (400) and never shows the current entries instead', async () => {
    const { context, page } = await web.session('board');
    for (const status of ['zzz', 'CURRENT', 'former,all']) {
      expect([status, (await page.goto(`/register?status=${status}`))?.status()]).toEqual([status, 400]);
      const text = (await page.locator('main').textContent())!;
      expect(text).toContain('Choose the entries to show, written status=current, status=former or status=all in the address');
      expect(await page.locator('main table').count()).toBe(0);
    }
    expect((await page.goto('/register?status=former'))?.status()).toBe(200);
    expect((await page.goto('/register?status='))?.status()).toBe(200);
    await context.close();
  });

  it('a page asked for an "as at" date holding a NUL character says so in words, naming the date (400), not "must not contain NUL characters"', async () => {
    const { context, page } = await web.session('board');
    expect((await page.goto('/register?asAt=2025-01-01%00'))?.status()).toBe(400);
    const text = (await page.locator('main').textContent())!;
    expect(text).toContain('The “as at” date contains a hidden character (NUL) that cannot be kept');
    expect(text).not.toContain('must not contain NUL characters');
    await context.close();
  });

  it('a page asked for a real "as at" date outside the range kept (1700-01-01) says what the range is, in words (400)', async () => {
    const { context, page } = await web.session('board');
    for (const path of ['/company?asAt=1700-01-01', '/register?asAt=3000-01-01']) {
      expect([path, (await page.goto(path))?.status()]).toEqual([path, 400]);
      const text = await page.locator('main').textContent();
      expect(text).toContain('Enter a date from 1 January 1800 to 31 December 2999');
      expect(text).not.toContain('Enter a real date');
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
    await context.close();
  });

  it('the alliance page lists each network\'s practices as a list, with no markup shown as text', async () => {
    const { context, page } = await web.session('board');
    await page.goto('/alliance');
    const network = page.locator('main details').first();
    await network.locator('summary').click();
    const items = (await network.locator('ul.nhsuk-list > li').allTextContents()).map((text) => text.trim());
    expect(items.length).toBeGreaterThan(1);
    expect(await network.textContent()).not.toMatch(/<\/?li>|&lt;/);
    await context.close();
  });
});
