import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { canonicalJson, type Json } from '#domain';
import type { Response } from 'express';
import { ANSWERS_MINUTES, type RequestKey } from '../ledger/request-keys';
import { csrf } from './configure-web';
import type { FieldError } from './web-page';
import type { WebRequest } from './web-session';

/** The hidden field a form's one-time token is sent in (once.njk). */
export const FORM_TOKEN_FIELD = '_once';

/**
 * The forms that record once per rendering, by name: a double click or a reload after a slow answer
 * sends the same token again, which records nothing new; the same answers sent again under a new token
 * (back, then the button) find the record they made (`formKey`'s `answers`).
 */
export type OnceForm =
  | 'resolutions' | 'meetings' | 'inspection' | 'adjournment' | 'interest' | 'filings' | 'dividends' | 'asset-transfers' | 'asset-locked-bodies' | 'short-notice'
  | 'share-changes' | 'transfers' | 'transfer-decisions' | 'practices' | 'votes' | 'regulator-decision' | 'central-register';

/** The error a form sent without its one-time token, or with one this session's page did not make, is refused with (400). */
export const FORM_TOKEN_REFUSED: FieldError = {
  field: FORM_TOKEN_FIELD,
  text: 'This form was not sent from this page as the service made it, or the page is too old. Nothing was saved: check the answers and send it again.',
  href: '#main-content',
};

/** What a second sending of a form's token is told, before what the first did. */
export const ALREADY_RECORDED = 'This was already recorded.';

/** The mark of a token made by a page that said its answers had just been recorded: sent, they record again. */
const AGAIN = 'again';

function signature(secret: string, form: OnceForm, nonce: string, again: boolean): Buffer {
  return createHmac('sha256', secret).update(`${form}\n${nonce}${again ? `\n${AGAIN}` : ''}`, 'utf8').digest();
}

/**
 * A new one-time token for `form`, made as its page is rendered: 128 random bits, signed with the
 * session's CSRF token (kept in the session, in the database), so only a page this session was shown
 * can have made it. `again`: the page said these answers had just been recorded, so the same answers
 * sent with this token record a second time.
 */
export function formToken(request: WebRequest, form: OnceForm, again = false): string {
  const secret = csrf.getTokenFromState(request) ?? csrf.generateToken(request);
  const nonce = randomBytes(16).toString('base64url');
  return `${nonce}.${signature(secret, form, nonce, again).toString('base64url')}${again ? `.${AGAIN}` : ''}`;
}

/** Gives the page's template a new one-time token for `form` (`onceToken`, in once.njk). */
export function giveFormToken(request: WebRequest, response: Response, form: OnceForm, again = false): void {
  response.locals.onceToken = formToken(request, form, again);
}

/**
 * The SHA-256 of a form's answers: every field sent but the CSRF and one-time tokens, and `about`, what
 * the form's address names (the transfer decided, the resolution voted on), when given.
 */
function answersOf(body: Record<string, unknown>, about: string | undefined): string {
  const answers = Object.fromEntries(Object.entries(body).filter(([name]) => name !== FORM_TOKEN_FIELD && name !== '_csrf'));
  return createHash('sha256').update(canonicalJson((about === undefined ? answers : { answers, about }) as Json), 'utf8').digest('hex');
}

/**
 * The {@link RequestKey} of a form sent with its one-time token: the token's random part, unique for
 * the form, with the form's answers as fingerprint; and a key for the answers unique to the session
 * (an HMAC with its CSRF token), checked unless the token was made to record them again. Null when the
 * form came without a token, or with one not signed for this session and form. `about`: what the
 * form's address names (a transfer, a resolution), so that the same answers about another are new ones.
 */
export function formKey(request: WebRequest, form: OnceForm, about?: string): RequestKey | null {
  const body = (request.body as Record<string, unknown> | undefined) ?? {};
  const sent = body[FORM_TOKEN_FIELD];
  const secret = csrf.getTokenFromState(request);
  if (typeof sent !== 'string' || !secret) return null;
  const [nonce, signed, mark, ...rest] = sent.split('.');
  if (!nonce || !signed || rest.length > 0 || (mark !== undefined && mark !== AGAIN) || !/^[A-Za-z0-9_-]{22}$/.test(nonce)) return null;
  const expected = signature(secret, form, nonce, mark === AGAIN);
  const given = Buffer.from(signed, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const fingerprint = answersOf(body, about);
  const answers = createHmac('sha256', secret).update(`${form}\nanswers\n${fingerprint}`, 'utf8').digest('base64url');
  return { scope: `form ${form}`, key: nonce, fingerprint, answers: { scope: `form ${form} answers`, key: answers, check: mark !== AGAIN } };
}

/**
 * What a form is told when it met an earlier sending that recorded `what` (its words, "Resolution
 * 2026/05"), whose page is `href`, and nothing new was recorded: its token sent again with other
 * answers (422), or its answers, under a new token, recorded a few minutes before (409: the page's new
 * token then records them a second time). `another` names a new record ("a new resolution").
 */
export function sentBefore(sent: 'changed' | 'answers', what: string, href: string, another: string): { status: number; again: boolean; error: FieldError } {
  const text =
    sent === 'changed'
      ? `This form was already sent and recorded as ${what}, with the answers as they were first sent. The changes in this second sending were not recorded. A record is not changed once made: to record these answers as ${another} as well, send the form again.`
      : `These answers were already recorded as ${what}, when this form was sent in the last ${ANSWERS_MINUTES} minutes. Nothing new was recorded. To record ${another} with the same answers, send the form again.`;
  return { status: sent === 'changed' ? 422 : 409, again: sent === 'answers', error: { field: FORM_TOKEN_FIELD, text, href } };
}
