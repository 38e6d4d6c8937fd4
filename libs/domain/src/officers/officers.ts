import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { changeDirectorParticulars } from '../governance/directors';
import { evolveGovernance, type DirectorAppointed, type DirectorResigned, type GovernanceEvent, type GovernanceState } from '../governance/governance-events';
import type { OfficerParticulars, OfficerParticularsChange } from './officer-particulars';
import { firstVersion, particularsInForceOn, withChange, withFormerName, type DatedParticulars } from './particulars-versions';

export type { OfficerParticulars, OfficerParticularsChange } from './officer-particulars';
export { checkOfficerParticularsChanged } from './officer-particulars';
export { checkDirectorAge, DIRECTOR_MAXIMUM_PLAUSIBLE_AGE_YEARS, DIRECTOR_MINIMUM_AGE_YEARS } from './director-age';
export type { DatedParticulars } from './particulars-versions';

/** The day the Economic Crime and Corporate Transparency Act 2023 ended the company's own registers of officers and PSCs (EC-1). */
export const ECCTA_REGISTERS_END_ON = '2025-11-18' as CalendarDate;

/** An officer of the company: a director (s.154) or the company secretary (s.270). */
export type OfficerRole = 'director' | 'secretary';

/** How a director's identity was verified (EC-3): directly with Companies House, or through an authorised corporate service provider. */
export type VerificationRoute = 'companies-house' | 'acsp';

/** A change notified to Companies House, and the form that notifies it (EC-2). */
export type OfficerChangeKind = 'appointed' | 'resigned' | 'particulars-changed';

/** One dated change of an officer, as the notification duty names it. */
export interface OfficerChange {
  readonly kind: OfficerChangeKind;
  readonly on: CalendarDate;
  /** The fields changed (particulars changes only); `residential-address` or `date-of-birth` when protected details changed. */
  readonly fields: readonly string[];
}

/**
 * One term of office of a director or a secretary. `personalCommitment` is the salted SHA-256 of
 * the current version of the protected details (s.165 residential address, full date of birth, IDV
 * personal code) kept outside the ledger; null for terms recorded before those details were taken.
 */
export interface Officer {
  readonly officerId: string;
  readonly role: OfficerRole;
  /** The particulars in force now: the last of `versions`. */
  readonly particulars: OfficerParticulars;
  /** Every version of the public particulars in date order, from the appointment's (EC-4; a change of particulars, CH01/CH03, adds one). */
  readonly versions: readonly DatedParticulars<OfficerParticulars>[];
  readonly appointedOn: CalendarDate;
  readonly resignedOn: CalendarDate | null;
  /** s.168: the id of the members' resolution that removed the director, when the term ended by removal; null otherwise. */
  readonly removedBy: string | null;
  /** The identity verification recorded last (EC-3); null before any. */
  readonly verification: IdentityVerification | null;
  /** Every identity verification recorded for the term, in the order recorded, so that one as at a past day is the one in force then. */
  readonly verifications: readonly IdentityVerification[];
  readonly personalCommitment: string | null;
  /**
   * Every commitment to the protected details the term has had, with the day each took effect (the
   * appointment, a change of protected particulars, a verification adding its personal code), in the
   * order recorded: as at a past day, the details in force then are found by the commitment of that day.
   */
  readonly personalCommitments: readonly { readonly on: CalendarDate; readonly commitment: string }[];
  readonly changes: readonly OfficerChange[];
}

/** EC-3: a director's identity verified: the day (a calendar date) and the route (Companies House or an authorised corporate service provider). */
export interface IdentityVerification {
  readonly verifiedOn: CalendarDate;
  readonly route: VerificationRoute;
}

/** A secretary takes office (s.276 particulars; AP03). */
export interface SecretaryAppointed {
  readonly type: 'secretary-appointed';
  readonly effectiveOn: CalendarDate;
  readonly officerId: string;
  readonly particulars: OfficerParticulars;
  readonly personalCommitment: string | null;
}

/** A secretary's term ends (TM02). */
export interface SecretaryResigned {
  readonly type: 'secretary-resigned';
  readonly effectiveOn: CalendarDate;
  readonly officerId: string;
}

/** A director's or secretary's particulars change on `effectiveOn` (CH01 / CH03). */
export interface OfficerParticularsChanged {
  readonly type: 'officer-particulars-changed';
  readonly effectiveOn: CalendarDate;
  readonly officerId: string;
  readonly changes: OfficerParticularsChange;
  /** Set when the protected details changed: the commitment to their new version. */
  readonly personalCommitment: string | null;
  /** Which protected details changed (`residential-address`, `date-of-birth`); never their values. */
  readonly protectedFields: readonly string[];
}

/** A director's identity verified on `effectiveOn` (EC-3); the personal code is in the protected details the commitment names. */
export interface OfficerIdentityVerified {
  readonly type: 'officer-identity-verified';
  readonly effectiveOn: CalendarDate;
  readonly officerId: string;
  readonly route: VerificationRoute;
  readonly personalCommitment: string;
}

/** Every event the record of officers is folded from: the governance context's director events and the officers' own. */
export type OfficerEvent = DirectorAppointed | DirectorResigned | SecretaryAppointed | SecretaryResigned | OfficerParticularsChanged | OfficerIdentityVerified;

/** Every term of office of directors and secretaries, in the order appointed. */
export type OfficersRecord = readonly Officer[];

const NO_PARTICULARS = { formerNames: [], countryOfResidence: null, nationality: null, occupation: null, birthMonth: null } as const;

/**
 * The record after one more event. Throws `OFFICER_ALREADY_IN_OFFICE`, `OFFICER_NOT_IN_OFFICE`,
 * `RESIGNATION_BEFORE_APPOINTMENT`, `CHANGE_BEFORE_APPOINTMENT` or `VERIFICATION_NOT_FOR_DIRECTOR`.
 */
export function evolveOfficers(record: OfficersRecord, event: OfficerEvent): OfficersRecord {
  switch (event.type) {
    case 'director-appointed': {
      const particulars = event.particulars ?? { ...NO_PARTICULARS, name: event.name, serviceAddress: event.serviceAddress };
      return appoint(record, event.directorId, 'director', particulars, event.effectiveOn, event.personalCommitment ?? null);
    }
    case 'secretary-appointed':
      return appoint(record, event.officerId, 'secretary', event.particulars, event.effectiveOn, event.personalCommitment);
    case 'director-resigned':
      return resign(record, event.directorId, event.effectiveOn, event.removedBy ?? null);
    case 'secretary-resigned':
      return resign(record, event.officerId, event.effectiveOn, null);
    case 'officer-particulars-changed':
      return update(record, event.officerId, event.effectiveOn, (o) => {
        const versions = withChange(o.versions, event.effectiveOn, event.changes, withFormerName);
        return {
          ...o,
          particulars: versions[versions.length - 1]!.particulars,
          versions,
          personalCommitment: event.personalCommitment ?? o.personalCommitment,
          personalCommitments: event.personalCommitment === null ? o.personalCommitments : [...o.personalCommitments, { on: event.effectiveOn, commitment: event.personalCommitment }],
          changes: [...o.changes, { kind: 'particulars-changed', on: event.effectiveOn, fields: [...Object.keys(definedOnly(event.changes)), ...event.protectedFields] }],
        };
      });
    case 'officer-identity-verified':
      // EC-3: a new director verifies before being appointed, so the date may precede the appointment.
      return update(record, event.officerId, null, (o) => {
        if (o.role !== 'director') {
          throw new DomainError('VERIFICATION_NOT_FOR_DIRECTOR', `${o.particulars.name} is a secretary; identity verification is recorded for directors`, { officerId: o.officerId });
        }
        const verification = { verifiedOn: event.effectiveOn, route: event.route };
        // Its details (with the personal code) in force from the verification, or from the appointment when verified before it.
        const from = compareDates(event.effectiveOn, o.appointedOn) < 0 ? o.appointedOn : event.effectiveOn;
        const personalCommitments = [...o.personalCommitments, { on: from, commitment: event.personalCommitment }];
        return { ...o, verification, verifications: [...o.verifications, verification], personalCommitment: event.personalCommitment, personalCommitments };
      });
  }
}

/** Folds events in ledger order. */
export function foldOfficers(events: Iterable<OfficerEvent>): OfficersRecord {
  let record: OfficersRecord = [];
  for (const event of events) record = evolveOfficers(record, event);
  return record;
}

/** True when the term covers the end of `on` (a resignation on a day ends the office for that day, as for the board). */
export function inOfficeOn(officer: Officer, on: CalendarDate): boolean {
  return compareDates(officer.appointedOn, on) <= 0 && (officer.resignedOn === null || compareDates(on, officer.resignedOn) < 0);
}

/**
 * The officer's public particulars in force at the end of `on` (EC-4): as appointed, with every change
 * of particulars dated on or before that day, in date order. A day before the appointment gives the
 * particulars as appointed.
 */
export function officerParticularsOn(officer: Officer, on: CalendarDate): OfficerParticulars {
  return particularsInForceOn(officer.versions, on);
}

/**
 * The term as it stood at the end of `on` (EC-4, EC-3; a register as at a day shows only what was so by
 * then): the particulars in force that day, the resignation only when it took effect by then, the
 * identity verification only when verified by then, and only the changes dated by then (each of which
 * raises its notification, EC-2). A day before the appointment gives the term as appointed.
 */
export function officerAsAt(officer: Officer, on: CalendarDate): Officer {
  const by = (day: CalendarDate) => compareDates(day, on) <= 0;
  const versions = officer.versions.filter((v, i) => i === 0 || by(v.from));
  return {
    ...officer,
    particulars: officerParticularsOn(officer, on),
    versions,
    resignedOn: officer.resignedOn !== null && by(officer.resignedOn) ? officer.resignedOn : null,
    removedBy: officer.resignedOn !== null && by(officer.resignedOn) ? officer.removedBy : null,
    // EC-3: the verification in force that day: the latest dated by then (of those dated alike, the last recorded).
    verification: latestBy(officer.verifications, on, (v) => v.verifiedOn),
    verifications: officer.verifications.filter((v) => by(v.verifiedOn)),
    // The protected details in force that day (the appointment's when none was dated by then).
    personalCommitment: latestBy(officer.personalCommitments, on, (c) => c.on)?.commitment ?? officer.personalCommitments[0]?.commitment ?? officer.personalCommitment,
    changes: officer.changes.filter((c) => by(c.on)),
  };
}

/** Of `items`, the one dated latest on or before `on` (of those dated alike, the last); null when none is. */
function latestBy<T>(items: readonly T[], on: CalendarDate, day: (item: T) => CalendarDate): T | null {
  let latest: T | null = null;
  for (const item of items) if (compareDates(day(item), on) <= 0 && (latest === null || compareDates(day(item), day(latest)) >= 0)) latest = item;
  return latest;
}

/**
 * The officer's current term, or throws `OFFICER_NOT_IN_OFFICE` (details `officerId`, the `officer`'s
 * name and the day they `resignedOn`), or `OFFICER_NOT_FOUND` (404) when no term is known at all.
 */
export function currentTerm(record: OfficersRecord, officerId: string): Officer {
  const term = record.find((o) => o.officerId === officerId && o.resignedOn === null);
  if (!term) {
    const last = record.filter((o) => o.officerId === officerId).at(-1);
    if (last === undefined) throw new DomainError('OFFICER_NOT_FOUND', 'there is no officer with that reference', { officerId });
    throw new DomainError('OFFICER_NOT_IN_OFFICE', { text: '{officer} no longer holds office: they left it on {resignedOn}' }, { officerId, officer: last.particulars.name, resignedOn: last.resignedOn });
  }
  return term;
}

function appoint(record: OfficersRecord, officerId: string, role: OfficerRole, particulars: OfficerParticulars, on: CalendarDate, personalCommitment: string | null): OfficersRecord {
  const clash = record.find((o) => o.officerId === officerId && (o.resignedOn === null || compareDates(on, o.resignedOn) < 0));
  if (clash) {
    throw new DomainError('OFFICER_ALREADY_IN_OFFICE', `${clash.particulars.name} has held office since ${clash.appointedOn}`, { officerId, appointedOn: clash.appointedOn });
  }
  const officer: Officer = { officerId, role, particulars, versions: firstVersion(on, particulars), appointedOn: on, resignedOn: null, removedBy: null, verification: null, verifications: [], personalCommitment, personalCommitments: personalCommitment === null ? [] : [{ on, commitment: personalCommitment }], changes: [{ kind: 'appointed', on, fields: [] }] };
  return [...record, officer];
}

function resign(record: OfficersRecord, officerId: string, on: CalendarDate, removedBy: string | null): OfficersRecord {
  checkResignationNotBeforeAppointment(currentTerm(record, officerId), on);
  return update(record, officerId, on, (o) => ({ ...o, resignedOn: on, removedBy, changes: [...o.changes, { kind: 'resigned', on, fields: [] }] }));
}

/**
 * EC-2: a term of office ends on or after the day it began. A resignation dated before the officer's
 * appointment is refused (`RESIGNATION_BEFORE_APPOINTMENT`, details `{officerId, appointedOn, resignedOn, officer}`, the last the name)
 * with the officer's name and both dates, before anything else about the resignation is weighed.
 */
export function checkResignationNotBeforeAppointment(officer: Officer, resignedOn: CalendarDate): void {
  if (compareDates(resignedOn, officer.appointedOn) >= 0) return;
  throw new DomainError(
    'RESIGNATION_BEFORE_APPOINTMENT',
    { text: 'the day {officer} left office is {resignedOn}, before the appointment on {appointedOn}: an officer leaves office, by resignation or removal, on or after the day of appointment' },
    { officerId: officer.officerId, appointedOn: officer.appointedOn, resignedOn, officer: officer.particulars.name },
  );
}

/** `on`: the change's date, checked not to precede the appointment (null: a fact not tied to the term, as a verification). */
function update(record: OfficersRecord, officerId: string, on: CalendarDate | null, change: (o: Officer) => Officer): OfficersRecord {
  const term = currentTerm(record, officerId);
  if (on !== null && compareDates(on, term.appointedOn) < 0) {
    throw new DomainError('CHANGE_BEFORE_APPOINTMENT', `${term.particulars.name} was appointed on ${term.appointedOn}; nothing about the office can change on ${on}`, { officerId, appointedOn: term.appointedOn });
  }
  return record.map((o) => (o === term ? change(o) : o));
}

function definedOnly(changes: OfficerParticularsChange): OfficerParticularsChange {
  return Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as OfficerParticularsChange;
}

/**
 * The governance state (the board every resolution counts) after one more event of the governance
 * families or of the officers' own: a director's change of name or service address (CH01) is kept
 * on the register of directors with the day it took effect, so the board as at a day names each
 * director as they were named that day; the other officers' events leave it as it is.
 */
export function evolveGovernanceWithOfficers(state: GovernanceState, event: GovernanceEvent | OfficerEvent): GovernanceState {
  switch (event.type) {
    case 'officer-particulars-changed':
      return { ...state, directors: changeDirectorParticulars(state.directors, event.officerId, event.effectiveOn, event.changes) };
    case 'secretary-appointed':
    case 'secretary-resigned':
    case 'officer-identity-verified':
      return state;
    default:
      return evolveGovernance(state, event);
  }
}
