import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { endMembership, isMemberOn, requireDate, requireText, runsInto, type DatedMembership } from './dated-period';

/** The part an organisation plays in a partnership for a period. */
export type PartnershipRole =
  /** Manages the partnership's services on the partners' behalf (the company in the 2017 alliance). */
  | 'alliance-manager'
  | 'partner'
  | 'commissioner';

/** One period in which an organisation is a member of a partnership in one role. */
export interface PartnershipMembership extends DatedMembership {
  readonly organisationId: string;
  readonly role: PartnershipRole;
}

/**
 * A service the partnership provides, with the partner that manages it directly. `startOn` and
 * `endOn` are the first and last days, like a contract's.
 */
export interface ServiceLine {
  readonly id: string;
  readonly name: string;
  readonly managedById: string;
  readonly startOn: CalendarDate;
  readonly endOn: CalendarDate | null;
}

/** A partnership or alliance of organisations, with its dated membership and its service lines. */
export interface Partnership {
  readonly id: string;
  readonly name: string;
  readonly note: string | null;
  /** Every period of membership ever recorded, in the order recorded; nothing is deleted. */
  readonly memberships: readonly PartnershipMembership[];
  readonly serviceLines: readonly ServiceLine[];
}

/** A partnership as it stood at the end of one day. */
export interface PartnershipAsAt {
  readonly partnershipId: string;
  readonly name: string;
  readonly asAt: CalendarDate;
  /** Members on that day, by organisation id. */
  readonly members: readonly { readonly organisationId: string; readonly role: PartnershipRole; readonly since: CalendarDate }[];
  /** Service lines running that day; `managerIsMember` is false if the managing partner has left. */
  readonly serviceLines: readonly (ServiceLine & { readonly managerIsMember: boolean })[];
}

/** A partnership with no members yet; throws `INVALID_ALLIANCE_RECORD` for an empty id or name. */
export function partnership(input: { id: string; name: string; note?: string | null }): Partnership {
  requireText(input.id, 'id', 'partnership');
  requireText(input.name, 'name', 'partnership');
  return { id: input.id, name: input.name.trim(), note: input.note ?? null, memberships: [], serviceLines: [] };
}

/**
 * The organisation joins on `on` in `role`. Throws `PARTNERSHIP_MEMBER_ALREADY_ACTIVE` if it is a
 * member on that day or has a membership recorded from a later day (periods never overlap).
 */
export function joinPartnership(
  p: Partnership,
  join: { organisationId: string; role: PartnershipRole; on: CalendarDate },
): Partnership {
  requireText(join.organisationId, 'organisationId', 'partnership membership');
  requireDate(join.on, 'on');
  const clash = p.memberships.find((m) => m.organisationId === join.organisationId && runsInto(m, join.on));
  if (clash) {
    throw new DomainError(
      'PARTNERSHIP_MEMBER_ALREADY_ACTIVE',
      `${join.organisationId} is already a member of ${p.name} from ${clash.joinedOn}${clash.leftOn ? ` to ${clash.leftOn}` : ''}`,
      { partnershipId: p.id, organisationId: join.organisationId, joinedOn: clash.joinedOn },
    );
  }
  const membership: PartnershipMembership = { organisationId: join.organisationId, role: join.role, joinedOn: join.on, leftOn: null };
  return { ...p, memberships: [...p.memberships, membership] };
}

/**
 * The organisation leaves on `on`. Throws `PARTNERSHIP_MEMBER_NOT_ACTIVE` if it has no open
 * membership, and `MEMBERSHIP_ENDS_BEFORE_START` if `on` is not after the day it joined.
 */
export function leavePartnership(p: Partnership, organisationId: string, on: CalendarDate): Partnership {
  const index = p.memberships.findIndex((m) => m.organisationId === organisationId && m.leftOn === null);
  if (index < 0) {
    throw new DomainError('PARTNERSHIP_MEMBER_NOT_ACTIVE', `${organisationId} is not a member of ${p.name}`, {
      partnershipId: p.id,
      organisationId,
    });
  }
  const memberships = p.memberships.map((m, i) => (i === index ? endMembership(m, on) : m));
  return { ...p, memberships };
}

/** From `on` the member holds `role`: its current period ends that day and a new one begins. */
export function changePartnershipRole(p: Partnership, organisationId: string, role: PartnershipRole, on: CalendarDate): Partnership {
  return joinPartnership(leavePartnership(p, organisationId, on), { organisationId, role, on });
}

/** The membership in force for `organisationId` at the end of `date`, if any. */
export function membershipOn(p: Partnership, organisationId: string, date: CalendarDate): PartnershipMembership | undefined {
  return p.memberships.find((m) => m.organisationId === organisationId && isMemberOn(m, date));
}

/**
 * Adds a service line. Throws `SERVICE_LINE_ALREADY_RECORDED` for a taken id,
 * `SERVICE_LINE_MANAGER_NOT_A_MEMBER` unless the manager is a member on the day the line starts, and
 * `CONTRACT_ENDS_BEFORE_START` if it ends before it starts.
 */
export function addServiceLine(p: Partnership, line: ServiceLine): Partnership {
  requireText(line.id, 'id', 'service line');
  requireText(line.name, 'name', 'service line');
  requireDate(line.startOn, 'startOn');
  if (line.endOn !== null) requireDate(line.endOn, 'endOn');
  if (p.serviceLines.some((l) => l.id === line.id)) {
    throw new DomainError('SERVICE_LINE_ALREADY_RECORDED', `Service line ${line.id} is already recorded`, { serviceLineId: line.id });
  }
  if (line.endOn !== null && compareDates(line.endOn, line.startOn) < 0) {
    throw new DomainError('CONTRACT_ENDS_BEFORE_START', `Service line ${line.id} ends on ${line.endOn}, before it starts on ${line.startOn}`, {
      serviceLineId: line.id,
    });
  }
  if (!membershipOn(p, line.managedById, line.startOn)) {
    throw new DomainError(
      'SERVICE_LINE_MANAGER_NOT_A_MEMBER',
      `${line.managedById} is not a member of ${p.name} on ${line.startOn}, so cannot manage ${line.name}`,
      { partnershipId: p.id, organisationId: line.managedById, on: line.startOn },
    );
  }
  return { ...p, serviceLines: [...p.serviceLines, { ...line, name: line.name.trim() }] };
}

/** The partnership as at the end of `asAt`: a pure function of its recorded history. */
export function partnershipAsAt(p: Partnership, asAt: CalendarDate): PartnershipAsAt {
  requireDate(asAt, 'asAt');
  const members = p.memberships
    .filter((m) => isMemberOn(m, asAt))
    .map((m) => ({ organisationId: m.organisationId, role: m.role, since: m.joinedOn }))
    .sort((a, b) => compareDates(a.since, b.since) || a.organisationId.localeCompare(b.organisationId));
  const serviceLines = p.serviceLines
    .filter((l) => compareDates(l.startOn, asAt) <= 0 && (l.endOn === null || compareDates(asAt, l.endOn) <= 0))
    .map((l) => ({ ...l, managerIsMember: members.some((m) => m.organisationId === l.managedById) }));
  return { partnershipId: p.id, name: p.name, asAt, members, serviceLines };
}
