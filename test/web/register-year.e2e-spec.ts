import type { Page } from 'playwright-core';
import { passBoardResolution } from '../support/authority';
import { ledgerHead } from '../support/ledger';
import { holdersByShare, readRegister } from '../support/register';
import { COMPANY } from '../support/test-app';
import { seriousViolations, startWebHarness, submit, type WebHarness } from './browser';

let web: WebHarness;
/** The board resolution that authorises the allotment of share 38. */
let authorisedBy: string;
/** A member to open the member page of. */
let memberId: string;
/** The member that held share 4 until it was transferred on 2024-02-25. */
let formerMemberId: string;
/** The ledger entry of that transfer. */
let transferSequence: number;
beforeAll(async () => {
  web = await startWebHarness();
  authorisedBy = await passBoardResolution(web.app, COMPANY, '2024-02-20', [
    { action: 'allotment', shareNumber: 38 },
    { action: 'transfer', shareNumber: 4 },
  ]);
  // Practices on the list but not yet members: one to receive the transfer lodged below, one to make a former member.
  for (const n of ['39', '40']) {
    const listed = await web.app.http
      .post(`/api/companies/${COMPANY}/practices`)
      .set(web.app.auth('secretary'))
      .send({ odsCode: `Z000${n}`, name: `Example Practice ${n}`, address: `${n} Example Street, London E1 9AA`, on: '2024-01-02' });
    expect(listed.status).toBe(201);
  }
  formerMemberId = (await holdersByShare(web.app)).get(4)!;
  const transferred = await web.app.http
    .post(`/api/companies/${COMPANY}/share-transfers`)
    .set(web.app.auth('secretary'))
    .send({ shareNumber: 4, fromMemberId: formerMemberId, to: { practiceId: 'practice-z00040' }, lodgedOn: '2024-02-21', effectiveOn: '2024-02-25', authorisedBy });
  expect(transferred.status).toBe(201);
  transferSequence = transferred.body.sequence;
  memberId = (await readRegister(web.app, 'status=current&limit=1')).members[0].memberId;
}, 180_000);
afterAll(() => web?.close());

const writeForms = (page: Page) => page.locator('main form[method="post"]').count();

describe('the register year through the pages', () => {
  it('RM-1: the secretary admits a practice to the list, allots it share 38, and the register page shows 38 members', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/practices');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('ODS code').fill('Z00038');
    await page.getByLabel('Name of the practice').fill('Example New Practice');
    await page.getByLabel('Address of the practice').fill('38 Example Street, London E1 8AA');
    await page.getByLabel('Date it joins the list').fill('2024-03-01');
    expect(await submit(page, 'Admit the practice')).toBe(303);
    expect(await page.getByText('Example New Practice (Z00038) is on the list of practices from 1 March 2024').count()).toBe(1);
    expect(await page.locator('main table tbody tr', { hasText: 'Example New Practice' }).textContent()).toContain('Eligible since 1 March 2024');

    await page.goto('/practices/practice-z00038');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await writeForms(page)).toBe(2);

    await page.goto('/share-changes?kind=allotment');
    await page.getByLabel('Share number (optional)').fill('38');
    await page.getByLabel('Practice', { exact: true }).selectOption('practice-z00038');
    await page.getByLabel('Date of allotment').fill('2024-03-10');
    await page.getByLabel('Authorising resolution').selectOption(authorisedBy);
    expect(await submit(page, 'Record the allotment')).toBe(303);
    await page.goto('/register?asAt=2024-03-10');
    expect(await page.getByText('38 current members, 38 shares in issue').count()).toBe(1);
    expect((await readRegister(web.app, 'asAt=2024-03-10&limit=1')).totals.currentMembers).toBe(38);
    await context.close();
  }, 120_000);

  it('SH-3, s.771: the secretary lodges a transfer and refuses it with reasons; the register is unchanged and the decision is done', async () => {
    const before = await holdersByShare(web.app);
    const holder = before.get(2)!;
    const { context, page } = await web.session('secretary');
    // SH-3: a transferor who does not hold the share, or a share never allotted, is refused at lodging and nothing is written.
    const head = await ledgerHead(web.app);
    for (const [shareNumber, transferor, field, message] of [
      ['2', before.get(3)!, 'fromMemberId', 'The member named does not hold that share on that date'],
      ['9999', holder, 'shareNumber', 'No share with that number has been allotted'],
    ]) {
      await page.goto('/transfers');
      await page.getByLabel('Share number').fill(shareNumber);
      await page.getByLabel('Transferor (the member who holds the share)').selectOption(transferor);
      await page.getByLabel('Transferee practice').selectOption('practice-z00039');
      await page.getByLabel('Date the instrument of transfer was lodged').fill('2024-04-01');
      expect(await submit(page, 'Lodge the transfer')).toBe(422);
      expect(await page.locator('.nhsuk-error-summary').textContent()).toContain(message);
      expect(await page.locator('.nhsuk-error-summary a').first().getAttribute('href')).toBe(`#${field}`);
    }
    expect(await ledgerHead(web.app)).toEqual(head);
    await page.goto('/transfers');
    await page.getByLabel('Share number').fill('2');
    await page.getByLabel('Transferor (the member who holds the share)').selectOption(holder);
    await page.getByLabel('Transferee practice').selectOption('practice-z00039');
    await page.getByLabel('Date the instrument of transfer was lodged').fill('2024-04-01');
    expect(await submit(page, 'Lodge the transfer')).toBe(303);
    const transferId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    expect(await page.getByText('Awaiting a decision').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto('/transfers');
    const row = page.locator(`main table tbody tr:has(a[href="/transfers/${encodeURIComponent(transferId)}"])`);
    expect(await row.textContent()).toContain('1 June 2024');
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`/transfers/${transferId}`);
    await page.getByLabel('Reasons for the refusal').fill('The transferee is not yet a practice the board has approved.');
    await page.getByLabel('Date the notice of refusal was sent').fill('2024-04-20');
    expect(await submit(page, 'Refuse the transfer')).toBe(303);
    expect(await page.locator('.nhsuk-summary-list').textContent()).toContain('Refused on 20 April 2024');
    expect(await page.getByText('The decision on this transfer is done').count()).toBe(1);
    expect(await writeForms(page)).toBe(0);
    expect(await holdersByShare(web.app)).toEqual(before);
    const duties = (await web.app.http.get(`/api/companies/${COMPANY}/deadlines?from=2024-01-01&to=2024-12-31`).set(web.app.auth('board'))).body as { kind: string; dueOn: string; status: string }[];
    const decision = duties.filter((d) => d.kind === 'transfer-decision' && d.dueOn === '2024-06-01');
    expect(decision.map((d) => d.status)).toEqual(['done']);
    await context.close();
  }, 120_000);

  it('SR-3: the secretary records a certificate, then replaces it as lost; the new number is in force and the old one cancelled', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/certificates');
    await page.locator('#issue-shareNumber').selectOption('3');
    await page.locator('#issue-issuedOn').fill('2024-05-01');
    expect(await submit(page, 'Record the certificate')).toBe(303);
    const issued = (await page.locator('.nhsuk-notification-banner').textContent())!.match(/C-\d{4}/)![0];

    await page.locator('#replacement-replacesCertificate').selectOption(String(Number(issued.slice(2))));
    await page.getByRole('radio', { name: 'Lost' }).check();
    await page.getByLabel("Date the holder's indemnity was received").fill('2024-05-10');
    await page.getByLabel('Date the replacement is issued').fill('2024-05-11');
    // The fields as the browser would send them, to send the same form again below.
    const form = await page.locator('form[action="/certificates/replacement"]').evaluate((f) => {
      const fields: Record<string, string> = {};
      for (const el of (f as unknown as { elements: Iterable<{ name: string; value: string; type: string; checked: boolean }> }).elements) {
        if (el.name && (el.type !== 'radio' || el.checked)) fields[el.name] = el.value;
      }
      return fields;
    });
    expect(await submit(page, 'Issue the replacement')).toBe(303);
    const replacement = (await page.locator('.nhsuk-notification-banner').textContent())!.match(/C-\d{4}/)![0];
    expect(Number(replacement.slice(2))).toBe(Number(issued.slice(2)) + 1);
    // The same form sent again (a double click, the back button) replaces nothing: the error says why.
    const head = await ledgerHead(web.app);
    const again = await page.request.post('/certificates/replacement', { form });
    expect(again.status()).toBe(422);
    expect(await again.text()).toContain('already been replaced');
    expect(await ledgerHead(web.app)).toEqual(head);
    await page.goto('/certificates');
    expect(await page.locator(`tr#${replacement}`).textContent()).toContain(`replaces ${issued} (lost; indemnity received 10 May 2024)`);
    expect(await page.locator(`tr#${replacement}`).textContent()).toContain('In force');
    expect(await page.locator(`tr#${issued}`).textContent()).toContain('11 May 2024 (replacement)');
    expect(await page.locator(`tr#${replacement} a`).getAttribute('href')).toBe(`/certificates/${replacement}/certificate.pdf`);
    const pdf = await page.request.get(`/certificates/${replacement}/certificate.pdf`);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);

  it('RM-1: a refused form (an ODS code already on the list) shows its error beside the field and writes nothing', async () => {
    const head = await ledgerHead(web.app);
    const { context, page } = await web.session('secretary');
    await page.goto('/practices');
    await page.getByLabel('ODS code').fill('Z00037');
    await page.getByLabel('Name of the practice').fill('A Second Practice');
    await page.getByLabel('Address of the practice').fill('1 Example Road, London E1 1AA');
    await page.getByLabel('Date it joins the list').fill('2024-03-01');
    expect(await submit(page, 'Admit the practice')).toBe(422);
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('A practice with that id or ODS code is already on the list');
    expect(await page.locator('.nhsuk-error-summary a').getAttribute('href')).toBe('#odsCode');
    expect(await page.locator('#odsCode-error').textContent()).toContain('already on the list');
    expect(await page.getByLabel('Name of the practice').inputValue()).toBe('A Second Practice');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await ledgerHead(web.app)).toEqual(head);
    await context.close();
  });

  it('the secretary\'s correction and particulars forms pass the accessibility check, and the ledger explains a correction', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/ledger/corrections');
    expect(await page.getByText('the original stays in the ledger').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`/register/members/${encodeURIComponent(memberId)}/particulars`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`/register/members/${encodeURIComponent(memberId)}`);
    expect(await page.getByRole('link', { name: "Change the member's particulars" }).count()).toBe(1);
    expect(await page.getByText('Shares held under this entry').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('a board member sees the practices, transfers, certificates and history, never a form that writes, and is refused the secretary\'s forms', async () => {
    const { context, page } = await web.session('board');
    const transferId = (await web.app.http.get(`/api/companies/${COMPANY}/share-transfers`).set(web.app.auth('board'))).body.transfers[0].transferId;
    for (const path of ['/practices', '/practices/practice-z00038', '/transfers', `/transfers/${transferId}`, '/certificates', `/register/members/${encodeURIComponent(memberId)}`]) {
      const response = await page.goto(path);
      expect([path, response?.status()]).toEqual([path, 200]);
      expect([path, await writeForms(page)]).toEqual([path, 0]);
      expect([path, await seriousViolations(page)]).toEqual([path, []]);
    }
    expect(await page.getByRole('link', { name: "Change the member's particulars" }).count()).toBe(0);
    // RM-1: a former member's entry names the share it held; its page shows the entry as a former member's.
    await page.goto('/register?asAt=2024-12-31&status=former');
    expect(await page.locator('main table tbody tr', { hasText: 'Held: share No. 4, transfer 25 February 2024' }).count()).toBe(1);
    await page.goto(`/register/members/${encodeURIComponent(formerMemberId)}?asAt=2024-12-31`);
    expect(await page.locator('main').textContent()).toContain('to 25 February 2024 (former member)');
    // The transfer's authority is named by the resolution's reference, as people know it, not its id.
    const resolution = (await web.app.http.get(`/api/companies/${COMPANY}/resolutions/${authorisedBy}`).set(web.app.auth('board')).expect(200)).body;
    const authority = page.locator('main table tbody tr', { hasText: 'transferred' }).getByRole('link', { name: resolution.reference });
    expect(await authority.count()).toBeGreaterThan(0);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain(authorisedBy);
    // Who the share went to is named, not printed as an object.
    expect(text).toMatch(/25 February 2024, transfer to New partners of Demo Practice 40|25 February 2024, transfer to \S/);
    expect(text).not.toContain('[object Object]');
    // The member is named, not shown by its internal id.
    expect(text).toContain('Share history as at the end of 31 December 2024');
    expect(text).not.toContain(formerMemberId);
    for (const path of ['/ledger/corrections', `/register/members/${encodeURIComponent(memberId)}/particulars`]) {
      const response = await page.goto(path);
      expect([path, response?.status()]).toEqual([path, 403]);
      expect(await page.locator('main form').count()).toBe(0);
    }
    await context.close();
  }, 120_000);

  it('RM-4, SR-4: the secretary corrects the date of a transfer; the original stays in the ledger, shown as corrected', async () => {
    const head = await ledgerHead(web.app);
    const { context, page } = await web.session('secretary');
    await page.goto(`/ledger/corrections?entry=${transferSequence}`);
    await page.getByLabel('Why it is corrected').fill('The transfer was registered on 26 February, not 25 February.');
    await page.getByRole('radio', { name: 'A corrected transfer' }).check();
    await page.getByLabel('Share number').fill('4');
    await page.getByLabel('Date of the corrected entry').fill('2024-02-26');
    await page.getByLabel('Practice that receives the share (allotment or transfer)').selectOption('practice-z00040');
    await page.getByLabel('Member who holds the share (transfer or cancellation)').selectOption(formerMemberId);
    expect(await submit(page, 'Record the correction')).toBe(303);
    expect(await page.getByText(`Ledger entry ${transferSequence} corrected by entry ${head.headSequence + 1}.`).count()).toBe(1);
    const row = page.locator('main table tbody tr').filter({ has: page.locator('td:first-child > span:last-child', { hasText: new RegExp(`^${transferSequence}$`) }) });
    expect(await row.textContent()).toContain(`Corrected by entry ${head.headSequence + 1}`);
    expect((await holdersByShare(web.app, '2024-02-25')).get(4)).toBe(formerMemberId);
    await context.close();
  });

  it('SH-5, RM-3: a merger without a successor is refused beside the field; with one the practice ceases; a member\'s new name shows from its date', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/practices/practice-z00039');
    await page.getByRole('radio', { name: 'Merged into another practice' }).check();
    await page.getByLabel('Date it ceases').fill('2024-06-30');
    expect(await submit(page, 'Record the closure')).toBe(422);
    expect(await page.locator('.nhsuk-error-summary a').getAttribute('href')).toBe('#successorPracticeId');
    expect(await page.locator('#successorPracticeId-error').textContent()).toContain('Name a successor practice');
    await page.getByLabel('Successor practice (needed for a merger)').selectOption('practice-z00040');
    expect(await submit(page, 'Record the closure')).toBe(303);
    expect(await page.locator('.nhsuk-summary-list').textContent()).toContain('Ceased 30 June 2024 (merged into another practice)');
    // The successor by name, not its internal id.
    expect(await page.locator('.nhsuk-summary-list').textContent()).not.toContain('practice-z00040');

    await page.goto(`/register/members/${encodeURIComponent(memberId)}/particulars`);
    await page.getByLabel('New name (optional)').fill('Renamed Example Practice');
    await page.getByLabel('Date the new particulars take effect').fill('2024-07-01');
    expect(await submit(page, 'Record the new particulars')).toBe(303);
    const history = page.locator('main table', { hasText: 'Particulars over time' });
    expect(await history.locator('tbody tr').last().textContent()).toContain('Renamed Example Practice');
    await context.close();
  });

  it('SH-5, SR-1: the register page flags a member whose practice ceased while it holds the share; the cancellation form offers forfeiture', async () => {
    const closed = await web.app.http
      .post(`/api/companies/${COMPANY}/practices/practice-z00005/closure`)
      .set(web.app.auth('secretary'))
      .send({ effectiveOn: '2024-08-01', reason: 'contract-ended' });
    expect(closed.status).toBe(201);
    const { context, page } = await web.session('secretary');
    await page.goto('/register?asAt=2024-08-02');
    const flagged = page.locator('main table tbody tr', { hasText: 'Practice ceased' });
    expect(await flagged.count()).toBe(1);
    expect(await flagged.textContent()).toContain('Practice ceased 1 August 2024: share No. 5 to be dealt with (buy-back) by 1 October 2024');
    await page.goto('/register?asAt=2024-07-31');
    expect(await page.locator('main table tbody tr', { hasText: 'Practice ceased' }).count()).toBe(0);

    await page.goto('/share-changes?kind=cancellation');
    expect(await page.getByRole('radio', { name: 'Forfeited' }).count()).toBe(1);
    expect(await page.getByLabel('Date of the notice requiring payment (forfeiture only)').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
