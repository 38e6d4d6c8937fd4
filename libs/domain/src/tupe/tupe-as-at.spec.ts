import { addDays } from '../calendar/calendar-date';
import { compliantTransfer } from '../../test/compliant-transfer.fixture';
import { tupeTransferAsAt } from './tupe-as-at';
import { publicTransferSummary } from './tupe-summary';

const { transfer, employees } = compliantTransfer();
const received = transfer.eliReceivedOn!;

describe('a TUPE transfer as at a day (TU-3, TU-4, TU-6)', () => {
  it('TU-4: the ELI received, and its updates, show only from the day they were received', () => {
    const updated = { ...transfer, eliUpdatesOn: [addDays(received, 5)] };
    expect(tupeTransferAsAt(updated, employees, addDays(received, -1)).transfer).toMatchObject({ eliReceivedOn: null, eliUpdatesOn: [] });
    expect(tupeTransferAsAt(updated, employees, received).transfer).toMatchObject({ eliReceivedOn: received, eliUpdatesOn: [] });
    expect(tupeTransferAsAt(updated, employees, addDays(received, 5)).transfer).toMatchObject({ eliReceivedOn: received, eliUpdatesOn: [addDays(received, 5)] });
  });

  it('TU-6: the log holds the entries dated by the day, no later one', () => {
    const days = transfer.log.map((e) => e.on).sort();
    expect(days.length).toBeGreaterThan(1);
    const first = tupeTransferAsAt(transfer, employees, days[0]!).transfer.log;
    expect(first.map((e) => e.on)).toEqual(transfer.log.filter((e) => e.on === days[0]).map((e) => e.on));
    expect(tupeTransferAsAt(transfer, employees, addDays(days[0]!, -1)).transfer.log).toEqual([]);
    expect(tupeTransferAsAt(transfer, employees, transfer.transferDate).transfer.log).toEqual(transfer.log);
  });

  it('TU-3: an objection made after the day is not yet made, so the employee still counts as transferring', () => {
    const objectedOn = addDays(transfer.transferDate, -10);
    const withObjector = employees.map((e, i) => (i === 0 ? { ...e, objectionDate: objectedOn } : e));
    const before = tupeTransferAsAt(transfer, withObjector, addDays(objectedOn, -1));
    expect(before.employees[0]!.objectionDate).toBeNull();
    expect(publicTransferSummary(before.transfer, before.employees)).toMatchObject({ listed: employees.length, objections: 0 });
    const on = tupeTransferAsAt(transfer, withObjector, objectedOn);
    expect(publicTransferSummary(on.transfer, on.employees)).toMatchObject({ objections: 1, transferredHeadcount: employees.length - 1 });
    // The record itself is not changed.
    expect(withObjector[0]!.objectionDate).toBe(objectedOn);
  });
});
