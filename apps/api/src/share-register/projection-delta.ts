import type { CalendarDate, MemberRecord, ShareEvent, ShareRecord, ShareRegister } from '#domain';

/** One change to the projection tables that an accepted share event causes. */
export type ProjectionChange =
  | {
      readonly op: 'open-holding';
      readonly shareNumber: number;
      readonly memberId: string;
      readonly from: CalendarDate;
      readonly shareClass: string;
      readonly nominalPence: number;
      readonly paidUpPence: number;
      readonly authorisedBy: string | null;
    }
  | { readonly op: 'close-holding'; readonly shareNumber: number; readonly on: CalendarDate }
  | { readonly op: 'open-entry'; readonly memberId: string; readonly registeredOn: CalendarDate; readonly name: string; readonly address: string; readonly jointHolders: readonly string[] | null }
  | { readonly op: 'close-entry'; readonly memberId: string; readonly on: CalendarDate }
  /** RM-3: the open entry's particulars change from `from`: its row stops being shown that day and a new one is shown from it. */
  | { readonly op: 'change-particulars'; readonly memberId: string; readonly from: CalendarDate; readonly name: string; readonly address: string; readonly jointHolders: readonly string[] | null };

export interface ProjectionDelta {
  readonly changes: readonly ProjectionChange[];
  readonly issuedShares: number;
  readonly currentMembers: number;
}

/**
 * Where {@link emitChanges} hands the changes an event causes, one call per {@link ProjectionChange},
 * in the order of `ProjectionDelta.changes`.
 */
export interface ChangeSink {
  openHolding(memberId: string, from: CalendarDate, share: ShareRecord): void;
  closeHolding(shareNumber: number, on: CalendarDate): void;
  openEntry(memberId: string, registeredOn: CalendarDate, name: string, address: string, jointHolders: readonly string[] | null): void;
  closeEntry(memberId: string, on: CalendarDate): void;
  changeParticulars(memberId: string, from: CalendarDate, name: string, address: string, jointHolders: readonly string[] | null): void;
}

const isCurrent = (m: MemberRecord | undefined): boolean => m !== undefined && m.shareNumbers.length > 0;

/** The member's entry closes when it held shares just before the event and holds none after it. */
function leave(sink: ChangeSink, on: CalendarDate, memberId: string, memberBefore: (memberId: string) => MemberRecord | undefined, after: ShareRegister): number {
  if (!isCurrent(memberBefore(memberId)) || isCurrent(after.member(memberId))) return 0;
  sink.closeEntry(memberId, on);
  return -1;
}

/** The share's holding opens, after the member's entry when it held no shares just before the event. */
function join(sink: ChangeSink, on: CalendarDate, memberId: string, shareNumber: number, memberBefore: (memberId: string) => MemberRecord | undefined, after: ShareRegister): number {
  let joined = 0;
  if (!isCurrent(memberBefore(memberId))) {
    const periods = after.member(memberId)!.periods;
    const period = periods[periods.length - 1];
    sink.openEntry(memberId, on, period.name, period.address, period.jointHolders ?? null);
    joined = 1;
  }
  sink.openHolding(memberId, on, after.share(shareNumber)!);
  return joined;
}

/** The changes an accepted event causes, handed to `sink`; returns the change in current members. */
export function emitChanges(event: ShareEvent, memberBefore: (memberId: string) => MemberRecord | undefined, after: ShareRegister, sink: ChangeSink): number {
  const on = event.effectiveOn;
  switch (event.type) {
    case 'allotment':
      return join(sink, on, event.holder.memberId, event.shareNumber, memberBefore, after);
    case 'transfer': {
      sink.closeHolding(event.shareNumber, on);
      const left = leave(sink, on, event.fromMemberId, memberBefore, after);
      return left + join(sink, on, event.to.memberId, event.shareNumber, memberBefore, after);
    }
    case 'cancellation':
      sink.closeHolding(event.shareNumber, on);
      return leave(sink, on, event.memberId, memberBefore, after);
    case 'particulars-change': {
      const member = after.member(event.memberId)!;
      sink.changeParticulars(event.memberId, on, member.name, member.address, member.jointHolders ?? null);
      return 0;
    }
  }
}

/** The change in shares in issue an accepted event causes. */
export const issuedBy = (event: ShareEvent): number => (event.type === 'allotment' ? 1 : event.type === 'cancellation' ? -1 : 0);

/** Collects the changes as {@link ProjectionChange} objects. */
class ChangeList implements ChangeSink {
  readonly changes: ProjectionChange[] = [];
  openHolding(memberId: string, from: CalendarDate, share: ShareRecord): void {
    this.changes.push({
      op: 'open-holding',
      shareNumber: share.shareNumber,
      memberId,
      from,
      shareClass: share.shareClass,
      nominalPence: share.nominalPence,
      paidUpPence: share.paidUpPence,
      authorisedBy: share.authorisedBy ?? null,
    });
  }
  closeHolding(shareNumber: number, on: CalendarDate): void {
    this.changes.push({ op: 'close-holding', shareNumber, on });
  }
  openEntry(memberId: string, registeredOn: CalendarDate, name: string, address: string, jointHolders: readonly string[] | null): void {
    this.changes.push({ op: 'open-entry', memberId, registeredOn, name, address, jointHolders });
  }
  closeEntry(memberId: string, on: CalendarDate): void {
    this.changes.push({ op: 'close-entry', memberId, on });
  }
  changeParticulars(memberId: string, from: CalendarDate, name: string, address: string, jointHolders: readonly string[] | null): void {
    this.changes.push({ op: 'change-particulars', memberId, from, name, address, jointHolders });
  }
}

/**
 * What an accepted event changes in the projection, given the members' records just before it and
 * the register just after it.
 */
export function projectionDelta(
  event: ShareEvent,
  memberBefore: (memberId: string) => MemberRecord | undefined,
  after: ShareRegister,
): ProjectionDelta {
  const list = new ChangeList();
  const currentMembers = emitChanges(event, memberBefore, after, list);
  return { changes: list.changes, issuedShares: issuedBy(event), currentMembers };
}
