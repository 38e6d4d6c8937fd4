import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { RegisterEntry, RegisterOfMembers } from '../share-register/register-of-members';
import type { BuyBackSeller } from './resolution';

/**
 * A member as counted for a resolution: one vote for each share held on the snapshot date (a poll or
 * a written resolution), and the nominal value of those shares (for agreement to short notice).
 */
export interface VotingMember {
  readonly memberId: string;
  readonly name: string;
  readonly votes: number;
  readonly nominalPence: number;
}

/**
 * Where the members come from: the register of members as at the snapshot date, or the entries of
 * that register (`registerOfMembers(company, events, { asAt, status: 'current' }).entries`).
 */
export type MembersSource = RegisterOfMembers | readonly RegisterEntry[];

/**
 * The members holding shares at the end of `on`, with their voting rights, ordered as the register
 * is. A {@link RegisterOfMembers} must be as at `on` (`REGISTER_NOT_AS_AT_DATE` otherwise); loose
 * entries are kept only if their period of membership covers `on` and they show shares.
 */
export function votingMembersAsAt(source: MembersSource, on: CalendarDate): VotingMember[] {
  if (isRegister(source) && source.asAt !== on) {
    throw new DomainError(
      'REGISTER_NOT_AS_AT_DATE',
      `the register given is as at ${source.asAt}; the members must be taken as at ${on}`,
      { asAt: source.asAt, wanted: on },
    );
  }
  const entries = isRegister(source) ? source.entries : source;
  const byMember = new Map<string, VotingMember>();
  for (const entry of entries) {
    const covers =
      compareDates(entry.registeredOn, on) <= 0 && (entry.ceasedOn === null || compareDates(on, entry.ceasedOn) < 0);
    if (!covers || entry.shares.length === 0) continue;
    const before = byMember.get(entry.memberId);
    byMember.set(entry.memberId, {
      memberId: entry.memberId,
      name: entry.name,
      votes: (before?.votes ?? 0) + entry.shares.length,
      nominalPence: (before?.nominalPence ?? 0) + entry.shares.reduce((sum, s) => sum + s.nominalPence, 0),
    });
  }
  return [...byMember.values()];
}

/**
 * The members holding any of `shareNumbers` at the end of `on` (entries as {@link votingMembersAsAt}
 * keeps them), each once with the name the register gives them: the holders of the shares a buy-back
 * resolution relates to, the selling members (SR-2, s.695).
 */
export function holdersAsAt(source: MembersSource, on: CalendarDate, shareNumbers: ReadonlySet<number>): BuyBackSeller[] {
  const holders = new Map<string, BuyBackSeller>();
  if (shareNumbers.size === 0) return [];
  for (const entry of isRegister(source) ? source.entries : source) {
    const covers = compareDates(entry.registeredOn, on) <= 0 && (entry.ceasedOn === null || compareDates(on, entry.ceasedOn) < 0);
    if (covers && !holders.has(entry.memberId) && entry.shares.some((s) => shareNumbers.has(s.shareNumber))) {
      holders.set(entry.memberId, { memberId: entry.memberId, name: entry.name });
    }
  }
  return [...holders.values()];
}

/** Total voting rights of `members`. */
export function totalVotes(members: readonly VotingMember[]): number {
  return members.reduce((sum, m) => sum + m.votes, 0);
}

function isRegister(source: MembersSource): source is RegisterOfMembers {
  return !Array.isArray(source);
}

/**
 * MT-1, s.307(5)–(6): consent to short notice is given by a member: on the day it is given
 * (`agreedOn`, with the register that day in `members`) the member named by `entry` must be on the
 * register. Throws `MEMBER_NOT_ELIGIBLE` (details `memberId`, `member`, `agreedOn`), nothing recorded.
 */
export function checkConsentGivenAsMember(members: MembersSource, entry: VotingMember, agreedOn: CalendarDate): void {
  if (votingMembersAsAt(members, agreedOn).some((m) => m.memberId === entry.memberId)) return;
  throw new DomainError(
    'MEMBER_NOT_ELIGIBLE',
    { text: '{member} was not on the register of members on {agreedOn}, the day the consent to short notice is dated, so could not give it as a member (s.307(5)): date it on or after the day the member was entered' },
    { memberId: entry.memberId, member: entry.name, agreedOn },
  );
}
