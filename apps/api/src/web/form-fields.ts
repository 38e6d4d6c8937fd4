import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';

/**
 * The fields every page form may carry besides its own: the CSRF token (`_csrf`, csrf.njk) and a
 * form's one-time token (`_once`, once.njk: a resolution proposed, a meeting called, an inspection request).
 */
export const FIELDS_EVERY_FORM_TAKES: readonly string[] = ['_csrf', '_once'];

/** The metadata key of a form route's field names. */
export const FORM_FIELDS_KEY = 'web:form-fields';

/**
 * The fields of a page form: the names its template sends, besides {@link FIELDS_EVERY_FORM_TAKES}.
 * A name ending in `*` stands for every name that begins with what comes before it (`interest-*`:
 * one field a director, named by the director's id). A repeated field (checkboxes) is one name.
 * Either a list, or lists by the value of a route parameter (`{ param: 'kind', lists: { … } }`) where
 * one route takes several forms; a parameter value with no list is left to the route to refuse.
 */
export type FormFieldList = readonly string[] | { readonly param: string; readonly lists: Readonly<Record<string, readonly string[]>> };

/**
 * Declares the fields a page's POST route takes: any other field is refused with a 400 page naming it
 * (FormFieldsGuard, in every `@WebPages()` controller), before the route runs, so nothing is written.
 * A POST route with no list takes only {@link FIELDS_EVERY_FORM_TAKES}.
 */
export const FormFields = (...names: string[]) => SetMetadata<string, FormFieldList>(FORM_FIELDS_KEY, names);

/** {@link FormFields} for a route that takes several forms, told apart by the route parameter `param`. */
export const FormFieldsBy = (param: string, lists: Readonly<Record<string, readonly string[]>>) => SetMetadata<string, FormFieldList>(FORM_FIELDS_KEY, { param, lists });

/** A form sent with fields its route does not take: a 400 page naming them (WebErrorFilter), nothing done. */
export class UnexpectedFormFields extends Error {
  constructor(readonly fields: readonly string[]) {
    const quoted = fields.map((f) => `'${f}'`);
    super(`This form does not take the field${quoted.length === 1 ? ` ${quoted[0]}` : `s ${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`}`);
  }
}

/** The longest field name a refusal repeats, and the most names it lists. */
const NAME_SHOWN = 60;
const NAMES_SHOWN = 5;

/**
 * The fields of a form's body that `allowed` (with {@link FIELDS_EVERY_FORM_TAKES}) does not name, as
 * they were sent (`x`, `text[a]`): a field read as an object (`text[a]=…`) or a list of objects is
 * never one a page's form sends.
 */
export function unexpectedFields(body: unknown, allowed: readonly string[]): string[] {
  if (body === null || typeof body !== 'object') return [];
  const names = new Set([...FIELDS_EVERY_FORM_TAKES, ...allowed.filter((n) => !n.endsWith('*'))]);
  const prefixes = allowed.filter((n) => n.endsWith('*')).map((n) => n.slice(0, -1));
  const taken = (name: string) => names.has(name) || prefixes.some((p) => name.startsWith(p) && name.length > p.length);
  const unexpected: string[] = [];
  for (const [name, value] of Object.entries(body)) {
    if (!taken(name)) unexpected.push(name);
    else if (value !== null && typeof value === 'object') {
      const parts = Array.isArray(value) ? value.flatMap((v, i) => (typeof v === 'string' ? [] : [`[${i}]`])) : Object.keys(value).map((k) => `[${k}]`);
      unexpected.push(...parts.map((part) => `${name}${part}`));
    }
  }
  return unexpected.map((n) => (n.length > NAME_SHOWN ? `${n.slice(0, NAME_SHOWN)}…` : n)).slice(0, NAMES_SHOWN);
}

/** Refuses a form's body with a field `allowed` does not name. @throws UnexpectedFormFields */
export function refuseUnexpectedFields(body: unknown, allowed: readonly string[]): void {
  const unexpected = unexpectedFields(body, allowed);
  if (unexpected.length > 0) throw new UnexpectedFormFields(unexpected);
}

/**
 * Every page's POST route takes only the fields its `@FormFields` names (and those every form takes):
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
    if (allowed !== undefined) refuseUnexpectedFields(request.body, allowed);
    return true;
  }
}

function isByParam(list: FormFieldList): list is Exclude<FormFieldList, readonly string[]> {
  return !Array.isArray(list);
}
