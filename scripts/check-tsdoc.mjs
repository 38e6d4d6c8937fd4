#!/usr/bin/env node
// The libraries' public exports say what they are: every exported declaration under libs/*/src (not
// tests) carries a TSDoc comment (`/** … */`). Run by `npm test`; exits 1 naming each export without one.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;
const missing = [];
for (const lib of readdirSync(join(root, 'libs'))) {
  const src = join(root, 'libs', lib, 'src');
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (!entry.isFile() || !entry.name.endsWith('.ts') || /\.spec\.ts$/.test(entry.name) || entry.name === 'index.ts') continue;
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of file.statements) {
      if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) continue;
      const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (!exported || ts.getJSDocCommentsAndTags(statement).length > 0) continue;
      const name = statement.name?.text ?? statement.declarationList?.declarations.map((d) => d.name.getText(file)).join(', ') ?? '(unnamed)';
      const { line } = file.getLineAndCharacterOfPosition(statement.getStart(file));
      missing.push(`${relative(root, path)}:${line + 1}: ${name}`);
    }
  }
}
if (missing.length > 0) {
  console.error(`Exports without a TSDoc comment (say what it is: shape, units, errors thrown, source):\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log('every export of libs/*/src has a TSDoc comment');
