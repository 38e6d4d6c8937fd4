import { useWebHarness } from './browser';

const web = useWebHarness({ seedAlliance: true });

/** The commissioner a contract has on the page's day, and who had it before (Health and Care Act 2022: CCG to ICB). */
describe('/alliance: a contract that passed from the CCG to the ICB', () => {
  const commissionerCell = async (asAt: string) => {
    const { context, page } = await web.session('board');
    try {
      await page.goto(`/alliance?asAt=${asAt}`);
      const row = page.locator('tr', { hasText: 'Community health services (alliance)' });
      return ((await row.locator('td').nth(2).innerText()) as string).replace(/\s+/g, ' ').replace(/^Commissioner /, '').trim();
    } finally {
      await context.close();
    }
  };

  it('shows the CCG before 1 July 2022, and from that day the ICB with the CCG "until 30 June 2022" beneath it', async () => {
    expect(await commissionerCell('2022-06-30')).toBe('NHS Tower Hamlets Clinical Commissioning Group');
    expect(await commissionerCell('2022-07-01')).toBe('NHS North East London Integrated Care Board NHS Tower Hamlets Clinical Commissioning Group until 30 June 2022');
  });
});
