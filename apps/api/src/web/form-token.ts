import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Response } from 'express';
import type { RequestKey } from '../ledger/request-keys';
import { csrf } from './configure-web';
import type { FieldError } from './web-page';
import type { WebRequest } from './web-session';

/** The hidden field a form's one-time token is sent in (once.njk). */
export const FORM_TOKEN_FIELD = '_once';

/**
 * The forms that record once per rendering, by name: a double click or a reload after a slow answer
 * sends the same token again, which records nothing new.
 */
export type OnceForm = 'resolutions' | 'meetings' | 'inspection';

/** The error a form sent without its one-time token, or with one this session's page did not make, is refused with (400). */
export const FORM_TOKEN_REFUSED: FieldError = {
  field: FORM_TOKEN_FIELD,
  text: 'This form was not sent from this page as the service made it, or the page is too old. Nothing was saved: check the answers and send it again.',
  href: '#main-content',
};

/** What a second sending of a form's token is told, before what the first did. */
export const ALREADY_RECORDED = 'This was already recorded.';

function signature(secret: string, form: OnceForm, nonce: string): Buffer {
  return createHmac('sha256', secret).update(`${form}\n${nonce}`, 'utf8').digest();
}

/**
 * A new one-time token for `form`, made as its page is rendered: 128 random bits, signed with the
 * session's CSRF token (kept in the session, in the database), so only a page this session was shown
 * can have made it.
 */
export function formToken(request: WebRequest, form: OnceForm): string {
  const secret = csrf.getTokenFromState(request) ?? csrf.generateToken(request);
  const nonce = randomBytes(16).toString('base64url');
  return `${nonce}.${signature(secret, form, nonce).toString('base64url')}`;
}

/** Gives the page's template a new one-time token for `form` (`onceToken`, in once.njk). */
export function giveFormToken(request: WebRequest, response: Response, form: OnceForm): void {
  response.locals.onceToken = formToken(request, form);
}

/**
 * The {@link RequestKey} of a form sent with its one-time token: the token's random part, unique for
 * the form, with no fingerprint (the token alone names the submission, whatever the fields say). Null
 * when the form came without a token, or with one not signed for this session and form.
 */
export function formKey(request: WebRequest, form: OnceForm): RequestKey | null {
  const sent = (request.body as Record<string, unknown> | undefined)?.[FORM_TOKEN_FIELD];
  const secret = csrf.getTokenFromState(request);
  if (typeof sent !== 'string' || !secret) return null;
  const [nonce, signed, ...rest] = sent.split('.');
  if (!nonce || !signed || rest.length > 0 || !/^[A-Za-z0-9_-]{22}$/.test(nonce)) return null;
  const expected = signature(secret, form, nonce);
  const given = Buffer.from(signed, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { scope: `form ${form}`, key: nonce, fingerprint: null };
}
