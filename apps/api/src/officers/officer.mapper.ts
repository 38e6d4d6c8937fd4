import type { Officer } from '#domain';
import type { PersonalDetails } from './personal-details';

/**
 * An officer as the API shows them, field by field. With `details` (the secretary's view) the
 * protected details are added; without, only the month and year of birth (EC-4). As at a day, the
 * officer is given as it stood then (`officerAsAt`).
 */
export function officerResponse(officer: Officer, details: PersonalDetails | null) {
  const p = officer.particulars;
  return {
    officerId: officer.officerId,
    role: officer.role,
    name: p.name,
    formerNames: [...p.formerNames],
    serviceAddress: p.serviceAddress,
    countryOfResidence: p.countryOfResidence,
    nationality: p.nationality,
    occupation: p.occupation,
    monthAndYearOfBirth: p.birthMonth,
    appointedOn: officer.appointedOn,
    resignedOn: officer.resignedOn,
    removedBy: officer.removedBy,
    identityVerification: officer.verification === null ? null : { verifiedOn: officer.verification.verifiedOn, route: officer.verification.route },
    changes: officer.changes.map((c) => ({ kind: c.kind, on: c.on, fields: [...c.fields] })),
    personalData: details !== null,
    ...(details !== null ? { dateOfBirth: details.dateOfBirth, residentialAddress: details.residentialAddress, personalCode: details.personalCode } : {}),
  };
}
