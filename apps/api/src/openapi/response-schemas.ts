import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SchemaObject } from '@nestjs/swagger';
import { packageRoot } from '../common/package-root';

/**
 * The schema of each handler's success body by operationId (`Controller_method`), read from the
 * handlers' TypeScript return types by scripts/response-schemas.ts into openapi/response-schemas.json
 * (a test fails when that file differs from the code). Empty if the file is missing.
 */
export function responseSchemas(): Record<string, SchemaObject> {
  const file = join(packageRoot(), 'openapi', 'response-schemas.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, SchemaObject>) : {};
}
