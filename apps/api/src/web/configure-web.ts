import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { csrfSync } from 'csrf-sync';
import express, { type NextFunction, type Request, type Response } from 'express';
import session from 'express-session';
import nunjucks from 'nunjucks';
import { packageRoot } from '../common/package-root';
import { pageMessage } from '../common/error.filter';
import { isUtf8Form } from '../common/request-body-type';
import { SETTINGS, type Settings } from '../config/settings';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { keepSentNames, RepeatedFormFields } from './form-fields';
import { holdUnrecordableText } from './form-text';
import { DatabaseSessionStore } from './session-store';
import { SESSION_COOKIE, SESSION_IDLE_MS, type WebRequest } from './web-session';
import { viewFilters } from './view-filters';

/** Where the page templates are: in the source tree, which the built and bundled service read too. */
export function viewsDirectory(): string {
  const dir = join(packageRoot(), 'apps', 'api', 'src', 'web', 'views');
  if (!existsSync(join(dir, 'layout.njk'))) throw new Error(`the page templates were not found in ${dir}`);
  return dir;
}

/** The NHS.UK frontend package's built files (CSS, JS, Nunjucks macros, icons). */
export function nhsukDirectory(): string {
  // The package's main file is dist/nhsuk/index.js; templates import its macros as "nhsuk/components/…".
  return dirname(dirname(require.resolve('nhsuk-frontend')));
}

/**
 * The NHS.UK frontend's stylesheet without its @font-face rules: they name the Frutiger W01 faces at
 * https://assets.nhs.uk, which the pages' Content-Security-Policy (`font-src 'self'`) refuses, so every
 * page would log refused requests. Without them the design system's own fallback (Arial, then the
 * browser's sans-serif) is used and nothing is asked of another host.
 */
export function nhsukStylesheet(): string {
  return readFileSync(join(nhsukDirectory(), 'nhsuk', 'nhsuk-frontend.min.css'), 'utf8').replace(/@font-face\{[^}]*\}/g, '');
}

/**
 * The CSRF protection of every page form (synchroniser token kept in the session, sent as `_csrf` in
 * the form's body; never read from the URL, which logs and the browser's history keep).
 */
export const csrf = csrfSync({
  getTokenFromRequest: (request: Request) => {
    const body = request.body as Record<string, unknown> | undefined;
    const fromBody = typeof body?._csrf === 'string' ? body._csrf : undefined;
    return fromBody ?? (request.headers['x-csrf-token'] as string | undefined);
  },
});

/**
 * The web pages, in the same process and port as the API: Nunjucks templates with the NHS.UK design
 * system (its files served from node_modules under /assets/nhsuk), server-side sessions kept in the
 * database, and CSRF protection on every form. An app without a database (the controller specs)
 * serves no pages.
 */
export function configureWeb(nest: INestApplication): void {
  let orm: Orm;
  try {
    orm = nest.get<Orm>(ORM);
  } catch {
    return;
  }
  const app = nest as NestExpressApplication;
  const settings = nest.get<Settings>(SETTINGS);
  const env = nunjucks.configure([viewsDirectory(), nhsukDirectory()], { autoescape: true, noCache: false, throwOnUndefined: false });
  for (const [name, filter] of Object.entries(viewFilters)) env.addFilter(name, filter);
  const expressApp = app.getHttpAdapter().getInstance() as express.Express;
  env.express(expressApp);
  expressApp.set('view engine', 'njk');

  const assets = express.static(join(nhsukDirectory(), 'nhsuk'), { maxAge: '1d', index: false });
  const stylesheet = nhsukStylesheet();
  app.use('/assets/nhsuk/nhsuk-frontend.min.css', (_req: Request, res: Response) => void res.type('text/css').set('Cache-Control', 'public, max-age=86400').send(stylesheet));
  app.use('/assets/nhsuk', assets);
  app.use('/assets/web', express.static(join(viewsDirectory(), 'assets'), { maxAge: '1h', index: false }));

  const pages = session({
    name: SESSION_COOKIE,
    secret: settings.sessionSecret ?? randomBytes(32).toString('hex'),
    store: new DatabaseSessionStore(orm, SESSION_IDLE_MS),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: true,
    cookie: { httpOnly: true, sameSite: 'strict', secure: 'auto', maxAge: SESSION_IDLE_MS, path: '/' },
  });
  const isPage = (request: Request) =>
    !request.path.startsWith('/api/') && !request.path.startsWith('/docs') && !request.path.startsWith('/assets/') && request.path !== '/health' && !request.path.startsWith('/health/');
  // Forms are sent urlencoded; read before the CSRF check below. API bodies are read after their route's guards.
  const forms = express.urlencoded({ extended: true, limit: '100kb', verify: refuseUnlessUtf8 });
  // A form that cannot be read (not UTF-8, nested too deep, too large) is a page, whatever the request's Accept header; nothing is done.
  // Its session is read to tell a signed-in user from a visitor, for the page's link onward.
  const refuse = (request: Request, response: Response, error: unknown) => pages(request, response, () => unreadableForm(request, response, error));
  app.use((request: Request, response: Response, next: NextFunction) => (isPage(request) ? forms(request, response, (error?: unknown) => (error ? refuse(request, response, error) : next())) : next()));
  app.use((request: Request, response: Response, next: NextFunction) => (isPage(request) ? pages(request, response, next) : next()));
  app.use((request: Request, response: Response, next: NextFunction) => (isPage(request) ? saveFlashBeforeRedirect(request as WebRequest, response, next) : next()));
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (!isPage(request)) return next();
    // Pages show the registers: no shared or private cache may keep them.
    response.setHeader('Cache-Control', 'no-store');
    // Scripts only from this service, and the template's one inline line with this response's nonce.
    const nonce = randomBytes(16).toString('base64');
    response.locals.cspNonce = nonce;
    response.setHeader('Content-Security-Policy', pagePolicy(nonce));
    // Multipart forms are read by their route (multer), which checks the token itself.
    if (request.is('multipart/form-data')) return next();
    // The check sent twice is a form sent wrong, named as any other field sent twice is (form-fields.ts), not an expired form.
    if (Array.isArray((request.body as Record<string, unknown> | undefined)?._csrf)) return repeatedCheck(request, response);
    return csrf.csrfSynchronisedProtection(request, response, (error?: unknown) => (error ? refusedForm(request, response) : next()));
  });
  // A form whose text holds a control character or a direction mark is shown again, 400, saying so beside the field; nothing is recorded.
  app.use((request: Request, response: Response, next: NextFunction) => (isPage(request) ? holdUnrecordableText(request, response, next) : next()));
}

/**
 * A redirect after a change that left words for the next page (`session.flash`) is sent once the
 * session is saved: express-session writes the response's head before its own save ends, and a browser
 * that follows the redirect at once could read the session from before it, and lose the words.
 */
function saveFlashBeforeRedirect(request: WebRequest, response: Response, next: NextFunction): void {
  const redirect = response.redirect.bind(response) as (...args: unknown[]) => void;
  response.redirect = ((...args: unknown[]) => {
    if (request.session?.flash === undefined) return redirect(...args);
    request.session.save(() => redirect(...args));
  }) as Response['redirect'];
  next();
}

/**
 * A form read as UTF-8 (no charset, or utf-8) whose bytes, or the bytes its `%XX` escapes stand for,
 * are not UTF-8: refused with a 400 page (unreadableForm), where the parser would have kept U+FFFD or
 * the escapes' own characters, and nothing is done. Keeps the names of the fields as sent, for
 * FormFieldsGuard (form-fields.ts).
 */
function refuseUnlessUtf8(request: Request, _response: Response, bytes: Buffer, charset: string | null): void {
  if (charset === 'utf-8' && !isUtf8Form(bytes)) throw Object.assign(new Error('the form is not valid UTF-8'), { status: 400, expose: true });
  keepSentNames(request, bytes);
}

/**
 * A page form the body parser refused: the error page, with the parser's status (400, 413 or 415),
 * offering a signed-in user the home page (error.njk), a visitor the sign-in page.
 */
function unreadableForm(request: Request, response: Response, error: unknown): void {
  const status = (error as { status?: unknown }).status;
  const code = status === 413 || status === 415 ? status : 400;
  response.setHeader('Cache-Control', 'no-store');
  response.status(code).render('error.njk', { title: 'This could not be done', message: `${pageMessage(code)} Nothing was saved.`, signedIn: signedIn(request) });
}

/** Whether the request's session is signed in: its error page then offers the home page, not the sign-in page. */
function signedIn(request: Request): boolean {
  return (request as Request & { session?: { user?: unknown } }).session?.user !== undefined;
}

/** A form sent without the page's CSRF token (or with another session's): refused, nothing done. */
export function refusedForm(request: Request, response: Response): void {
  response.status(403).render('error.njk', {
    title: 'This form has expired',
    message: 'The form was sent without the check this service adds to each page, or from a page that is too old. Nothing was saved. Go back, reload the page and send it again.',
    signedIn: signedIn(request),
  });
}

/** A form sent with the page's check (`_csrf`) more than once: a 400 page naming it, nothing done. */
function repeatedCheck(request: Request, response: Response): void {
  response.status(400).render('error.njk', { title: 'This could not be done', message: `${new RepeatedFormFields(['_csrf']).message}. Nothing was saved.`, signedIn: signedIn(request) });
}

function pagePolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}
