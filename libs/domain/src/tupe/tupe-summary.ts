import type { CalendarDate } from '../calendar/calendar-date';
import { AFC_BANDS, isObjector, type AfcBand, type TransferringEmployee } from './transferring-employee';
import type { TupeTransfer } from './tupe-transfer';

/** Headcount and FTE of the transferring employees in one Agenda for Change band. */
export interface BandSummary {
  readonly band: AfcBand;
  readonly headcount: number;
  readonly fteHundredths: number;
}

/**
 * A transfer in numbers, with no personal data: no names, dates of birth or pay, so it may be shown
 * to anyone entitled to see the transfer. Full employee records are for the secretary only.
 */
export interface TupeSummary {
  readonly transferId: string;
  readonly transferDate: CalendarDate;
  /** Everyone on the staff list. */
  readonly listed: number;
  /** Those who transfer: everyone listed except objectors (reg 4(7)). */
  readonly transferredHeadcount: number;
  /** Their FTE in hundredths (100 = one full-time post). */
  readonly transferredFteHundredths: number;
  /** Employees who objected before the transfer date; `transferredHeadcount + objections = listed`. */
  readonly objections: number;
  /** The transferring employees by band, in band order, bands with nobody left out. */
  readonly byBand: readonly BandSummary[];
}

/** The {@link TupeSummary} of a transfer's staff list; objectors are excluded from every count but `objections`. */
export function publicTransferSummary(transfer: TupeTransfer, employees: readonly TransferringEmployee[]): TupeSummary {
  const transferring = employees.filter((e) => !isObjector(e, transfer.transferDate));
  const byBand = AFC_BANDS.map((band) => {
    const inBand = transferring.filter((e) => e.band === band);
    return { band, headcount: inBand.length, fteHundredths: sumFte(inBand) };
  }).filter((b) => b.headcount > 0);
  return {
    transferId: transfer.id,
    transferDate: transfer.transferDate,
    listed: employees.length,
    transferredHeadcount: transferring.length,
    transferredFteHundredths: sumFte(transferring),
    objections: employees.length - transferring.length,
    byBand,
  };
}

function sumFte(employees: readonly TransferringEmployee[]): number {
  return employees.reduce((total, e) => total + e.fteHundredths, 0);
}
