import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Role } from '../../apps/api/src/auth/roles';
import type { DatabaseKind } from '../support/databases';
import { startTestApp, type TestApp } from '../support/test-app';

/** Debian's Chromium, with the flags that work on these machines (docs/testing.md). */
export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'];

/** One app (listening on a port) and one browser for a whole test file. */
export interface WebHarness {
  readonly app: TestApp;
  readonly browser: Browser;
  readonly baseUrl: string;
  /** A fresh browser context (its own cookies), signed in as `role` unless null. */
  session(role: Role | null): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/** Starts the app on a database of `kind` (PGlite unless said), listening on a port, and a browser. */
export async function startWebHarness(overrides: Parameters<typeof startTestApp>[1] = {}, kind: DatabaseKind = 'pglite'): Promise<WebHarness> {
  const app = await startTestApp(kind, overrides);
  await app.app.listen(0, '127.0.0.1');
  const { port } = app.app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  // Playwright gives the browser a fresh profile directory of its own, removed when it closes.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  return {
    app,
    browser,
    baseUrl,
    async session(role) {
      const context = await browser.newContext({ baseURL: baseUrl, acceptDownloads: true });
      const page = await context.newPage();
      if (role) await signIn(page, app.tokens[role]);
      return { context, page };
    },
    async close() {
      await browser.close();
      await app.close();
    },
  };
}

/**
 * Starts one {@link WebHarness} for the test file (beforeAll, with `overrides` for the app, on a database
 * of `kind`) and closes it after (afterAll). Returns the harness to use inside the file's tests: each
 * property reads the one started, so it is called at the top of the file (or of a `describe`), before
 * the harness exists.
 */
export function useWebHarness(overrides: Parameters<typeof startTestApp>[1] = {}, kind: DatabaseKind = 'pglite'): WebHarness {
  let harness: WebHarness | undefined;
  beforeAll(async () => {
    harness = await startWebHarness(overrides, kind);
  }, 180_000);
  afterAll(() => harness?.close());
  const started = (): WebHarness => {
    if (!harness) throw new Error('the web harness is not started: use it inside a test or a hook');
    return harness;
  };
  return {
    get app() {
      return started().app;
    },
    get browser() {
      return started().browser;
    },
    get baseUrl() {
      return started().baseUrl;
    },
    session: (role) => started().session(role),
    close: () => started().close(),
  };
}

export async function signIn(page: Page, token: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Access token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForLoadState('domcontentloaded');
}

/**
 * Serious and critical accessibility violations axe finds on the page, and headings that skip a level
 * (`heading-order`, which axe rates moderate: a screen reader's list of headings then has a gap); none
 * expected. Axe runs in the
 * page itself (legacy mode: the pages have no frames) and details only violations: the default runs
 * its last step in a second page and describes every passing element too, about ten times the time.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'heading-order')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** An id as the database keeps it. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/;
/** A code name: in brackets ("(companies-house)"), of three parts or more ("member-of-network"), or with a number ("tupe-2016-…"); not "buy-back". */
const CODE = /\([a-z]+(-[a-z0-9]+)+\)|\b[a-z]+(-[a-z0-9]+){2,}\b|\b[a-z]+-[a-z-]*\d/;
/** A rule's number in this project's brief ("(EC-2)", "(RM-1)"): the law is given by its section instead. */
const RULE = /\([A-Z]{2}-\d+\)/;

/** Ids, code names or rule numbers in what a page shows outside its forms (headings, paragraphs, tables, summary lists; not what is set as code), page by page. */
export async function wordsShown(page: Page, paths: readonly string[]): Promise<string[]> {
  const shown: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    // A string, evaluated in the page: this project's TypeScript has no DOM types.
    const text = (await page.evaluate('[...document.querySelectorAll("main h1, main h2, main h3, main p, main td, main dd")].filter((e) => !e.closest("form") && !e.querySelector("code")).map((e) => e.innerText).join(" ")')) as string;
    for (const found of [text.match(UUID), text.match(CODE), text.match(RULE)]) if (found) shown.push(`${path}: ${found[0]}`);
  }
  return shown;
}

/** Sends the form the button belongs to and gives the status of its POST, once the answer's page has loaded. */
export async function submit(page: Page, button: string): Promise<number> {
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: button }).click()]);
  await page.waitForLoadState('domcontentloaded');
  return response.status();
}

/** Sends the page's form `action`, as filled, `times` at once with the browser's cookies (a double click): where each ended up and its status. */
export async function sendAtOnce(page: Page, action: string, times = 2): Promise<{ status: number; url: string }[]> {
  // A string, evaluated in the page: this project's TypeScript has no DOM types.
  const fields = (await page.evaluate(`[...new FormData(document.querySelector('form[method="post"][action="${action}"]')).entries()].map(([k, v]) => [k, String(v)])`)) as [string, string][];
  const send = async () => {
    const res = await page.context().request.post(action, { form: Object.fromEntries(fields) });
    return { status: res.status(), url: new URL(res.url()).pathname };
  };
  return Promise.all(Array.from({ length: times }, send));
}
