import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import type { TransferringEmployee } from './transferring-employee';
import type { TupeTransfer } from './tupe-transfer';

/**
 * A transfer and its staff list as they stood at the end of `asAt` (a calendar date in England):
 * - the employee liability information received (`eliReceivedOn`, reg 11) only when received by then,
 *   and the updates to it (`eliUpdatesOn`, reg 11(5)) received by then;
 * - the information and consultation log (reg 13) without the entries dated after it;
 * - each employee's objection (`objectionDate`, reg 4(7)) only when made by then.
 *
 * What the record carries no date for (the parties, the transfer date, the representation, the measures
 * envisaged, the pension arrangement, the staff list's rows) is as recorded. Throws nothing.
 */
export function tupeTransferAsAt(
  transfer: TupeTransfer,
  employees: readonly TransferringEmployee[],
  asAt: CalendarDate,
): { transfer: TupeTransfer; employees: TransferringEmployee[] } {
  const by = (on: CalendarDate) => compareDates(on, asAt) <= 0;
  return {
    transfer: {
      ...transfer,
      eliReceivedOn: transfer.eliReceivedOn !== null && by(transfer.eliReceivedOn) ? transfer.eliReceivedOn : null,
      eliUpdatesOn: transfer.eliUpdatesOn.filter(by),
      log: transfer.log.filter((entry) => by(entry.on)),
    },
    employees: employees.map((e) => (e.objectionDate !== null && !by(e.objectionDate) ? { ...e, objectionDate: null } : e)),
  };
}
