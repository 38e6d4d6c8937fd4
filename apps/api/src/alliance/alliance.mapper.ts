import {
  commissionerOn,
  earlierCommissioners,
  partnershipAsAt,
  type CalendarDate,
  type NetworkAsAt,
  type Organisation,
  type Partnership,
  type ServiceContract,
} from '#domain';

export function organisationResponse(o: Organisation) {
  return { organisationId: o.id, name: o.name, kind: o.kind, note: o.note };
}

/** A partnership as at a day (members and running service lines), with its whole dated history. */
export function partnershipResponse(p: Partnership, asAt: CalendarDate, organisations: readonly Organisation[]) {
  const nameOf = (id: string) => organisations.find((o) => o.id === id)?.name ?? null;
  const view = partnershipAsAt(p, asAt);
  return {
    partnershipId: p.id,
    name: p.name,
    note: p.note,
    asAt,
    members: view.members.map((m) => ({ organisationId: m.organisationId, organisationName: nameOf(m.organisationId), role: m.role, since: m.since })),
    serviceLines: view.serviceLines.map((l) => ({
      serviceLineId: l.id,
      name: l.name,
      managedById: l.managedById,
      managedByName: nameOf(l.managedById),
      startOn: l.startOn,
      endOn: l.endOn,
      managerIsMember: l.managerIsMember,
    })),
    history: p.memberships.map((m) => ({ organisationId: m.organisationId, role: m.role, joinedOn: m.joinedOn, leftOn: m.leftOn })),
  };
}

/**
 * A contract as the API gives it: `commissionerId` is who let it, `commissionerChanges` every later
 * change, and `currentCommissionerId` who commissions it on `on` (the as-at day, or today).
 */
export function serviceContractResponse(c: ServiceContract, on: CalendarDate) {
  return {
    contractId: c.id,
    name: c.name,
    holderId: c.holderId,
    commissionerId: c.commissionerId,
    commissionerChanges: c.commissionerChanges.map((ch) => ({ on: ch.on, commissionerId: ch.commissionerId, reason: ch.reason })),
    currentCommissionerId: commissionerOn(c, on),
    partnershipId: c.partnershipId,
    startOn: c.startOn,
    endOn: c.endOn,
    note: c.note,
  };
}

/**
 * Who commissions a contract on `asAt` and since when, by name, as the pages and the alliance report give
 * it: `commissioner` is '' when the sources do not say; `since` is the change that made it the commissioner
 * (its day and how it passed), null when it let the contract; `earlierCommissioners` each from the change that made it the commissioner
 * (null for the body that let it) to its last day.
 * `nameOf` gives an organisation's name from its id.
 */
export function commissionerHistory(c: ServiceContract, asAt: CalendarDate, nameOf: (organisationId: string) => string) {
  const current = commissionerOn(c, asAt);
  const since = c.commissionerChanges.findLast((ch) => ch.on <= asAt) ?? null;
  return {
    commissioner: current === null ? '' : nameOf(current),
    since: since === null ? null : { on: since.on, reason: since.reason },
    earlierCommissioners: earlierCommissioners(c, asAt).map((e) => ({ name: nameOf(e.commissionerId), from: e.from, until: e.until })),
  };
}

export function networkResponse(n: NetworkAsAt) {
  return { networkId: n.networkId, name: n.name, practiceIds: [...n.practiceIds] };
}
