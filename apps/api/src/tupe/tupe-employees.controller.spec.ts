import { CALLERS, expectForbidden, startControllerApp, type ControllerApp } from '../../../../test/support/controller-app';
import { TupeEmployeesController } from './tupe-employees.controller';
import { TupeStaffService } from './tupe-staff.service';

const URL = '/api/companies/demo-company/tupe-transfers/tupe-x/employees';
const CSV = 'Staff Number,Name\r\nT-1,Synthetic Test Employee 1\r\n';
type ImportResult = Awaited<ReturnType<TupeStaffService['import']>>;

describe('TUPE staff lists over HTTP, with the service replaced', () => {
  let c: ControllerApp;
  beforeAll(async () => {
    c = await startControllerApp({ controllers: [TupeEmployeesController], services: [TupeStaffService] });
  });
  afterEach(() => c.reset());
  afterAll(() => c.close());

  const importCsv = (body: string, role: 'secretary' | 'board' | 'auditor' = 'secretary') =>
    c.http.post(URL).set(c.auth(role)).set('Content-Type', 'text/csv').send(body);

  it('a CSV file reaches the import as text and a JSON list as rows: 201 when it recorded changes, 200 when it recorded none', async () => {
    const staff = c.mock(TupeStaffService);
    staff.import.mockResolvedValueOnce({ ledger: { sequence: 9 } } as ImportResult).mockResolvedValueOnce({ ledger: null } as ImportResult);
    await importCsv(CSV).expect(201);
    await c.http.post(URL).set(c.auth('secretary')).send({ rows: [{ staff_number: 'T-1' }] }).expect(200);
    expect(staff.import.mock.calls).toEqual([
      ['demo-company', 'tupe-x', { format: 'csv', text: CSV }, CALLERS.secretary],
      ['demo-company', 'tupe-x', { format: 'json', rows: [{ staff_number: 'T-1' }] }, CALLERS.secretary],
    ]);
  });

  it.each(['board', 'auditor', 'secretary'] as const)('a %s token reads the staff list, which the service shapes by the role', async (role) => {
    await c.http.get(URL).set(c.auth(role)).expect(200);
    expect(c.mock(TupeStaffService).employees).toHaveBeenCalledWith('demo-company', 'tupe-x', role);
  });

  it('a body that is not a staff list is a 400, one of another media type a 415, and one over 5 MB a 413, before the import runs', async () => {
    const secretary = () => c.http.post(URL).set(c.auth('secretary'));
    await c.refused(() => secretary().send({ rows: 'T-1' }), 400, 'VALIDATION_FAILED', 'rows');
    await c.refused(() => secretary().send({ rows: [], extra: 1 }), 400, 'VALIDATION_FAILED', 'extra');
    await c.refused(() => secretary().set('Content-Type', 'application/xml').send('<rows/>'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    await c.refused(() => importCsv(`${CSV}T-2,\u0000\r\n`), 400, 'VALIDATION_FAILED');
    const huge = await c.refused(() => importCsv(CSV + 'x'.repeat(5 * 1024 * 1024)), 413, 'PAYLOAD_TOO_LARGE');
    expect(huge.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it.each(['board', 'auditor'] as const)('a %s token may not import (403 FORBIDDEN)', async (role) => {
    await expectForbidden(c, { method: 'post', path: URL, body: { rows: [] } }, role);
    expect((await importCsv(CSV, role).expect(403)).body.code).toBe('FORBIDDEN');
    expect(c.calls()).toEqual([]);
  });
});
