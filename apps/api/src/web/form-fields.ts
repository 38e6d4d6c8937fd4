import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';

/**
 * The fields every page form may carry besides its own: the CSRF token (`_csrf`, csrf.njk) and a
 * form's one-time token (`_once`, once.njk: a resolution proposed, a meeting called or adjourned, a
 * filing, an inspection request, a dividend declared, an asset transfer, a change of the asset-locked bodies
 * the articles name).
 */
export const FIELDS_EVERY_FORM_TAKES: readonly string[] = ['_csrf', '_once'];

/** The metadata key of a form route's field names. */
export const FORM_FIELDS_KEY = 'web:form-fields';

/**
 * The fields of a page form: the names its template sends, besides {@link FIELDS_EVERY_FORM_TAKES}.
 * Each is sent at most once, but a name ending in `[]` (`directorId[]`: checkboxes), which may be sent
 * any number of times as the plain name (`directorId=a&directorId=b`). A name ending in `*` stands for
 * every name that begins with what comes before it (`interest-*`: one field a director, named by the
 * director's id). Either a list, or lists by the value of a route parameter (`{ param: 'kind', lists: { … } }`)
 * where one route takes several forms; a parameter value with no list is left to the route to refuse.
 */
export type FormFieldList = readonly string[] | { readonly param: string; readonly lists: Readonly<Record<string, readonly string[]>> };

/**
 * Declares the fields a page's POST route takes: any other field, or one sent twice that is not a list,
 * is refused with a 400 page naming it (FormFieldsGuard, in every `@WebPages()` controller), before the
 * route runs, so nothing is written. A POST route with no list takes only {@link FIELDS_EVERY_FORM_TAKES}.
 */
export const FormFields = (...names: string[]) => SetMetadata<string, FormFieldList>(FORM_FIELDS_KEY, names);

/** {@link FormFields} for a route that takes several forms, told apart by the route parameter `param`. */
export const FormFieldsBy = (param: string, lists: Readonly<Record<string, readonly string[]>>) => SetMetadata<string, FormFieldList>(FORM_FIELDS_KEY, { param, lists });

/** A form sent with fields it may not have so: a 400 page naming them (WebErrorFilter), nothing done. */
export abstract class RefusedFormFields extends Error {
  constructor(readonly fields: readonly string[], says: (names: string, many: boolean) => string) {
    const quoted = fields.map((f) => `'${f}'`);
    super(says(quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`, quoted.length > 1));
  }
}

/** A form sent with fields its route does not take (an empty name and `__proto__` among them). */
export class UnexpectedFormFields extends RefusedFormFields {
  constructor(fields: readonly string[]) {
    super(fields, (names, many) => `This form does not take the field${many ? 's' : ''} ${names}`);
  }
}

/** A form sent with a field more than once that takes one value (`text=A&text=B`). */
export class RepeatedFormFields extends RefusedFormFields {
  constructor(fields: readonly string[]) {
    super(fields, (names, many) => `The field${many ? 's' : ''} ${names} ${many ? 'were' : 'was'} sent more than once; ${many ? 'each takes' : 'it takes'} one value`);
  }
}

/** The longest field name a refusal repeats, and the most names it lists. */
const NAME_SHOWN = 60;
const NAMES_SHOWN = 5;

/** Where a urlencoded form's field names as sent are kept on its request (configure-web.ts reads them from its bytes). */
const SENT_NAMES = Symbol('form field names as sent');

/**
 * Keeps the names of a urlencoded form's fields as sent, in order and repeated as sent: the parser
 * drops some (an empty name, `__proto__`) and reads `text[]=…` and `text=A&text=B` alike.
 */
export function keepSentNames(request: object, bytes: Buffer): void {
  Object.defineProperty(request, SENT_NAMES, { value: [...new URLSearchParams(bytes.toString('utf8')).keys()], configurable: true });
}

function sentNamesOf(request: object): readonly string[] | undefined {
  return (request as { [SENT_NAMES]?: readonly string[] })[SENT_NAMES];
}

/**
 * The fields of a form that `allowed` (with {@link FIELDS_EVERY_FORM_TAKES}) does not name, as they
 * were sent (`x`, `text[a]`, `''`, `__proto__`), and those it names as one value that were sent more
 * than once. From the names as sent where they are known (`sent`), else from the parsed body (a
 * multipart form), where a field read as an object (`text[a]=…`) or a list of objects is never one a
 * page's form sends, and a list where one value is taken is a field sent more than once.
 */
export function formFieldProblems(body: unknown, allowed: readonly string[], sent?: readonly string[]): { unexpected: string[]; repeated: string[] } {
  const lists = new Set(allowed.filter((n) => n.endsWith('[]')).map((n) => n.slice(0, -2)));
  const names = new Set([...FIELDS_EVERY_FORM_TAKES, ...allowed.filter((n) => !n.endsWith('*') && !n.endsWith('[]'))]);
  const prefixes = allowed.filter((n) => n.endsWith('*')).map((n) => n.slice(0, -1));
  const taken = (name: string) => lists.has(name) || names.has(name) || prefixes.some((p) => name.startsWith(p) && name.length > p.length);
  const unexpected = new Set<string>();
  const repeated = new Set<string>();
  if (sent !== undefined) {
    const seen = new Set<string>();
    for (const name of sent) {
      if (!taken(name)) unexpected.add(name);
      else if (seen.has(name) && !lists.has(name)) repeated.add(name);
      seen.add(name);
    }
  } else if (body !== null && typeof body === 'object') {
    for (const [name, value] of Object.entries(body)) {
      if (!taken(name)) unexpected.add(name);
      else if (value !== null && typeof value === 'object') {
        const parts = Array.isArray(value) ? value.flatMap((v, i) => (typeof v === 'string' ? [] : [`[${i}]`])) : Object.keys(value).map((k) => `[${k}]`);
        for (const part of parts) unexpected.add(`${name}${part}`);
        if (Array.isArray(value) && parts.length === 0 && !lists.has(name)) repeated.add(name);
      }
    }
  }
  const shown = (found: Set<string>) => [...found].map((n) => (n.length > NAME_SHOWN ? `${n.slice(0, NAME_SHOWN)}…` : n)).slice(0, NAMES_SHOWN);
  return { unexpected: shown(unexpected), repeated: shown(repeated) };
}

/** The fields of a form's parsed body that `allowed` does not name: {@link formFieldProblems}. */
export function unexpectedFields(body: unknown, allowed: readonly string[]): string[] {
  return formFieldProblems(body, allowed).unexpected;
}

/**
 * Refuses a form with a field `allowed` does not name, or one it names as one value sent more than
 * once; `sent`: the names as sent, where known. @throws UnexpectedFormFields, RepeatedFormFields
 */
export function refuseUnexpectedFields(body: unknown, allowed: readonly string[], sent?: readonly string[]): void {
  const { unexpected, repeated } = formFieldProblems(body, allowed, sent);
  if (unexpected.length > 0) throw new UnexpectedFormFields(unexpected);
  if (repeated.length > 0) throw new RepeatedFormFields(repeated);
}

/**
 * Every page's POST route takes only the fields its `@FormFields` names (and those every form takes),
 * each once but a list, judged by the names as sent (an empty name and `__proto__` are names too):
 * checked after the session and role (WebAuthGuard), before the route. A multipart form's body is read
 * by its route, which checks it with {@link refuseUnexpectedFields}.
 */
@Injectable()
export class FormFieldsGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (request.method !== 'POST' || request.is('multipart/form-data')) return true;
    const list = this.reflector.get<FormFieldList | undefined>(FORM_FIELDS_KEY, context.getHandler()) ?? [];
    const value = isByParam(list) ? String(request.params[list.param]) : '';
    const allowed = !isByParam(list) ? list : Object.hasOwn(list.lists, value) ? list.lists[value] : undefined;
    if (allowed !== undefined) refuseUnexpectedFields(request.body, allowed, sentNamesOf(request));
    return true;
  }
}

function isByParam(list: FormFieldList): list is Exclude<FormFieldList, readonly string[]> {
  return !Array.isArray(list);
}
