/**
 * The checks every value a request carries goes through before any DTO sees it: body fields, query
 * values and path parameters alike. PostgreSQL cannot store a NUL character, and refuses JSON with a
 * lone surrogate (so such text could never be hashed into the ledger and stored); a body nested
 * thousands of levels deep would overflow the stack of whatever walks it recursively; another control
 * character (an escape, a bell, DEL) shows as nothing or garbles a terminal or spreadsheet; a bidirectional
 * control (a right-to-left override) makes a name display other than as recorded. Each is a 400
 * naming the field, found here without recursion.
 */

declare global {
  interface String {
    /** ES2024: false when the string holds a lone surrogate. */
    isWellFormed(): boolean;
  }
}

/** How deeply a JSON body may nest objects and arrays (the deepest DTO nests three). */
export const MAX_BODY_DEPTH = 32;
/** Ids in paths are UUIDs, practice ids or record ids: all far shorter. */
export const MAX_PATH_PARAMETER_LENGTH = 200;
/** A query value (dates, numbers, a cursor) is never longer than this. */
export const MAX_QUERY_VALUE_LENGTH = 2000;

export type InputSource = 'body' | 'query' | 'param' | 'custom';

export interface InputProblem {
  readonly field: string;
  readonly problems: string[];
}

/**
 * Unicode's bidirectional embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069): a
 * right-to-left override makes a name or an address display other than as it is stored, which on a
 * statutory register misleads. Names in Arabic, Urdu or Hebrew are written without them.
 */
export const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/** The problem text holding a bidirectional control is refused with. */
export const BIDI_PROBLEM = 'must not contain characters that change the direction of text (U+202A–U+202E, U+2066–U+2069)';

// C0 controls and DEL: never part of an id in a path.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
// C0 controls but tab, line feed and carriage return, DEL and the C1 controls (U+0080–U+009F): never
// part of a name, an address or a text to record.
const TEXT_CONTROL_CHARACTER = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * Every character a text may not carry, whichever check names it: NUL, the other C0 controls but tab,
 * line feed and carriage return, DEL, the C1 controls, and the direction controls ({@link BIDI_CONTROL}).
 * The pages take these out of a form and refuse it beside the field (web/form-text.ts).
 */
export const REFUSED_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The problem text holding a control character is refused with. */
export const TEXT_CONTROL_PROBLEM = 'must not contain control characters other than tab, line feed and carriage return';

/** What is wrong with a request value as received, field by field (empty when nothing is). */
/**
 * Field names no request body has: the mapping to the DTO would skip them silently, where every other
 * unknown field is refused; they are refused the same way (`field should not exist`).
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function inputProblems(value: unknown, source: InputSource, name?: string): InputProblem[] {
  if (source === 'custom') return [];
  const problems: InputProblem[] = [];
  const maxLength = source === 'param' ? MAX_PATH_PARAMETER_LENGTH : source === 'query' ? MAX_QUERY_VALUE_LENGTH : Infinity;
  // `top`: the field named when the nesting is too deep (the body's own field, not a path 32 levels long).
  const stack: { value: unknown; field: string; top: string; depth: number }[] = [{ value, field: name ?? '', top: name ?? '', depth: 0 }];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (typeof next.value === 'string') {
      const found = textProblems(next.value, source, maxLength);
      if (found.length > 0) problems.push({ field: next.field || source, problems: found });
      continue;
    }
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth >= MAX_BODY_DEPTH) {
      problems.push({ field: next.top || source, problems: [`nests deeper than ${MAX_BODY_DEPTH} levels`] });
      continue;
    }
    const entries = Array.isArray(next.value) ? next.value.map((v, i) => [`[${i}]`, v] as const) : Object.entries(next.value).map(([k, v]) => [k, v] as const);
    for (const [key, child] of entries) {
      const field = key.startsWith('[') ? `${next.field}${key}` : next.field ? `${next.field}.${key}` : key;
      const keyProblems = key.startsWith('[') ? [] : textProblems(key, 'body', Infinity);
      if (keyProblems.length > 0) problems.push({ field: next.field || source, problems: keyProblems.map((p) => `a field name ${p}`) });
      if (PROTOTYPE_KEYS.has(key)) problems.push({ field, problems: [`property ${key} should not exist`] });
      stack.push({ value: child, field, top: next.top || (key.startsWith('[') ? '' : key), depth: next.depth + 1 });
    }
  }
  return problems;
}

function textProblems(text: string, source: InputSource, maxLength: number): string[] {
  const problems: string[] = [];
  if (text.includes('\u0000')) problems.push('must not contain NUL characters');
  else if (source === 'param' && CONTROL_CHARACTER.test(text)) problems.push('must not contain control characters');
  else if (TEXT_CONTROL_CHARACTER.test(text)) problems.push(TEXT_CONTROL_PROBLEM);
  if (BIDI_CONTROL.test(text)) problems.push(BIDI_PROBLEM);
  if (!text.isWellFormed()) problems.push('must be well-formed Unicode (no lone surrogates)');
  if (text.length > maxLength) problems.push(`must be at most ${maxLength} characters`);
  return problems;
}
