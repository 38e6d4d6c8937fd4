import { addDays, compareDates, type CalendarDate } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import { DomainError, type RefusalWording } from '../errors';
import { membersOf, type ShareEvent } from '../share-register/share-event';
import { ShareRegister } from '../share-register/share-register';
import { latestResponse, memberResponses, responseNamed, type MemberRecordsSource, type MemberResponse } from './member-responses';
import { eligibleMembersLists, latestList, latestMeetingItem, listReference, listsRewrittenBy, shortNoticeCountsRewrittenBy, type EligibleMembersList } from './members-lists';
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
 *
 * WR-2: nor may it change the eligible members of a members' written resolution
 * ({@link eligibleMembersLists}), for one circulated on or before the day the correction is recorded
 * (`correcting.recordedOn`): a member named by an entry the correction takes away or puts in must hold
 * as many shares at the start of the circulation date on the corrected register as on the register in
 * force (an entry taking effect on that day itself is taken to follow the circulation). Otherwise it is
 * refused with `CORRECTION_BREAKS_LATER_RECORD`, `response` `eligible`, naming the latest such
 * resolution, the member and the shares before and after.
 *
 * MT-1, s.307(6): nor may it change the count of the members entitled to attend and vote at a general
 * meeting held at short notice with members' agreement to it recorded, for a meeting day on or before
 * the day the correction is recorded: a member named by an entry the correction takes away or puts in
 * must hold as many shares at the end of the meeting day on the corrected register as on the register in
 * force. Otherwise it is refused with `CORRECTION_BREAKS_LATER_RECORD`, `response` `entitled`, naming
 * the latest such meeting's item, the meeting, the member and the shares before and after.
 */
export function checkCorrectionKeepsMemberRecords(
  company: Company,
  before: readonly ShareEvent[],
  after: readonly ShareEvent[],
  records: MemberRecordsSource,
  correcting: { readonly sequence: number; readonly recordedOn: CalendarDate },
  references: References = NO_REFERENCES,
): void {
  const correctsSequence = correcting.sequence;
  const beforeIds = new Set(before.map((e) => e.eventId));
  const afterIds = new Set(after.map((e) => e.eventId));
  const differing = [...before.filter((e) => !afterIds.has(e.eventId)), ...after.filter((e) => !beforeIds.has(e.eventId))];
  const touched = new Set(differing.flatMap(membersOf));
  const resolutions = [...records.resolutions];
  const responses = memberResponses({ ...records, resolutions }).filter((r) => touched.has(r.memberId));
  const earliest = differing.reduce<CalendarDate | undefined>((a, e) => (a === undefined || compareDates(e.effectiveOn, a) < 0 ? e.effectiveOn : a), undefined);
  const lists = earliest === undefined ? [] : listsRewrittenBy(eligibleMembersLists(resolutions), earliest, correcting.recordedOn);
  const counts = earliest === undefined ? [] : shortNoticeCountsRewrittenBy(resolutions, earliest, correcting.recordedOn);
  if (responses.length === 0 && lists.length === 0 && counts.length === 0) return;
  const wanted = lists.length > 0 || counts.length > 0 ? touched : new Set(responses.map((r) => r.memberId));
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
  if (last === undefined) {
    checkListsKept(lists, touched, was, will, correctsSequence, references);
    checkShortNoticeCountsKept(counts, touched, was, will, correctsSequence, references);
    return;
  }
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

/**
 * The eligible members' lists the correction would change: for each list, each member the correction
 * touches holding another number of shares when the circulation date began. Throws
 * `CORRECTION_BREAKS_LATER_RECORD` for the latest.
 */
function checkListsKept(lists: readonly EligibleMembersList[], touched: ReadonlySet<string>, was: Holdings, will: Holdings, correctsSequence: number, references: References): void {
  const changed: { list: EligibleMembersList; memberId: string; name: string; sharesBefore: number; sharesAfter: number }[] = [];
  for (const list of lists) {
    for (const memberId of touched) {
      const then = holdingOn(was, memberId, addDays(list.on, -1));
      const now = holdingOn(will, memberId, addDays(list.on, -1));
      if (then.shares !== now.shares) changed.push({ list, memberId, name: then.name ?? now.name ?? memberId, sharesBefore: then.shares, sharesAfter: now.shares });
    }
  }
  const latest = latestList(changed.map((c) => c.list));
  const last = changed.find((c) => c.list === latest);
  if (last === undefined) return;
  const others = new Set(changed.map((c) => c.list.resolutionId)).size - 1;
  throw new DomainError(
    'CORRECTION_BREAKS_LATER_RECORD',
    {
      text:
        'Written resolution {reference} counted the eligible members on its circulation date, {on}; ' +
        `with ledger entry {correctsSequence} corrected so, the register would show {member} holding {sharesAfter} ${last.sharesAfter === 1 ? 'share' : 'shares'} when that day began, not {sharesBefore}` +
        `${others > 0 ? `, and the lists of ${others} other written ${others === 1 ? 'resolution' : 'resolutions'} would change too` : ''}. ` +
        'The correction would change who was eligible to vote, or with how many votes, after the majority was reckoned on them, so it is not made',
      rule: 'SR-4, WR-2',
    },
    {
      correctsSequence,
      memberId: last.memberId,
      member: last.name,
      resolutionId: last.list.resolutionId,
      reference: listReference(last.list, references),
      response: 'eligible',
      on: last.list.on,
      sharesBefore: last.sharesBefore,
      sharesAfter: last.sharesAfter,
      ...(others > 0 ? { otherRecords: others } : {}),
    },
  );
}

/** MT-1, s.307(6): refuses a correction changing a touched member's shares at the end of the day of a meeting held at short notice with agreement recorded. */
function checkShortNoticeCountsKept(items: ReturnType<typeof shortNoticeCountsRewrittenBy>, touched: ReadonlySet<string>, was: Holdings, will: Holdings, correctsSequence: number, references: References): void {
  const changed: { item: (typeof items)[number]; memberId: string; name: string; sharesBefore: number; sharesAfter: number }[] = [];
  for (const item of items) {
    for (const memberId of touched) {
      const then = holdingOn(was, memberId, item.meetingOn);
      const now = holdingOn(will, memberId, item.meetingOn);
      if (then.shares !== now.shares) changed.push({ item, memberId, name: then.name ?? now.name ?? memberId, sharesBefore: then.shares, sharesAfter: now.shares });
    }
  }
  const latest = latestMeetingItem(changed.map((c) => c.item));
  const last = changed.find((c) => c.item === latest);
  if (last === undefined) return;
  const { item } = last;
  const meetingReference = item.meetingId === undefined ? undefined : references.byId.get(item.meetingId);
  throw new DomainError(
    'CORRECTION_BREAKS_LATER_RECORD',
    {
      text:
        `Resolution {reference} was put to ${meetingReference === undefined ? 'a general meeting' : 'general meeting {meetingReference}'} on {on} held at short notice, and the members' agreement to it was weighed on the members entitled to attend and vote, counted on the register that day; ` +
        `with ledger entry {correctsSequence} corrected so, the register would show {member} holding {sharesAfter} ${last.sharesAfter === 1 ? 'share' : 'shares'} at the end of that day, not {sharesBefore}. ` +
        'The correction would change that count after the meeting, so it is not made',
      rule: 'SR-4, MT-1 (s.307(6))',
    },
    {
      correctsSequence,
      memberId: last.memberId,
      member: last.name,
      resolutionId: item.id,
      reference: references.byId.get(item.id) ?? item.id,
      ...(item.meetingId !== undefined ? { meetingId: item.meetingId } : {}),
      ...(meetingReference !== undefined ? { meetingReference } : {}),
      response: 'entitled',
      on: item.meetingOn,
      sharesBefore: last.sharesBefore,
      sharesAfter: last.sharesAfter,
    },
  );
}
