import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import { REFUSED_IN_TEXT } from '../common/request-input';

/**
 * Text a page form may not carry into a record: the C0 control characters but tab, line feed and
 * carriage return (a NUL among them, which PostgreSQL cannot store), DEL, the C1 controls, and the characters that
 * change the direction of text (embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069): the
 * same characters the API refuses in any request (common/request-input.ts). None shows as typed, and a
 * direction control makes a name on a register read otherwise than it is stored. The marks U+200E and
 * U+200F, which keyboards for Arabic, Urdu and Hebrew insert and which change no order, are kept.
 *
 * A form carrying any is answered with the same form again, 400, the problem beside each such field,
 * and nothing recorded: {@link holdUnrecordableText} takes the characters out of the form's values
 * before any route reads them (so the API's own check of request values, which refuses a NUL or a
 * direction control with a bare 400, never sees them, and the form is shown again without them), and
 * keeps the fields that held them for the request; `asDto` (web-page.ts), through which every form's
 * answers go to the services, then refuses the form naming those fields, whatever else it finds.
 */
export const UNRECORDABLE_CHARACTER = new RegExp(REFUSED_IN_TEXT.source, 'gu');

/** The problem a form field holding an {@link UNRECORDABLE_CHARACTER} is refused with (worded for the page by input-words.ts). */
export const UNRECORDABLE_PROBLEM = 'must not contain control characters or text-direction marks';

/** One refused field of a form: named as the form sends it (`formField`), not as a DTO calls it. */
export interface HeldFieldProblem {
  readonly field: string;
  readonly problems: string[];
  readonly formField: true;
}

/** The form fields of the request being answered that held characters taken out (empty outside one). */
const held = new AsyncLocalStorage<readonly string[]>();

/**
 * A form's values in Unicode NFC with line ends as LF (as API bodies are: a name typed with combining accents is recorded
 * with accented letters) with every {@link UNRECORDABLE_CHARACTER} taken out, and the fields (top-level
 * names, as sent) that held one; strings in lists and nested values count for their field.
 */
export function withoutUnrecordableText(body: Readonly<Record<string, unknown>>): { body: Record<string, unknown>; fields: string[] } {
  const fields: string[] = [];
  const clean = (value: unknown): { value: unknown; found: boolean } => {
    if (typeof value === 'string') {
      // A browser sends a text area's line ends as CR LF: recorded as LF, as the API's JSON bodies send them.
      const typed = value.normalize('NFC').replace(/\r\n?/g, '\n');
      const cleaned = typed.replace(UNRECORDABLE_CHARACTER, '');
      return { value: cleaned, found: cleaned !== typed };
    }
    if (Array.isArray(value)) {
      const items = value.map(clean);
      return { value: items.map((i) => i.value), found: items.some((i) => i.found) };
    }
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value).map(([k, v]) => [k, clean(v)] as const);
      return { value: Object.fromEntries(entries.map(([k, c]) => [k, c.value])), found: entries.some(([, c]) => c.found) };
    }
    return { value, found: false };
  };
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    const c = clean(value);
    out[name] = c.value;
    if (c.found) fields.push(name);
  }
  return { body: out, fields };
}

/**
 * For a page's POST form (read by the urlencoded parser): takes the characters out of its values and,
 * when any were found, answers the rest of the request knowing which fields held them
 * ({@link heldFieldProblems}), a form shown again to be put right (422) answering 400. A form without
 * any passes on with its values in NFC.
 */
export function holdUnrecordableText(request: Request, response: Response, next: NextFunction): void {
  const body = request.body as unknown;
  if (request.method !== 'POST' || body === null || typeof body !== 'object' || Array.isArray(body)) return next();
  const { body: cleaned, fields } = withoutUnrecordableText(body as Record<string, unknown>);
  request.body = cleaned;
  if (fields.length === 0) return next();
  const render = response.render.bind(response) as (...args: unknown[]) => void;
  response.render = ((...args: unknown[]) => {
    if (response.statusCode === 422) response.status(400);
    render(...args);
  }) as Response['render'];
  held.run(fields, next);
}

/** The fields of the form being answered that held characters taken out, each as a refusal's detail (none outside such a form). */
export function heldFieldProblems(): HeldFieldProblem[] {
  return (held.getStore() ?? []).map((field) => ({ field, problems: [UNRECORDABLE_PROBLEM], formField: true }));
}
