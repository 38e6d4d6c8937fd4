import type { CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { recordDirectorAgreement, recordDirectorVote } from './board-resolution';
import type { FilingRecord } from './compliance-calendar';
import { appointDirector, recordResignation, type RegisterOfDirectors } from './directors';
import { recordMemberVote, recordShortNoticeAgreement } from './general-meeting';
import type { Meeting } from './meeting';
import { addMeetingItem, evolveMeetings, type MeetingEvent } from './meeting-events';
import { filingRecord } from './filing-record';
import { resolutionInWords, type MemberNames } from './in-words';
import { NO_REFERENCES, referenceDate, referenceFor, type References } from './references';
import type { MeetingVote } from './resolution';
import { withRegulatorDecision, type RegulatorDecisionRecorded } from './regulator-decision';
import type { Resolution } from './resolution-outcome';
import type { OfficerParticulars } from '../officers/officer-particulars';
import { recordWrittenAgreement } from './written-resolution';

/** A director takes office (s.162 particulars as entered: name and service address). */
export interface DirectorAppointed {
  readonly type: 'director-appointed';
  readonly effectiveOn: CalendarDate;
  readonly directorId: string;
  readonly name: string;
  readonly serviceAddress: string;
  /** The whole s.163 particulars, for appointments recorded with them (EC-4); absent on earlier entries. */
  readonly particulars?: OfficerParticulars;
  /** The commitment to the protected details (s.165 residential address, date of birth) kept outside the ledger. */
  readonly personalCommitment?: string;
}

/**
 * A director's term of office ends on `effectiveOn`: by resignation, or (with `removedBy`, the id of
 * the members' ordinary resolution that removed the director, s.168; checked by `checkRemovalResolution`)
 * by removal. Absent on entries recorded before removals were told apart.
 */
export interface DirectorResigned {
  readonly type: 'director-resigned';
  readonly effectiveOn: CalendarDate;
  readonly directorId: string;
  readonly removedBy?: string;
}

/** A resolution proposed, with the snapshot fixed then (eligible members, those entitled, or the board). */
export interface ResolutionProposed {
  readonly type: 'resolution-proposed';
  /** The circulation or meeting date. */
  readonly effectiveOn: CalendarDate;
  readonly resolution: Resolution;
}

/**
 * A member's or director's response to a resolution: agreement to a written resolution (s.296), a
 * vote at a meeting, or consent to a general meeting at short notice (s.307(4)). Dated the day the
 * company received the agreement; a vote, the meeting date.
 */
export type ResolutionResponse = Response<'agreement'> | Response<'vote'> | Response<'short-notice-agreement'>;

interface Response<T extends string> {
  readonly type: T;
  readonly effectiveOn: CalendarDate;
  readonly resolutionId: string;
  /** The member's or the director's id. */
  readonly voterId: string;
  /** A vote's choice; absent for agreements and consents. */
  readonly vote?: MeetingVote;
  /** A director's vote on a matter in which the director is interested (MA-2). */
  readonly interested?: boolean;
  /** A member's vote: by proxy or corporate representative, and the name of who cast it. */
  readonly capacity?: 'proxy' | 'corporate-representative';
  readonly actingName?: string;
  /** A member's vote, or consent to short notice: the member's entry on the register on the meeting day (MA-1, s.307(6)). */
  readonly member?: { readonly memberId: string; readonly name: string; readonly votes: number; readonly nominalPence: number };
}

/** A duty done: a form delivered to Companies House on `effectiveOn`. */
export interface FilingRecorded {
  readonly type: 'filing';
  readonly effectiveOn: CalendarDate;
  readonly kind: FilingRecord['kind'];
  readonly reference: string;
  /** See {@link FilingRecord.lawfulPurposeStatement}; absent in entries that did not record it. */
  readonly lawfulPurposeStatement?: true;
}

/** Every change to a company's directors, resolutions and filings, as its ledger records them. */
export type GovernanceEvent = DirectorAppointed | DirectorResigned | ResolutionProposed | ResolutionResponse | RegulatorDecisionRecorded | FilingRecorded | MeetingEvent;

/** A company's directors, resolutions (by id) and filings; its meetings (by id) and the human references of both. */
export interface GovernanceState {
  readonly directors: RegisterOfDirectors;
  readonly resolutions: ReadonlyMap<string, Resolution>;
  readonly filings: readonly FilingRecord[];
  readonly meetings: ReadonlyMap<string, Meeting>;
  readonly references: References;
}

/** The governance records before any event: no directors, resolutions, filings or meetings, and no references given. */
export const EMPTY_GOVERNANCE: GovernanceState = { directors: [], resolutions: new Map(), filings: [], meetings: new Map(), references: NO_REFERENCES };

/**
 * The state after one more event. Each response goes through the same function that checked it
 * when it was recorded, so a replay gives back exactly the state the writer saw. Throws the
 * domain's error for a response the resolution does not accept (e.g. `RESPONSE_NOT_FOR_PROCEDURE`).
 */
export function evolveGovernance(state: GovernanceState, event: GovernanceEvent): GovernanceState {
  switch (event.type) {
    case 'director-appointed': {
      const { directorId, name, serviceAddress, effectiveOn } = event;
      return { ...state, directors: appointDirector(state.directors, { directorId, name, serviceAddress, appointedOn: effectiveOn }) };
    }
    case 'director-resigned':
      return { ...state, directors: recordResignation(state.directors, event.directorId, event.effectiveOn, event.removedBy) };
    case 'resolution-proposed': {
      const item = addMeetingItem(state, event.resolution);
      const references = referenceFor(item.state.references, item.resolution.id, { resolution: item.resolution }, referenceDate(item.resolution));
      return { ...item.state, resolutions: new Map(state.resolutions).set(item.resolution.id, item.resolution), references };
    }
    case 'agreement':
    case 'vote':
    case 'short-notice-agreement': {
      const resolution = state.resolutions.get(event.resolutionId);
      if (!resolution) throw new DomainError('RESOLUTION_NOT_FOUND', `resolution ${event.resolutionId} was not found`, { resolutionId: event.resolutionId });
      return { ...state, resolutions: new Map(state.resolutions).set(resolution.id, applyResponse(resolution, event, { directors: state.directors })) };
    }
    case 'regulator-decision': {
      const resolution = state.resolutions.get(event.decision.resolutionId);
      if (!resolution) throw new DomainError('RESOLUTION_NOT_FOUND', `resolution ${event.decision.resolutionId} was not found`, { resolutionId: event.decision.resolutionId });
      return { ...state, resolutions: new Map(state.resolutions).set(resolution.id, withRegulatorDecision(resolution, event.decision)) };
    }
    case 'filing':
      return {
        ...state,
        filings: [...state.filings, filingRecord({ kind: event.kind, reference: event.reference, filedOn: event.effectiveOn, lawfulPurposeStatement: event.lawfulPurposeStatement === true })],
      };
    case 'meeting-called':
    case 'meeting-attended':
    case 'meeting-adjourned':
    case 'meeting-interest-declared':
      return evolveMeetings(state, event);
  }
}

/** Folds events in ledger order. */
export function foldGovernance(events: Iterable<GovernanceEvent>): GovernanceState {
  let state = EMPTY_GOVERNANCE;
  for (const event of events) state = evolveGovernance(state, event);
  return state;
}

/** Where a refusal of a response finds the names of people the resolution does not list: the register of directors, the register of members. */
export interface ResponseNames {
  readonly directors?: RegisterOfDirectors;
  readonly members?: MemberNames;
}

/**
 * The resolution with a member's or director's response applied, checked by the rules of its
 * procedure (WR-3, MT-1, RS-2). Throws `RESPONSE_NOT_FOR_PROCEDURE` for a response the procedure
 * does not take (e.g. a vote on a written resolution), and the procedure's own errors, which name a
 * director or member not on the resolution's lists from `names`.
 */
export function applyResponse(resolution: Resolution, response: ResolutionResponse, names: ResponseNames = {}): Resolution {
  const { voterId, effectiveOn: on } = response;
  if (response.type === 'short-notice-agreement' && resolution.procedure === 'general-meeting') {
    return recordShortNoticeAgreement(resolution, voterId, on, names.members, response.member);
  }
  if (response.type === 'agreement') {
    if (resolution.procedure === 'members-written') return recordWrittenAgreement(resolution, { memberId: voterId, agreedOn: on }, names.members);
    if (resolution.procedure === 'board-written') return recordDirectorAgreement(resolution, { directorId: voterId, agreedOn: on }, names.directors);
  }
  if (response.type === 'vote' && response.vote !== undefined) {
    if (resolution.procedure === 'general-meeting') {
      const { capacity, actingName, member } = response;
      return recordMemberVote(resolution, { memberId: voterId, vote: response.vote, ...(capacity ? { capacity, actingName } : {}), ...(member ? { member } : {}) });
    }
    if (resolution.procedure === 'board-meeting') {
      return recordDirectorVote(resolution, { directorId: voterId, vote: response.vote, ...(response.interested ? { interested: true } : {}) }, names.directors);
    }
  }
  throw new DomainError(
    'RESPONSE_NOT_FOR_PROCEDURE',
    `${RESPONSE_IN_WORDS[response.type]} does not apply to ${resolutionInWords(resolution)}, ${PROCEDURE_IN_WORDS[resolution.procedure]}`,
    { resolutionId: resolution.id, procedure: resolution.procedure },
  );
}

const RESPONSE_IN_WORDS: Record<ResolutionResponse['type'], string> = { vote: 'a vote', agreement: 'an agreement', 'short-notice-agreement': 'consent to short notice' };
const PROCEDURE_IN_WORDS: Record<Resolution['procedure'], string> = {
  'general-meeting': 'which the members decide at a general meeting',
  'members-written': 'a written resolution of the members, which they agree to in writing',
  'board-meeting': 'which the directors decide at a board meeting',
  'board-written': 'a written resolution of the directors, which they agree to in writing',
};
