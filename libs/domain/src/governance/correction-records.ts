import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import { DomainError, type RefusalWording } from '../errors';
import { membersOf, type ShareEvent } from '../share-register/share-event';
import { ShareRegister } from '../share-register/share-register';
import { latestResponse, memberResponses, responseNamed, type MemberRecordsSource, type MemberResponse } from './member-responses';
import { NO_REFERENCES, type References } from './references';

/** A member's number of shares, and name, from each day its entry changed, in effective order. */
type Holdings = Map<string, { readonly from: CalendarDate; readonly shares: number; readonly name: string }[]>;

/** The holdings over time of the `wanted` members, on the register folded from `events`. */
function holdingsOf(company: Company, events: readonly ShareEvent[], wanted: ReadonlySet<string>): Holdings {
  const out: Holdings = new Map();
  ShareRegister.fold(company, events, (event, _before, after) => {
    for (const id of membersOf(event)) {
      if (!wanted.has(id)) continue;
      const member = after.member(id);
      const list = out.get(id) ?? [];
      const entry = { from: event.effectiveOn, shares: member?.shareNumbers.length ?? 0, name: member?.name ?? id };
      if (list.at(-1)?.from === event.effectiveOn) list[list.length - 1] = entry;
      else list.push(entry);
      out.set(id, list);
    }
  });
  return out;
}

/** The member's shares and name at the end of `on`: no shares before its first entry. */
function holdingOn(holdings: Holdings, memberId: string, on: CalendarDate): { shares: number; name: string | undefined } {
  let held: { shares: number; name: string | undefined } = { shares: 0, name: undefined };
  for (const h of holdings.get(memberId) ?? []) {
    if (compareDates(h.from, on) > 0) break;
    held = { shares: h.shares, name: h.name };
  }
  return held;
}

/** A record the correction would contradict: the response, and the member's shares that day before and after it. */
interface Contradicted extends MemberResponse {
  readonly name: string;
  readonly sharesBefore: number;
  readonly sharesAfter: number;
}

/** Votes and agreements count the member's shares (a poll, a written resolution's voting rights); presence and the chair need membership only. */
const COUNTS_SHARES: ReadonlySet<MemberResponse['response']> = new Set(['vote', 'short-notice-agreement', 'agreement']);

/**
 * RM-4 / SR-4 with MA-1 and WR-2: a correcting entry of the register of members (voiding a share
 * entry, or putting another in its place) is held to the same records a share change is
 * ({@link memberResponses}: a member's vote at a general meeting, agreement to short notice of one,
 * agreement to a written resolution, presence at a sitting in person or by proxy or representative,
 * and a member chairing one). The register as corrected (`after`) is compared with the register in
 * force (`before`), for each member named by an entry the correction takes away or puts in, on the
 * day each such record of the member counted the register: the member must still be on it, holding
 * as many shares where the record counted them. Otherwise the correction would leave the record
 * relying on membership the register no longer shows, and it is refused with
 * `CORRECTION_BREAKS_LATER_RECORD` (409), naming the latest such record (the member, the resolution
 * and meeting with their references, the response and its day `on`) and how many others there are.
 */
export function checkCorrectionKeepsMemberRecords(
  company: Company,
  before: readonly ShareEvent[],
  after: readonly ShareEvent[],
  records: MemberRecordsSource,
  correctsSequence: number,
  references: References = NO_REFERENCES,
): void {
  const beforeIds = new Set(before.map((e) => e.eventId));
  const afterIds = new Set(after.map((e) => e.eventId));
  const differing = [...before.filter((e) => !afterIds.has(e.eventId)), ...after.filter((e) => !beforeIds.has(e.eventId))];
  const touched = new Set(differing.flatMap(membersOf));
  const responses = memberResponses(records).filter((r) => touched.has(r.memberId));
  if (responses.length === 0) return;
  const wanted = new Set(responses.map((r) => r.memberId));
  const was = holdingsOf(company, before, wanted);
  const will = holdingsOf(company, after, wanted);
  const contradicted: Contradicted[] = [];
  for (const r of responses) {
    const then = holdingOn(was, r.memberId, r.entitledOn);
    const now = holdingOn(will, r.memberId, r.entitledOn);
    if (then.shares === 0 || (now.shares > 0 && (now.shares === then.shares || !COUNTS_SHARES.has(r.response)))) continue;
    contradicted.push({ ...r, name: then.name ?? r.memberId, sharesBefore: then.shares, sharesAfter: now.shares });
  }
  const last = latestResponse(contradicted);
  if (last === undefined) return;
  const { details } = responseNamed(last, references);
  const others = contradicted.length - 1;
  throw new DomainError('CORRECTION_BREAKS_LATER_RECORD', contradictionWording(last, others), {
    correctsSequence,
    memberId: last.memberId,
    member: last.name,
    ...details,
    ...(details.reference === undefined && last.resolutionId !== undefined ? { reference: last.resolutionId } : {}),
    ...(details.meetingReference === undefined && last.meetingId !== undefined ? { meetingReference: last.meetingId } : {}),
    response: last.response,
    ...(last.actingName !== undefined ? { capacity: last.capacity, actingName: last.actingName } : {}),
    on: last.entitledOn,
    sharesBefore: last.sharesBefore,
    sharesAfter: last.sharesAfter,
    ...(others > 0 ? { otherRecords: others } : {}),
  });
}

/** The refusal's words: what the member did, on which record, and what the corrected register would show that day. */
function contradictionWording(r: Contradicted, others: number): RefusalWording {
  const atMeeting = r.meetingId !== undefined ? 'general meeting {meetingReference}' : 'the general meeting';
  const how = r.actingName === undefined ? '' : r.capacity === 'proxy' ? ' by proxy ({actingName})' : r.capacity === 'corporate-representative' ? ' by corporate representative ({actingName})' : '';
  const did = {
    vote: `{member} voted on resolution {reference} at ${atMeeting} on {on}`,
    'short-notice-agreement': `{member} agreed to short notice of ${atMeeting} on {on}`,
    agreement: '{member} agreed to written resolution {reference}, circulated on {on}, as an eligible member',
    attendance: `{member} was present${how} at ${atMeeting} on {on}`,
    chair: `{member} chaired ${atMeeting} on {on} as a member`,
  }[r.response];
  const shows = r.sharesAfter === 0
    ? 'would no longer show {member} as a member on {on}'
    : 'would show {member} holding {sharesAfter} shares on {on}, not {sharesBefore}';
  const more = others === 0 ? '' : `, and ${others} other ${others === 1 ? 'record' : 'records'} of the register's members would be contradicted too`;
  return {
    text: `${did}, counted on the register of members as at that day; with ledger entry {correctsSequence} corrected so, the register ${shows}${more}. The correction would contradict that record, so it is not made`,
    rule: r.response === 'agreement' ? 'SR-4, WR-2' : 'SR-4, MA-1',
  };
}
