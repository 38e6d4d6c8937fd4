import { calendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { compliantTransfer } from '../../test/compliant-transfer.fixture';
import { addEmployee, employeeProblems, isObjector, missingEliFields, parseAfcBand, transferringEmployee, type TransferringEmployee } from './transferring-employee';

const sample = compliantTransfer().employees[0];
const code = (fn: () => unknown) => {
  try {
    fn();
    return 'ACCEPTED';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
};

describe('Transferring employees', () => {
  it.each([['5', '5'], ['Band 5', '5'], ['8A', '8a'], ['band 8d', '8d'], ['9', '9']])('AfC band %p reads as %p', (text, band) => {
    expect(parseAfcBand(text)).toBe(band);
  });

  it.each(['8', '10', '0', '8e', ''])('%p is not an Agenda for Change band', (text) => {
    expect(parseAfcBand(text)).toBeNull();
  });

  it('TU-2 (reg 4(3)): continuous service that began on or after the transfer date is a problem of continuousServiceDate; the day before is not', () => {
    const transferDate = calendarDate('2016-04-01');
    const fields = (continuousServiceDate: string) => employeeProblems({ ...sample, continuousServiceDate: calendarDate(continuousServiceDate) }, transferDate).map((p) => p.field);
    expect(fields('2016-03-31')).toEqual([]);
    expect(fields('2016-04-01')).toEqual(['continuousServiceDate']);
    expect(fields('2030-01-01')).toEqual(['continuousServiceDate']);
    // Without the transfer date (a record checked on its own) the date is not compared.
    expect(employeeProblems({ ...sample, continuousServiceDate: calendarDate('2030-01-01') }).map((p) => p.field)).toEqual([]);
  });

  it('TU-3: an objector is someone who objected before the transfer date, not on it', () => {
    const on = calendarDate('2016-04-01');
    expect(isObjector({ ...sample, objectionDate: calendarDate('2016-03-31') }, on)).toBe(true);
    expect(isObjector({ ...sample, objectionDate: on }, on)).toBe(false);
    expect(isObjector(sample, on)).toBe(false);
  });

  it('TU-4: missing ELI fields are those not supplied, in a fixed order', () => {
    const e = { ...sample, dateOfBirth: null, eli: { ...sample.eli, collectiveAgreements: null, s1Particulars: null } };
    expect(missingEliFields(e)).toEqual(['dateOfBirth', 's1Particulars', 'collectiveAgreements']);
  });

  it('INVALID_EMPLOYEE lists each bad field: FTE over 100, a band of 8, assignment of 0', () => {
    const bad = { ...sample, fteHundredths: 101, band: '8', assignedPercent: 0 } as unknown as TransferringEmployee;
    try {
      transferringEmployee(bad);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).details?.problems).toEqual([
        { field: 'band', problem: expect.any(String) },
        { field: 'fteHundredths', problem: expect.any(String) },
        { field: 'assignedPercent', problem: expect.any(String) },
      ]);
    }
  });

  it('INVALID_EMPLOYEE: continuous service cannot begin before birth, and FTE must be whole hundredths', () => {
    expect(code(() => transferringEmployee({ ...sample, continuousServiceDate: calendarDate('1950-01-01') }))).toBe('INVALID_EMPLOYEE');
    expect(code(() => transferringEmployee({ ...sample, fteHundredths: 80.5 }))).toBe('INVALID_EMPLOYEE');
    expect(code(() => transferringEmployee(sample))).toBe('ACCEPTED');
  });

  it('EMPLOYEE_ALREADY_ON_TRANSFER: a staff number appears once on a transfer', () => {
    const list = addEmployee([], sample);
    expect(code(() => addEmployee(list, { ...sample, name: 'Someone else' }))).toBe('EMPLOYEE_ALREADY_ON_TRANSFER');
    expect(addEmployee(list, { ...sample, staffNumber: 'OTHER-1' })).toHaveLength(2);
  });
});
