import { isCalendarDate, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { nameKey } from '../share-register/register-of-members';
import { namedBodiesInWords, type NamedAssetLockedBody } from './named-asset-locked-bodies';

/*
 * CI-4 (Community Interest Company Regulations 2005 reg 23): on a winding up, the company's residual
 * assets (what is left once its liabilities and the costs of the winding up are met) go first to its
 * members, each at most the paid-up value of the shares they hold; whatever is left after that goes
 * to the asset-locked body or bodies the articles name, in the proportions the articles provide, or,
 * where the articles name none, as the Regulator of Community Interest Companies directs. This works
 * out that distribution as at a day: a read for the board and the secretary, recording nothing.
 */

/** A member on the register at the end of the day the distribution is worked out for (an s.113 entry), with the shares they hold. */
export interface WindingUpMember {
  readonly memberId: string;
  /** The name the register gives the member (the first-named holder of a joint holding). */
  readonly name: string;
  /** RM-2: the other joint holders, after `name`; absent for a sole holder. */
  readonly jointHolders?: readonly string[];
  /** The shares held, each with the amount paid up on it in whole pence. */
  readonly shares: readonly { readonly shareNumber: number; readonly paidUpPence: number }[];
}

/** What one member would receive: at most the paid-up value of the shares they hold, in whole pence. */
export interface MemberEntitlement {
  readonly memberId: string;
  readonly name: string;
  readonly jointHolders?: readonly string[];
  /** The numbers of the shares held, in ascending order. */
  readonly shareNumbers: readonly number[];
  /** The paid-up value of those shares, in pence: the most the member can receive (reg 23). */
  readonly paidUpPence: number;
  /** What the member would receive, in pence: `paidUpPence`, or their share of residual assets that fall short of the total paid up. */
  readonly entitlementPence: number;
}

/**
 * Who would receive the residue (what is left once the members have their paid-up value): the
 * asset-locked bodies the articles name on the day, in the proportions the articles provide (which the
 * registers do not hold); or, when the articles name none, whoever the CIC Regulator directs.
 */
export type ResidueRecipient =
  | { readonly kind: 'named-asset-locked-bodies'; readonly bodies: readonly NamedAssetLockedBody[]; readonly basis: 'as the articles provide' }
  | { readonly kind: 'as-regulator-directs'; readonly bodies: readonly []; readonly basis: 'as the CIC Regulator directs' };

/** The distribution of the residual assets on a winding up as at a day (CI-4, reg 23). Every amount in whole pence. */
export interface WindingUpDistribution {
  /** The calendar day whose register of members and articles it is worked out from. */
  readonly asAt: CalendarDate;
  readonly residualAssetsPence: number;
  /** The paid-up value of every share held, in pence. */
  readonly totalPaidUpPence: number;
  /** Each member holding a share, in the register's order (by name, then member id). */
  readonly members: readonly MemberEntitlement[];
  /** What the members would receive between them: the residual assets or the total paid up, whichever is less. */
  readonly toMembersPence: number;
  /** Whether every member would receive the whole paid-up value of their shares. */
  readonly membersPaidInFull: boolean;
  /** What is left for the asset-locked bodies, or as the Regulator directs: the residual assets less `toMembersPence`. */
  readonly residuePence: number;
  readonly residueTo: ResidueRecipient;
}

/** What the distribution is worked out from. */
export interface WindingUpInput {
  /** The calendar day (YYYY-MM-DD) whose register and articles are read. */
  readonly asAt: CalendarDate;
  /** The members on the register at the end of `asAt`; a member holding no share has no entitlement and is left out. */
  readonly members: readonly WindingUpMember[];
  /** The residual assets, in whole pence: what is left after the creditors and the costs of the winding up. */
  readonly residualAssetsPence: number;
  /** The asset-locked bodies the articles name on `asAt` (`namedAssetLockedBodiesOn`). */
  readonly namedBodies: readonly NamedAssetLockedBody[];
}

/**
 * CI-4 (CIC Regulations 2005 reg 23): how the residual assets would be distributed on a winding up as
 * at `asAt`. Each member receives the paid-up value of their shares; when the residual assets are less
 * than the total paid up, they are shared in proportion to the paid-up values, in whole pence, by the
 * largest remainder (each member's exact share rounded down, and the pence left over given one each
 * to the members with the largest fractions, ties in the register's order), so the members' parts add
 * up exactly to the residual assets and none exceeds the paid-up value. The residue goes to the
 * asset-locked bodies the articles name, as the articles provide, or, when they name none, as the CIC
 * Regulator directs.
 * @throws DomainError `INVALID_RESIDUAL_ASSETS` (field `residualAssetsPence`) unless the residual assets
 * are a whole number of pence from 0 to `Number.MAX_SAFE_INTEGER`; `INVALID_PAID_UP_VALUE` (field
 * `members.N.shares.M.paidUpPence`, or `members` for a total beyond that) for a share's amount paid up
 * that is not; `INVALID_DATE` (field `asAt`) for a day that is not a calendar date.
 */
export function windingUpDistribution(input: WindingUpInput): WindingUpDistribution {
  const { asAt, residualAssetsPence } = input;
  if (!isCalendarDate(asAt)) throw new DomainError('INVALID_DATE', 'asAt must be a calendar date YYYY-MM-DD', { field: 'asAt' });
  if (!isPence(residualAssetsPence)) {
    throw new DomainError('INVALID_RESIDUAL_ASSETS', { text: 'the residual assets must be a whole number of pence from 0 to {mostPence}', rule: 'CI-4' }, { field: 'residualAssetsPence', residualAssetsPence, mostPence: Number.MAX_SAFE_INTEGER });
  }
  const holders = holdersInOrder(input.members);
  const totalPaidUp = holders.reduce((sum, h) => sum + BigInt(h.paidUpPence), 0n);
  if (totalPaidUp > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new DomainError('INVALID_PAID_UP_VALUE', { text: 'the shares’ amounts paid up add up to more than {mostPence} pence', rule: 'CI-4' }, { field: 'members', mostPence: Number.MAX_SAFE_INTEGER });
  }
  const residual = BigInt(residualAssetsPence);
  const parts = residual >= totalPaidUp ? holders.map((h) => BigInt(h.paidUpPence)) : largestRemainder(residual, holders.map((h) => BigInt(h.paidUpPence)));
  const members = holders.map((h, i): MemberEntitlement => ({ ...h, entitlementPence: Number(parts[i]) }));
  const toMembers = residual < totalPaidUp ? residual : totalPaidUp;
  return {
    asAt,
    residualAssetsPence,
    totalPaidUpPence: Number(totalPaidUp),
    members,
    toMembersPence: Number(toMembers),
    membersPaidInFull: residual >= totalPaidUp,
    residuePence: Number(residual - toMembers),
    residueTo: residueRecipient(input.namedBodies),
  };
}

/** CI-4: who receives the residue, given the bodies the articles name on the day. */
export function residueRecipient(namedBodies: readonly NamedAssetLockedBody[]): ResidueRecipient {
  if (namedBodies.length === 0) return { kind: 'as-regulator-directs', bodies: [], basis: 'as the CIC Regulator directs' };
  return { kind: 'named-asset-locked-bodies', bodies: namedBodies.map((b) => ({ name: b.name, registrationNumber: b.registrationNumber })), basis: 'as the articles provide' };
}

/**
 * The residue's recipient in words: "to Example Community Trust (No. 1234567), as the articles
 * provide"; with more than one body, "to … and …, in the proportions the articles provide"; none
 * named, "as the CIC Regulator directs".
 */
export function residueRecipientInWords(recipient: ResidueRecipient): string {
  return recipient.kind === 'as-regulator-directs' ? recipient.basis : `to ${residueBodiesInWords(recipient.bodies)}`;
}

/**
 * The named bodies that would receive the residue, in words: "Example Community Trust (No. 1234567),
 * as the articles provide"; with more than one, "… and …, in the proportions the articles provide".
 */
export function residueBodiesInWords(bodies: readonly NamedAssetLockedBody[]): string {
  return `${namedBodiesInWords(bodies)}, ${bodies.length > 1 ? 'in the proportions the articles provide' : 'as the articles provide'}`;
}

/** Whole pence a distribution can be made in: a safe integer from 0. */
function isPence(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

type Holder = Omit<MemberEntitlement, 'entitlementPence'>;

/** The members holding shares, their paid-up values checked and added, in the register's order: by name (case-insensitive), then member id. */
function holdersInOrder(members: readonly WindingUpMember[]): Holder[] {
  const holders: Holder[] = [];
  members.forEach((member, i) => {
    if (member.shares.length === 0) return;
    let paidUp = 0n;
    member.shares.forEach((share, j) => {
      if (!isPence(share.paidUpPence)) {
        throw new DomainError(
          'INVALID_PAID_UP_VALUE',
          { text: 'the amount paid up on share {shareNumber} must be a whole number of pence from 0 to {mostPence}', rule: 'CI-4' },
          { field: `members.${i}.shares.${j}.paidUpPence`, memberId: member.memberId, shareNumber: share.shareNumber, mostPence: Number.MAX_SAFE_INTEGER },
        );
      }
      paidUp += BigInt(share.paidUpPence);
    });
    if (paidUp > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new DomainError('INVALID_PAID_UP_VALUE', { text: 'the shares’ amounts paid up add up to more than {mostPence} pence', rule: 'CI-4' }, { field: 'members', mostPence: Number.MAX_SAFE_INTEGER });
    }
    holders.push({
      memberId: member.memberId,
      name: member.name,
      ...(member.jointHolders && member.jointHolders.length > 0 ? { jointHolders: [...member.jointHolders] } : {}),
      shareNumbers: member.shares.map((s) => s.shareNumber).sort((a, b) => a - b),
      paidUpPence: Number(paidUp),
    });
  });
  return holders.sort((a, b) => compareText(nameKey(a.name), nameKey(b.name)) || compareText(a.memberId, b.memberId));
}

/**
 * `whole` (less than the sum of `weights`) shared in proportion to `weights`, in whole units: each
 * part its exact share rounded down, and the units left over one each to the parts with the largest
 * remainders, ties to the earlier part. The parts add up to `whole`; none exceeds its weight.
 */
function largestRemainder(whole: bigint, weights: readonly bigint[]): bigint[] {
  const total = weights.reduce((a, b) => a + b, 0n);
  if (total === 0n) return weights.map(() => 0n);
  const parts = weights.map((w) => (whole * w) / total);
  const remainders = weights.map((w, i) => ({ i, remainder: (whole * w) % total }));
  let left = whole - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.i - b.i : a.remainder > b.remainder ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    parts[i]! += 1n;
    left -= 1n;
  }
  return parts;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
