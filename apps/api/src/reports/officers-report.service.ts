import { Injectable } from '@nestjs/common';
import { addDays, compareDates, ECCTA_REGISTERS_END_ON, inOfficeOn, officerAsAt, officerChangeDuties, type CalendarDate, type Duty, type Officer } from '#domain';
import { formatDate, renderOfficersReport, type OfficerView } from '#reports';
import { CompaniesService } from '../companies/companies.service';
import { DeadlinesService } from '../governance/deadlines.service';
import { GovernanceRecords } from '../governance/governance-records';
import { OfficersRecords } from '../officers/officers-records';
import { ReportDataStore } from './report-data.store';
import { fileSafe, type ReportFile } from './report-file';
import { ReportSpool } from './report-spool';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CHANGES = { appointed: 'Appointed', resigned: 'Ceased', 'particulars-changed': 'Particulars changed' } as const;

/**
 * The officers as at a date (EC-1): before 18 November 2025 the register of directors and of
 * secretaries the company kept; from then the company's record of its officers and of what it
 * notified to Companies House. Public particulars only, whoever downloads it.
 */
@Injectable()
export class OfficersReportService {
  constructor(
    private readonly spool: ReportSpool,
    private readonly companies: CompaniesService,
    private readonly data: ReportDataStore,
    private readonly officers: OfficersRecords,
    private readonly deadlines: DeadlinesService,
    private readonly governance: GovernanceRecords,
  ) {}

  officersReport(companyId: string, asAt: CalendarDate): Promise<ReportFile> {
    return this.spool.file({ companyId, report: 'officers.pdf', params: { asAt }, contentType: 'application/pdf' }, async (em) => {
      const company = await this.companies.get(companyId, em);
      const basis = await this.data.basis(em, company, asAt);
      const statutory = compareDates(asAt, ECCTA_REGISTERS_END_ON) < 0;
      const record = (await this.officers.officers(em, companyId)).filter((o) => compareDates(o.appointedOn, asAt) <= 0);
      const duties = statutory ? [] : await this.deadlines.deadlines(companyId, { from: company.incorporatedOn, to: addDays(asAt, 31), asAt });
      const { references } = await this.governance.load(em, companyId);
      const view = (o: Officer) => officerView(o, asAt, duties, company.incorporatedOn, references.byId);
      // The register keeps former officers' entries; the record lists those in office, then those who left.
      const ordered = [...record.filter((o) => inOfficeOn(o, asAt)), ...record.filter((o) => !inOfficeOn(o, asAt))];
      const report = {
        ...basis,
        statutory,
        directors: ordered.filter((o) => o.role === 'director').map(view),
        secretaries: ordered.filter((o) => o.role === 'secretary').map(view),
      };
      const name = statutory ? 'register-of-directors-and-secretaries' : 'record-of-officers';
      return { filename: `${name}-${fileSafe(companyId)}-${asAt}.pdf`, body: renderOfficersReport(report) };
    });
  }
}

/** An officer as printed as at `asAt` (`officerAsAt`: what is dated after it is left out); month and year of birth only; a removal by its resolution's reference. */
function officerView(officer: Officer, asAt: CalendarDate, duties: readonly Duty[], incorporatedOn: CalendarDate, references: ReadonlyMap<string, string>): OfficerView {
  const o = officerAsAt(officer, asAt);
  const p = o.particulars;
  const birth = p.birthMonth === null ? null : `${MONTHS[Number(p.birthMonth.slice(5, 7)) - 1]} ${p.birthMonth.slice(0, 4)}`;
  const byReference = new Map(duties.map((d) => [d.reference, d]));
  const notifications = officerChangeDuties(o, incorporatedOn)
    .map(({ change, duty }) => ({ change: change.fields.length > 0 ? `${CHANGES[change.kind]} (${change.fields.map(fieldName).join(', ')})` : CHANGES[change.kind], on: change.on, formCode: duty.kind.toUpperCase(), dueOn: duty.dueOn, filedOn: byReference.get(duty.reference)?.doneOn ?? null }));
  return {
    name: p.name,
    formerNames: p.formerNames.join('; '),
    serviceAddress: p.serviceAddress,
    countryOfResidence: p.countryOfResidence,
    nationality: p.nationality,
    occupation: p.occupation,
    monthAndYearOfBirth: birth,
    appointedOn: o.appointedOn,
    resignedOn: o.resignedOn,
    removedBy: o.removedBy === null ? null : (references.get(o.removedBy) ?? o.removedBy),
    verification: o.verification === null ? 'Not verified' : `Verified on ${formatDate(o.verification.verifiedOn)} ${o.verification.route === 'acsp' ? 'through an authorised corporate service provider' : 'with Companies House'}`,
    notifications,
  };
}

/** `serviceAddress` → `service address`, `residential-address` → `residential address`. */
function fieldName(field: string): string {
  return field.replace(/-/g, ' ').replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`);
}
