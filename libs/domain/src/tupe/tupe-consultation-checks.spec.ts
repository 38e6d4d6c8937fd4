import { addDays, calendarDate, type CalendarDate } from '../calendar/calendar-date';
import { compliantTransfer } from '../../test/compliant-transfer.fixture';
import { checkInformation, checkRepresentation, directConsultationAllowed } from './tupe-consultation-checks';
import type { ConsultationEntry, Representation, TupeTransfer } from './tupe-transfer';

const base = compliantTransfer();
const TRANSFER = base.transfer.transferDate;
const LATER = calendarDate('2025-01-01');
const staff = (n: number) => base.employees.slice(0, n);
const entry = (id: string, on: CalendarDate, more: Partial<ConsultationEntry> = {}): ConsultationEntry => ({
  id, on, by: 'transferor', kind: 'information', audience: 'representatives', summary: 'test', repliesTo: null, ...more,
});
const transfer = (more: Partial<TupeTransfer> = {}): TupeTransfer => ({ ...base.transfer, ...more });
/** No union, no existing representatives, no elections: the starting point of reg 13A. */
const noReps: Representation = {
  basis: 'direct', unionRecognised: false, existingRepresentatives: false, electionsInvited: false, employeesFailedToElect: false, employerHeadcount: 9,
};
const direct = (on: string, rep: Partial<Representation> = {}) =>
  transfer({ transferDate: calendarDate(on), representation: { ...noReps, ...rep }, log: [entry('i', addDays(calendarDate(on), -30), { audience: 'employees' })] });

describe('TU-6: information and consultation (reg 13)', () => {
  it('TU-6: information given to the representatives before the transfer is compliant', () => {
    expect(checkInformation(transfer({ log: [entry('i', addDays(TRANSFER, -1))] }), [], LATER)).toEqual([]);
  });

  it('TU-6: information given only on the transfer date is a breach dated that day', () => {
    const findings = checkInformation(transfer({ log: [entry('i', TRANSFER)] }), [], LATER);
    expect(findings).toEqual([expect.objectContaining({ rule: 'TU-6', severity: 'breach', on: TRANSFER })]);
    expect(findings[0].message).toContain(`first given on ${TRANSFER}`);
  });

  it('TU-6: informing the employees directly while representatives are the basis does not count', () => {
    const findings = checkInformation(transfer({ log: [entry('i', addDays(TRANSFER, -20), { audience: 'employees' })] }), [], LATER);
    expect(findings).toEqual([expect.objectContaining({ rule: 'TU-6', severity: 'breach' })]);
  });

  it("TU-6: the transferee's measures not recorded is a breach (the transferor must pass them on)", () => {
    const findings = checkInformation(transfer({ measures: { ...base.transfer.measures, transferee: null } }), [], LATER);
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining("transferee's measures")]);
  });

  it('TU-6: a transferee envisaging measures must consult before the transfer', () => {
    const measures = { ...base.transfer.measures, transferee: { envisaged: true, description: 'Harmonise rotas' } };
    const consulted = entry('c', addDays(TRANSFER, -10), { by: 'transferee', kind: 'consultation' });
    expect(checkInformation(transfer({ measures }), [], LATER)).toHaveLength(1);
    expect(checkInformation(transfer({ measures, log: [...base.transfer.log, consulted] }), [], LATER)).toEqual([]);
  });

  it('TU-6: a representation with no reply logged is a warning (reg 13(7))', () => {
    const log = [entry('i', addDays(TRANSFER, -40)), entry('r', addDays(TRANSFER, -30), { kind: 'representation' })];
    expect(checkInformation(transfer({ log }), [], LATER)).toEqual([expect.objectContaining({ rule: 'TU-6', severity: 'warning', on: TRANSFER })]);
  });

  it('TU-6: nothing is reported before the transfer date, while information can still be given', () => {
    expect(checkInformation(transfer({ log: [] }), [], addDays(TRANSFER, -1))).toEqual([]);
    expect(checkInformation(transfer({ log: [] }), [], TRANSFER)).toHaveLength(1);
  });
});

describe('TU-7: who is informed and consulted (reg 13(3), 13(11), 13A)', () => {
  it('TU-7: a recognised union as the basis is compliant', () => {
    expect(checkRepresentation(base.transfer, base.employees, LATER)).toEqual([]);
  });

  it('TU-7: elected representatives where a union is recognised is a breach', () => {
    const t = transfer({ representation: { ...base.transfer.representation, basis: 'elected-representatives' } });
    expect(checkRepresentation(t, staff(5), LATER)).toEqual([expect.objectContaining({ rule: 'TU-7', severity: 'breach' })]);
  });

  it('TU-7: direct consultation is not allowed where a union is recognised, however small the transfer', () => {
    const t = direct('2024-09-01', { unionRecognised: true, employerHeadcount: 5 });
    expect(directConsultationAllowed(t, staff(2)).allowed).toBe(false);
    expect(checkRepresentation(t, staff(2), LATER)).toHaveLength(1);
  });

  it('TU-7: before 2024-07-01, direct consultation needs an employer of fewer than 10: 9 allowed, 10 not', () => {
    expect(checkRepresentation(direct('2024-06-30', { employerHeadcount: 9 }), staff(9), LATER)).toEqual([]);
    const findings = checkRepresentation(direct('2024-06-30', { employerHeadcount: 10 }), staff(9), LATER);
    expect(findings).toEqual([expect.objectContaining({ rule: 'TU-7', severity: 'breach', on: calendarDate('2024-05-31') })]);
  });

  it('TU-7: from 2024-07-01 an employer of 49 may consult directly, whatever the number transferring', () => {
    expect(directConsultationAllowed(direct('2024-07-01', { employerHeadcount: 49 }), staff(40)).allowed).toBe(true);
    expect(directConsultationAllowed(direct('2024-07-01', { employerHeadcount: 50 }), staff(40)).allowed).toBe(false);
  });

  it('TU-7: from 2024-07-01 a large employer may consult directly when fewer than 10 transfer: 9 yes, 10 no', () => {
    expect(directConsultationAllowed(direct('2024-07-01', { employerHeadcount: 5000 }), staff(9)).allowed).toBe(true);
    expect(directConsultationAllowed(direct('2024-07-01', { employerHeadcount: 5000 }), staff(10)).allowed).toBe(false);
    expect(directConsultationAllowed(direct('2024-06-30', { employerHeadcount: 5000 }), staff(9)).allowed).toBe(false);
  });

  it('TU-7: before 2014-07-31 there was no micro-business route', () => {
    expect(directConsultationAllowed(direct('2014-07-30', { employerHeadcount: 3 }), staff(2)).allowed).toBe(false);
    expect(directConsultationAllowed(direct('2014-07-31', { employerHeadcount: 3 }), staff(2)).allowed).toBe(true);
  });

  it('TU-7: an unrecorded employer headcount cannot show the size test is met', () => {
    const route = directConsultationAllowed(direct('2020-01-01', { employerHeadcount: null }), staff(2));
    expect(route).toEqual({ allowed: false, reason: expect.stringContaining('not recorded') });
  });

  it('TU-7: invited elections where the employees failed to elect let the employer inform them directly (reg 13(11))', () => {
    const failed = { electionsInvited: true, employeesFailedToElect: true, employerHeadcount: 5000 };
    expect(checkRepresentation(direct('2012-01-01', failed), staff(30), LATER)).toEqual([]);
    expect(checkRepresentation(direct('2012-01-01', { ...failed, employeesFailedToElect: false }), staff(30), LATER)).toHaveLength(1);
  });

  it('TU-7: existing representatives as the basis need existing representatives recorded', () => {
    const rep = { ...noReps, basis: 'existing-representatives' as const };
    expect(checkRepresentation(transfer({ representation: rep }), staff(5), LATER)).toHaveLength(1);
    expect(checkRepresentation(transfer({ representation: { ...rep, existingRepresentatives: true } }), staff(5), LATER)).toEqual([]);
  });
});
