import { isCalendarDate } from '#domain';

/**
 * Checks by hand of the share register's payloads (see `EntryKind.plain`): each passes only what the
 * schema beside it (share-register.codec.ts) passes unchanged, and answers false on anything else, an
 * unusual but valid payload included (joint holders, say), which the schema then reads. Every entry of
 * a ledger passes here when its register is folded or an export verified.
 */

type Fields = Readonly<Record<string, unknown>>;

const isFields = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
/** A whole number from `least` up, as `z.number().int()` reads one. */
const isWhole = (v: unknown, least: number): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= least;
/** The number of members `o` has: equal to the number of known ones found, so there is no other. */
function members(o: Fields): number {
  let n = 0;
  for (const _ in o) n += 1;
  return n;
}
/** 1 when the optional member is there, else 0. */
const there = (v: unknown): number => (v === undefined ? 0 : 1);

/** `authorisedBy`: absent, null or a string. */
const isAuthorisedBy = (v: unknown): boolean => v === undefined || v === null || typeof v === 'string';

/** A holder without joint holders. */
function isPlainHolder(v: unknown): boolean {
  return (
    isFields(v) &&
    isId(v.memberId) &&
    typeof v.name === 'string' &&
    typeof v.address === 'string' &&
    (v.practiceId === null || isId(v.practiceId)) &&
    members(v) === 4
  );
}

export function isPlainAllotment(p: unknown): boolean {
  return (
    isFields(p) &&
    p.type === 'allotment' &&
    isAuthorisedBy(p.authorisedBy) &&
    isWhole(p.shareNumber, 1) &&
    typeof p.shareClass === 'string' &&
    isWhole(p.nominalPence, 0) &&
    isWhole(p.paidUpPence, 0) &&
    isPlainHolder(p.holder) &&
    (p.subscriber === undefined || p.subscriber === true) &&
    members(p) === 6 + there(p.authorisedBy) + there(p.subscriber)
  );
}

export function isPlainTransfer(p: unknown): boolean {
  return (
    isFields(p) &&
    p.type === 'transfer' &&
    isAuthorisedBy(p.authorisedBy) &&
    isWhole(p.shareNumber, 1) &&
    isId(p.fromMemberId) &&
    isPlainHolder(p.to) &&
    isCalendarDate(p.lodgedOn) &&
    members(p) === 5 + there(p.authorisedBy)
  );
}

const REASONS: readonly unknown[] = ['surrender', 'buy-back', 'forfeiture', 'cancellation'];

export function isPlainCancellation(p: unknown): boolean {
  return (
    isFields(p) &&
    p.type === 'cancellation' &&
    isAuthorisedBy(p.authorisedBy) &&
    isWhole(p.shareNumber, 1) &&
    typeof p.memberId === 'string' &&
    REASONS.includes(p.reason) &&
    (p.note === null || typeof p.note === 'string') &&
    (p.solvencyStatementOn === undefined || isCalendarDate(p.solvencyStatementOn)) &&
    (p.courtOrderReference === undefined || typeof p.courtOrderReference === 'string') &&
    (p.forfeitureNoticeOn === undefined || isCalendarDate(p.forfeitureNoticeOn)) &&
    (p.pricePence === undefined || isWhole(p.pricePence, 0)) &&
    members(p) === 5 + there(p.authorisedBy) + there(p.solvencyStatementOn) + there(p.courtOrderReference) + there(p.forfeitureNoticeOn) + there(p.pricePence)
  );
}
