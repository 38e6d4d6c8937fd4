import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import { DomainError, refusalWith } from '../errors';
import type { MemberRecord, RegisterSnapshot, ShareRecord } from './register-records';
import { checkAllotmentTerms, checkEventBasics, checkBuyBackPrice, checkForfeitable, checkHeldBy, checkNotBefore, checkShareNumberUnused, checkTransferLodged, inEffectiveOrder, shareInIssue } from './share-rules';
import { membersOf, type Holder, type ParticularsChange, type ShareAllotment, type ShareCancellation, type ShareEvent, type ShareTransfer } from './share-event';
import { changedParticulars, jointHoldersOf } from './particulars';

export type { MemberRecord, MembershipPeriod, RegisterSnapshot, ShareRecord } from './register-records';
export { inEffectiveOrder } from './share-rules';

/**
 * The state of a company's shares and members after a sequence of ledger events. Immutable from the
 * outside: {@link apply} returns a new register and leaves this one as it was, and a rejected event
 * throws a {@link DomainError} before anything changes.
 */
export class ShareRegister {
  private constructor(
    readonly company: Company,
    private readonly shares: Map<number, ShareRecord>,
    private readonly members: Map<string, MemberRecord>,
    /** practice id → the member currently entered for it. */
    private readonly practiceMembers: Map<string, string>,
    /** practice id → effective date of the last change to the members entered for it. */
    private readonly practiceChangedOn: Map<string, CalendarDate>,
    /** 'latest': each member keeps only its latest membership period (a fold of a long history in bounded memory; the rules read no other). */
    private readonly periods: 'all' | 'latest' = 'all',
  ) {}

  static empty(company: Company, periods: 'all' | 'latest' = 'all'): ShareRegister {
    return new ShareRegister(company, new Map(), new Map(), new Map(), new Map(), periods);
  }

  /**
   * A register holding only the given shares and members. Enough to check a change that touches
   * only them: every rule is about the shares and members an event names, and the members (current
   * and former) linked to the practice of the holder it enters.
   */
  static fromSnapshot(company: Company, snapshot: RegisterSnapshot): ShareRegister {
    const practiceMembers = new Map<string, string>();
    const practiceChangedOn = new Map<string, CalendarDate>();
    for (const m of snapshot.members) {
      if (m.practiceId === null) continue;
      if (m.shareNumbers.length > 0) practiceMembers.set(m.practiceId, m.memberId);
      const changedOn = practiceChangedOn.get(m.practiceId);
      if (changedOn === undefined || compareDates(m.lastChangedOn, changedOn) > 0) {
        practiceChangedOn.set(m.practiceId, m.lastChangedOn);
      }
    }
    return new ShareRegister(
      company,
      new Map(snapshot.shares.map((s) => [s.shareNumber, s])),
      new Map(snapshot.members.map((m) => [m.memberId, m])),
      practiceMembers,
      practiceChangedOn,
    );
  }

  /**
   * Folds events in effective-date order (events on the same day keep their recorded order).
   * Throws on the first event that breaks a rule, naming it in the error's details. `onApplied`
   * sees each accepted event with its members' records as they were just before it and the
   * register just after it (the register being folded: read it, do not keep it). `periods`: as `empty`.
   */
  static fold(
    company: Company,
    events: readonly ShareEvent[],
    onApplied?: (
      event: ShareEvent,
      memberBefore: (memberId: string) => MemberRecord | undefined,
      after: ShareRegister,
    ) => void,
    periods: 'all' | 'latest' = 'all',
  ): ShareRegister {
    const register = ShareRegister.empty(company, periods);
    for (const event of inEffectiveOrder(events)) {
      const before = onApplied ? register.recordsOf(event) : null;
      try {
        register.mutate(event);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        throw refusalWith(error, { ...error.details, eventId: event.eventId });
      }
      if (onApplied && before) onApplied(event, before, register);
    }
    return register;
  }

  /** The register after `event`; throws a {@link DomainError} if the event breaks a rule. */
  apply(event: ShareEvent): ShareRegister {
    const next = this.copy();
    next.mutate(event);
    return next;
  }

  private copy(): ShareRegister {
    return new ShareRegister(this.company, new Map(this.shares), new Map(this.members), new Map(this.practiceMembers), new Map(this.practiceChangedOn), this.periods);
  }

  /**
   * A copy of this register that takes events one at a time in place, for a long run of events each
   * checked against the state the ones before it left (`apply` copies the whole register per event).
   * `step` throws an event's first broken rule as `apply` does, before anything changes, and returns
   * the records of the event's members as they were just before it.
   */
  stepwise(): { readonly register: ShareRegister; step(event: ShareEvent): (memberId: string) => MemberRecord | undefined } {
    const register = this.copy();
    return {
      register,
      step: (event) => {
        const before = register.recordsOf(event);
        register.mutate(event);
        return before;
      },
    };
  }

  /** The records of the members an event names (`membersOf`: one or two) as they are now, as a look-up; built per event, so without a map. */
  private recordsOf(event: ShareEvent): (memberId: string) => MemberRecord | undefined {
    const [first, second] = membersOf(event);
    const firstRecord = first === undefined ? undefined : this.members.get(first);
    const secondRecord = second === undefined ? undefined : this.members.get(second);
    return (id) => (id === first ? firstRecord : id === second ? secondRecord : undefined);
  }

  share(shareNumber: number): ShareRecord | undefined {
    return this.shares.get(shareNumber);
  }

  member(memberId: string): MemberRecord | undefined {
    return this.members.get(memberId);
  }

  /** SH-5: the member entered for the practice and holding a share, if any; while there is one the practice may receive no other share (`PRACTICE_ALREADY_A_MEMBER`). */
  practiceMember(practiceId: string): string | undefined {
    return this.practiceMembers.get(practiceId);
  }

  allShares(): ShareRecord[] {
    return [...this.shares.values()].sort((a, b) => a.shareNumber - b.shareNumber);
  }

  allMembers(): MemberRecord[] {
    return [...this.members.values()];
  }

  /** Shares in issue (allotted and not cancelled) and members holding at least one. */
  get totals(): { issuedShares: number; currentMembers: number } {
    let issuedShares = 0;
    for (const share of this.shares.values()) if (share.holderId !== null) issuedShares += 1;
    let currentMembers = 0;
    for (const member of this.members.values()) if (member.shareNumbers.length > 0) currentMembers += 1;
    return { issuedShares, currentMembers };
  }

  private mutate(event: ShareEvent): void {
    checkEventBasics(event, this.company.incorporatedOn);
    switch (event.type) {
      case 'allotment':
        return this.allot(event);
      case 'transfer':
        return this.transfer(event);
      case 'cancellation':
        return this.cancel(event);
      case 'particulars-change':
        return this.changeParticulars(event);
    }
  }

  private changeParticulars(event: ParticularsChange): void {
    checkNotBefore(`member ${event.memberId}`, this.members.get(event.memberId)?.lastChangedOn, event, { memberId: event.memberId });
    const member = changedParticulars(this.members.get(event.memberId), event);
    this.members.set(event.memberId, member);
    if (member.practiceId !== null) this.practiceChangedOn.set(member.practiceId, event.effectiveOn);
  }

  private allot(event: ShareAllotment): void {
    const { articles } = this.company;
    checkShareNumberUnused(this.shares.has(event.shareNumber), event.shareNumber);
    checkAllotmentTerms(event, articles, this.company.incorporatedOn);
    this.checkCanReceive(event.holder, event);
    this.shares.set(event.shareNumber, {
      shareNumber: event.shareNumber,
      shareClass: event.shareClass,
      nominalPence: event.nominalPence,
      paidUpPence: event.paidUpPence,
      holderId: event.holder.memberId,
      issuedOn: event.effectiveOn,
      cancelledOn: null,
      lastChangedOn: event.effectiveOn,
      ...authority(event),
    });
    this.receive(event.holder, event.shareNumber, event.effectiveOn);
  }

  private transfer(event: ShareTransfer): void {
    checkTransferLodged(event);
    const share = this.heldShare(event.shareNumber, event.fromMemberId, event);
    if (event.to.memberId === event.fromMemberId) throw new DomainError('TRANSFER_TO_SAME_MEMBER', 'a share cannot be transferred to its own holder');
    this.checkCanReceive(event.to, event, event.fromMemberId);
    this.release(event.fromMemberId, event.shareNumber, event.effectiveOn);
    // Named fields, not an object rest (which the engine copies slowly): the previous holder's authority goes.
    const { shareNumber, shareClass, nominalPence, paidUpPence, issuedOn, cancelledOn } = share;
    this.shares.set(shareNumber, { shareNumber, shareClass, nominalPence, paidUpPence, holderId: event.to.memberId, issuedOn, cancelledOn, lastChangedOn: event.effectiveOn, ...authority(event) });
    this.receive(event.to, event.shareNumber, event.effectiveOn);
  }

  private cancel(event: ShareCancellation): void {
    const share = this.heldShare(event.shareNumber, event.memberId, event);
    checkForfeitable(event, share);
    checkBuyBackPrice(event, share);
    this.release(event.memberId, event.shareNumber, event.effectiveOn);
    this.shares.set(share.shareNumber, {
      ...share,
      holderId: null,
      cancelledOn: event.effectiveOn,
      lastChangedOn: event.effectiveOn,
    });
  }

  /** The share, checked to be in issue, held by `memberId`, and neither it nor its holder changed after `event`'s date. */
  private heldShare(shareNumber: number, memberId: string, event: ShareEvent): ShareRecord {
    const share = shareInIssue(this.shares.get(shareNumber), shareNumber);
    checkNotBefore(`share ${shareNumber}`, share.lastChangedOn, event, { shareNumber });
    checkHeldBy(share, memberId, event.effectiveOn, (id) => this.members.get(id)?.name);
    checkNotBefore(`member ${memberId}`, this.members.get(memberId)?.lastChangedOn, event, { memberId });
    return share;
  }

  /** `releasingMemberId`: the member the share comes from in the same event (a transfer), if any. */
  private checkCanReceive(holder: Holder, event: ShareEvent, releasingMemberId?: string): void {
    const { articles } = this.company;
    if (articles.memberEligibility === 'practice' && holder.practiceId === null) {
      throw new DomainError(
        'HOLDER_NOT_ELIGIBLE',
        `the articles allow only a GP practice to be a member; ${holder.name} is not linked to a practice`,
        // A new holder's id is not on the register: it is named by its name alone.
        { holder: holder.name, ...(this.members.has(holder.memberId) ? { memberId: holder.memberId } : {}) },
      );
    }
    const existing = this.members.get(holder.memberId);
    checkNotBefore(`member ${holder.memberId}`, existing?.lastChangedOn, event, { memberId: holder.memberId });
    const practiceChangedOn = holder.practiceId === null ? undefined : this.practiceChangedOn.get(holder.practiceId);
    checkNotBefore("the practice's entry", practiceChangedOn, event, { practiceId: holder.practiceId });
    if (articles.oneSharePerMember && existing && existing.shareNumbers.length > 0) {
      const held = existing.shareNumbers[0];
      throw new DomainError('MEMBER_ALREADY_HOLDS_A_SHARE', `${existing.name} already holds share ${held}; each member holds exactly one share`, { memberId: holder.memberId, shareNumber: held });
    }
    const practiceMember = holder.practiceId === null ? undefined : this.practiceMember(holder.practiceId);
    // A practice may pass its share to a new entry for itself (its partners changed) if that leaves it with one member.
    const leavesWithIt =
      practiceMember !== undefined &&
      practiceMember === releasingMemberId &&
      this.members.get(practiceMember)?.shareNumbers.length === 1;
    if (practiceMember !== undefined && practiceMember !== holder.memberId && !leavesWithIt) {
      const name = this.members.get(practiceMember)?.name ?? practiceMember;
      throw new DomainError('PRACTICE_ALREADY_A_MEMBER', `the practice is already on the register as ${name}`, { practiceId: holder.practiceId, memberId: practiceMember });
    }
  }

  private receive(holder: Holder, shareNumber: number, on: CalendarDate): void {
    const existing = this.members.get(holder.memberId);
    const held = existing?.shareNumbers ?? [];
    const wasCurrent = held.length > 0;
    const periods = existing?.periods ?? [];
    const joint = jointHoldersOf(holder);
    this.members.set(holder.memberId, {
      memberId: holder.memberId,
      name: holder.name,
      address: holder.address,
      practiceId: holder.practiceId,
      ...joint,
      periods: wasCurrent ? periods : [...(this.periods === 'all' ? periods : []), { name: holder.name, address: holder.address, ...joint, registeredOn: on, ceasedOn: null }],
      shareNumbers: wasCurrent ? [...held, shareNumber].sort((a, b) => a - b) : [shareNumber],
      lastChangedOn: on,
    });
    if (holder.practiceId !== null) {
      this.practiceMembers.set(holder.practiceId, holder.memberId);
      this.practiceChangedOn.set(holder.practiceId, on);
    }
  }

  private release(memberId: string, shareNumber: number, on: CalendarDate): void {
    const member = this.members.get(memberId);
    if (!member) return; // unreachable: the share's holder is always a member
    const shareNumbers = member.shareNumbers.filter((n) => n !== shareNumber);
    const periods =
      shareNumbers.length > 0
        ? member.periods
        : member.periods.map((p, i) => (i === member.periods.length - 1 ? { ...p, ceasedOn: on } : p));
    this.members.set(memberId, { ...member, shareNumbers, periods, lastChangedOn: on });
    if (member.practiceId !== null) {
      if (shareNumbers.length === 0) this.practiceMembers.delete(member.practiceId);
      this.practiceChangedOn.set(member.practiceId, on);
    }
  }
}

/** `{authorisedBy}` when the event names its authorising resolution; nothing otherwise. */
const authority = (event: ShareEvent): { authorisedBy?: string } => (event.authorisedBy ? { authorisedBy: event.authorisedBy } : {});
