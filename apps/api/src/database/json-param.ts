/**
 * A JSON value (a batch's rows) as one statement parameter: `jsonParam(value)` in the parameters where
 * the SQL has {@link JSON_PARAM}. The ORM writes parameters into the statement's text; a Buffer goes in
 * as hex in one native step, where a string is escaped character by character, which for the megabyte
 * of rows a large batch writes costs more than the statement itself.
 */
export const JSON_PARAM = `convert_from(?::bytea, 'UTF8')::jsonb`;

export function jsonParam(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value), 'utf8');
}
