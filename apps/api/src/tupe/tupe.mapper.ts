import {
  eliDeadline,
  isObjector,
  missingEliFields,
  publicEmployeeRecord,
  type CalendarDate,
  type ConsultationEntry,
  type TransferringEmployee,
  type TupeClaim,
  type TupeFinding,
  type TupeSummary,
  type TupeTransfer,
} from '#domain';

/** A transfer as recorded: parties, dates, representation, log, measures, pension. No personal data. */
export function transferResponse(t: TupeTransfer) {
  return {
    transferId: t.id,
    transferorId: t.transferorId,
    transfereeId: t.transfereeId,
    serviceContractId: t.serviceContractId,
    type: t.type,
    transferDate: t.transferDate,
    eli: { dueBy: eliDeadline(t.transferDate), receivedOn: t.eliReceivedOn, updatesOn: [...t.eliUpdatesOn], specialCircumstances: t.eliSpecialCircumstances },
    representation: {
      basis: t.representation.basis,
      unionRecognised: t.representation.unionRecognised,
      existingRepresentatives: t.representation.existingRepresentatives,
      electionsInvited: t.representation.electionsInvited,
      employeesFailedToElect: t.representation.employeesFailedToElect,
      employerHeadcount: t.representation.employerHeadcount,
    },
    log: t.log.map(consultationResponse),
    measures: {
      transferor: t.measures.transferor && { envisaged: t.measures.transferor.envisaged, description: t.measures.transferor.description },
      transferee: t.measures.transferee && { envisaged: t.measures.transferee.envisaged, description: t.measures.transferee.description },
    },
    pension: t.pension && { route: t.pension.route, reference: t.pension.reference },
  };
}

export function consultationResponse(e: ConsultationEntry) {
  return { entryId: e.id, on: e.on, by: e.by, kind: e.kind, audience: e.audience, summary: e.summary, repliesTo: e.repliesTo };
}

/** Totals only: headcount, FTE, objections and the transferring employees by band. */
export function summaryResponse(s: TupeSummary) {
  return {
    listed: s.listed,
    transferredHeadcount: s.transferredHeadcount,
    transferredFteHundredths: s.transferredFteHundredths,
    objections: s.objections,
    byBand: s.byBand.map((b) => ({ band: b.band, headcount: b.headcount, fteHundredths: b.fteHundredths })),
  };
}

export function findingResponse(f: TupeFinding) {
  return { rule: f.rule, severity: f.severity, on: f.on, message: f.message, staffNumber: f.employeeId ?? null };
}

/**
 * A claim the transfer's failures open (TU-5, TU-8), its clock and its money; fields of the other
 * rule are null (or empty). No employee's pay: `maximumPence` is a total, and when it is the pay of one
 * employee alone it is withheld (null, `maximumWithheld`) from a reader without personal data.
 */
export function claimResponse(c: TupeClaim, personalData: boolean) {
  const eli = c.rule === 'TU-5' ? c : null;
  const consultation = c.rule === 'TU-8' ? c : null;
  const withheld = consultation !== null && !personalData && consultation.employeesWithPay === 1;
  return {
    rule: c.rule,
    regulation: c.regulation,
    claimant: c.claimant,
    against: [...c.against],
    jointlyAndSeverally: consultation?.jointlyAndSeverally ?? false,
    employeesConcerned: c.employeesConcerned,
    from: c.from,
    lastDayToClaim: c.lastDayToClaim,
    open: c.open,
    eliFailures: eli ? [...eli.failures] : [],
    minimumPence: eli ? eli.minimumPence : null,
    maximumPence: consultation && !withheld ? consultation.maximumPence : null,
    maximumWithheld: withheld,
    employeesWithoutPay: consultation ? consultation.employeesWithoutPay : null,
    grounds: c.grounds.map(findingResponse),
  };
}

/** The full record, personal data included: for the secretary only. */
export function personalEmployeeResponse(e: TransferringEmployee, transferDate: CalendarDate) {
  return {
    staffNumber: e.staffNumber,
    name: e.name,
    role: e.role,
    band: e.band,
    fteHundredths: e.fteHundredths,
    continuousServiceDate: e.continuousServiceDate,
    dateOfBirth: e.dateOfBirth,
    annualPayPence: e.annualPayPence,
    pensionScheme: e.pensionScheme,
    assignedPercent: e.assignedPercent,
    objectionDate: e.objectionDate,
    eli: {
      s1Particulars: e.eli.s1Particulars,
      disciplineGrievance2y: e.eli.disciplineGrievance2y,
      claims2y: e.eli.claims2y,
      collectiveAgreements: e.eli.collectiveAgreements,
    },
    objected: isObjector(e, transferDate),
    eliMissing: missingEliFields(e),
  };
}

/** What board members and auditors see of one employee: no name, date of birth, pay, band or ELI contents. */
export function publicEmployeeResponse(e: TransferringEmployee, transferDate: CalendarDate) {
  const p = publicEmployeeRecord(e, transferDate);
  return {
    staffNumber: p.staffNumber,
    role: p.role,
    fteHundredths: p.fteHundredths,
    assignedPercent: p.assignedPercent,
    objected: p.objected,
    eliMissing: [...p.eliMissing],
  };
}
