/**
 * The pages' addresses take only the parameters each page reads (`@QueryTakes`, PageQueryGuard): every
 * page's GET route declares its list; a parameter it does not take, or one sent twice, is a 400 page
 * naming it; a value it cannot use (an "as at" date that is not a real date, a register cursor it did
 * not give, a share change of no kind) is a 400 page naming the parameter, never another page and never
 * a 500; and every link and GET form the pages themselves make still answers.
 */
import type { Type } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import request from 'supertest';
import { addDays } from '#domain';
import { today } from '../../apps/api/src/common/today';
import { PageQueryGuard, QUERY_TAKES_KEY } from '../../apps/api/src/web/page-query';
import { passBoardResolution } from '../support/authority';
import { databaseKinds } from '../support/databases';
import { readRegister } from '../support/register';
import { COMPANY, startTestApp, type TestApp } from '../support/test-app';

const C = `/api/companies/${COMPANY}`;

/** A page's GET route: its pattern (as the controller declares it), an address of it, what it takes, and how it answers without a query. */
interface PageRoute {
  readonly route: string;
  readonly path: string;
  readonly takes: readonly string[];
  readonly status?: number;
}

/** The downloads' routes: their queries are checked by bad-input-queries.e2e-spec.ts; here only that each declares its list. */
const DOWNLOADS = [
  '/register/register-of-members.pdf', '/register/register.csv', '/register/shares/:shareNumber/certificate.pdf', '/certificates/:certificateNumber/certificate.pdf',
  '/officers/officers.pdf', '/alliance/alliance.pdf', '/resolutions/:resolutionId/copy.pdf', '/meetings/:meetingId/minutes.pdf', '/ledger/export',
];

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]!) : undefined;
};

/** The links of a page's HTML to an address of this service with a query, as a browser would follow them. */
function linksWithQuery(html: string): string[] {
  return [...html.matchAll(/\shref="(\/[^"#]*\?[^"#]*)[^"]*"/g)].map(([, href]) => decode(href!));
}

/** The GET forms of a page's HTML, each as the address a browser would open if it were sent untouched. */
function getForms(html: string): string[] {
  const forms: string[] = [];
  for (const [, open, body] of html.matchAll(/<form(\s[^>]*)>([\s\S]*?)<\/form>/g)) {
    if (attr(open!, 'method')?.toLowerCase() !== 'get') continue;
    const fields = new URLSearchParams();
    for (const [tag] of body!.matchAll(/<input\s[^>]*>/g)) {
      const name = attr(tag, 'name');
      const type = attr(tag, 'type') ?? 'text';
      if (!name || ((type === 'checkbox' || type === 'radio') && !/\schecked\b/.test(tag))) continue;
      fields.append(name, attr(tag, 'value') ?? '');
    }
    for (const [, tag, options] of body!.matchAll(/<select(\s[^>]*)>([\s\S]*?)<\/select>/g)) {
      const chosen = /<option\s[^>]*selected[^>]*>/.exec(options!)?.[0] ?? /<option\s[^>]*>/.exec(options!)?.[0] ?? '';
      fields.append(attr(tag!, 'name')!, attr(chosen, 'value') ?? '');
    }
    forms.push(`${attr(open!, 'action')!.split('#')[0]}?${fields.toString()}`);
  }
  return forms;
}

describe.each(databaseKinds())('page addresses take only the parameters each page reads (%s)', (kind) => {
  let t: TestApp;
  let agent: ReturnType<typeof request.agent>;
  let ROUTES: PageRoute[];
  let memberId: string;

  beforeAll(async () => {
    t = await startTestApp(kind, { seedAlliance: true });
    const secretary = t.auth('secretary');
    const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(secretary).send(body);
    // 51 members, so that the register has a second page (RM-6), with its "Next page" and "First page" links.
    const [admitted, allotted] = [addDays(today(), -10), addDays(today(), -5)];
    const shares = Array.from({ length: 14 }, (_, i) => 38 + i);
    for (const n of shares) await post('practices', { odsCode: `Z001${n}`, name: `Example Query Practice ${n} (synthetic)`, address: `${n} Query Road, London E1 1AA`, on: admitted }).expect(201);
    const allotting = await passBoardResolution(t, COMPANY, addDays(today(), -7), shares.map((shareNumber) => ({ action: 'allotment' as const, shareNumber })));
    await post('share-events/batch', { events: shares.map((n) => ({ type: 'allotment', shareNumber: n, holder: { practiceId: `practice-z001${n}` }, effectiveOn: allotted, authorisedBy: allotting })) }).expect(201);
    const register = await readRegister(t, 'status=current&limit=100');
    memberId = register.members[0]!.memberId;
    const resolutionId = await passBoardResolution(t, COMPANY, '2024-06-01', [{ action: 'transfer', shareNumber: 5 }]);
    const [chair] = (await t.http.get(`${C}/directors?asAt=2024-06-01`).set(secretary).expect(200)).body as { directorId: string }[];
    const meetingId = (await post('meetings', { kind: 'board', heldOn: '2024-06-05', chairDirectorId: chair!.directorId, items: [{ text: 'THAT the accounts be noted (synthetic).' }], attendance: [{ directorId: chair!.directorId }] }).expect(201)).body.meetingId as string;
    const holder5 = register.members.find((m) => m.shares.some((s) => s.shareNumber === 5))!.memberId;
    const transferId = (await post('share-transfers', { status: 'lodged', shareNumber: 5, fromMemberId: holder5, to: { practiceId: 'practice-z00006' }, lodgedOn: '2024-06-10' }).expect(201)).body.transferId as string;
    const [member, resolution, meeting] = [encodeURIComponent(memberId), encodeURIComponent(resolutionId), encodeURIComponent(meetingId)];
    ROUTES = [
      { route: '/', path: '/', takes: [], status: 303 },
      { route: '/home', path: '/home', takes: ['asAt'] },
      { route: '/register', path: '/register', takes: ['asAt', 'status', 'name', 'cursor'] },
      { route: '/register/members/:memberId', path: `/register/members/${member}`, takes: ['asAt'] },
      { route: '/register/members/:memberId/particulars', path: `/register/members/${member}/particulars`, takes: [] },
      { route: '/register/kept-at', path: '/register/kept-at', takes: [] },
      { route: '/share-changes', path: '/share-changes', takes: ['kind'] },
      { route: '/transfers', path: '/transfers', takes: [] },
      { route: '/transfers/:transferId', path: `/transfers/${encodeURIComponent(transferId)}`, takes: [] },
      { route: '/certificates', path: '/certificates', takes: [] },
      { route: '/practices', path: '/practices', takes: ['asAt'] },
      { route: '/practices/:practiceId', path: '/practices/practice-z00001', takes: ['asAt'] },
      { route: '/resolutions', path: '/resolutions', takes: ['asAt'] },
      { route: '/resolutions/:resolutionId', path: `/resolutions/${resolution}`, takes: ['asAt'] },
      { route: '/resolutions/:resolutionId/regulator-decision', path: `/resolutions/${resolution}/regulator-decision`, takes: [] },
      { route: '/meetings', path: '/meetings', takes: ['asAt'] },
      { route: '/meetings/:meetingId', path: `/meetings/${meeting}`, takes: ['asAt'] },
      { route: '/directors', path: '/directors', takes: ['asAt', 'duty'] },
      { route: '/officers', path: '/officers', takes: ['asAt'] },
      { route: '/company', path: '/company', takes: ['asAt'] },
      { route: '/inspection', path: '/inspection', takes: ['asAt'] },
      { route: '/dividends', path: '/dividends', takes: ['asAt'] },
      { route: '/alliance', path: '/alliance', takes: ['asAt'] },
      { route: '/alliance/tupe/:transferId', path: '/alliance/tupe/tupe-2016-health-visiting', takes: ['asAt'] },
      { route: '/alliance/contracts/:contractId/commissioner', path: '/alliance/contracts/community-health-services/commissioner', takes: [] },
      { route: '/asset-transfers', path: '/asset-transfers', takes: ['asAt', 'financialYearEnd'] },
      { route: '/winding-up', path: '/winding-up', takes: ['residualAssets', 'asAt'] },
      { route: '/ledger', path: '/ledger', takes: ['after'] },
      { route: '/ledger/check', path: '/ledger/check', takes: ['entry', 'hash'], status: 422 },
      { route: '/ledger/verify', path: '/ledger/verify', takes: [], status: 303 },
      { route: '/ledger/corrections', path: '/ledger/corrections', takes: ['entry'] },
      { route: '/access', path: '/access', takes: [] },
    ];
    agent = request.agent(t.app.getHttpServer());
    const start = await agent.get('/').set('Accept', 'text/html');
    await agent.post('/sign-in').type('form').send({ _csrf: /name="_csrf" value="([^"]+)"/.exec(start.text)![1]!, token: t.tokens.secretary }).expect(303);
  }, 300_000);
  afterAll(() => t?.close());

  const get = (path: string) => agent.get(path).set('Accept', 'text/html');
  /** A 400 page (HTML, not a 500) whose words contain `named`. */
  const refused = async (path: string, named: string) => {
    const res = await get(path);
    expect([path, res.status, res.headers['content-type']]).toEqual([path, 400, expect.stringMatching(/^text\/html/)]);
    expect([path, decode(res.text).includes(named)]).toEqual([path, true]);
  };

  it('every GET route of the pages declares the parameters it takes (@QueryTakes), and each is listed here', () => {
    const declared = new Map<string, readonly string[] | undefined>();
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const wrapper of module.controllers.values()) {
        const controller = wrapper.metatype as Type | null;
        if (!controller || !((Reflect.getMetadata('__guards__', controller) ?? []) as unknown[]).includes(PageQueryGuard)) continue;
        const base = String(Reflect.getMetadata('path', controller) ?? '');
        for (const key of Object.getOwnPropertyNames(controller.prototype)) {
          const handler: unknown = Object.getOwnPropertyDescriptor(controller.prototype, key)?.value;
          if (key === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata('method', handler) !== 0) continue;
          const route = `/${[base, String(Reflect.getMetadata('path', handler) ?? '')].map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/')}`;
          declared.set(route, Reflect.getMetadata(QUERY_TAKES_KEY, handler));
        }
      }
    }
    expect([...declared.keys()].sort()).toEqual([...ROUTES.map((r) => r.route), ...DOWNLOADS].sort());
    for (const { route, takes } of ROUTES) expect([route, declared.get(route)]).toEqual([route, takes]);
    for (const route of DOWNLOADS) expect([route, Array.isArray(declared.get(route))]).toEqual([route, true]);
  });

  it('every page answers without a query, and refuses a parameter it does not take (colour=red) or one it takes sent twice with a 400 page naming it', async () => {
    for (const { path, takes, status = 200 } of ROUTES) {
      expect([path, (await get(path)).status]).toEqual([path, status]);
      await refused(`${path}?colour=red`, "'colour' is not a parameter of this address");
      for (const name of takes) await refused(`${path}?${name}=2024-06-30&${name}=2024-07-01`, `'${name}' is sent more than once`);
    }
    // The sign-in page, to a visitor: it takes nothing either (no return path: signing in always goes to the home page).
    const visitor = request.agent(t.app.getHttpServer());
    expect((await visitor.get('/').set('Accept', 'text/html')).status).toBe(200);
    const res = await visitor.get('/?next=/register').set('Accept', 'text/html');
    expect([res.status, decode(res.text).includes("'next' is not a parameter of this address")]).toEqual([400, true]);
  }, 300_000);

  it('a page as at a day answers a real date, and refuses one that is not a real date (asAt=2025-02-30) with a 400 page naming the "as at" date', async () => {
    for (const { path, takes } of ROUTES.filter((r) => r.takes.includes('asAt'))) {
      expect([path, (await get(`${path}?asAt=2024-06-30`)).status]).toEqual([path, 200]);
      // Opened by a link (no amount), the winding-up page refuses it as every as-at page does.
      await refused(`${path}?asAt=2025-02-30`, 'Enter the “as at” date as a real date');
      expect(takes).toContain('asAt');
    }
    // Sent from its form, with an amount, the winding-up page's `asAt` is a field kept as typed: refused beside the field (422).
    expect((await get('/winding-up?residualAssets=100&asAt=2025-02-30')).status).toBe(422);
  }, 300_000);

  it('a page that reads no "as at" date, or no such parameter, refuses it by name; a value a page cannot use is a 400 page naming the parameter, never a 500', async () => {
    await refused('/certificates?asAt=2025-02-30', "'asAt' is not a parameter of this address");
    await refused('/transfers?asAt=2025-02-30', "'asAt' is not a parameter of this address");
    await refused('/transfers?status=bogus', "'status' is not a parameter of this address");
    await refused('/access?x=1', "'x' is not a parameter of this address");
    await refused('/register?foo=1', "'foo' is not a parameter of this address");
    await refused('/register?offset=-1', "'offset' is not a parameter of this address");
    await refused('/register?limit=100', "'limit' is not a parameter of this address");
    await refused('/register?asAt[]=2024-06-30', "'asAt[]' is not a parameter of this address");
    // RM-1: the register's page is the one its own link gave, or the first: a cursor it did not give is refused by name, not replaced by the first page.
    await refused('/register?cursor=garbage', '(cursor)');
    await refused(`/register?cursor=${'a'.repeat(1001)}`, '(cursor)');
    // Longer than an address may give: the field named, with the limit.
    await refused(`/register?name=${'a'.repeat(2001)}`, 'Name is too long: it may be at most 2,000 characters');
    await refused('/register?status=bogus', 'status=current, status=former or status=all');
    await refused('/share-changes?kind=bogus', 'kind=transfer, kind=allotment or kind=cancellation');
    await refused('/share-changes?kind=TRANSFER', 'kind=transfer, kind=allotment or kind=cancellation');
    await refused('/ledger?after=-1', 'after must be a whole number');
    await refused('/asset-transfers?year=abc', "'year' is not a parameter of this address");
    // Left empty, each is the page's default.
    for (const path of ['/register?cursor=&status=&name=', '/share-changes?kind=', '/ledger?after=']) expect([path, (await get(path)).status]).toEqual([path, 200]);
  }, 120_000);

  it('every link and GET form the pages make, and every address a form sends the browser on to, still answers', async () => {
    const links = new Set<string>();
    const forms = new Set<string>();
    const seen = new Set<string>();
    let pages = [...ROUTES.filter((r) => (r.status ?? 200) === 200).map((r) => r.path), '/register?status=all', '/share-changes?kind=allotment', '/share-changes?kind=cancellation'];
    for (let depth = 0; depth < 3 && pages.length > 0; depth += 1) {
      const next: string[] = [];
      for (const path of pages) {
        if (seen.has(path)) continue;
        seen.add(path);
        const res = await get(path);
        expect([path, res.status]).toEqual([path, 200]);
        if (!/^text\/html/.test(res.headers['content-type'] ?? '')) continue;
        for (const link of linksWithQuery(res.text)) {
          links.add(link);
          // The register's pages and one member's page are followed further: every member's would only repeat them.
          if (!/\.(pdf|csv)\?/.test(link) && (!link.startsWith('/register/members/') || link.startsWith(`/register/members/${encodeURIComponent(memberId)}?`))) next.push(link);
        }
        for (const form of getForms(res.text)) forms.add(form);
      }
      pages = next;
    }
    for (const link of links) if (!seen.has(link)) expect([link, (await get(link)).status]).toEqual([link, 200]);
    // The pages make each kind of link checked here.
    const made = [...links];
    for (const pattern of [/^\/register\?.*cursor=/, /^\/register\?asAt=[\d-]+&status=current$/, /^\/ledger\?after=\d+$/, /^\/share-changes\?kind=transfer$/, /^\/share-changes\?kind=allotment$/, /^\/share-changes\?kind=cancellation$/,
      /^\/register\/register\.csv\?asAt=[\d-]+&bom=true$/, /^\/register\/members\/[^?]+\?asAt=[\d-]+$/, /^\/practices\/[^?]+\?asAt=[\d-]+$/, /^\/alliance\/tupe\/[^?]+\?asAt=[\d-]+$/, /^\/officers\/officers\.pdf\?asAt=/, /^\/alliance\/alliance\.pdf\?asAt=/, /^\/alliance\/alliance\.pdf\?asAt=/, /^\/practices\?asAt=/, /^\/alliance\?asAt=/]) {
      expect([String(pattern), made.some((l) => pattern.test(l))]).toEqual([String(pattern), true]);
    }
    // Each GET form, sent as the page has it (the "as at" form of each page, the register's, the ledger check's, the winding-up and asset-transfers forms): never a parameter refused.
    expect(forms.size).toBeGreaterThanOrEqual(12);
    for (const form of forms) {
      const res = await get(form);
      expect([form, res.status < 500, res.status === 400, decode(res.text).includes('is not a parameter')]).toEqual([form, true, false, false]);
    }
    // The addresses a form sends the browser on to (a redirect or the notice's link), and the filing link of the company page.
    for (const path of [`/practices?asAt=${today()}`, `/practices/practice-z00001?asAt=${today()}`, `/register/members/${encodeURIComponent(memberId)}?asAt=${today()}`, '/ledger?after=3',
      `/register?asAt=${today()}&status=all`, `/directors?duty=${encodeURIComponent('cs01|2024')}`, '/ledger/corrections?entry=5', '/ledger/check?entry=1&hash=' + 'a'.repeat(64)]) {
      expect([path, (await get(path)).status]).toEqual([path, 200]);
    }
  }, 600_000);
});
