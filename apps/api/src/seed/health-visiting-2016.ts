import { addDays, calendarDate, tupeTransfer, type AfcBand, type TransferringEmployee, type TupeTransfer } from '#domain';
import { TOWER_HAMLETS_ORGANISATION_IDS as ids } from './tower-hamlets-alliance';

const TRANSFER_DATE = calendarDate('2016-04-01');

/**
 * The staffing mix of the synthetic list: [band, role, how many]. 140 in all. Roles and numbers are
 * invented to look like a health visiting service; they are not from any source.
 */
const MIX: readonly [AfcBand, string, number][] = [
  ['8a', 'Health visiting service manager (synthetic)', 4],
  ['7', 'Health visiting team leader (synthetic)', 12],
  ['6', 'Health visitor (synthetic)', 80],
  ['5', 'Community staff nurse (synthetic)', 18],
  ['4', 'Nursery nurse (synthetic)', 14],
  ['3', 'Administrator (synthetic)', 12],
];
/** Illustrative annual pay by band, in pence: synthetic, not an Agenda for Change pay point. */
const PAY: Readonly<Partial<Record<AfcBand, number>>> = { '3': 1_800_000, '4': 2_000_000, '5': 2_400_000, '6': 3_100_000, '7': 3_800_000, '8a': 4_500_000 };
const FTE_CYCLE = [100, 100, 100, 80, 60, 100, 100, 50] as const;

/**
 * The 2016-04-01 health visiting transfer from Barts Health to the company, with 140 clearly
 * synthetic employees ("Synthetic Employee 001" …). FACTS.md gives the date, the transferor, the
 * transferee and "140 staff"; everything else is synthetic and chosen so that every check passes:
 * ELI received 35 days before, union representatives informed and consulted before the transfer, no
 * measures envisaged by either party, New Fair Deal with a (synthetic) Direction reference, complete
 * ELI, full-time assignment to the service, no objections. A pure function: same result every call.
 */
export function healthVisitingTransfer2016(): { readonly transfer: TupeTransfer; readonly employees: readonly TransferringEmployee[] } {
  const transfer = tupeTransfer({
    id: 'tupe-2016-health-visiting',
    transferorId: ids.bartsHealth,
    transfereeId: ids.company,
    serviceContractId: 'health-visiting',
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
      entry('hv-1', -70, 'transferor', 'information', 'Synthetic: transfer, date, reasons and implications given to the recognised unions; transferee\'s measures: none'),
      entry('hv-2', -63, 'transferee', 'information', 'Synthetic: transferee confirms to the unions that it envisages no measures'),
      entry('hv-3', -56, 'transferor', 'consultation', 'Synthetic: joint meeting with union representatives'),
      entry('hv-4', -49, 'transferor', 'representation', 'Synthetic: unions ask about base locations after the transfer'),
      { ...entry('hv-5', -42, 'transferor', 'reply', 'Synthetic: bases unchanged; reasons given in writing'), repliesTo: 'hv-4' },
    ],
    measures: {
      transferor: { envisaged: false, description: 'None (synthetic)' },
      transferee: { envisaged: false, description: 'None (synthetic)' },
    },
    pension: { route: 'new-fair-deal', reference: 'SYNTHETIC-NHSBSA-DIRECTION-0001' },
  });
  return { transfer, employees: syntheticEmployees() };
}

function entry(id: string, daysBefore: number, by: 'transferor' | 'transferee', kind: TupeTransfer['log'][number]['kind'], summary: string) {
  return { id, on: addDays(TRANSFER_DATE, daysBefore), by, kind, audience: 'representatives' as const, summary, repliesTo: null };
}

function syntheticEmployees(): TransferringEmployee[] {
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
      eli: {
        s1Particulars: 'Synthetic: Agenda for Change contract on file',
        disciplineGrievance2y: 'none',
        claims2y: 'none',
        collectiveAgreements: 'Synthetic: NHS Terms and Conditions of Service (Agenda for Change)',
      },
    };
  });
}
