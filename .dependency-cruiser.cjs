/**
 * Dependency rules, run by `npm test` (`npm run check:deps`):
 * - no circular dependencies anywhere;
 * - the domain library imports nothing outside itself: no framework, ORM, database, PDF or HTTP code,
 *   no npm package at all (its specs may also use fast-check and the shared helpers in libs/domain/test);
 * - the reports library draws PDFs from view models: no database, ORM, framework or app code;
 * - the app never reaches into another module's persistence: a `*.store.ts` is used only inside its
 *   own context folder;
 * - seed data and the app stay out of the libraries.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes a module impossible to understand (or load) on its own.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-imports-only-itself',
      severity: 'error',
      comment: 'libs/domain is pure TypeScript: the company’s rules, with no framework, ORM, database, PDF or I/O code.',
      from: { path: '^libs/domain/src', pathNot: '\\.spec\\.ts$' },
      to: { pathNot: ['^libs/domain/src', '^(node:)?crypto$'] },
    },
    {
      name: 'domain-specs-import-only-the-domain',
      severity: 'error',
      comment: 'Domain specs use the domain, its shared test helpers and fast-check; nothing of the app.',
      from: { path: '^libs/domain/(src|test)/.+\\.spec\\.ts$' },
      to: { pathNot: ['^libs/domain/(src|test)', 'node_modules/fast-check', '^(node:)?(crypto|assert)$'] },
    },
    {
      name: 'reports-import-no-database-or-app',
      severity: 'error',
      comment: 'libs/reports turns view models into PDF bytes; it never reads a database or the app.',
      from: { path: '^libs/reports/src' },
      to: { path: ['^apps/', 'node_modules/(@mikro-orm|@electric-sql|pg|@nestjs|kysely|express)/', '^libs/domain/src/(?!index)'] },
    },
    {
      name: 'store-stays-in-its-module',
      severity: 'error',
      comment: 'A context’s persistence (*.store.ts) is its own: other modules go through its exported services.',
      from: { path: '^apps/api/src/([^/]+)/' },
      to: { path: '^apps/api/src/([^/]+)/.+\\.store\\.ts$', pathNot: '^apps/api/src/$1/' },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^(apps|test|bench|scripts)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import resolves to a file or an installed package.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    exclude: { path: ['^dist/', '^test/fixtures/'] },
  },
};
