import { flat, pageTexts } from '../../libs/reports/test/read-pdf';
import { today } from '../../apps/api/src/common/today';
import { passBoardResolution } from '../support/authority';
import { addDays } from '../support/dates';
import { holdersByShare } from '../support/register';
import { COMPANY } from '../support/test-app';
import { startWebHarness, type WebHarness } from './browser';

const C = `/api/companies/${COMPANY}`;
const SHARE = 9;

/**
 * SH-2: a member's page as at a day links the certificate that member held for each share then, from
 * the certificate register; the current holding's certificate (or its draft) only while the member
 * still holds the share, so a former holder's page never offers the new holder's certificate.
 */
describe("a member's page links the member's own certificate", () => {
  let web: WebHarness;
  let [formerHolder, newHolder, label, formerName] = ['', '', '', ''];
  const now = today();
  const [issuedOn, transferredOn] = [addDays(now, -10), addDays(now, -5)];
  beforeAll(async () => {
    web = await startWebHarness();
    const secretary = web.app.auth('secretary');
    formerHolder = (await holdersByShare(web.app)).get(SHARE)!;
    const issued = await web.app.http.post(`${C}/shares/${SHARE}/certificates`).set(secretary).send({ issuedOn }).expect(201);
    label = issued.body.certificate;
    const certificates = (await web.app.http.get(`${C}/certificates`).set(secretary).expect(200)).body.certificates as { certificate: string; holder: { memberId: string; name: string } }[];
    formerName = certificates.find((c) => c.certificate === label)!.holder.name;
    const authorisedBy = await passBoardResolution(web.app, COMPANY, addDays(now, -8), [{ action: 'transfer', shareNumber: SHARE }]);
    const transfer = await web.app.http.post(`${C}/share-transfers`).set(secretary).send({
      shareNumber: SHARE, fromMemberId: formerHolder, to: { practiceId: 'practice-z00009', name: 'New partners of Demo Practice 09' },
      lodgedOn: transferredOn, effectiveOn: transferredOn, authorisedBy,
    });
    expect(transfer.status).toBe(201);
    newHolder = transfer.body.payload.to.memberId;
  }, 180_000);
  afterAll(() => web?.close());

  const certificateLinks = async (memberId: string, asAt: string) => {
    const { context, page } = await web.session('board');
    await page.goto(`/register/members/${memberId}?asAt=${asAt}`);
    const links = page.locator('main').getByRole('link', { name: /certificate.*PDF/i });
    const found = await Promise.all((await links.all()).map(async (l) => ({ text: (await l.textContent())!.trim(), href: (await l.getAttribute('href'))! })));
    return { context, page, found };
  };

  it('as at a day the former holder held the share: its own certificate as issued, which names it, not the new holder\'s', async () => {
    expect(label).toMatch(/^C-\d{4}$/);
    const { context, page, found } = await certificateLinks(formerHolder, addDays(transferredOn, -1));
    expect(found).toEqual([{ text: `Download share certificate ${label} for No. ${SHARE} (PDF)`, href: `/certificates/${label}/certificate.pdf` }]);
    const pdf = await page.request.get(found[0]!.href);
    expect(pdf.status()).toBe(200);
    const text = flat((await pageTexts(await pdf.body())).join('\n'));
    expect(text).toContain(formerName);
    expect(text).not.toContain('New partners of Demo Practice 09');
    await context.close();
  });

  it('as at a day before its certificate was issued, the former holder\'s page offers none: the share\'s certificate now is another member\'s', async () => {
    const { context, found } = await certificateLinks(formerHolder, addDays(issuedOn, -1));
    expect(found).toEqual([]);
    await context.close();
  });

  it('the new holder\'s page offers the current holding\'s certificate, a draft until one is issued', async () => {
    const { context, page, found } = await certificateLinks(newHolder, now);
    expect(found).toEqual([{ text: `Download the share certificate for No. ${SHARE} (PDF)`, href: `/register/shares/${SHARE}/certificate.pdf` }]);
    const text = flat((await pageTexts(await (await page.request.get(found[0]!.href)).body())).join('\n'));
    expect(text).toContain('DRAFT');
    expect(text).toContain('New partners of Demo Practice 09');
    await context.close();
  });
});
