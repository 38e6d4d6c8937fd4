import { createHash } from 'node:crypto';
import { canonicalJson } from '#domain';
import { databaseKinds } from './support/databases';
import { ledgerEntries, ledgerHead } from './support/ledger';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
const HV = `${C}/tupe-transfers/tupe-2016-health-visiting`;

const HEADER = [
  'Staff Number', 'Name', 'Role', 'Band', 'FTE', 'Continuous Service Date', 'Date of Birth', 'Annual Pay Pence', 'Pension Scheme',
  'Assigned Percent', 'Objection Date', 'S1 Particulars', 'Discipline Grievance 2y', 'Claims 2y', 'Collective Agreements',
].join(',');
/** One synthetic CSV row; `over` replaces cells by column index. */
const csvRow = (n: number, over: Record<number, string> = {}) => {
  const cells = [`T-${n}`, `Synthetic Test Employee ${n}`, 'Health visitor (synthetic)', '6', '0.8', '2010-09-01', `1980-01-${String(n).padStart(2, '0')}`,
    '3100000', 'nhs', '100', '', 'on file', 'none', 'none', 'AfC'];
  for (const [i, v] of Object.entries(over)) cells[Number(i)] = v;
  return cells.join(',');
};
const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';
const GOOD_CSV = csv(csvRow(1), csvRow(2), csvRow(3), csvRow(4), csvRow(5));

/** A JSON staff-list row for the non-compliant transfer. */
const jsonRow = (n: number, over: Record<string, unknown> = {}) => ({
  staff_number: `NC-${n}`, name: `Synthetic Objector Test ${n}`, role: 'Community staff nurse (synthetic)', band: 'Band 5', fte: 1,
  continuous_service_date: '2015-01-05', date_of_birth: `1985-02-${String(n).padStart(2, '0')}`, annual_pay: '28,000.00', pension_scheme: 'nhs',
  assigned_percent: 100, s1_particulars: 'on file', discipline_grievance_2y: 'none', claims_2y: 'none', collective_agreements: 'AfC', ...over,
});

const newTransfer = (transferId: string, over: Record<string, unknown> = {}) => ({
  transferId, transferorId: 'barts-health', transfereeId: COMPANY, serviceContractId: 'school-health-and-wellbeing', type: 'service-provision-change',
  transferDate: '2018-09-01', representation: { basis: 'recognised-union', unionRecognised: true },
  measures: { transferor: { envisaged: false, description: 'None' }, transferee: { envisaged: false, description: 'None' } },
  pension: { route: 'new-fair-deal', reference: 'SYNTHETIC-DIRECTION-TEST' }, ...over,
});

/**
 * TUPE transfers, staff lists and personal data over HTTP. Which role may write, and bodies that are
 * no staff list or transfer at all, are the controllers' specs (apps/api/src/tupe/*.controller.spec.ts).
 */
describe.each(databaseKinds())('TUPE transfers over HTTP (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { seedAlliance: true });
  });
  afterAll(() => t.close());

  const head = () => ledgerHead(t);
  const personalRows = async () => (await t.sql<{ n: number }>('select count(*)::int as n from tupe_employee_personal'))[0].n;
  const importCsv = (transferId: string, body: string) =>
    t.http.post(`${C}/tupe-transfers/${transferId}/employees`).set(t.auth('secretary')).set('Content-Type', 'text/csv').send(body);
  const employees = (transferId: string, role: 'secretary' | 'board' | 'auditor') =>
    t.http.get(`${C}/tupe-transfers/${transferId}/employees`).set(t.auth(role)).expect(200);
  const allLedgerText = async () => {
    const entries = await ledgerEntries(t);
    return { entries, text: JSON.stringify(entries) };
  };

  it('TU-3, TU-4, TU-6, TU-7, TU-9: the 2016 health visiting transfer from Barts Health shows 140 employees transferred and no findings', async () => {
    for (const role of ['board', 'auditor', 'secretary'] as const) {
      const res = await t.http.get(HV).set(t.auth(role)).expect(200);
      expect(res.body).toMatchObject({
        transferorId: 'barts-health', transfereeId: COMPANY, serviceContractId: 'health-visiting', transferDate: '2016-04-01',
        eli: { dueBy: '2016-03-04', receivedOn: '2016-02-26' }, pension: { route: 'new-fair-deal' }, compliant: true, findings: [],
        summary: { listed: 140, transferredHeadcount: 140, objections: 0 },
      });
      expect(res.body.log).toHaveLength(5);
    }
    const list = await t.http.get(`${C}/tupe-transfers`).set(t.auth('board')).expect(200);
    expect(list.body.find((x: { transferId: string }) => x.transferId === 'tupe-2016-health-visiting')).toMatchObject({ findingCount: 0, summary: { transferredHeadcount: 140 } });
  });

  it('personal data: the secretary sees dates of birth, pay and bands; board and auditor get totals and records without them', async () => {
    const full = await employees('tupe-2016-health-visiting', 'secretary');
    expect(full.body.personalData).toBe(true);
    expect(full.body.employees).toHaveLength(140);
    expect(full.body.employees[0]).toMatchObject({ staffNumber: 'SYN-HV-001', name: 'Synthetic Employee 001', band: '8a', annualPayPence: 4_500_000 });
    expect(full.body.employees.every((e: { dateOfBirth: string }) => /^19\d\d-\d\d-15$/.test(e.dateOfBirth))).toBe(true);

    for (const role of ['board', 'auditor'] as const) {
      const res = await employees('tupe-2016-health-visiting', role);
      expect(res.body).toMatchObject({ personalData: false, summary: { listed: 140, transferredHeadcount: 140 } });
      expect(res.body.employees).toHaveLength(140);
      expect(Object.keys(res.body.employees[0]).sort()).toEqual(['assignedPercent', 'eliMissing', 'fteHundredths', 'objected', 'role', 'staffNumber']);
      for (const key of ['"dateOfBirth"', '"annualPayPence"', '"name"', '"continuousServiceDate"', '"eli"', 'Synthetic Employee']) expect(res.text).not.toContain(key);
      for (const e of full.body.employees.slice(0, 20)) expect(res.text).not.toContain(e.dateOfBirth);
      // The transfer itself, with its findings, is the same for every role and carries no personal data either.
      const transfer = await t.http.get(HV).set(t.auth(role)).expect(200);
      for (const key of ['"dateOfBirth"', '"annualPayPence"', 'Synthetic Employee']) expect(transfer.text).not.toContain(key);
    }
  });

  it('the ledger, which auditors read, holds no date of birth, name, pay or band of any employee: only a salted SHA-256 commitment', async () => {
    const full = await employees('tupe-2016-health-visiting', 'secretary');
    const { entries, text } = await allLedgerText();
    for (const e of full.body.employees) {
      expect(text).not.toContain(e.dateOfBirth);
      expect(text).not.toContain(e.name);
    }
    for (const key of ['"dateOfBirth"', '"annualPayPence"', '"band"', '"name":"Synthetic', 's1Particulars']) expect(text).not.toContain(key);
    const imported = entries.filter((e) => e.kind === 'tupe.staff-list-imported' && e.payload.transferId === 'tupe-2016-health-visiting');
    expect(imported).toHaveLength(1);
    const changes = imported[0].payload.changes as { staffNumber: string; change: string; commitment: string }[];
    expect(changes).toHaveLength(140);
    // Each commitment is SHA-256 over the stored record and its salt, so the chain proves the record unaltered.
    const stored = await t.sql<{ staff_number: string; salt: string; data: object; commitment: string }>(
      `select staff_number, salt, data, commitment from tupe_employee_personal where transfer_id = 'tupe-2016-health-visiting'`,
    );
    const byStaff = new Map(stored.map((r) => [r.staff_number, r]));
    for (const c of changes) {
      const row = byStaff.get(c.staffNumber)!;
      expect(createHash('sha256').update(canonicalJson({ salt: row.salt, employee: row.data } as never)).digest('hex')).toBe(c.commitment);
    }
    // Append-only like the ledger: the database refuses to alter or remove a stored record.
    await expect(t.sql(`update tupe_employee_personal set data = jsonb_set(data, '{annualPayPence}', '1') where staff_number = 'SYN-HV-001'`)).rejects.toThrow(/append-only/);
    await expect(t.sql(`delete from tupe_employee_personal where staff_number = 'SYN-HV-002'`)).rejects.toThrow(/append-only/);
  });

  describe('staff list import (the transferor\'s ELI spreadsheet)', () => {
    beforeAll(async () => {
      await t.http.post(`${C}/tupe-transfers`).set(t.auth('secretary')).send(newTransfer('tupe-test-csv')).expect(201);
    });

    it('a good CSV file is imported: every row, one ledger entry', async () => {
      const before = await head();
      const res = await importCsv('tupe-test-csv', GOOD_CSV).expect(201);
      expect(res.body).toMatchObject({ format: 'csv', rowsRead: 5, added: ['T-1', 'T-2', 'T-3', 'T-4', 'T-5'], updated: [], unchanged: 0, listed: 5 });
      expect(res.body.ledger.sequence).toBe(before.headSequence + 1);
      const list = await employees('tupe-test-csv', 'secretary');
      expect(list.body.employees.map((e: { staffNumber: string }) => e.staffNumber)).toEqual(['T-1', 'T-2', 'T-3', 'T-4', 'T-5']);
      expect(list.body.employees[2]).toMatchObject({ band: '6', fteHundredths: 80, dateOfBirth: '1980-01-03', annualPayPence: 3_100_000, pensionScheme: 'nhs-pension-scheme' });
    });

    it('TU-4: a file with 3 bad rows is refused with 422 listing exactly those rows and fields, and nothing is saved', async () => {
      const before = { head: await head(), rows: await personalRows(), listed: (await employees('tupe-test-csv', 'secretary')).body.employees.length };
      const bad = csv(csvRow(6), csvRow(7, { 3: '8' }), csvRow(8), csvRow(9, { 5: '31/02/2010', 9: '120' }), csvRow(10), csvRow(11, { 0: 'T-6' }));
      const res = await importCsv('tupe-test-csv', bad).expect(422);
      expect(res.body).toMatchObject({ statusCode: 422, code: 'STAFF_LIST_INVALID' });
      expect(res.body.details.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
        [3, 'band'],
        [5, 'continuous_service_date'],
        [5, 'assigned_percent'],
        [7, 'staff_number'],
      ]);
      expect(new Set(res.body.details.errors.map((e: { row: number }) => e.row)).size).toBe(3);
      for (const e of res.body.details.errors) expect(e.problem).toEqual(expect.any(String));
      expect(await head()).toEqual(before.head);
      expect(await personalRows()).toBe(before.rows);
      expect((await employees('tupe-test-csv', 'secretary')).body.employees).toHaveLength(before.listed);
    });

    it('TU-4 / TU-2: a date of birth making an employee under 16 or over 100 on the transfer date (2018-09-01) is refused naming the row and date_of_birth; 16 that day is accepted', async () => {
      const before = { head: await head(), rows: await personalRows() };
      const bad = csv(csvRow(6, { 6: '2002-09-02' }), csvRow(7, { 6: '2002-09-01' }), csvRow(8, { 6: '1917-08-31' }));
      const res = await importCsv('tupe-test-csv', bad).expect(422);
      expect(res.body).toMatchObject({ statusCode: 422, code: 'STAFF_LIST_INVALID' });
      expect(res.body.details.errors).toEqual([
        { row: 2, field: 'date_of_birth', problem: 'makes the employee under 16 on the transfer date 2018-09-01' },
        { row: 4, field: 'date_of_birth', problem: 'makes the employee over 100 on the transfer date 2018-09-01' },
      ]);
      expect(await head()).toEqual(before.head);
      expect(await personalRows()).toBe(before.rows);
    });

    it('TU-2 (reg 4(3)): a continuous service date on or after the transfer date (2018-09-01) is refused naming the row and field, nothing written; the day before is accepted', async () => {
      const before = { head: await head(), rows: await personalRows() };
      const bad = csv(csvRow(6, { 5: '2018-09-01' }), csvRow(7, { 5: '2018-08-31' }), csvRow(8, { 5: '2030-01-01' }));
      const res = await importCsv('tupe-test-csv', bad).expect(422);
      expect(res.body).toMatchObject({ statusCode: 422, code: 'STAFF_LIST_INVALID' });
      expect(res.body.details.errors).toEqual([
        { row: 2, field: 'continuous_service_date', problem: 'is not before the transfer date 2018-09-01: only those employed immediately before the transfer transfer (TUPE reg 4(3))' },
        { row: 4, field: 'continuous_service_date', problem: 'is not before the transfer date 2018-09-01: only those employed immediately before the transfer transfer (TUPE reg 4(3))' },
      ]);
      expect(await head()).toEqual(before.head);
      expect(await personalRows()).toBe(before.rows);
    });

    it('the same file twice adds nobody and appends no ledger entry (200, everyone unchanged)', async () => {
      const before = { head: await head(), rows: await personalRows() };
      const res = await importCsv('tupe-test-csv', GOOD_CSV).expect(200);
      expect(res.body).toMatchObject({ rowsRead: 5, added: [], updated: [], unchanged: 5, listed: 5, ledger: null });
      expect(await head()).toEqual(before.head);
      expect(await personalRows()).toBe(before.rows);
      const list = await employees('tupe-test-csv', 'board');
      expect(list.body.employees.map((e: { staffNumber: string }) => e.staffNumber)).toEqual(['T-1', 'T-2', 'T-3', 'T-4', 'T-5']);
    });

    it('a corrected file updates the changed record as a new version; the old one is kept', async () => {
      const before = await head();
      const res = await importCsv('tupe-test-csv', csv(csvRow(1), csvRow(2, { 7: '3200000' }), csvRow(6))).expect(201);
      expect(res.body).toMatchObject({ added: ['T-6'], updated: ['T-2'], unchanged: 1, listed: 6, ledger: { sequence: before.headSequence + 1 } });
      const versions = await t.sql<{ version: number; pay: number }>(
        `select version, (data->>'annualPayPence')::int as pay from tupe_employee_personal where transfer_id = 'tupe-test-csv' and staff_number = 'T-2' order by version`,
      );
      expect(versions).toEqual([{ version: 1, pay: 3_100_000 }, { version: 2, pay: 3_200_000 }]);
      const list = await employees('tupe-test-csv', 'secretary');
      expect(list.body.employees.find((e: { staffNumber: string }) => e.staffNumber === 'T-2').annualPayPence).toBe(3_200_000);
    });

    it('a JSON staff list {rows} is read like the CSV; a bad JSON row is refused naming its row as in the CSV (rows[1] is row 3) and field', async () => {
      await t.http.post(`${C}/tupe-transfers`).set(t.auth('secretary')).send(newTransfer('tupe-test-json')).expect(201);
      const url = `${C}/tupe-transfers/tupe-test-json/employees`;
      const before = await head();
      const bad = await t.http.post(url).set(t.auth('secretary')).send({ rows: [jsonRow(1), jsonRow(2, { fte: 1.5, pension_scheme: 'private' })] }).expect(422);
      expect(bad.body.details.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([[3, 'fte'], [3, 'pension_scheme']]);
      expect(await head()).toEqual(before);
      const ok = await t.http.post(url).set(t.auth('secretary')).send({ rows: [jsonRow(1), jsonRow(2)] }).expect(201);
      expect(ok.body).toMatchObject({ format: 'json', added: ['NC-1', 'NC-2'] });
      const list = await employees('tupe-test-json', 'secretary');
      expect(list.body.employees[1]).toMatchObject({ staffNumber: 'NC-2', band: '5', fteHundredths: 100, annualPayPence: 2_800_000, dateOfBirth: '1985-02-02' });
      await t.http.post(url).set(t.auth('secretary')).send({ rows: [jsonRow(1), jsonRow(2)] }).expect(200);
    });

    it('a staff list for a transfer never recorded is 404, and nothing is written', async () => {
      const before = { head: await head(), rows: await personalRows() };
      expect((await importCsv('tupe-unknown', GOOD_CSV).expect(404)).body.code).toBe('NOT_FOUND');
      expect(await head()).toEqual(before.head);
      expect(await personalRows()).toBe(before.rows);
    });
  });

  describe('a non-compliant transfer', () => {
    const NC = `${C}/tupe-transfers/tupe-test-non-compliant`;
    const findings = async (asAt: string, role: 'board' | 'auditor' | 'secretary' = 'auditor') =>
      (await t.http.get(`${NC}?asAt=${asAt}`).set(t.auth(role)).expect(200)).body;

    beforeAll(async () => {
      const secretary = t.auth('secretary');
      await t.http.post(`${C}/tupe-transfers`).set(secretary).send({
        transferId: 'tupe-test-non-compliant', transferorId: 'barts-health', transfereeId: COMPANY, type: 'service-provision-change', transferDate: '2025-01-06',
        representation: { basis: 'direct', employerHeadcount: 500 },
        measures: { transferee: { envisaged: true, description: 'Synthetic: new rota pattern' } },
      }).expect(201);
      await t.http.post(`${NC}/consultations`).set(secretary)
        .send({ entryId: 'nc-1', on: '2024-12-01', by: 'transferor', kind: 'information', audience: 'employees', summary: 'Synthetic: letter to each employee' }).expect(201);
      await t.http.post(`${NC}/eli-receipts`).set(secretary).send({ receivedOn: '2024-12-10' }).expect(201);
      const rows = Array.from({ length: 12 }, (_, i) => jsonRow(i + 1));
      rows[2] = jsonRow(3, { date_of_birth: null });
      rows[4] = jsonRow(5, { objection_date: '2025-01-06' });
      rows[6] = jsonRow(7, { objection_date: '2024-12-20' });
      await t.http.post(`${NC}/employees`).set(secretary).send({ rows }).expect(201);
    });

    it('TU-3, TU-4, TU-6, TU-7, TU-9: ELI 27 days before, objectors, a missing date of birth, direct consultation not allowed, no pension', async () => {
      const res = await findings('2025-01-06');
      expect(res.compliant).toBe(false);
      expect(res.summary).toMatchObject({ listed: 12, transferredHeadcount: 11, objections: 1 });
      const got = res.findings.map((f: { rule: string; severity: string; staffNumber: string | null; message: string }) => [f.rule, f.severity, f.staffNumber]);
      expect(got).toEqual(expect.arrayContaining([
        ['TU-4', 'breach', null], // ELI received 2024-12-10, 27 days before; due by 2024-12-09
        ['TU-4', 'breach', 'NC-3'], // no date of birth
        ['TU-4', 'warning', 'NC-7'], // objected after the ELI, no update since
        ['TU-3', 'warning', 'NC-5'], // objected on the transfer date: too late, so transferred
        ['TU-7', 'breach', null], // direct: 500 employees and 12 transferring
        ['TU-6', 'breach', null], // the transferor's measures are not recorded; the transferee's envisaged without consultation
        ['TU-9', 'breach', null], // no pension arrangement
      ]));
      expect(got).toHaveLength(8);
      expect(res.findings.find((f: { rule: string; staffNumber: string | null }) => f.rule === 'TU-4' && f.staffNumber === null).message).toContain('27 days before');
      expect(res.findings.find((f: { rule: string }) => f.rule === 'TU-7').message).toMatch(/direct consultation is not allowed/);
      const early = await findings('2024-12-05', 'board');
      expect(early.findings.map((f: { rule: string }) => f.rule)).toEqual(['TU-7']);
    });

    it('TU-4, TU-9: an ELI update and a pension arrangement clear their findings; the rest remain', async () => {
      const secretary = t.auth('secretary');
      const update = await t.http.post(`${NC}/eli-receipts`).set(secretary).send({ receivedOn: '2024-12-22' }).expect(201);
      expect(update.body).toMatchObject({ receivedOn: '2024-12-10', updatesOn: ['2024-12-22'] });
      await t.http.post(`${NC}/eli-receipts`).set(secretary).send({ receivedOn: '2024-12-01' }).expect(400);
      // The same day again records nothing new, and a receipt after today cannot have happened: refused, nothing written.
      const before = await head();
      for (const receivedOn of ['2024-12-22', '2024-12-10']) {
        const again = await t.http.post(`${NC}/eli-receipts`).set(secretary).send({ receivedOn }).expect(422);
        expect(again.body.code).toBe('TUPE_RECORD_UNCHANGED');
      }
      const future = await t.http.post(`${NC}/eli-receipts`).set(secretary).send({ receivedOn: '2999-12-31' }).expect(422);
      expect(future.body.code).toBe('DATED_AFTER_RECORDING');
      const laterLog = await t.http.post(`${NC}/consultations`).set(secretary).send({ on: '2999-12-31', by: 'transferor', kind: 'information', audience: 'employees', summary: 'Synthetic: from the future' }).expect(422);
      expect(laterLog.body.code).toBe('DATED_AFTER_RECORDING');
      expect(await head()).toEqual(before);
      await t.http.post(`${NC}/pension`).set(secretary).send({ route: 'new-fair-deal' }).expect(201);
      const res = await findings('2025-01-06');
      const rules = res.findings.map((f: { rule: string; severity: string; staffNumber: string | null }) => `${f.rule} ${f.severity} ${f.staffNumber ?? ''}`.trim());
      expect(rules).not.toContain('TU-4 warning NC-7');
      expect(rules).not.toContain('TU-9 breach');
      expect(rules).toContain('TU-9 warning'); // New Fair Deal without an NHSBSA Direction reference
      expect(rules).toContain('TU-7 breach');
    });

    it('as at a day, the transfer shows what had happened by then: the ELI received and its updates, the log entries and the objections made by that day (TU-4, TU-3)', async () => {
      const asAt = async (day: string) => (await t.http.get(`${NC}?asAt=${day}`).set(t.auth('auditor')).expect(200)).body;
      const before = await asAt('2024-11-30');
      expect([before.eli, before.log]).toEqual([{ dueBy: '2024-12-09', receivedOn: null, updatesOn: [], specialCircumstances: null }, []]);
      const informed = await asAt('2024-12-05');
      expect([informed.eli.receivedOn, informed.log.map((e: { entryId: string }) => e.entryId)]).toEqual([null, ['nc-1']]);
      const received = await asAt('2024-12-15');
      expect([received.eli.receivedOn, received.eli.updatesOn]).toEqual(['2024-12-10', []]);
      // NC-7 objected on 20 December: not yet, so all 12 transfer as things stood on the 15th.
      expect(received.summary).toMatchObject({ listed: 12, transferredHeadcount: 12, objections: 0 });
      const onTheDay = await asAt('2025-01-06');
      expect([onTheDay.eli.updatesOn, onTheDay.summary.objections]).toEqual([['2024-12-22'], 1]);
      // The list as at a day gives the same totals.
      const listed = (await t.http.get(`${C}/tupe-transfers?asAt=2024-12-15`).set(t.auth('board')).expect(200)).body as { transferId: string; eli: { receivedOn: string | null }; summary: { objections: number } }[];
      const row = listed.find((x) => x.transferId === 'tupe-test-non-compliant')!;
      expect([row.eli.receivedOn, row.summary.objections]).toEqual(['2024-12-10', 0]);
    });

    it('TU-6, TU-9: measures or a pension arrangement sent again as recorded is 422 TUPE_RECORD_UNCHANGED and writes nothing; a changed one is recorded', async () => {
      const secretary = t.auth('secretary');
      const measures = { party: 'transferor', envisaged: false, description: 'Synthetic: none envisaged' };
      await t.http.post(`${NC}/measures`).set(secretary).send(measures).expect(201);
      await t.http.post(`${NC}/pension`).set(secretary).send({ route: 'new-fair-deal', reference: 'SYN-DIRECTION-1' }).expect(201);
      const before = await head();
      const again = await t.http.post(`${NC}/measures`).set(secretary).send({ ...measures, description: '  Synthetic: none envisaged ' }).expect(422);
      expect(again.body.code).toBe('TUPE_RECORD_UNCHANGED');
      const pensionAgain = await t.http.post(`${NC}/pension`).set(secretary).send({ route: 'new-fair-deal', reference: 'SYN-DIRECTION-1' }).expect(422);
      expect(pensionAgain.body.code).toBe('TUPE_RECORD_UNCHANGED');
      expect(await head()).toEqual(before);
      await t.http.post(`${NC}/measures`).set(secretary).send({ ...measures, envisaged: true }).expect(201);
      await t.http.post(`${NC}/pension`).set(secretary).send({ route: 'new-fair-deal' }).expect(201);
    });

    it('TU-6: the log refuses a reply to no representation (422) and a repeated entry id (409); a logged reply is accepted', async () => {
      const secretary = t.auth('secretary');
      const before = await head();
      const orphan = await t.http.post(`${NC}/consultations`).set(secretary)
        .send({ on: '2024-12-15', by: 'transferor', kind: 'reply', audience: 'employees', summary: 'Synthetic reply', repliesTo: 'nc-1' }).expect(422);
      expect(orphan.body.code).toBe('CONSULTATION_REPLY_WITHOUT_REPRESENTATION');
      const repeat = await t.http.post(`${NC}/consultations`).set(secretary)
        .send({ entryId: 'nc-1', on: '2024-12-02', by: 'transferor', kind: 'information', audience: 'employees', summary: 'Again' }).expect(409);
      expect(repeat.body.code).toBe('CONSULTATION_ENTRY_ALREADY_RECORDED');
      expect(await head()).toEqual(before);
      await t.http.post(`${NC}/consultations`).set(secretary)
        .send({ entryId: 'nc-2', on: '2024-12-12', by: 'transferee', kind: 'representation', audience: 'employees', summary: 'Synthetic: question on rotas' }).expect(201);
      const reply = await t.http.post(`${NC}/consultations`).set(secretary)
        .send({ on: '2024-12-14', by: 'transferee', kind: 'reply', audience: 'employees', summary: 'Synthetic: answered in writing', repliesTo: 'nc-2' }).expect(201);
      expect(reply.body).toMatchObject({ entryId: 'log-3', repliesTo: 'nc-2', ledger: { sequence: before.headSequence + 2 } });
      // The same reply sent again (a form submitted twice) is refused, naming the entry it repeats.
      const afterReply = await head();
      const twice = await t.http.post(`${NC}/consultations`).set(secretary)
        .send({ on: '2024-12-14', by: 'transferee', kind: 'reply', audience: 'employees', summary: ' Synthetic: answered in writing ', repliesTo: 'nc-2' }).expect(409);
      expect(twice.body).toMatchObject({ code: 'CONSULTATION_ENTRY_ALREADY_RECORDED', details: { entryId: 'log-3' } });
      expect(await head()).toEqual(afterReply);
    });
  });

  it('recording a transfer: unknown ids 404, same parties 422, a repeated id 409; none writes anything', async () => {
    const before = await head();
    const post = (body: object) => t.http.post(`${C}/tupe-transfers`).set(t.auth('secretary')).send(body);
    expect((await post(newTransfer('tupe-x', { transferorId: 'no-such-trust' })).expect(404)).body.code).toBe('ORGANISATION_UNKNOWN');
    expect((await post(newTransfer('tupe-x', { serviceContractId: 'no-such-contract' })).expect(404)).body.code).toBe('NOT_FOUND');
    expect((await post(newTransfer('tupe-x', { transferorId: COMPANY })).expect(422)).body.code).toBe('TRANSFER_PARTIES_SAME');
    expect((await post(newTransfer('tupe-2016-health-visiting')).expect(409)).body.code).toBe('ALREADY_RECORDED');
    // TU-1: a transfer the company records falls within its life: not before incorporation (2014-09-01), not years ahead.
    const early = await post(newTransfer('tupe-x', { transferDate: '2014-08-31' })).expect(400);
    expect(early.body).toMatchObject({ code: 'INVALID_TRANSFER', details: { field: 'transferDate', incorporatedOn: '2014-09-01' } });
    const ahead = await post(newTransfer('tupe-x', { transferDate: '2999-01-01' })).expect(422);
    expect(ahead.body).toMatchObject({ code: 'DATED_TOO_FAR_AHEAD', details: { field: 'transferDate', latest: expect.any(String) } });
    expect(ahead.body.message).toContain('more than 2 years after today');

    await t.http.get(`${C}/tupe-transfers/tupe-x`).set(t.auth('board')).expect(404);
    expect(await head()).toEqual(before);
  });

  it('after all of it the ledger still verifies, and every TUPE change is in it', async () => {
    const verify = await head();
    expect(verify.valid).toBe(true);
    const { entries, text } = await allLedgerText();
    expect(entries).toHaveLength(verify.events);
    const kinds = new Set(entries.map((e) => e.kind));
    for (const k of ['tupe.transfer-recorded', 'tupe.consultation-recorded', 'tupe.eli-received', 'tupe.pension-recorded', 'tupe.staff-list-imported']) expect(kinds).toContain(k);
    expect(text).not.toContain('Synthetic Objector Test');
    expect(text).not.toContain('Synthetic Test Employee');
  });
});
