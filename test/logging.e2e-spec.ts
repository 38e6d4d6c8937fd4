import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { connect, type AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { ADMIN_TOKEN, COMPANY, startTestApp, type TestApp } from './support/test-app';
import { databaseKinds } from './support/databases';

const C = `/api/companies/${COMPANY}`;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  req?: { method: string };
  res?: { statusCode: number };
  route?: string;
  durationMs?: number;
  context?: string;
  aborted?: boolean;
}

// One stream for every app of this file (see startTestApp).
const logs = new PassThrough();
let output = '';
logs.on('data', (chunk: Buffer) => (output += chunk.toString()));

describe.each(databaseKinds())('logs (%s)', (kind) => {
  let t: TestApp;
  const lines = (): LogLine[] =>
    output
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as LogLine);

  beforeAll(async () => {
    output = '';
    t = await startTestApp(kind, { seedAlliance: true, logLevel: 'info', logFormat: 'json' }, { logs });
  });
  afterAll(() => t.close());

  it('a start logs no line per route or module at info level', () => {
    expect(output).not.toMatch(/Mapped \{|RouterExplorer|RoutesResolver|InstanceLoader|dependencies initialized/);
  });

  it('each request is one JSON line with its request id, method, route, status and duration; a sent X-Request-Id is kept and echoed', async () => {
    output = '';
    const ok = await t.http.get(`${C}/register?status=current&limit=2`).set(t.auth('board')).set('X-Request-Id', 'trace-42').expect(200);
    expect(ok.headers['x-request-id']).toBe('trace-42');
    const refused = await t.http.get(`${C}/register`).expect(401);
    expect(refused.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    await t.http.get('/no/such/route').set(t.auth('board')).expect(404);

    const requests = lines().filter((line) => line.req);
    expect(requests).toEqual([
      expect.objectContaining({ level: 30, requestId: 'trace-42', req: { method: 'GET' }, route: '/api/companies/:companyId/register', res: { statusCode: 200 }, durationMs: expect.any(Number) }),
      expect.objectContaining({ level: 40, requestId: refused.headers['x-request-id'], route: '/api/companies/:companyId/register', res: { statusCode: 401 } }),
      expect.objectContaining({ level: 40, route: '(no route)', res: { statusCode: 404 } }),
    ]);
    expect(requests[0].msg).toMatch(/^GET \/api\/companies\/:companyId\/register 200 \d+ ms$/);
    // The URL's values (company id, query) are not logged, only the route's pattern.
    expect(output).not.toContain(COMPANY);
  });

  it('a request whose body is refused (too large, not JSON, in another charset, malformed), or a form without its CSRF token (refused before any route), is logged like any other', async () => {
    output = '';
    const refusals = [
      await t.http.post(`${C}/directors`).set(t.auth('secretary')).set('content-type', 'application/json').send(`{"name":"${'x'.repeat(200_000)}"}`).expect(413),
      await t.http.post(`${C}/directors`).set(t.auth('secretary')).set('content-type', 'text/plain').send('hello').expect(415),
      await t.http.post(`${C}/directors`).set(t.auth('secretary')).set('content-type', 'application/json; charset=utf-16le').send('{}').expect(415),
      await t.http.post(`${C}/directors`).set(t.auth('secretary')).set('content-type', 'application/json').set('X-Request-Id', 'bad-json-1').send('{"name":').expect(400),
      await t.http.post('/practices').type('form').send({ odsCode: 'Z1' }).expect(403),
    ];
    const requests = lines().filter((line) => line.req);
    expect(requests.map((line) => [line.requestId, line.req?.method, line.res?.statusCode, line.level, typeof line.durationMs])).toEqual(
      refusals.map((res) => [res.headers['x-request-id'], 'POST', res.status, 40, 'number']),
    );
    expect(requests[3].requestId).toBe('bad-json-1');
    // A body is read by its route, once the token is checked: its refusal names the route.
    expect(requests.map((line) => line.route)).toEqual([...Array(4).fill('/api/companies/:companyId/directors'), '(no route)']);
    expect(requests.every((line) => /^POST .+ \d{3} \d+ ms$/.test(line.msg))).toBe(true);
  });

  it('never logs a token, a token hash, a header or an employee\'s personal data', async () => {
    output = '';
    const unknown = `cic_${'Z'.repeat(43)}`;
    await t.http.get(`${C}/register`).set('Authorization', `Bearer ${unknown}`).expect(401);
    const made = await t.http.post('/api/tokens').set(t.auth('secretary')).send({ name: 'logged?', role: 'auditor' }).expect(201);
    await t.http.get(`${C}/ledger/verify`).set('Authorization', `Bearer ${made.body.token}`).expect(200);
    const staff = await t.http.get(`${C}/tupe-transfers/tupe-2016-health-visiting/employees`).set(t.auth('secretary')).expect(200);
    const employee = staff.body.employees[0];
    const csv = 'staff_number,name\nX-1,Private Person Name\n';
    await t.http.post(`${C}/tupe-transfers/tupe-2016-health-visiting/employees`).set(t.auth('secretary')).set('Content-Type', 'text/csv').send(csv).expect(422);

    expect(lines().length).toBeGreaterThanOrEqual(5);
    for (const secret of [ADMIN_TOKEN, t.tokens.board, t.tokens.auditor, made.body.token, unknown]) {
      expect(output).not.toContain(secret);
      expect(output).not.toContain(sha256(secret));
    }
    for (const personal of [employee.name, employee.dateOfBirth, 'Private Person Name']) expect(output).not.toContain(personal);
    expect(output.toLowerCase()).not.toContain('authorization');
    expect(output).not.toContain('Bearer');
  });

  it('a request whose client hangs up before the answer is sent is logged at warn as 499 (nginx\'s "client closed request"), aborted: true, never as answered', async () => {
    const server = t.app.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const before = await t.sql(`select count(*)::int as entries from ledger_entry`);
    output = '';
    // The secretary's POST announces a 1,000-byte body and sends a few bytes of it: the route waits
    // for the rest. "100 Continue" says the server has the request; the client then goes away.
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    socket.write(
      [`POST ${C}/directors HTTP/1.1`, 'Host: localhost', `Authorization: Bearer ${t.tokens.secretary}`, 'Content-Type: application/json', 'Content-Length: 1000', 'Expect: 100-continue', 'X-Request-Id: gone-1', '', ''].join('\r\n'),
    );
    const [first] = (await once(socket, 'data')) as [Buffer];
    expect(first.toString()).toMatch(/^HTTP\/1\.1 100 /);
    socket.write('{"name":"Half Sent');
    await new Promise((resolve) => setTimeout(resolve, 300));
    socket.destroy();

    const deadline = Date.now() + 5000;
    while (!lines().some((line) => line.requestId === 'gone-1') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const logged = lines().filter((line) => line.requestId === 'gone-1' && line.req);
    expect(logged).toEqual([
      expect.objectContaining({ level: 40, req: { method: 'POST' }, route: '/api/companies/:companyId/directors', res: { statusCode: 499 }, aborted: true, durationMs: expect.any(Number) }),
    ]);
    expect(logged[0].msg).toMatch(/^POST \/api\/companies\/:companyId\/directors 499 \d+ ms \(the client closed the request before the answer was sent\)$/);
    // Nothing was written, and the server goes on answering.
    expect(await t.sql(`select count(*)::int as entries from ledger_entry`)).toEqual(before);
    await t.http.get(`${C}/register?limit=1`).set(t.auth('board')).expect(200);
  });

  // Last: it leaves a staff record altered.
  it('a 500\'s request line names the error (its message, scrubbed), and still no personal data', async () => {
    const HV = `${C}/tupe-transfers/tupe-2016-health-visiting`;
    const employee = (await t.http.get(`${HV}/employees`).set(t.auth('secretary')).expect(200)).body.employees[0];
    await t.orm.em.fork().transactional(async (em) => {
      await em.execute('set local session_replication_role = replica');
      await em.execute(`update tupe_employee_personal set data = jsonb_set(data, '{annualPayPence}', '1') where staff_number = ?`, [employee.staffNumber]);
    });
    output = '';
    const read = await t.http.get(`${HV}/employees`).set(t.auth('secretary')).expect(500);
    expect(read.body.code).toBe('PERSONAL_RECORD_ALTERED');
    const line = lines().find((entry) => entry.res?.statusCode === 500) as (LogLine & { err?: { type?: string; message?: string } }) | undefined;
    expect(line).toMatchObject({ level: 50, route: '/api/companies/:companyId/tupe-transfers/:transferId/employees' });
    expect(line?.err?.type).toBe('AppError');
    expect(line?.err?.message).toContain('does not match its ledger commitment');
    for (const personal of [employee.name, employee.dateOfBirth, employee.staffNumber]) expect(output).not.toContain(personal);
  });
});

