#!/usr/bin/env node
// The domain library stays pure TypeScript: no framework, ORM, validation, PDF or HTTP code, and no
// reaching into the app. Run by `npm test` (and so by CI); exits 1 naming each offending import.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const domainSrc = join(root, 'libs/domain/src');
// Specs may share helpers kept in libs/domain/test, which is itself pure TypeScript.
const domainTest = join(root, 'libs/domain/test');
const forbidden = [/^@nestjs\//, /^@mikro-orm\//, /^class-validator$/, /^class-transformer$/, /^pdfkit$/, /^pg$/, /^express$/, /^@electric-sql\//, /^kysely$/, /^reflect-metadata$/];
const allowedBare = [/^node:/, /^fast-check$/];
const importPattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (name.endsWith('.ts')) yield path;
  }
}

const problems = [];
for (const file of files(domainSrc)) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(importPattern)) {
    const spec = match[1] ?? match[2] ?? match[3] ?? match[4];
    const where = relative(root, file);
    if (spec.startsWith('.')) {
      const target = join(file, '..', spec);
      const testHelper = where.endsWith('.spec.ts') && target.startsWith(domainTest);
      if (!target.startsWith(domainSrc) && !testHelper) problems.push(`${where}: imports ${spec}, outside libs/domain/src`);
    } else if (forbidden.some((re) => re.test(spec))) {
      problems.push(`${where}: imports ${spec} (framework, ORM or PDF code)`);
    } else if (!allowedBare.some((re) => re.test(spec)) || (spec === 'fast-check' && !where.endsWith('.spec.ts'))) {
      problems.push(`${where}: imports the package ${spec}; the domain library depends on nothing but Node's standard library`);
    }
  }
}

if (problems.length > 0) {
  console.error(`libs/domain must stay pure:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('libs/domain imports no framework, ORM or PDF code');
