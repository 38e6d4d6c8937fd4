import { addMonths, compareDates, type CalendarDate, type Instant } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { Company } from '../company/company';
import type { ShareCorrection } from './corrections';
import type { MemberRecord } from './register-records';
import type { Holder, ShareEvent, ShareTransfer } from './share-event';
import { ShareRegister } from './share-register';
import { checkHeldBy, shareInIssue } from './share-rules';

interface LodgedTransferEventBase {
  /** The ledger sequence of the entry, as a string. */
  readonly eventId: string;
  readonly effectiveOn: CalendarDate;
  readonly recordedAt: Instant;
}

/**
 * An instrument of transfer lodged with the company (s.770). Nothing changes on the register yet;
 * the company must register the transfer or send a notice of refusal with reasons within two months
 * (s.771, SH-3). The transfer's id is this event's id.
 */
export interface TransferLodged extends LodgedTransferEventBase {
  readonly type: 'lodged';
  readonly shareNumber: number;
  /** The transferor named on the instrument. */
  readonly fromMemberId: string;
  /** The transferee, as they would be entered on the register. */
  readonly to: Holder;
}

/** A lodged transfer registered: `registeredAs` is the id of the share transfer entered on the register. */
export interface TransferRegistered extends LodgedTransferEventBase {
  readonly type: 'registered';
  readonly transferId: string;
  readonly registeredAs: string;
}

/** A lodged transfer refused (s.771): `effectiveOn` is the day the notice of refusal with reasons was sent. */
export interface TransferRefused extends LodgedTransferEventBase {
  readonly type: 'refused';
  readonly transferId: string;
  readonly reasons: string;
}

/** One entry about a lodged transfer. */
export type LodgedTransferEvent = TransferLodged | TransferRegistered | TransferRefused;

/**
 * `corrected`: registered, but the share transfer entered for it was later voided by a correcting
 * entry (RM-4, SR-4; see {@link withCorrections}).
 */
export type LodgedTransferStatus = 'lodged' | 'registered' | 'refused' | 'corrected';

/** A lodged transfer and the decision on it (SH-3). */
export interface LodgedTransfer {
  readonly transferId: string;
  readonly shareNumber: number;
  readonly fromMemberId: string;
  readonly to: Holder;
  readonly lodgedOn: CalendarDate;
  /** Two months after lodging (s.771): register or refuse by then. */
  readonly decisionDueOn: CalendarDate;
  readonly status: LodgedTransferStatus;
  readonly registeredOn: CalendarDate | null;
  /** The id of the share transfer entered on the register, once registered. */
  readonly registeredAs: string | null;
  readonly refusedOn: CalendarDate | null;
  /** The reasons given in the notice of refusal. */
  readonly reasons: string | null;
  /** RM-4, SR-4: the id of the correcting entry that voided the share transfer registered for it; null while it stands. */
  readonly correctedBy: string | null;
  /** The id of the entry in force in its place after every later correction (a replacement's id is its correction's); null when voided without one. */
  readonly replacedBy: string | null;
}

/** The lodged transfers after `event`, by transfer id; throws like {@link checkTransferDecision}. */
export function evolveLodgedTransfers(state: ReadonlyMap<string, LodgedTransfer>, event: LodgedTransferEvent): Map<string, LodgedTransfer> {
  const next = new Map(state);
  if (event.type === 'lodged') {
    next.set(event.eventId, {
      transferId: event.eventId,
      shareNumber: event.shareNumber,
      fromMemberId: event.fromMemberId,
      to: event.to,
      lodgedOn: event.effectiveOn,
      decisionDueOn: addMonths(event.effectiveOn, 2),
      status: 'lodged',
      registeredOn: null,
      registeredAs: null,
      refusedOn: null,
      reasons: null,
      correctedBy: null,
      replacedBy: null,
    });
    return next;
  }
  const transfer = checkTransferDecision(state.get(event.transferId), event.transferId, event.effectiveOn);
  next.set(
    event.transferId,
    event.type === 'registered'
      ? { ...transfer, status: 'registered', registeredOn: event.effectiveOn, registeredAs: event.registeredAs }
      : { ...transfer, status: 'refused', refusedOn: event.effectiveOn, reasons: event.reasons },
  );
  return next;
}

/** Folds lodged-transfer events (in recorded order) into the transfers by id. */
export function lodgedTransfers(events: Iterable<LodgedTransferEvent>): Map<string, LodgedTransfer> {
  let state = new Map<string, LodgedTransfer>();
  for (const event of events) state = evolveLodgedTransfers(state, event);
  return state;
}

/**
 * RM-4, SR-4: the lodged transfers as the register now stands, with `corrections` (any order)
 * applied: a registered transfer whose share transfer entry was voided is `corrected`, naming the
 * correcting entry (`correctedBy`) and the entry in force in its place (`replacedBy`), following a
 * replacement that was itself corrected to the last one, or null when the last voided it outright.
 */
export function withCorrections(transfers: ReadonlyMap<string, LodgedTransfer>, corrections: readonly ShareCorrection[]): Map<string, LodgedTransfer> {
  const byCorrected = new Map(corrections.map((c) => [c.correctsEventId, c]));
  const next = new Map<string, LodgedTransfer>();
  for (const [id, transfer] of transfers) {
    const first = transfer.registeredAs === null ? undefined : byCorrected.get(transfer.registeredAs);
    if (first === undefined) {
      next.set(id, transfer);
      continue;
    }
    let last = first;
    for (let later = byCorrected.get(last.eventId); last.replacement !== null && later !== undefined; later = byCorrected.get(last.eventId)) last = later;
    next.set(id, { ...transfer, status: 'corrected', correctedBy: first.eventId, replacedBy: last.replacement === null ? null : last.eventId });
  }
  return next;
}

/**
 * SH-3: a decision (registration or refusal) on a lodged transfer. Throws `TRANSFER_NOT_LODGED` when
 * there is no such transfer, `TRANSFER_ALREADY_DECIDED` (details `transferId`, `status`, `on`, the day
 * decided) when it was registered or refused before,
 * `TRANSFER_DECIDED_BEFORE_LODGED` when `decidedOn` is before the day it was lodged. A decision after
 * the two months is still recorded: the s.771 duty then shows as done late.
 */
export function checkTransferDecision(transfer: LodgedTransfer | undefined, transferId: string, decidedOn: CalendarDate): LodgedTransfer {
  if (!transfer) {
    throw new DomainError('TRANSFER_NOT_LODGED', `no transfer ${transferId} has been lodged`, { transferId });
  }
  if (transfer.status !== 'lodged') {
    const on = transfer.status === 'refused' ? transfer.refusedOn : transfer.registeredOn;
    throw new DomainError('TRANSFER_ALREADY_DECIDED', `transfer ${transferId} was ${transfer.status} on ${on}`, {
      transferId,
      status: transfer.status,
      on,
    });
  }
  if (compareDates(decidedOn, transfer.lodgedOn) < 0) {
    throw new DomainError(
      'TRANSFER_DECIDED_BEFORE_LODGED',
      `transfer ${transferId} was lodged on ${transfer.lodgedOn}; it cannot be decided on ${decidedOn}`,
      { transferId, lodgedOn: transfer.lodgedOn },
    );
  }
  return transfer;
}

/** The share transfer that registers a lodged one (s.770): its share, transferor, transferee and lodging date. */
export function registrationOf(
  transfer: LodgedTransfer,
  entry: { eventId: string; effectiveOn: CalendarDate; recordedAt: Instant; authorisedBy: string | null },
): ShareTransfer {
  checkTransferDecision(transfer, transfer.transferId, entry.effectiveOn);
  return {
    type: 'transfer',
    ...entry,
    shareNumber: transfer.shareNumber,
    fromMemberId: transfer.fromMemberId,
    to: transfer.to,
    lodgedOn: transfer.lodgedOn,
  };
}

/** Checks a refusal's reasons: s.771 requires the notice to give them (`TRANSFER_REFUSAL_WITHOUT_REASONS`). */
export function checkRefusalReasons(reasons: string): void {
  if (reasons.trim() === '') {
    throw new DomainError('TRANSFER_REFUSAL_WITHOUT_REASONS', 'a notice of refusal must give the reasons for refusing (s.771)');
  }
}

/** What lodging an instrument of transfer is checked against: the register's events (after corrections) and the instrument. */
export interface Lodging {
  readonly company: Company;
  readonly shareEvents: readonly ShareEvent[];
  readonly shareNumber: number;
  readonly fromMemberId: string;
  readonly lodgedOn: CalendarDate;
}

/**
 * SH-3: an instrument of transfer can be lodged only for a share in issue on the day it is lodged and
 * held that day by the transferor it names, with the same rules (and errors) as registering a transfer:
 * `SHARE_NOT_ISSUED`, `SHARE_ALREADY_CANCELLED`, `SHARE_NOT_HELD_BY_MEMBER` ("share 9 was held by X on
 * that date, not Y"). Nothing else is checked until registration. Returns the register as at `lodgedOn`.
 */
export function checkLodging(lodging: Lodging): ShareRegister {
  const upToLodging = lodging.shareEvents.filter((e) => compareDates(e.effectiveOn, lodging.lodgedOn) <= 0);
  const register = ShareRegister.fold(lodging.company, upToLodging);
  const share = shareInIssue(register.share(lodging.shareNumber), lodging.shareNumber);
  checkHeldBy(share, lodging.fromMemberId, lodging.lodgedOn, (id) => register.member(id)?.name);
  return register;
}

/**
 * SH-3: an instrument of transfer passes the share to another holder. Throws `TRANSFER_TO_SAME_MEMBER`
 * (422) when the transferee is the transferor (`to.memberId` equal to `fromMemberId`), as registering it
 * would: refused when it is lodged, so no s.771 decision is owed for it. A practice passing its share to
 * a new entry for itself (its partners changed) is a transfer to another holder and is not refused here.
 */
export function checkTransferToAnother(fromMemberId: string, to: Holder): void {
  if (to.memberId === fromMemberId) throw new DomainError('TRANSFER_TO_SAME_MEMBER', 'a share cannot be transferred to its own holder');
}

/**
 * SH-3, s.771: an instrument is lodged once. Throws `TRANSFER_ALREADY_LODGED` (409) when an instrument
 * of transfer of the same share from the same transferor to the same transferee (the same member, or the
 * same name, address, practice and joint holders), lodged on any day, is still `lodged`, neither
 * registered nor refused by a notice of refusal: the same instrument recorded again, which would owe a
 * second decision (s.771) for one instrument. An instrument of the same share to another transferee is
 * a lodging of its own (the directors decide each, registering one at most). Details: `transferId` (the
 * earlier instrument's), `shareNumber`, `lodgedOn` (its lodging date, YYYY-MM-DD).
 */
export function checkNotLodgedAlready(transfers: Iterable<LodgedTransfer>, lodging: { readonly shareNumber: number; readonly fromMemberId: string; readonly to: Holder }): void {
  const sameHolder = (a: Holder, b: Holder) =>
    a.memberId === b.memberId ||
    (a.name === b.name && a.address === b.address && a.practiceId === b.practiceId && JSON.stringify(a.jointHolders ?? []) === JSON.stringify(b.jointHolders ?? []));
  for (const t of transfers) {
    if (t.status === 'lodged' && t.shareNumber === lodging.shareNumber && t.fromMemberId === lodging.fromMemberId && sameHolder(t.to, lodging.to)) {
      throw new DomainError(
        'TRANSFER_ALREADY_LODGED',
        {
          text: 'this instrument of transfer of share {shareNumber} to {transferee} was lodged on {lodgedOn} (transfer {transferId}) and still awaits the directors\' decision: register it or send notice of refusal',
          rule: 's.771',
        },
        { transferId: t.transferId, shareNumber: t.shareNumber, lodgedOn: t.lodgedOn, transferee: t.to.name },
      );
    }
  }
}

/**
 * SH-3: the member a transfer lodged to `practiceId` goes to when the practice is already on the
 * register (as at the lodging day): its current entry, so no second member id is invented for it;
 * undefined when it has none, or when that entry is the transferor (the practice passing its share
 * to a new entry for itself, its partners having changed).
 */
export function practiceTransferee(register: ShareRegister, practiceId: string, fromMemberId: string): MemberRecord | undefined {
  const member = register.allMembers().find((m) => m.practiceId === practiceId && m.shareNumbers.length > 0);
  return member === undefined || member.memberId === fromMemberId ? undefined : member;
}

/**
 * IN-4 (s.120): the transfers lodged on or before `on` (a calendar date) and, at the end of that day,
 * neither registered nor refused: alterations of the register still to be made then. Undefined
 * `registeredOn` / `refusedOn` dates, or ones after `on`, leave a transfer undecided that day.
 */
export function transfersUndecidedOn(transfers: Iterable<LodgedTransfer>, on: CalendarDate): LodgedTransfer[] {
  const by = (day: CalendarDate | null) => day !== null && compareDates(day, on) <= 0;
  return [...transfers].filter((t) => by(t.lodgedOn) && !by(t.registeredOn) && !by(t.refusedOn));
}
