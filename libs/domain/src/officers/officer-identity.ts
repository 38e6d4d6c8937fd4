import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { Officer, OfficerRole, OfficersRecord } from './officers';

/**
 * Who an officer is, for telling whether an appointment is of someone already in office: the name
 * (compared without regard to case or repeated spaces) and the full date of birth (EC-4: s.163(2)(e)
 * for a director; null where none is recorded, as for a secretary or a director entered with a name
 * and service address only).
 */
export interface OfficerIdentity {
  readonly name: string;
  readonly dateOfBirth: CalendarDate | null;
}

/** A name as recorded: Unicode NFC, leading and trailing spaces dropped, each run of spaces one space. */
export function normaliseOfficerName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/** True when two names are the same but for case and spaces (leading, trailing or repeated). */
export function sameOfficerName(a: string, b: string): boolean {
  const plain = (name: string) => normaliseOfficerName(name).toLocaleLowerCase('en-GB');
  return plain(a) === plain(b);
}

/**
 * True when both may be the same person: the same name, and the same date of birth where both have
 * one recorded. A date of birth not recorded (a secretary, a director entered with a name and service
 * address only) matches any: nothing tells the two apart.
 */
export function sameOfficer(a: OfficerIdentity, b: OfficerIdentity): boolean {
  return sameOfficerName(a.name, b.name) && (a.dateOfBirth === null || b.dateOfBirth === null || a.dateOfBirth === b.dateOfBirth);
}

/**
 * EC-2: one person holds one office of a kind once. An appointment, on `on`, of someone who already
 * holds that office (a term of the same role, not ended by that day, of an officer with the same name
 * and, where both have one recorded, the same date of birth) would record a second term and owe a
 * second AP01 / AP03: it is the same appointment sent again. `dateOfBirthOf` gives the full date of
 * birth held for an officer (from the protected details), null where none is held. Throws `OFFICER_ALREADY_APPOINTED` (409) naming the term
 * (officerId, appointedOn).
 *
 * Someone with the name of an officer holding that office on `on` but another date of birth may be
 * another person of the same name, or the same person with a date of birth mistyped: unless the
 * appointment says it is a different person (`differentPerson`), it is refused too, with
 * `OFFICER_NAME_IN_OFFICE` (409; details `officerId`, the `officer`'s name, `role`, `appointedOn` and
 * `field: 'differentPerson'`, the request field that confirms it), so that a second term is recorded
 * only on purpose.
 */
export function checkNotAlreadyAppointed(
  record: OfficersRecord,
  role: OfficerRole,
  candidate: OfficerIdentity,
  on: CalendarDate,
  dateOfBirthOf: (officer: Officer) => CalendarDate | null,
  differentPerson = false,
): void {
  const holding = record.filter((o) => o.role === role && (o.resignedOn === null || compareDates(on, o.resignedOn) < 0) && sameOfficerName(o.particulars.name, candidate.name));
  const term = holding.find((o) => sameOfficer({ name: o.particulars.name, dateOfBirth: dateOfBirthOf(o) }, candidate));
  if (!term) {
    const namesake = holding[0];
    if (namesake === undefined || differentPerson) return;
    throw new DomainError(
      'OFFICER_NAME_IN_OFFICE',
      { text: '{officer} has been a {role} since {appointedOn}, under that name: if this is a different person of the same name, say so (differentPerson) and appoint again; nothing was recorded', rule: 'EC-2' },
      { officerId: namesake.officerId, officer: namesake.particulars.name, role, appointedOn: namesake.appointedOn, field: 'differentPerson' },
    );
  }
  const born = candidate.dateOfBirth !== null && dateOfBirthOf(term) !== null ? `, born ${candidate.dateOfBirth},` : '';
  const held = term.resignedOn === null ? `has been a ${role} since ${term.appointedOn}` : `was a ${role} from ${term.appointedOn} until leaving office on ${term.resignedOn}`;
  throw new DomainError('OFFICER_ALREADY_APPOINTED', `${term.particulars.name}${born} ${held}; the appointment is already recorded`, {
    officerId: term.officerId,
    role,
    appointedOn: term.appointedOn,
  });
}

/**
 * EC-3: the first day Companies House verified identities, directly or through an authorised corporate
 * service provider (ECCTA 2023; voluntary from 8 April 2025, required of directors from 18 November 2025).
 */
export const IDENTITY_VERIFICATION_BEGAN = '2025-04-08' as CalendarDate;

/**
 * EC-3: a verification is dated on or after {@link IDENTITY_VERIFICATION_BEGAN}; no identity was verified
 * under ECCTA before it. Throws `VERIFIED_BEFORE_VERIFICATION_BEGAN` (422; details `verifiedOn`, `beganOn`).
 */
export function checkVerifiedSinceVerificationBegan(verifiedOn: CalendarDate): void {
  if (compareDates(verifiedOn, IDENTITY_VERIFICATION_BEGAN) >= 0) return;
  throw new DomainError(
    'VERIFIED_BEFORE_VERIFICATION_BEGAN',
    `Companies House began verifying identities on ${IDENTITY_VERIFICATION_BEGAN} (Economic Crime and Corporate Transparency Act 2023): a verification cannot be dated ${verifiedOn}`,
    { verifiedOn, beganOn: IDENTITY_VERIFICATION_BEGAN, field: 'verifiedOn' },
  );
}

/**
 * EC-3: an identity verification identical to the one in force for the term (`officer.verification`,
 * the last recorded, with `personalCode` as the protected details hold it): the same day, route and
 * personal code, sent again (a form sent twice, a retried request), is refused rather than written a
 * second time. Throws `IDENTITY_VERIFICATION_ALREADY_RECORDED` (409; details `officerId`, the
 * `officer`'s name and `verifiedOn`). A verification on another day, by another route or with another
 * code is a new fact (or a correction) and is taken.
 */
export function checkVerificationNotRecorded(
  officer: Officer,
  personalCode: string | null,
  verification: { readonly verifiedOn: CalendarDate; readonly route: string; readonly personalCode: string },
): void {
  const inForce = officer.verification;
  if (inForce === null || inForce.verifiedOn !== verification.verifiedOn || inForce.route !== verification.route || personalCode !== verification.personalCode) return;
  throw new DomainError(
    'IDENTITY_VERIFICATION_ALREADY_RECORDED',
    { text: "{officer}'s identity verification of {verifiedOn}, with that personal code, is already recorded: nothing was recorded again" },
    { officerId: officer.officerId, officer: officer.particulars.name, verifiedOn: verification.verifiedOn },
  );
}
