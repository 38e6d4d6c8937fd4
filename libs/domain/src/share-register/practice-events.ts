import { compareDates, type CalendarDate, type Instant } from '../calendar/calendar-date';
import type { Practice } from '../company/company';
import { DomainError } from '../errors';

/*
 * The borough's list of GP practices: the bodies eligible to be members of a practice-owned company
 * (RM-2: a practice is modelled apart from the member entered for it). The practices the company
 * started with are given; every later admission, change of particulars and closure is a ledger event.
 */

/** A practice joins the borough's list on `effectiveOn`: from then on it may be admitted as a member (RM-1). */
export interface PracticeAdmitted {
  readonly type: 'practice-admitted';
  readonly effectiveOn: CalendarDate;
  readonly practiceId: string;
  readonly odsCode: string;
  readonly name: string;
  readonly address: string;
  /** The network it joins the same day, if any. */
  readonly networkId: string | null;
}

/** The practice's name or address changes from `effectiveOn` (RM-3); `recordedAt` is when it was entered. */
export interface PracticeParticularsChanged {
  readonly type: 'practice-particulars-changed';
  readonly effectiveOn: CalendarDate;
  readonly recordedAt: Instant;
  readonly practiceId: string;
  readonly name: string;
  readonly address: string;
}

/** Why a practice ceased (SH-5). */
export type PracticeClosureReason = 'closed' | 'merged' | 'contract-ended';

/** The practice ceases on `effectiveOn` (SH-5): it leaves its network and is no longer eligible to hold a share. */
export interface PracticeClosed {
  readonly type: 'practice-closed';
  readonly effectiveOn: CalendarDate;
  readonly practiceId: string;
  readonly reason: PracticeClosureReason;
  /** The practice that carries on its patients and partners (a merger's), if any. */
  readonly successorPracticeId: string | null;
  /** The ledger sequence of the entry, to name the duty it raises. */
  readonly eventId: string;
}

/** A change to the list of GP practices eligible to hold a share: one admitted, its particulars changed, or closed (or merged into a successor). */
export type PracticeEvent = PracticeAdmitted | PracticeParticularsChanged | PracticeClosed;

/** One version of a practice's particulars, in force from `from`; `recordedAt` null for the first. */
export interface PracticeParticulars {
  readonly from: CalendarDate | null;
  readonly name: string;
  readonly address: string;
  readonly recordedAt: Instant | null;
}

/** A practice on the list, with its history. */
export interface ListedPractice {
  readonly practiceId: string;
  readonly odsCode: string;
  /** Null for a practice the company started with. */
  readonly admittedOn: CalendarDate | null;
  /** Oldest first. */
  readonly particulars: readonly PracticeParticulars[];
  readonly closure: { readonly on: CalendarDate; readonly reason: PracticeClosureReason; readonly successorPracticeId: string | null; readonly eventId: string } | null;
}

/** The practices the company has listed, by practice id, each with its particulars over time and its closure if any. */
export type PracticeList = ReadonlyMap<string, ListedPractice>;

/** The list the company started with (the practices entered with it), before any event. */
export function practiceList(practices: readonly Practice[]): PracticeList {
  return new Map(
    practices.map((p) => [
      p.id,
      { practiceId: p.id, odsCode: p.odsCode, admittedOn: null, particulars: [{ from: null, name: p.name, address: p.address, recordedAt: null }], closure: null },
    ]),
  );
}

/**
 * The list after `event`. Throws `PRACTICE_ALREADY_LISTED` (an id or ODS code already used),
 * `PRACTICE_UNKNOWN`, `PRACTICE_CLOSED` (a change or closure on or after its closure),
 * `EVENT_PREDATES_DEPENDENCY` (a change dated before the practice's last one),
 * `PRACTICE_SUCCESSOR_INVALID` (a successor that is the practice itself, not listed, or closed that day,
 * a merger without one, or a successor named for a closure that is no merger),
 * and `PARTICULARS_UNCHANGED`.
 */
export function evolvePractices(list: PracticeList, event: PracticeEvent): PracticeList {
  const next = new Map(list);
  switch (event.type) {
    case 'practice-admitted': {
      const clash = [...list.values()].find((p) => p.practiceId === event.practiceId || p.odsCode === event.odsCode);
      if (clash) {
        throw new DomainError('PRACTICE_ALREADY_LISTED', `${currentName(clash)} (${clash.odsCode}) is already on the list as ${clash.practiceId}`, { practiceId: clash.practiceId });
      }
      next.set(event.practiceId, {
        practiceId: event.practiceId,
        odsCode: event.odsCode,
        admittedOn: event.effectiveOn,
        particulars: [{ from: event.effectiveOn, name: event.name, address: event.address, recordedAt: null }],
        closure: null,
      });
      return next;
    }
    case 'practice-particulars-changed': {
      const practice = openPractice(list, event.practiceId, event.effectiveOn);
      const last = practice.particulars[practice.particulars.length - 1];
      if (last.from !== null && compareDates(event.effectiveOn, last.from) < 0) {
        throw new DomainError('EVENT_PREDATES_DEPENDENCY', `${last.name}'s particulars last changed on ${last.from}; a later change cannot take effect on ${event.effectiveOn}`, {
          practiceId: event.practiceId,
          lastChangedOn: last.from,
        });
      }
      if (last.name === event.name && last.address === event.address) {
        throw new DomainError('PARTICULARS_UNCHANGED', `${last.name}'s name and address are already as given`, { practiceId: event.practiceId });
      }
      const version = { from: event.effectiveOn, name: event.name, address: event.address, recordedAt: event.recordedAt };
      next.set(event.practiceId, { ...practice, particulars: [...practice.particulars, version] });
      return next;
    }
    case 'practice-closed': {
      const practice = list.get(event.practiceId);
      if (practice?.closure) {
        throw new DomainError('PRACTICE_CLOSED', `${currentName(practice)} already ceased on ${practice.closure.on} (${practice.closure.reason}); a practice ceases once`, {
          practiceId: event.practiceId,
        });
      }
      const open = openPractice(list, event.practiceId, event.effectiveOn);
      checkNotBeforeLaterRecords(list, event);
      if (event.reason === 'merged' && event.successorPracticeId === null) {
        throw new DomainError('PRACTICE_SUCCESSOR_INVALID', 'a practice that merged names the practice it merged into (successorPracticeId)', { practiceId: event.practiceId });
      }
      if (event.successorPracticeId === event.practiceId) {
        throw new DomainError('PRACTICE_SUCCESSOR_INVALID', { text: 'a practice cannot merge into itself: name the practice it merged into', rule: 'SH-5' }, {
          practiceId: event.practiceId,
          field: 'successorPracticeId',
          successorPracticeId: event.successorPracticeId,
        });
      }
      if (event.successorPracticeId !== null) {
        if (!isEligible(list, event.successorPracticeId, event.effectiveOn)) {
          throw new DomainError('PRACTICE_SUCCESSOR_INVALID', `the successor ${event.successorPracticeId} must be another practice on the list and open on ${event.effectiveOn}`, {
            successorPracticeId: event.successorPracticeId,
          });
        }
      }
      const closure = { on: event.effectiveOn, reason: event.reason, successorPracticeId: event.successorPracticeId, eventId: event.eventId };
      next.set(event.practiceId, { ...open, closure });
      return next;
    }
  }
}

/**
 * The list with `event` added to a history already recorded: `event` checked against the list the
 * history gives (`evolvePractices`), then the whole history folded again in effective order with it,
 * so that a back-dated entry that would leave a later one invalid is refused rather than recorded.
 * Throws what `evolvePractices` throws; `EVENT_PREDATES_DEPENDENCY` when a later entry no longer holds.
 */
export function addPracticeEvent(start: PracticeList, history: readonly PracticeEvent[], event: PracticeEvent): PracticeList {
  // SH-5: only a merger names a successor. Checked on recording only, so that a closure recorded with one before still folds.
  if (event.type === 'practice-closed' && event.successorPracticeId !== null && event.reason !== 'merged') {
    throw new DomainError(
      'PRACTICE_SUCCESSOR_INVALID',
      { text: `only a merger names a successor practice: leave the successor out for a practice that ${event.reason === 'closed' ? 'closed' : 'ceased when its GP contract ended'}, or record a merger`, rule: 'SH-5' },
      { practiceId: event.practiceId, field: 'successorPracticeId', successorPracticeId: event.successorPracticeId },
    );
  }
  evolvePractices(foldPractices(start, history), event);
  try {
    return foldPractices(start, [...history, event]);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new DomainError('EVENT_PREDATES_DEPENDENCY', `the entry dated ${event.effectiveOn} would leave a later entry of the practice list invalid: ${error.message}`, {
      practiceId: event.practiceId,
    });
  }
}

/** Folds the events (in effective order; same-day events in the order given) onto the starting list. */
export function foldPractices(start: PracticeList, events: readonly PracticeEvent[]): PracticeList {
  return [...events].sort((a, b) => compareDates(a.effectiveOn, b.effectiveOn)).reduce(evolvePractices, start);
}

/** On the list on `on` and not closed by then: eligible to hold a share (SH-5). */
export function isEligible(list: PracticeList, practiceId: string, on: CalendarDate): boolean {
  const p = list.get(practiceId);
  if (!p) return false;
  if (p.admittedOn !== null && compareDates(on, p.admittedOn) < 0) return false;
  return p.closure === null || compareDates(on, p.closure.on) < 0;
}

/**
 * Throws `PRACTICE_NOT_ELIGIBLE` unless the practice may receive a share on `on`: on the list by then
 * (admitted) and not closed (SH-5: at most one share per current borough practice).
 */
export function checkPracticeEligible(list: PracticeList, practiceId: string, on: CalendarDate): void {
  if (isEligible(list, practiceId, on)) return;
  const p = list.get(practiceId);
  const why = !p ? 'is not on the list' : p.closure && compareDates(on, p.closure.on) >= 0 ? `ceased on ${p.closure.on} (${p.closure.reason})` : `joins the list only on ${p.admittedOn}`;
  throw new DomainError('PRACTICE_NOT_ELIGIBLE', `practice ${practiceId} ${why}; it cannot be a member on ${on}`, { practiceId });
}

/** The practice's particulars in force at the end of `on`. */
export function particularsOn(practice: ListedPractice, on: CalendarDate): PracticeParticulars {
  const inForce = practice.particulars.filter((v) => v.from === null || compareDates(v.from, on) <= 0);
  return inForce[inForce.length - 1] ?? practice.particulars[0];
}

/**
 * The practice as the list stood at the end of `on` (SH-5, RM-3): a closure only when it took effect by
 * then, and only the versions of its particulars in force by then, so a later closure or change is not
 * shown as at an earlier day.
 */
export function practiceAsAt(practice: ListedPractice, on: CalendarDate): ListedPractice {
  const particulars = practice.particulars.filter((v, i) => i === 0 || v.from === null || compareDates(v.from, on) <= 0);
  const closure = practice.closure !== null && compareDates(practice.closure.on, on) <= 0 ? practice.closure : null;
  return { ...practice, particulars, closure };
}

function currentName(p: ListedPractice): string {
  return p.particulars[p.particulars.length - 1].name;
}

/**
 * A closure may not be dated before the practice's last change of particulars, nor before a merger
 * already recorded that names the practice as its successor on or after that date.
 */
function checkNotBeforeLaterRecords(list: PracticeList, event: Extract<PracticeEvent, { type: 'practice-closed' }>): void {
  const practice = list.get(event.practiceId)!;
  const last = practice.particulars[practice.particulars.length - 1];
  if (last.from !== null && compareDates(event.effectiveOn, last.from) < 0) {
    throw new DomainError('EVENT_PREDATES_DEPENDENCY', `${last.name}'s particulars changed on ${last.from}; it cannot have ceased before, on ${event.effectiveOn}`, {
      practiceId: event.practiceId,
      lastChangedOn: last.from,
    });
  }
  const merged = [...list.values()].find((p) => p.closure?.successorPracticeId === event.practiceId && compareDates(p.closure.on, event.effectiveOn) >= 0);
  if (merged?.closure) {
    throw new DomainError('EVENT_PREDATES_DEPENDENCY', `${currentName(merged)} passed to ${currentName(practice)} on ${merged.closure.on}; ${currentName(practice)} cannot have ceased before that`, {
      practiceId: event.practiceId,
      lastChangedOn: merged.closure.on,
    });
  }
}

function openPractice(list: PracticeList, practiceId: string, on: CalendarDate): ListedPractice {
  const practice = list.get(practiceId);
  if (!practice) throw new DomainError('PRACTICE_UNKNOWN', `no practice ${practiceId} is on the list`, { practiceId });
  if (practice.closure !== null && compareDates(on, practice.closure.on) >= 0) {
    throw new DomainError('PRACTICE_CLOSED', `${currentName(practice)} ceased on ${practice.closure.on} (${practice.closure.reason})`, { practiceId });
  }
  if (practice.admittedOn !== null && compareDates(on, practice.admittedOn) < 0) {
    throw new DomainError('EVENT_PREDATES_DEPENDENCY', `${currentName(practice)} joined the list on ${practice.admittedOn}, after ${on}`, { practiceId, lastChangedOn: practice.admittedOn });
  }
  return practice;
}
