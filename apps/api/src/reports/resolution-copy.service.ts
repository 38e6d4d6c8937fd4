import { Injectable } from '@nestjs/common';
import { addDays, awaitsAttendance, calendarDate, compareDates, currentSitting, meetingHeldBy, resolutionAsAt, resolutionOutcome, type CalendarDate, type ResolutionOutcome, type Company, type GovernanceState, type RegisterEntry, type Resolution } from '#domain';
import { renderMinutes, renderResolutionCopy, unverifiedDirectorWords } from '#reports';
import { AppError } from '../common/app-error';
import { today } from '../common/today';
import { CompaniesService } from '../companies/companies.service';
import type { Em } from '../database/orm';
import { BoardVerification } from '../governance/board-verification';
import { GovernanceRecords } from '../governance/governance-records';
import { proposedOn } from '../governance/resolution.mapper';
import { RegisterService } from '../share-register/register.service';
import { minutesView, resolutionCopyView } from './governance-views';
import { sellersDay, sellersOf, type ResolutionContext } from './resolution-context';
import { ReportDataStore } from './report-data.store';
import { fileSafe, type ReportFile } from './report-file';
import { ReportSpool } from './report-spool';

const END_OF_TIME = calendarDate('9999-12-31');

/** A copy of one resolution, and the minutes of a meeting: text, procedure, record of votes or agreements, and outcome as at a date. */
@Injectable()
export class ResolutionCopyService {
  constructor(
    private readonly spool: ReportSpool,
    private readonly companies: CompaniesService,
    private readonly governance: GovernanceRecords,
    private readonly data: ReportDataStore,
    private readonly register: RegisterService,
    private readonly verification: BoardVerification,
  ) {}

  /**
   * As at `asAt`, or, when it is null, as at the resolution's decisive date (see {@link decisiveDate}):
   * never today unless the meeting is still to come, so the same resolution gives the same bytes whenever
   * it is asked for on a day. Throws `NOT_FOUND` (404) for no such resolution, and `VALIDATION_FAILED`
   * (400, field `asAt`) for a day before the resolution was proposed or after today ({@link checkCopyDay}).
   */
  copy(companyId: string, resolutionId: string, asAt: CalendarDate | null): Promise<ReportFile> {
    // Without asAt, the date depends on today (a written resolution lapses when its period ends): built again each day.
    const on = today();
    const params = { resolutionId, asAt, ...(asAt === null ? { today: on } : {}) };
    return this.spool.file({ companyId, report: 'resolution-copy.pdf', params, contentType: 'application/pdf' }, async (em) => {
      const company = await this.companies.get(companyId, em);
      const state = await this.governance.load(em, companyId);
      const resolution = state.resolutions.get(resolutionId);
      if (!resolution) throw AppError.notFound('resolution', { resolutionId });
      if (asAt !== null) checkCopyDay(asAt, proposedOn(resolution), on);
      // A meeting still to come is copied as at today, not certified as at its day.
      const copyOn = asAt ?? earlierOf(decisiveDate(resolution, on), on);
      const contextOf = await this.contexts(em, company, state, [resolution], copyOn);
      // RS-1: only what was recorded as done by the day, as the outcome counts it.
      const then = resolutionAsAt(resolution, copyOn);
      const counted = resolutionOutcome(then, copyOn);
      // A meeting whose attendance and votes are not yet entered is not decided, as its minutes say, rather than failed for want of a quorum.
      const outcome: ResolutionOutcome = awaitsAttendance(then, copyOn, state) ? { ...counted, status: 'open', failedBecause: null, tally: null } : counted;
      const view = resolutionCopyView(then, outcome, state, await this.data.basis(em, company, copyOn, 'document date'), contextOf(resolution));
      return { filename: `resolution-${fileSafe(companyId)}-${fileSafe(view.reference)}-${view.asAt}.pdf`, body: renderResolutionCopy(view) };
    });
  }

  /**
   * The minutes of a meeting as at the day of its last sitting (never today, so the same meeting gives
   * the same bytes whenever asked for, until more is recorded of it). Throws `NOT_FOUND` (404) for an
   * unknown meeting and `MEETING_NOT_YET_HELD` (409) before the day it is held.
   */
  minutes(companyId: string, meetingId: string): Promise<ReportFile> {
    return this.spool.file({ companyId, report: 'minutes.pdf', params: { meetingId }, contentType: 'application/pdf' }, async (em) => {
      const company = await this.companies.get(companyId, em);
      const state = await this.governance.load(em, companyId);
      const meeting = state.meetings.get(meetingId);
      if (!meeting) throw AppError.notFound('meeting', { meetingId });
      // FR-2: minutes record a meeting held; before its first sitting there is none to record.
      if (!meetingHeldBy(meeting, today())) {
        throw new AppError('MEETING_NOT_YET_HELD', `the meeting is to be held on ${meeting.heldOn}: its minutes can be drawn up from that day`, { meetingId, heldOn: meeting.heldOn });
      }
      const contextOf = await this.contexts(em, company, state, meeting.resolutionIds.map((id) => state.resolutions.get(id)!));
      const view = minutesView(meeting, state, await this.data.basis(em, company, currentSitting(meeting), 'document date'), contextOf);
      return { filename: `minutes-${fileSafe(companyId)}-${fileSafe(view.reference)}.pdf`, body: renderMinutes(view) };
    });
  }

  /**
   * For each of `resolutions`, what its documents print beyond its record: each buy-back's selling
   * member, from the register on its circulation or meeting day (SR-2, s.695), and the EC-3 warnings
   * of the directors who took part in it unverified by the end of `asAt` (all, when absent); read
   * within the report's own transaction.
   */
  private async contexts(em: Em, company: Company, state: GovernanceState, resolutions: readonly Resolution[], asAt?: CalendarDate): Promise<(r: Resolution) => ResolutionContext> {
    const unverifiedOf = await this.verification.within(em, company, state);
    const registers = new Map<CalendarDate, readonly RegisterEntry[]>();
    const contexts = new Map<string, ResolutionContext>();
    for (const r of resolutions) {
      const day = sellersDay(r);
      if (day !== null && !registers.has(day)) registers.set(day, await this.register.membersAsAt(em, company.id, day));
      const sellers = day === null ? new Map() : sellersOf(r, registers.get(day)!, day);
      // EC-3: the warning with its dates in words, as the pages give it.
      const procedure = r.procedure === 'board-written' || r.procedure === 'members-written' ? 'written' : 'meeting';
      contexts.set(r.id, { sellers, unverifiedDirectors: unverifiedOf(r).filter((u) => asAt === undefined || compareDates(u.on, asAt) <= 0).map((u) => unverifiedDirectorWords(u, procedure)) });
    }
    return (r) => contexts.get(r.id)!;
  }
}

/**
 * The day a copy is asked for as at: not before the resolution was proposed (circulated, notice given,
 * or its board meeting held), nor after `today`. Throws `VALIDATION_FAILED` (400, field `asAt`).
 */
function checkCopyDay(asAt: CalendarDate, proposed: CalendarDate, today: CalendarDate): void {
  const problem =
    compareDates(asAt, proposed) < 0
      ? `the resolution was proposed on ${proposed}: a copy as at an earlier day would certify a resolution not yet made; give asAt on or after ${proposed}`
      : compareDates(asAt, today) > 0
        ? `${asAt} is after today, ${today}: a copy certifies what was recorded by a day that has come`
        : null;
  if (problem !== null) throw new AppError('VALIDATION_FAILED', problem, [{ field: 'asAt', problems: [problem] }]);
}

const earlierOf = (a: CalendarDate, b: CalendarDate): CalendarDate => (compareDates(a, b) <= 0 ? a : b);

/**
 * The day the resolution was decided: passed on; lapsed (the day after its last day for agreement,
 * the first on which it reads lapsed, once `now` has reached it, s.297); the meeting; else its last
 * agreement or its circulation (a written resolution still open).
 */
export function decisiveDate(r: Resolution, now: CalendarDate): CalendarDate {
  const final = resolutionOutcome(r, END_OF_TIME);
  if (final.passedOn) return final.passedOn;
  if (final.status === 'lapsed' && final.lapsesOn && compareDates(final.lapsesOn, now) < 0) return addDays(final.lapsesOn, 1);
  switch (r.procedure) {
    case 'general-meeting':
    case 'board-meeting':
      return r.meetingOn;
    case 'members-written':
    case 'board-written':
      return r.agreements.reduce<CalendarDate>((latest, a) => (a.agreedOn > latest ? a.agreedOn : latest), r.circulatedOn);
  }
}
