import { checkDatedInCompanyLife, compareDates, type CalendarDate, type Instant } from '../calendar/calendar-date';
import { DomainError } from '../errors';

/*
 * The option to keep the register of members' information on the central register kept by the
 * registrar instead of in the company's own register (CA 2006 Pt 8 Ch 2A, ss.128A–128K, inserted by
 * SBEEA 2015 from 30 June 2016; BRIEF RM-7), and its removal by ECCTA 2023 (BRIEF EC-6, §7).
 */

/**
 * The day the Economic Crime and Corporate Transparency Act 2023 removed the option to keep the
 * register of members' information at Companies House (BRIEF §7, EC-6): 18 November 2025.
 */
export const CENTRAL_REGISTER_OPTION_REMOVED_ON = '2025-11-18' as CalendarDate;

/**
 * The day Chapter 2A of Part 8 (ss.128A–128K), inserted by the Small Business, Enterprise and
 * Employment Act 2015 (s.94, Sch 5), came into force: 30 June 2016. No election was possible before it.
 */
export const CENTRAL_REGISTER_OPTION_FROM = '2016-06-30' as CalendarDate;

/**
 * An election to keep the register of members' information on the central register (s.128B(1)(b)),
 * effective on `effectiveOn`, the day the registrar registered the notice of election (s.128C(1)).
 * `assentedBy`: the member ids of the members who assented to its making; every member on the register
 * that day must have (s.128B(2)(a); checked by {@link checkCentralRegisterEvent}).
 * Sources: CA 2006 ss.128B, 128C; BRIEF RM-7.
 */
export interface CentralRegisterElectionMade {
  readonly type: 'central-register-election-made';
  readonly effectiveOn: CalendarDate;
  readonly assentedBy: readonly string[];
}

/**
 * The withdrawal of the election in force (s.128J(1)), effective on `effectiveOn`, the day the registrar
 * registered the notice of withdrawal (s.128J(3)); from then the company keeps its own register of
 * members again (s.128J(4)). Sources: CA 2006 s.128J; BRIEF RM-7.
 */
export interface CentralRegisterElectionWithdrawn {
  readonly type: 'central-register-election-withdrawn';
  readonly effectiveOn: CalendarDate;
}

/** The records of the option to keep the register of members' information at Companies House (RM-7). */
export type CentralRegisterEvent = CentralRegisterElectionMade | CentralRegisterElectionWithdrawn;

/**
 * Where the register of members' information is kept: `company`, the company's own register at its
 * registered office or its SAIL (s.114; RM-1, RM-6); `companies-house`, the central register (s.128D).
 */
export type RegisterKeptAt = 'company' | 'companies-house';

/**
 * One change of where the register of members' information is kept, from `effectiveOn`:
 * `election-made` (s.128B, with the ids of the members who assented), `election-withdrawn` (s.128J), or
 * `election-ended-by-law`: an election still in force on 17 November 2025 ends on
 * {@link CENTRAL_REGISTER_OPTION_REMOVED_ON} (EC-6; see {@link foldCentralRegister}).
 */
export interface CentralRegisterChange {
  readonly effectiveOn: CalendarDate;
  readonly change: 'election-made' | 'election-withdrawn' | 'election-ended-by-law';
  readonly keptAt: RegisterKeptAt;
  /** For `election-made`: the members who assented (s.128B(2)(a)). */
  readonly assentedBy?: readonly string[];
}

/**
 * The option's state after some events: the day the election in force took effect (null: none in
 * force, the company keeps its own register) and every change so far, in date order.
 */
export interface CentralRegisterState {
  readonly electedOn: CalendarDate | null;
  readonly changes: readonly CentralRegisterChange[];
}

/**
 * Where the register of members' information is kept as at the end of `asAt`: `keptAt`, `electedOn`
 * (the day the election in force took effect; null when the company keeps its own register) and
 * `history`, every change effective on or before `asAt`, in date order.
 */
export interface CentralRegisterPosition {
  readonly asAt: CalendarDate;
  readonly keptAt: RegisterKeptAt;
  readonly electedOn: CalendarDate | null;
  readonly history: readonly CentralRegisterChange[];
}

/** No election made: the company keeps its own register (s.113; RM-1). */
export const NO_CENTRAL_REGISTER_ELECTION: CentralRegisterState = { electedOn: null, changes: [] };

/**
 * EC-6 as read here: ECCTA 2023 repeals Chapter 2A from 18 November 2025, so an election still in
 * force on 17 November 2025 ends on that day by force of law, and the company keeps its own register
 * of members again from 18 November 2025 (as after a withdrawal, s.128J(4)–(5)). Applied to `state`
 * when `day` is on or after that date.
 */
function endedByLaw(state: CentralRegisterState, day: CalendarDate): CentralRegisterState {
  if (state.electedOn === null || compareDates(day, CENTRAL_REGISTER_OPTION_REMOVED_ON) < 0) return state;
  return { electedOn: null, changes: [...state.changes, { effectiveOn: CENTRAL_REGISTER_OPTION_REMOVED_ON, change: 'election-ended-by-law', keptAt: 'company' }] };
}

/**
 * The option's state after `event`, taken after every earlier-dated one. Throws DomainError
 * `CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE` (an election before 30 June 2016, when ss.128A–128K came
 * into force), `CENTRAL_REGISTER_OPTION_REMOVED` (EC-6: an election on or after 18 November 2025),
 * `CENTRAL_REGISTER_ELECTION_IN_FORCE` (an election while one is in force, s.128C(2)) or
 * `CENTRAL_REGISTER_NO_ELECTION` (a withdrawal with none in force that day, s.128J; an election
 * ended by law on 18 November 2025 is no longer in force). Sources: CA 2006 ss.128B, 128C, 128J;
 * ECCTA 2023; BRIEF RM-7, EC-6.
 */
export function evolveCentralRegister(state: CentralRegisterState, event: CentralRegisterEvent): CentralRegisterState {
  const before = endedByLaw(state, event.effectiveOn);
  const details = { field: 'effectiveOn', effectiveOn: event.effectiveOn };
  if (event.type === 'central-register-election-made') {
    if (compareDates(event.effectiveOn, CENTRAL_REGISTER_OPTION_FROM) < 0) {
      throw new DomainError('CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE', {
        text: 'an election to keep the register of members\' information at Companies House dated {effectiveOn} cannot be made: the option (ss.128A–128K) came into force on {from}',
        rule: 'RM-7',
      }, { ...details, from: CENTRAL_REGISTER_OPTION_FROM });
    }
    if (compareDates(event.effectiveOn, CENTRAL_REGISTER_OPTION_REMOVED_ON) >= 0) {
      throw new DomainError('CENTRAL_REGISTER_OPTION_REMOVED', {
        text: 'an election to keep the register of members\' information at Companies House dated {effectiveOn} cannot be made: ECCTA 2023 removed the option on {removedOn}; the register of members stays the company\'s own register',
        rule: 'EC-6',
      }, { ...details, removedOn: CENTRAL_REGISTER_OPTION_REMOVED_ON });
    }
    if (before.electedOn !== null) {
      throw new DomainError('CENTRAL_REGISTER_ELECTION_IN_FORCE', {
        text: 'the election of {electedOn} to keep the register of members\' information at Companies House is still in force on {effectiveOn}; withdraw it before making another (s.128J)',
        rule: 'RM-7',
      }, { ...details, electedOn: before.electedOn });
    }
    return { electedOn: event.effectiveOn, changes: [...before.changes, { effectiveOn: event.effectiveOn, change: 'election-made', keptAt: 'companies-house', assentedBy: [...event.assentedBy] }] };
  }
  if (before.electedOn === null) {
    const ended = before.changes.at(-1)?.change === 'election-ended-by-law';
    throw new DomainError('CENTRAL_REGISTER_NO_ELECTION', {
      text: ended
        ? 'no election to keep the register of members\' information at Companies House is in force on {effectiveOn}: the last one ended on {removedOn}, when ECCTA 2023 removed the option, so there is nothing to withdraw'
        : 'no election to keep the register of members\' information at Companies House is in force on {effectiveOn}, so there is nothing to withdraw (s.128J)',
      rule: 'RM-7',
    }, ended ? { ...details, removedOn: CENTRAL_REGISTER_OPTION_REMOVED_ON } : details);
  }
  return { electedOn: null, changes: [...before.changes, { effectiveOn: event.effectiveOn, change: 'election-withdrawn', keptAt: 'company' }] };
}

/**
 * The option's state after every event, taken in effective-date order (events of one day in the order
 * given), with the end by law of an election in force on 17 November 2025 (EC-6: the company keeps
 * its own register again from {@link CENTRAL_REGISTER_OPTION_REMOVED_ON}). Throws what
 * {@link evolveCentralRegister} throws.
 */
export function foldCentralRegister(events: readonly CentralRegisterEvent[]): CentralRegisterState {
  return endedByLaw(foldEvents(events, NO_CENTRAL_REGISTER_ELECTION), CENTRAL_REGISTER_OPTION_REMOVED_ON);
}

/**
 * Where the register of members' information is kept as at the end of `asAt` (a pure fold of the
 * recorded events): `company` (the company's own register, s.113, RM-1) or `companies-house` (with
 * `electedOn`), and the changes effective by then. From 18 November 2025 always `company` (EC-6).
 * Throws what {@link evolveCentralRegister} throws. Sources: CA 2006 ss.128A–128K; ECCTA 2023; BRIEF RM-7, EC-6.
 */
export function centralRegisterAsAt(events: readonly CentralRegisterEvent[], asAt: CalendarDate): CentralRegisterPosition {
  const history = foldCentralRegister(events).changes.filter((c) => compareDates(c.effectiveOn, asAt) <= 0);
  const last = history.at(-1);
  const keptAt = last?.keptAt ?? 'company';
  return { asAt, keptAt, electedOn: keptAt === 'companies-house' ? last!.effectiveOn : null, history };
}

/** A member on the register on an election's day, as the refusal of a missing assent names them. */
export interface MemberOnTheDay {
  readonly memberId: string;
  readonly name: string;
}

/**
 * Checks a new election or withdrawal before it is recorded:
 * - dated on or after incorporation and not after the day it is recorded (`EVENT_BEFORE_INCORPORATION`,
 *   `DATED_AFTER_RECORDING`; the details name the field `effectiveOn`);
 * - taken after the events already `recorded` (see {@link evolveCentralRegister}: `CENTRAL_REGISTER_OPTION_REMOVED`,
 *   `CENTRAL_REGISTER_ELECTION_IN_FORCE`, `CENTRAL_REGISTER_NO_ELECTION`), and leaving every later one valid;
 * - for an election, assented to by every member on the register on its day, `members`, and by no one
 *   else (`CENTRAL_REGISTER_ASSENT_MISSING` with `missing`, each member's `{memberId, name}`;
 *   `CENTRAL_REGISTER_ASSENT_NOT_MEMBER` with `notMembers`, the ids; the field `assentedBy`).
 * Sources: CA 2006 ss.128B(2)(a), 128C, 128J; ECCTA 2023; BRIEF RM-7, EC-6.
 */
export function checkCentralRegisterEvent(input: {
  readonly incorporatedOn: CalendarDate;
  readonly recordedAt: Instant;
  readonly recorded: readonly CentralRegisterEvent[];
  readonly event: CentralRegisterEvent;
  readonly members: readonly MemberOnTheDay[];
}): void {
  const { event } = input;
  const what = event.type === 'central-register-election-made' ? 'the election to keep the register of members\' information at Companies House' : 'the withdrawal of the election';
  checkDatedInCompanyLife(what, event.effectiveOn, input.recordedAt, input.incorporatedOn, 'effectiveOn');
  checkAgainstRecorded(input.recorded, event);
  if (event.type === 'central-register-election-made') checkAssent(event, input.members);
}

/**
 * The new event taken after the recorded ones dated by its day (its own refusal, naming its day), then
 * the later ones after it: one of those it would leave invalid (an election back-dated before a later
 * election, a withdrawal before a later withdrawal) is refused with that one's code, naming the new
 * event's day and the later entry's (`laterEntryOn`, `laterEntry`).
 */
function checkAgainstRecorded(recorded: readonly CentralRegisterEvent[], event: CentralRegisterEvent): void {
  const byDay = (e: CentralRegisterEvent) => compareDates(e.effectiveOn, event.effectiveOn) <= 0;
  let state = foldEvents(recorded.filter(byDay), NO_CENTRAL_REGISTER_ELECTION);
  state = evolveCentralRegister(state, event);
  for (const later of sortedByDay(recorded.filter((e) => !byDay(e)))) {
    try {
      state = evolveCentralRegister(state, later);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const laterEntry = later.type === 'central-register-election-made' ? 'election' : 'withdrawal of the election';
      throw new DomainError(
        error.code,
        {
          text: event.type === 'central-register-election-made'
            ? 'an election dated {effectiveOn} would still be in force on {laterEntryOn}, the day of the {laterEntry} already recorded: one election at a time (s.128C(2)); record a withdrawal between them first'
            : 'a withdrawal dated {effectiveOn} would leave the {laterEntry} of {laterEntryOn}, already recorded, with no election in force to withdraw (s.128J)',
          rule: 'RM-7',
        },
        { field: 'effectiveOn', effectiveOn: event.effectiveOn, laterEntryOn: later.effectiveOn, laterEntry },
      );
    }
  }
}

function sortedByDay(events: readonly CentralRegisterEvent[]): CentralRegisterEvent[] {
  return events.map((event, index) => ({ event, index })).sort((a, b) => compareDates(a.event.effectiveOn, b.event.effectiveOn) || a.index - b.index).map((e) => e.event);
}

function foldEvents(events: readonly CentralRegisterEvent[], from: CentralRegisterState): CentralRegisterState {
  return sortedByDay(events).reduce(evolveCentralRegister, from);
}

function checkAssent(event: CentralRegisterElectionMade, members: readonly MemberOnTheDay[]): void {
  const assented = new Set(event.assentedBy);
  const onRegister = new Set(members.map((m) => m.memberId));
  const notMembers = event.assentedBy.filter((id) => !onRegister.has(id));
  if (notMembers.length > 0) {
    throw new DomainError('CENTRAL_REGISTER_ASSENT_NOT_MEMBER', {
      text: 'assentedBy names {notMemberIds}, not on the register of members on {effectiveOn}; only members assent to an election (s.128B(2)(a))',
      rule: 'RM-7',
    }, { field: 'assentedBy', effectiveOn: event.effectiveOn, notMembers, notMemberIds: notMembers.join(', ') });
  }
  const missing = members.filter((m) => !assented.has(m.memberId)).map((m) => ({ memberId: m.memberId, name: m.name }));
  if (missing.length > 0) {
    throw new DomainError('CENTRAL_REGISTER_ASSENT_MISSING', {
      text: 'an election to keep the register of members\' information at Companies House needs the assent of every member on the register on {effectiveOn} (s.128B(2)(a)); {count} have not assented: {names}',
      rule: 'RM-7',
    }, { field: 'assentedBy', effectiveOn: event.effectiveOn, missing, count: missing.length, names: missing.map((m) => `${m.name} (${m.memberId})`).join(', ') });
  }
}
