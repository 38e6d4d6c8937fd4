import {
  contractsActiveOn,
  jointHoldersOf,
  partnershipAsAt,
  type CalendarDate,
  type Organisation,
  type Partnership,
  type RegisterEntry,
  type RegisterEntryWithHistory,
  type ServiceContract,
  type TupeFinding,
  type TupeSummary,
  type TupeTransfer,
} from '#domain';
import type {
  AlliancePartnerView,
  ComplianceFindingView,
  FormerParticularsView,
  RegisterEntryView,
  ServiceContractView,
  ShareHeldView,
  ServiceLineView,
  TupeTransferView,
} from '#reports';
import { commissionerHistory } from '../alliance/alliance.mapper';

/** What the PDF prints of an entry's history (RM-1, RM-3). */
export interface EntryHistoryView {
  readonly sharesHeld: ShareHeldView[];
  readonly formerParticulars: FormerParticularsView[];
}

/** An entry's history as the PDF prints it: made once, and all a register keeps of it while it renders. */
export function entryHistoryView(history: RegisterEntryWithHistory): EntryHistoryView {
  return { sharesHeld: sharesHeldViews(history), formerParticulars: formerParticulars(history) };
}

/** A register entry as the PDF prints it (RM-1). */
export function registerEntryView(e: RegisterEntry, history?: EntryHistoryView): RegisterEntryView {
  return {
    name: e.name,
    address: e.address,
    registeredOn: e.registeredOn,
    ceasedOn: e.ceasedOn,
    shares: e.shares.map((s) => ({ shareNumber: s.shareNumber, shareClass: s.shareClass, nominalPence: s.nominalPence, paidUpPence: s.paidUpPence })),
    ...(e.jointHolders && e.jointHolders.length > 0 ? { jointHolders: e.jointHolders } : {}),
    ...(history ? { sharesHeld: history.sharesHeld, formerParticulars: history.formerParticulars } : {}),
  };
}

/** The entry's history with each authorising resolution named by its reference where it has one (`BR-2024-01`), else by id. */
export function withResolutionReferences(history: RegisterEntryWithHistory, references: ReadonlyMap<string, string>): RegisterEntryWithHistory {
  const named = (id: string | null) => (id === null ? null : (references.get(id) ?? id));
  return {
    ...history,
    sharesHeld: history.sharesHeld.map((h) => ({ ...h, authorisedBy: named(h.authorisedBy), disposalAuthorisedBy: named(h.disposalAuthorisedBy) })),
  };
}

/** RM-1: each share the entry held, the other parties by name. */
export function sharesHeldViews(history: RegisterEntryWithHistory): ShareHeldView[] {
  return history.sharesHeld.map((h) => ({
    shareNumber: h.shareNumber,
    acquiredOn: h.acquiredOn,
    acquiredFrom: h.acquiredFrom?.name ?? null,
    certificateNumber: h.certificateNumber,
    authorisedBy: h.authorisedBy,
    disposedOn: h.disposedOn,
    disposal: h.disposal,
    disposedTo: h.disposedTo?.name ?? null,
    disposalAuthorisedBy: h.disposalAuthorisedBy,
    ...(h.subscriber ? { subscriber: true } : {}),
  }));
}

/**
 * RM-3: every version of the entry's particulars but the last, in the order entered, each with its joint
 * holders (RM-2, s.113(5)) and the day the next replaced it; one the next replaced the day it took effect
 * is marked `supersededSameDay` (s.113: both stay entries of the register).
 */
export function formerParticulars(history: RegisterEntryWithHistory): FormerParticularsView[] {
  return history.particulars.slice(0, -1).map((p, i) => {
    const until = history.particulars[i + 1].from;
    return { name: p.name, address: p.address, ...jointHoldersOf(p), until, ...(until === p.from ? { supersededSameDay: true } : {}) };
  });
}

const ROLE_LABELS: Record<string, string> = { 'alliance-manager': 'Alliance manager', partner: 'Partner', commissioner: 'Commissioner' };
const TYPE_LABELS: Record<string, string> = { 'service-provision-change': 'Service provision change', 'business-transfer': 'Business transfer' };

/** Every organisation that had joined a partnership by `asAt`, with its role; a departure after `asAt` is not shown. */
export function partnerViews(partnerships: readonly Partnership[], organisations: readonly Organisation[], asAt: CalendarDate): AlliancePartnerView[] {
  const nameOf = nameLookup(organisations);
  return partnerships.flatMap((p) =>
    p.memberships
      .filter((m) => m.joinedOn <= asAt)
      .map((m) => ({
        name: nameOf(m.organisationId),
        role: partnerships.length > 1 ? `${ROLE_LABELS[m.role] ?? m.role} (${p.name})` : (ROLE_LABELS[m.role] ?? m.role),
        joinedOn: m.joinedOn,
        leftOn: m.leftOn !== null && m.leftOn <= asAt ? m.leftOn : null,
      })),
  );
}

/** The service lines running on `asAt` and who manages each. */
export function serviceLineViews(partnerships: readonly Partnership[], organisations: readonly Organisation[], asAt: CalendarDate): ServiceLineView[] {
  const nameOf = nameLookup(organisations);
  return partnerships.flatMap((p) =>
    partnershipAsAt(p, asAt).serviceLines.map((l) => ({ name: l.name, managedBy: nameOf(l.managedById), from: l.startOn, until: l.endOn })),
  );
}

/** The contracts running on `asAt`. */
export function contractViews(contracts: readonly ServiceContract[], organisations: readonly Organisation[], asAt: CalendarDate): ServiceContractView[] {
  const nameOf = nameLookup(organisations);
  return contractsActiveOn(contracts, asAt).map((c) => {
    const history = commissionerHistory(c, asAt, nameOf);
    return { reference: c.id, title: c.name, ...history, commissioner: history.commissioner || '—', startsOn: c.startOn, endsOn: c.endOn, annualValuePence: null };
  });
}

/** A transfer's public summary: counts and totals only (no names, dates of birth, pay or ELI). */
export function transferView(t: TupeTransfer, summary: TupeSummary, organisations: readonly Organisation[]): TupeTransferView {
  const nameOf = nameLookup(organisations);
  return {
    reference: t.id,
    kind: TYPE_LABELS[t.type] ?? t.type,
    transferor: nameOf(t.transferorId),
    transferee: nameOf(t.transfereeId),
    transferOn: t.transferDate,
    inScopeHeadcount: summary.listed,
    transferredHeadcount: summary.transferredHeadcount,
    objectorCount: summary.objections,
    fteByBand: summary.byBand.map((b) => ({ band: String(b.band), headcount: b.headcount, fte: b.fteHundredths / 100 })),
  };
}

/** A finding as printed: the rule, 'not met' for a breach, 'open' for a warning, its message and date. */
export function findingView(transferReference: string, f: TupeFinding): ComplianceFindingView {
  return { transferReference, check: f.rule, status: f.severity === 'breach' ? 'not met' : 'open', detail: `${f.message} (${f.on})` };
}

function nameLookup(organisations: readonly Organisation[]): (id: string) => string {
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  return (id) => names.get(id) ?? id;
}

