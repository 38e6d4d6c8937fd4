import { Injectable } from '@nestjs/common';
import { addDays, calendarDate, resolutionOutcome, type CalendarDate, type Resolution, type ResolutionOutcome } from '#domain';
import { renderResolutionCopy, type ResolutionCopyView, type ResolutionProcedureView } from '#reports';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import { GovernanceRecords } from '../governance/governance-records';
import { ReportDataStore } from './report-data.store';
import { fileSafe, type ReportFile } from './report-file';
import { ReportSpool } from './report-spool';

const END_OF_TIME = calendarDate('9999-12-31');

/** A copy of one resolution: its text, procedure, record of votes or agreements, and outcome as at a date. */
@Injectable()
export class ResolutionCopyService {
  constructor(
    private readonly spool: ReportSpool,
    private readonly companies: CompaniesService,
    private readonly governance: GovernanceRecords,
    private readonly data: ReportDataStore,
  ) {}

  /**
   * As at `asAt`, or, when it is null, as at the resolution's decisive date (see {@link decisiveDate}):
   * never today, so the same resolution gives the same bytes whenever it is asked for.
   */
  copy(companyId: string, resolutionId: string, asAt: CalendarDate | null): Promise<ReportFile> {
    return this.spool.file({ companyId, report: 'resolution-copy.pdf', params: { resolutionId, asAt }, contentType: 'application/pdf' }, async (em) => {
      const company = await this.companies.get(companyId, em);
      const resolution = (await this.governance.load(em, companyId)).resolutions.get(resolutionId);
      if (!resolution) throw AppError.notFound('resolution', resolutionId);
      const on = asAt ?? decisiveDate(resolution);
      const view = resolutionCopyView(resolution, resolutionOutcome(resolution, on), await this.data.basis(em, company, on));
      return { filename: `resolution-${fileSafe(companyId)}-${fileSafe(resolutionId)}-${view.asAt}.pdf`, body: renderResolutionCopy(view) };
    });
  }
}

/** The day the resolution was decided: passed on, lapsed on, the meeting; else its last agreement or its circulation. */
export function decisiveDate(r: Resolution): CalendarDate {
  const final = resolutionOutcome(r, END_OF_TIME);
  if (final.passedOn) return final.passedOn;
  if (final.status === 'lapsed' && final.lapsesOn) return final.lapsesOn;
  switch (r.procedure) {
    case 'general-meeting':
    case 'board-meeting':
      return r.meetingOn;
    case 'members-written':
    case 'board-written':
      return r.agreements.reduce<CalendarDate>((latest, a) => (a.agreedOn > latest ? a.agreedOn : latest), r.circulatedOn);
  }
}

const STATUS: Record<ResolutionOutcome['status'], ResolutionCopyView['outcome']['status']> = {
  open: 'pending',
  passed: 'passed',
  failed: 'not passed',
  lapsed: 'lapsed',
};

function resolutionCopyView(r: Resolution, outcome: ResolutionOutcome, basis: Omit<ResolutionCopyView, 'reference' | 'title' | 'kind' | 'text' | 'procedure' | 'passedOn' | 'filingDueOn' | 'outcome'>): ResolutionCopyView {
  const board = r.procedure === 'board-meeting' || r.procedure === 'board-written';
  const kind = board ? 'ordinary' : r.kind;
  const title = board ? 'Resolution of the board of directors' : `${kind === 'special' ? 'Special' : 'Ordinary'} resolution of the members`;
  const summary = outcome.tally
    ? `${outcome.tally.inFavour} for, ${outcome.tally.against} against, ${outcome.tally.abstaining} abstaining, out of ${outcome.tally.outOf}.`
    : outcome.failedBecause
      ? `Failed: ${outcome.failedBecause.replace(/-/g, ' ')}.`
      : undefined;
  return {
    ...basis,
    reference: r.id,
    title,
    kind,
    text: r.text,
    procedure: procedureView(r, outcome),
    passedOn: outcome.passedOn,
    filingDueOn: outcome.filingDueOn,
    outcome: { status: STATUS[outcome.status], required: outcome.tally?.needed ?? 0, ...(summary ? { summary } : {}) },
  };
}

function procedureView(r: Resolution, outcome: ResolutionOutcome): ResolutionProcedureView {
  switch (r.procedure) {
    case 'members-written': {
      const votes = new Map(r.eligible.map((m) => [m.memberId, m]));
      return {
        kind: 'written',
        circulatedOn: r.circulatedOn,
        lapsesOn: r.lapsesOn,
        eligibleVotes: r.eligible.reduce((n, m) => n + m.votes, 0),
        agreements: r.agreements.map((a) => ({ memberName: votes.get(a.memberId)?.name ?? a.memberId, agreedOn: a.agreedOn, votes: votes.get(a.memberId)?.votes ?? 1 })),
      };
    }
    case 'general-meeting': {
      const members = new Map(r.entitled.map((m) => [m.memberId, m]));
      return {
        kind: 'meeting',
        noticeGivenOn: r.noticeGivenOn,
        meetingOn: r.meetingOn,
        method: r.voting === 'poll' ? 'poll' : 'show of hands',
        votes: r.votes.map((v) => ({
          memberName: members.get(v.memberId)?.name ?? v.memberId,
          vote: v.vote,
          votes: r.voting === 'poll' ? (members.get(v.memberId)?.votes ?? 1) : 1,
        })),
      };
    }
    case 'board-meeting': {
      const names = new Map(r.board.map((d) => [d.directorId, d.name]));
      return {
        kind: 'meeting',
        noticeGivenOn: r.meetingOn,
        meetingOn: r.meetingOn,
        method: 'show of hands',
        votes: r.votes.map((v) => ({ memberName: names.get(v.directorId) ?? v.directorId, vote: v.vote, votes: 1 })),
      };
    }
    case 'board-written': {
      const names = new Map(r.board.map((d) => [d.directorId, d.name]));
      return {
        kind: 'written',
        circulatedOn: r.circulatedOn,
        lapsesOn: outcome.lapsesOn ?? addDays(r.circulatedOn, 28),
        eligibleVotes: r.board.length,
        agreements: r.agreements.map((a) => ({ memberName: names.get(a.directorId) ?? a.directorId, agreedOn: a.agreedOn, votes: 1 })),
      };
    }
  }
}
