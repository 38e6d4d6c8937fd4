import { parseStaffListRows, type CalendarDate, type StaffListResult } from '#domain';
import { alteredVersions, commitmentOf, newSalt, type PersonalVersion } from './personal-data';
import type { StaffListInput } from './staff-list-body.pipe';
import { parseStaffListCsv } from './staff-list-csv';

/** A new version's random salt and its commitment (see `personal-data.ts`). */
export interface Seal {
  readonly salt: string;
  readonly commitment: string;
}

/**
 * A staff list read and checked: the domain's result and, when every row is good, a seal for each
 * employee in `result.employees` (same order), for the version the import may store.
 */
export interface StaffListRead {
  readonly result: StaffListResult;
  readonly seals: readonly Seal[];
}

/**
 * Reads a staff list (CSV text with csv-parse, or JSON rows), checks every row with the domain's
 * rules, and salts and hashes each employee's record. This is the costly part of an import (about
 * 0.5 s of CPU for 5 MB of CSV), so the service runs it on a worker thread (`staff-list.worker.ts`);
 * the result is plain data. `transferDate`, when given, is the day each date of birth is checked against.
 */
export function readStaffList(input: StaffListInput, transferDate?: CalendarDate): StaffListRead {
  const result = input.format === 'csv' ? parseStaffListCsv(input.text, transferDate) : parseStaffListRows(input.rows, transferDate);
  if (!result.ok) return { result, seals: [] };
  const seals = result.employees.map((employee) => {
    const salt = newSalt();
    return { salt, commitment: commitmentOf(employee, salt) };
  });
  return { result, seals };
}

/** A job for the staff list thread: read a list that was sent, or check stored versions against their commitments. */
export type StaffListJob =
  | { readonly job: 'read'; readonly input: StaffListInput; readonly transferDate?: CalendarDate }
  | { readonly job: 'check'; readonly versions: readonly PersonalVersion[] };

/** What a job gives: the list read, or the commitments of the altered versions (none, unless someone changed the table). */
export type StaffListJobResult = StaffListRead | readonly string[];

/** Runs one job (on the staff list thread). */
export function runStaffListJob(job: StaffListJob): StaffListJobResult {
  return job.job === 'read' ? readStaffList(job.input, job.transferDate) : alteredVersions(job.versions);
}
