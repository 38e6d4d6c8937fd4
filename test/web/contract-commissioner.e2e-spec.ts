import { seriousViolations, useWebHarness } from './browser';
import { ledgerHead } from '../support/ledger';

const web = useWebHarness({ seedAlliance: true });

const CHS = 'Community health services (alliance)';
const FORM = '/alliance/contracts/community-health-services/commissioner';
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The commissioner a contract has on the page's day, since when, and who had it before (Health and Care Act 2022: CCG to ICB). */
describe('/alliance: a contract that passed from the CCG to the ICB', () => {
  const commissionerCell = async (asAt: string) => {
    const { context, page } = await web.session('board');
    try {
      await page.goto(`/alliance?asAt=${asAt}`);
      const row = page.locator('tr', { hasText: CHS });
      return words(await row.locator('td').nth(2).innerText()).replace(/^Commissioner /, '');
    } finally {
      await context.close();
    }
  };

  it('shows the CCG before 1 July 2022, and from that day the ICB, how it passed, and the CCG "until 30 June 2022" beneath it', async () => {
    expect(await commissionerCell('2022-06-30')).toBe(`NHS Tower Hamlets Clinical Commissioning Group Changes of commissioner of ${CHS}`);
    expect(await commissionerCell('2022-07-01')).toBe(
      'NHS North East London Integrated Care Board ' +
        'from 1 July 2022: Health and Care Act 2022: the CCG was abolished and its contracts passed to the integrated care board (general knowledge, not from the company\'s published history) ' +
        `NHS Tower Hamlets Clinical Commissioning Group until 30 June 2022 Changes of commissioner of ${CHS}`,
    );
  });
});

/** The secretary records a contract passing to another commissioner from the contract's page; others read it. */
describe(`${FORM}: recording a change of commissioner`, () => {
  it('the board reads who let the contract and each change, with no form; sending the form anyway is 403 and writes nothing', async () => {
    const head = await ledgerHead(web.app);
    const { context, page } = await web.session('board');
    try {
      await page.goto(FORM);
      expect(words(await page.locator('#commissioner-changes tbody').innerText())).toBe(
        '1 April 2017 NHS Tower Hamlets Clinical Commissioning Group Let the contract ' +
          '1 July 2022 NHS North East London Integrated Care Board Health and Care Act 2022: the CCG was abolished and its contracts passed to the integrated care board (general knowledge, not from the company\'s published history)',
      );
      expect(await page.locator('main form').count()).toBe(0);
      const sent = await page.request.post(FORM, { form: { commissionerId: 'london-borough-of-tower-hamlets', on: '2025-04-01' } });
      expect(sent.status()).toBe(403);
    } finally {
      await context.close();
    }
    expect(await ledgerHead(web.app)).toEqual(head);
  });

  it('refusals are shown beside the field and write nothing; a change is then recorded, shown on /alliance, and the same change sent again is refused as already recorded', async () => {
    const { context, page } = await web.session('secretary');
    try {
      const head = await ledgerHead(web.app);
      const send = async (commissionerId: string, on: string, reason = '') => {
        await page.goto(FORM);
        if (commissionerId) await page.selectOption('#commissionerId', commissionerId);
        await page.fill('#on', on);
        await page.fill('#reason', reason);
        await page.click('main form button');
      };
      const fieldError = async (id: string) => words(await page.locator(`#${id}-error`).innerText());

      await send('north-east-london-icb', '2023-07-01');
      expect(await fieldError('commissionerId')).toContain('NHS North East London Integrated Care Board already commissions the contract on 1 July 2023');
      await send('london-borough-of-tower-hamlets', '2017-04-01');
      expect(await fieldError('on')).toContain("A change of commissioner must fall after the contract's first day, 1 April 2017");
      await send('london-borough-of-tower-hamlets', '2022-06-01');
      expect(await fieldError('on')).toContain('The contract last changed commissioner on 1 July 2022: a later change must fall after that day');
      await send('london-borough-of-tower-hamlets', '2025-04-01', 'x'.repeat(2001));
      expect(await fieldError('reason')).toBe('Error: How the contract passed must be 2000 characters or fewer');
      await send('london-borough-of-tower-hamlets', '2099-01-01');
      expect(await fieldError('on')).toContain('A change of commissioner can take effect at most 2 years after today');
      expect(await page.locator('#commissionerId option', { hasText: 'NHS Tower Hamlets Clinical Commissioning Group' }).innerText()).toBe('NHS Tower Hamlets Clinical Commissioning Group (abolished on 1 July 2022)');
      await send('tower-hamlets-ccg', '2025-04-01');
      expect(await fieldError('commissionerId')).toBe(
        'Error: NHS Tower Hamlets Clinical Commissioning Group is a clinical commissioning group, and CCGs were abolished on 1 July 2022 (Health and Care Act 2022): choose the integrated care board or other body the contract passed to',
      );
      await send('', '2025-04-01');
      expect(await fieldError('commissionerId')).toContain('Choose the body the contract passed to');
      expect(await page.locator('#on').inputValue()).toBe('2025-04-01');
      // The form with its problems shown passes the accessibility checks.
      expect(await seriousViolations(page)).toEqual([]);
      expect(await ledgerHead(web.app)).toEqual(head);

      // A text area's line ends (CR LF as the browser sends them) are recorded as LF.
      await send('london-borough-of-tower-hamlets', '2025-04-01', 'Novation agreement\nof 1 March 2025');
      expect(new URL(page.url()).pathname).toBe(FORM);
      expect(words(await page.locator('.nhsuk-notification-banner').innerText())).toContain(`${CHS} passes to London Borough of Tower Hamlets from 1 April 2025: recorded.`);
      const contracts = await web.app.http.get('/api/companies/tower-hamlets-gp-care-group/service-contracts').set(web.app.auth('board')).expect(200);
      const chs = (contracts.body as { contractId: string; commissionerChanges: { reason: string | null }[] }[]).find((c) => c.contractId === 'community-health-services');
      expect(chs?.commissionerChanges.at(-1)?.reason).toBe('Novation agreement\nof 1 March 2025');
      await page.goto('/alliance');
      const cell = words(await page.locator('tr', { hasText: CHS }).locator('td').nth(2).innerText());
      expect(cell).toContain('London Borough of Tower Hamlets from 1 April 2025: Novation agreement of 1 March 2025');
      // A change dated after today is listed on the contract's page, marked so.
      const nextYear = new Date().getUTCFullYear() + 1;
      await send('north-east-london-icb', `${nextYear}-04-01`);
      expect(words(await page.locator('#commissioner-changes tbody tr').last().innerText())).toBe(`1 April ${nextYear} (after today) NHS North East London Integrated Care Board —`);
      expect(cell).toContain('NHS Tower Hamlets Clinical Commissioning Group until 30 June 2022 NHS North East London Integrated Care Board from 1 July 2022 until 31 March 2025');

      const recorded = await ledgerHead(web.app);
      await send('london-borough-of-tower-hamlets', '2025-04-01', 'Novation agreement of 1 March 2025');
      expect(await fieldError('commissionerId')).toBe('Error: This change is already recorded: London Borough of Tower Hamlets commissions the contract from 1 April 2025');
      expect(await ledgerHead(web.app)).toEqual(recorded);
    } finally {
      await context.close();
    }
  });

  it('an ended contract is read as on its last day, and the secretary is told no change can be recorded for it', async () => {
    const api = (path: string, body: object) => web.app.http.post(`/api/companies/tower-hamlets-gp-care-group${path}`).set(web.app.auth('secretary')).send(body).expect(201);
    await api('/service-contracts', { contractId: 'ended-synthetic', name: 'Ended contract (synthetic)', holderId: 'tower-hamlets-gp-care-group', commissionerId: 'tower-hamlets-ccg', startOn: '2018-01-01', endOn: '2022-12-31' });
    await api('/service-contracts/ended-synthetic/commissioner-changes', { commissionerId: 'north-east-london-icb', on: '2022-07-01' });
    const { context, page } = await web.session('secretary');
    try {
      await page.goto('/alliance/contracts/ended-synthetic/commissioner');
      expect(words(await page.locator('#commissioner-today').innerText())).toBe(
        'Held by Tower Hamlets GP Care Group CIC. The contract ended on 31 December 2022; NHS North East London Integrated Care Board commissioned it last.',
      );
      expect(await page.locator('main form').count()).toBe(0);
      expect(words(await page.locator('#contract-ended').innerText())).toContain('no change of commissioner can be recorded for it');
    } finally {
      await context.close();
    }
  });

  it('an unknown contract is a 404 page', async () => {
    const { context, page } = await web.session('auditor');
    try {
      const res = await page.goto('/alliance/contracts/no-such-contract/commissioner');
      expect(res?.status()).toBe(404);
    } finally {
      await context.close();
    }
  });
});
