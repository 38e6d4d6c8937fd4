/*
 * For specs only (nothing in the library imports it): a compliant TUPE transfer on 2016-04-01 with
 * 140 clearly synthetic employees, the baseline each TUPE spec changes one thing of. Every value is
 * invented; the company's own seed data lives in the app (apps/api/src/seed).
 */
import { addDays, calendarDate } from '../src/calendar/calendar-date';
import type { AfcBand, TransferringEmployee } from '../src/tupe/transferring-employee';
import { tupeTransfer, type ConsultationEntry, type TupeTransfer } from '../src/tupe/tupe-transfer';

const TRANSFER_DATE = calendarDate('2016-04-01');

/** [band, role, how many]: 140 in all. */
const MIX: readonly [AfcBand, string, number][] = [
  ['8a', 'Service manager (synthetic)', 4],
  ['7', 'Team leader (synthetic)', 12],
  ['6', 'Health visitor (synthetic)', 80],
  ['5', 'Community staff nurse (synthetic)', 18],
  ['4', 'Nursery nurse (synthetic)', 14],
  ['3', 'Administrator (synthetic)', 12],
];
const PAY: Readonly<Partial<Record<AfcBand, number>>> = { '3': 1_800_000, '4': 2_000_000, '5': 2_400_000, '6': 3_100_000, '7': 3_800_000, '8a': 4_500_000 };
const FTE_CYCLE = [100, 100, 100, 80, 60, 100, 100, 50] as const;

/**
 * A transfer that passes every check: ELI received 35 days before, union representatives informed
 * and consulted before the transfer (with a representation and its reply), no measures envisaged,
 * New Fair Deal with a reference, complete ELI, full-time assignment, no objections.
 */
export function compliantTransfer(): { readonly transfer: TupeTransfer; readonly employees: readonly TransferringEmployee[] } {
  const transfer = tupeTransfer({
    id: 'synthetic-transfer',
    transferorId: 'synthetic-transferor',
    transfereeId: 'synthetic-transferee',
    serviceContractId: 'synthetic-contract',
    type: 'service-provision-change',
    transferDate: TRANSFER_DATE,
    eliReceivedOn: addDays(TRANSFER_DATE, -35),
    eliSpecialCircumstances: null,
    eliUpdatesOn: [],
    representation: {
      basis: 'recognised-union',
      unionRecognised: true,
      existingRepresentatives: false,
      electionsInvited: false,
      employeesFailedToElect: false,
      employerHeadcount: null,
    },
    log: [
      entry('hv-1', -70, 'transferor', 'information', 'transfer, date, reasons and implications; transferee measures: none'),
      entry('hv-2', -63, 'transferee', 'information', 'the transferee envisages no measures'),
      entry('hv-3', -56, 'transferor', 'consultation', 'joint meeting with union representatives'),
      entry('hv-4', -49, 'transferor', 'representation', 'the unions ask about base locations'),
      { ...entry('hv-5', -42, 'transferor', 'reply', 'bases unchanged; reasons given in writing'), repliesTo: 'hv-4' },
    ],
    measures: { transferor: { envisaged: false, description: 'None' }, transferee: { envisaged: false, description: 'None' } },
    pension: { route: 'new-fair-deal', reference: 'SYNTHETIC-DIRECTION' },
  });
  return { transfer, employees: employees() };
}

function entry(id: string, daysBefore: number, by: ConsultationEntry['by'], kind: ConsultationEntry['kind'], summary: string): ConsultationEntry {
  return { id, on: addDays(TRANSFER_DATE, daysBefore), by, kind, audience: 'representatives', summary, repliesTo: null };
}

function employees(): TransferringEmployee[] {
  const rows = MIX.flatMap(([band, role, count]) => Array.from({ length: count }, () => [band, role] as const));
  return rows.map(([band, role], i) => {
    const n = i + 1;
    const nnn = String(n).padStart(3, '0');
    const birthYear = 1955 + (n % 35);
    return {
      staffNumber: `SYN-HV-${nnn}`,
      name: `Synthetic Employee ${nnn}`,
      role,
      band,
      fteHundredths: FTE_CYCLE[n % FTE_CYCLE.length],
      continuousServiceDate: calendarDate(`${birthYear + 21 + (n % 5)}-09-01`),
      dateOfBirth: calendarDate(`${birthYear}-${String((n % 12) + 1).padStart(2, '0')}-15`),
      annualPayPence: PAY[band] ?? null,
      pensionScheme: 'nhs-pension-scheme',
      assignedPercent: 100,
      objectionDate: null,
      eli: { s1Particulars: 'contract on file', disciplineGrievance2y: 'none', claims2y: 'none', collectiveAgreements: 'Agenda for Change' },
    };
  });
}
