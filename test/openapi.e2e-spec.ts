/**
 * The OpenAPI document served at /docs/openapi.json: what every operation carries (summary, roles,
 * security, error responses in the one error shape), and the typed client of the tests
 * (test/support/api-types.ts), which must be what openapi-typescript makes of the document today.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { ROLES } from '../apps/api/src/auth/roles';
import { postgresAvailable } from './support/databases';
import { admin } from './support/postgres-admin';
import { startTestApp, type TestApp } from './support/test-app';

const ROOT = join(__dirname, '..');
const NODE = join(ROOT, 'node_modules/.bin/node');

interface Operation {
  summary?: string;
  description?: string;
  security?: Record<string, string[]>[];
  'x-roles'?: string[];
  responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>;
}
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, Record<string, unknown>>; schemas: Record<string, unknown> };
  tags: { name: string }[];
};

function operations(document: Document): [string, Operation][] {
  return Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => [`${method.toUpperCase()} ${path}`, op] as [string, Operation]));
}

describe('the OpenAPI document (pglite)', () => {
  let t: TestApp;
  let document: Document;
  beforeAll(async () => {
    t = await startTestApp('pglite');
    document = (await t.http.get('/docs/openapi.json').expect(200)).body as Document;
  });
  afterAll(() => t.close());

  it('describes the bearer scheme as an opaque token, not a JWT, and no web page', () => {
    const bearer = document.components.securitySchemes.bearer;
    expect(bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(bearer.bearerFormat).toBe('opaque');
    expect(String(bearer.description)).toMatch(/opaque token \(not a JWT\)/);
    expect(Object.keys(document.paths).filter((path) => !path.startsWith('/api/') && !path.startsWith('/health'))).toEqual([]);
  });

  it('types every property of the request and response schemas: a calendar date (a branded string, @IsCalendarDate) is a string of format date, never a bare object', () => {
    const untyped: string[] = [];
    const dates: string[] = [];
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      for (const [property, value] of Object.entries((schema as { properties?: Record<string, Record<string, unknown>> }).properties ?? {})) {
        if (value.type === 'object' && value.properties === undefined && value.additionalProperties === undefined) untyped.push(`${name}.${property}`);
        if (value.format === 'date') dates.push(`${name}.${property}`);
      }
    }
    expect(untyped).toEqual([]);
    // MT-2 (s.1147): the notice of a meeting as sent, among them.
    expect(dates).toEqual(expect.arrayContaining(['CreateMeetingDto.noticeSentOn', 'CreateMeetingDto.noticeGivenOn', 'ProposeResolutionDto.noticeSentOn', 'ProposeResolutionDto.meetingOn', 'CreateMeetingDto.heldOn']));
  });

  it('gives every operation a summary, a declared tag, its roles and the security they need', () => {
    const tags = new Set(document.tags.map((tag) => tag.name));
    for (const [name, op] of operations(document)) {
      expect([name, (op.summary ?? '').length > 0]).toEqual([name, true]);
      expect([name, (op as { tags?: string[] }).tags?.every((tag) => tags.has(tag))]).toEqual([name, true]);
      const roles = op['x-roles'] ?? [];
      if (name.includes(' /health')) {
        expect([name, roles, op.security]).toEqual([name, [], []]);
      } else {
        expect([name, roles.length > 0, op.security]).toEqual([name, true, [{ bearer: [] }]]);
        expect(op.description).toContain(`Roles: ${roles.join(', ')}.`);
        expect(op.responses['401']).toBeDefined();
      }
    }
  });

  it('gives the secretary-only writes 403 and every /api operation its 4xx in the one ErrorBody shape', () => {
    expect(document.components.schemas.ErrorBody).toMatchObject({ required: ['statusCode', 'code', 'message'] });
    const allotment = document.paths['/api/companies/{companyId}/share-allotments'].post;
    expect(allotment['x-roles']).toEqual(['secretary']);
    expect(Object.keys(allotment.responses)).toEqual(expect.arrayContaining(['400', '401', '403', '404', '409', '422', '429']));
    // SH-5: a practice holds at most one share — the rule's code is among the 409s of an allotment.
    const conflict = JSON.stringify(allotment.responses['409']);
    expect(conflict).toContain('PRACTICE_ALREADY_A_MEMBER');
    expect(conflict).toContain('#/components/schemas/ErrorBody');
    expect(document.paths['/api/companies/{companyId}/register'].get['x-roles']).toEqual([...ROLES]);
    for (const [name, op] of operations(document).filter(([name]) => name.includes(' /api/'))) {
      const errors = Object.keys(op.responses).filter((status) => status.startsWith('4'));
      expect([name, errors.length > 0]).toEqual([name, true]);
      for (const status of errors) expect([name, status, JSON.stringify(op.responses[status])]).toEqual([name, status, expect.stringContaining('ErrorBody')]);
    }
  });

  it('declares 503 on every operation: each reads the database (a token is looked up, health asks it), liveness answers 503 while shutting down', () => {
    const without = operations(document).filter(([, op]) => op.responses['503'] === undefined).map(([name]) => name);
    expect(without).toEqual([]);
    // An /api route's 503 is the one error shape; /health's is its own summary, /health/ready's terminus's result.
    for (const [name, op] of operations(document).filter(([name]) => name.includes(' /api/'))) expect([name, JSON.stringify(op.responses['503'])]).toEqual([name, expect.stringContaining('SERVICE_UNAVAILABLE')]);
    expect(document.paths['/health'].get.responses['503'].content?.['application/json'].schema).toMatchObject({ properties: { status: { enum: ['unavailable'] } } });
  });

  it('is what the checked-in types of the typed client were generated from (npm run openapi:types)', async () => {
    const files = mkdtempSync(join(tmpdir(), 'cic-openapi-types-'));
    writeFileSync(join(files, 'openapi.json'), JSON.stringify(document));
    await new Promise<void>((resolve, reject) =>
      execFile(NODE, [join(ROOT, 'dist/scripts/openapi-types.js'), join(files, 'openapi.json'), join(files, 'api-types.ts')], { cwd: ROOT, timeout: 60_000, env: { ...process.env, NODE_OPTIONS: '' } }, (error, _stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(),
      ),
    );
    const generated = readFileSync(join(files, 'api-types.ts'), 'utf8');
    const checkedIn = readFileSync(join(ROOT, 'test/support/api-types.ts'), 'utf8');
    // A difference means a route, a DTO or a decorator changed: run `npm run openapi:types` and commit the file.
    expect(generated === checkedIn).toBe(true);
  });

  it('takes its success bodies from openapi/response-schemas.json, which is what the handlers return today (npm run openapi:responses)', async () => {
    const register = document.paths['/api/companies/{companyId}/register'].get.responses['200'];
    expect(JSON.stringify(register.content?.['application/json'].schema)).toContain('"currentMembers"');
    const run = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(NODE, [join(ROOT, 'dist/scripts/response-schemas.js'), '--check'], { cwd: ROOT, timeout: 170_000, env: { ...process.env, NODE_OPTIONS: '' } }, (error, _stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }),
      ),
    );
    expect(run).toEqual({ code: 0, stderr: '' });
  }, 180_000);

  it('gives every success response a body schema: JSON from the handlers, PDF as binary, CSV as text, the export as its shape', () => {
    const missing = operations(document).flatMap(([name, op]) =>
      Object.entries(op.responses)
        .filter(([status, response]) => /^2\d\d$/.test(status) && status !== '204' && !Object.values(response.content ?? {}).some((c) => c.schema !== undefined))
        .map(([status]) => `${name} ${status}`),
    );
    expect(missing).toEqual([]);
    const pdf = document.paths['/api/companies/{companyId}/reports/register-of-members.pdf'].get.responses['200'].content;
    expect(pdf).toEqual({ 'application/pdf': { schema: expect.objectContaining({ type: 'string', format: 'binary' }) } });
    expect(Object.keys(document.paths['/api/companies/{companyId}/reports/register.csv'].get.responses['200'].content ?? {})).toEqual(['text/csv']);
    expect(document.paths['/api/companies/{companyId}/ledger/export'].get.responses['200'].content?.['application/json'].schema).toMatchObject({ required: expect.arrayContaining(['format', 'entries']) });
  });
});

/**
 * The declared 503s are the ones the service answers: with the database refusing connections, every
 * operation is called (path values made up, a secretary's token, an empty JSON body for a write) and
 * each one answering 503 must declare it. PostgreSQL only: PGlite runs in the process.
 */
(postgresAvailable() ? describe : describe.skip)('the OpenAPI document with the database refusing connections (postgresql)', () => {
  let t: TestApp;
  let document: Document;
  let name: string;
  beforeAll(async () => {
    // Each 503 logs an error line: they go to a stream nobody reads.
    t = await startTestApp('postgresql', {}, { logs: new PassThrough().resume() });
    document = (await t.http.get('/docs/openapi.json').expect(200)).body as Document;
    name = new URL(t.database.databaseUrl!).pathname.slice(1);
  }, 180_000);
  afterAll(async () => {
    await admin((client) => client.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`)).catch(() => undefined);
    await t?.close();
  });

  it('every operation that answers 503 while the database is unavailable declares it; liveness still answers 200', async () => {
    await admin(async (client) => {
      await client.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
      await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
    });
    const answered: [string, number, boolean][] = [];
    for (const [operation, op] of operations(document)) {
      const [method, path] = operation.split(' ');
      const url = path.replace(/\{[^}]+\}/g, 'x');
      const call = t.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](url).set(t.auth('secretary'));
      const res = await (method === 'GET' || method === 'DELETE' ? call : call.send({}));
      answered.push([operation, res.status, op.responses[String(res.status)] !== undefined]);
    }
    const unavailable = answered.filter(([, status]) => status === 503);
    expect(unavailable.filter(([, , declared]) => !declared).map(([operation]) => operation)).toEqual([]);
    expect(unavailable.map(([operation]) => operation)).toEqual(expect.arrayContaining(['GET /health', 'GET /health/ready', 'GET /api/companies', 'POST /api/tokens']));
    // Every /api route looks its caller's token up first.
    expect(answered.filter(([operation, status]) => operation.includes(' /api/') && status !== 503)).toEqual([]);
    expect(answered.find(([operation]) => operation === 'GET /health/live')?.[1]).toBe(200);
  }, 120_000);
});
