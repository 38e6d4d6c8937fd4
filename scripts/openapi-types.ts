/**
 * The TypeScript types of the OpenAPI document (openapi-typescript), for the typed client of the
 * tests (test/support/api-client.ts):
 *
 *   npm run openapi:types      (writes the document, then test/support/api-types.ts)
 *
 * test/openapi.e2e-spec.ts renders them again from the running app's document and fails if the
 * checked-in file differs, so that the document cannot drift from the code the tests call.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HEADER = '// Generated from the OpenAPI document by `npm run openapi:types` (openapi-typescript). Do not edit.\n\n';

/** The types file for a document, exactly as it is checked in. */
export async function renderApiTypes(document: object): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(structuredClone(document) as never, { alphabetize: true, defaultNonNullable: false });
  return HEADER + astToString(ast);
}

async function main(): Promise<void> {
  const root = join(__dirname, '..', '..');
  const [source = join(root, 'dist', 'openapi.json'), target = join(root, 'test', 'support', 'api-types.ts')] = process.argv.slice(2);
  writeFileSync(target, await renderApiTypes(JSON.parse(readFileSync(source, 'utf8')) as object));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
