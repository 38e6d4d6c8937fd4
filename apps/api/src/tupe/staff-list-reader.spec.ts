import type { TransferringEmployee } from '#domain';
import { healthVisitingTransfer2016 } from '../seed/health-visiting-2016';
import { commitmentOf } from './personal-data';
import type { StaffListInput } from './staff-list-body.pipe';
import { staffListToCsv } from './staff-list-csv';
import { CHECK_ON_THREAD, StaffListReader } from './staff-list-reader';

/** The staff list thread, run from the TypeScript sources as under jest (the service runs it from dist/). */
describe('StaffListReader (a worker thread)', () => {
  const reader = new StaffListReader();
  afterAll(() => reader.onModuleDestroy());
  const employees = healthVisitingTransfer2016().employees.slice(0, 3);

  it('TU-4: reads and checks a CSV staff list and seals each employee with a salt and the commitment to it', async () => {
    const { result, seals } = await reader.read({ format: 'csv', text: staffListToCsv(employees) });
    expect(result).toEqual({ ok: true, employees });
    expect(seals).toHaveLength(3);
    seals.forEach((seal, i) => expect(seal.commitment).toBe(commitmentOf(employees[i], seal.salt)));
    expect(new Set(seals.map((s) => s.salt)).size).toBe(3);
  });

  it('TU-4: a list with a bad row comes back with the problem and no seals', async () => {
    const text = staffListToCsv(employees).replace(employees[1].staffNumber, employees[0].staffNumber);
    const { result, seals } = await reader.read({ format: 'csv', text });
    expect(result).toEqual({ ok: false, errors: [{ row: 3, field: 'staff_number', problem: 'repeats the staff number of row 2' }] });
    expect(seals).toEqual([]);
  });

  it('finds the stored versions that no longer hash to their commitment, on the thread for a large transfer and here for a small one', async () => {
    const all = healthVisitingTransfer2016().employees;
    const versions = Array.from({ length: CHECK_ON_THREAD + 1 }, (_, i) => {
      const employee = { ...all[i % all.length], staffNumber: `C${i}` };
      const salt = `${i}`.padStart(32, '0');
      return { staffNumber: employee.staffNumber, version: 1, salt, commitment: commitmentOf(employee, salt), employee };
    });
    const altered: TransferringEmployee = { ...versions[7].employee, annualPayPence: 1 };
    const tampered = versions.map((v, i) => (i === 7 ? { ...v, employee: altered } : v));
    expect(await reader.altered(versions)).toEqual([]);
    expect(await reader.altered(tampered)).toEqual([versions[7].commitment]);
    expect(await reader.altered(tampered.slice(0, 10))).toEqual([versions[7].commitment]);
  });

  it('a job that throws on the thread is refused, and the next job is still served, in order', async () => {
    const broken = reader.read({ format: 'csv', text: 42 } as unknown as StaffListInput);
    const next = reader.read({ format: 'json', rows: [] });
    await expect(broken).rejects.toThrow(/staff-list\.worker/);
    expect((await next).result).toEqual({ ok: true, employees: [] });
  });

  it('a thread that was stopped is started again for the next job', async () => {
    await reader.onModuleDestroy();
    expect((await reader.read({ format: 'json', rows: [] })).result).toEqual({ ok: true, employees: [] });
  });
});
