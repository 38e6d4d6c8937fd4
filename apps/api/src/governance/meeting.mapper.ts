import { compareDates, meetingAsAt, resolutionAsAt, sittingAttendance, sittingQuorum, sittings, type CalendarDate, type Resolution } from '#domain';
import type { MeetingRecord } from './meetings.service';
import type { UnverifiedOf } from './board-verification';
import { resolutionResponse } from './resolution.mapper';

/**
 * A meeting as the API shows it as at the end of `asAt` (RS-1: only what was done by then): its
 * reference, notice and the members it went to, each sitting with who attended and whether it was
 * quorate, adjournments, and its items with their outcomes as at `asAt`
 * (a board meeting's items with the directors counted while unverified, EC-3, when `unverifiedOf` is given;
 * `api`: an item not yet decided is open, as `resolutionResponse` gives it with the records).
 */
export function meetingResponse(record: MeetingRecord, asAt: CalendarDate, unverifiedOf?: UnverifiedOf, api = false) {
  // RS-1: as the record stood at the end of `asAt`: the sittings held, adjournments decided, attendance, votes and warnings by then.
  const meeting = meetingAsAt(record.meeting, asAt);
  const items = meeting.resolutionIds.map((id) => [record.state.resolutions.get(id)!, resolutionAsAt(record.state.resolutions.get(id)!, asAt)] as const);
  // The records as they stood, copied only when something of this meeting was done after the day (a page as at today copies nothing).
  const same = meeting === record.meeting && items.every(([now, then]) => now === then);
  const state = same
    ? record.state
    : {
        ...record.state,
        resolutions: new Map<string, Resolution>([...record.state.resolutions, ...items.map(([, then]) => [then.id, then] as const)]),
        meetings: new Map(record.state.meetings).set(meeting.id, meeting),
      };
  const unverifiedThen = unverifiedOf && ((r: Resolution) => unverifiedOf(r).filter((u) => compareDates(u.on, asAt) <= 0));
  const itemNumber = new Map(meeting.resolutionIds.map((id, i) => [id, i + 1]));
  return {
    meetingId: meeting.id,
    reference: state.references.byId.get(meeting.id) ?? null,
    kind: meeting.kind,
    noticeGivenOn: meeting.noticeGivenOn,
    // MT-2 (s.1147): the day the notice was sent and how, when recorded; noticeGivenOn is its deemed delivery.
    ...(meeting.noticeSent !== undefined ? { noticeSent: { on: meeting.noticeSent.on, by: meeting.noticeSent.by } } : {}),
    noticeTo: meeting.noticeTo.map((m) => ({ memberId: m.memberId, name: m.name })),
    heldOn: meeting.heldOn,
    chair: meeting.chair && { ...meeting.chair },
    ...(meeting.kind === 'board' ? {} : { voting: meeting.voting }),
    quorum: meeting.quorum,
    adjournments: meeting.adjournments.map((a) => ({ on: a.on, to: a.to })),
    sittings: sittings(meeting).map((on) => {
      const q = sittingQuorum(meeting, state.resolutions, on);
      return {
        on,
        present: q.present,
        quorate: q.quorate,
        // MA-2: items of a quorate sitting for which the interested directors bring the count below the quorum.
        notQuorateFor: q.notQuorateFor.map((n) => ({ item: itemNumber.get(n.resolutionId)!, counted: n.counted, interested: n.interested })),
        attendance: sittingAttendance(meeting, state.resolutions, on, state.directors).map((a) =>
            a.as === 'director'
              ? { directorId: a.directorId, name: a.name, interestedIn: a.interestedIn.map((id) => itemNumber.get(id)!) }
              : {
                  memberId: a.member.memberId,
                  name: a.member.name,
                  capacity: a.capacity,
                  ...(a.capacity === 'proxy' ? { proxyName: a.actingName } : {}),
                  ...(a.capacity === 'corporate-representative' ? { representativeName: a.actingName } : {}),
                },
        ),
      };
    }),
    items: meeting.resolutionIds.map((id, i) => {
      const resolution = state.resolutions.get(id)!;
      const reference = state.references.byId.get(id);
      return { item: i + 1, ...resolutionResponse(reference === undefined ? resolution : { ...resolution, reference }, asAt, unverifiedThen, api ? state : undefined) };
    }),
  };
}

