import { Injectable } from '@nestjs/common';
import {
  appointDirector,
  DomainError,
  governanceSettings,
  recordDirectorAgreement,
  recordDirectorVote,
  recordMemberVote,
  recordResignation,
  recordShortNoticeAgreement,
  recordWrittenAgreement,
  type CalendarDate,
  type ChainedLedgerRecord,
  type FilingRecord,
  type GovernanceSettings,
  type GovernanceSettingsOverrides,
  type MeetingVote,
  type RegisterOfDirectors,
  type Resolution,
} from '#domain';
import type { Em } from '../database/orm';
import { Ledger } from '../ledger/ledger';

/** Ledger kinds of the governance records. */
export const GOVERNANCE_KINDS = {
  directorAppointed: 'director.appointed',
  directorResigned: 'director.resigned',
  resolutionProposed: 'resolution.proposed',
  agreement: 'resolution.agreement',
  vote: 'resolution.vote',
  shortNoticeAgreement: 'resolution.short-notice-agreement',
  filing: 'filing.recorded',
} as const;

/** A company's directors, resolutions and filings, as its ledger records them. */
export interface GovernanceState {
  readonly directors: RegisterOfDirectors;
  readonly resolutions: ReadonlyMap<string, Resolution>;
  readonly filings: readonly FilingRecord[];
}

type Payload = Record<string, unknown>;

/**
 * Folds the governance entries of a company's ledger through the domain: each agreement and vote is
 * applied with the same function that checked it when it was recorded.
 */
export function foldGovernance(entries: Iterable<ChainedLedgerRecord>): GovernanceState {
  let directors: RegisterOfDirectors = [];
  const resolutions = new Map<string, Resolution>();
  const filings: FilingRecord[] = [];
  for (const entry of entries) {
    const p = entry.payload as Payload;
    const on = entry.effectiveOn as CalendarDate;
    switch (entry.kind) {
      case GOVERNANCE_KINDS.directorAppointed:
        directors = appointDirector(directors, {
          directorId: p.directorId as string,
          name: p.name as string,
          serviceAddress: p.serviceAddress as string,
          appointedOn: on,
        });
        break;
      case GOVERNANCE_KINDS.directorResigned:
        directors = recordResignation(directors, p.directorId as string, on);
        break;
      case GOVERNANCE_KINDS.resolutionProposed: {
        const resolution = p.resolution as unknown as Resolution;
        resolutions.set(resolution.id, resolution);
        break;
      }
      case GOVERNANCE_KINDS.agreement:
      case GOVERNANCE_KINDS.vote:
      case GOVERNANCE_KINDS.shortNoticeAgreement: {
        const id = p.resolutionId as string;
        resolutions.set(id, applyResponse(resolutions.get(id)!, entry.kind, p, on));
        break;
      }
      case GOVERNANCE_KINDS.filing:
        filings.push({ kind: p.kind as FilingRecord['kind'], reference: p.reference as string, filedOn: on });
        break;
    }
  }
  return { directors, resolutions, filings };
}

/** A member's or director's agreement, vote or consent to short notice, checked by the domain. */
export function applyResponse(resolution: Resolution, kind: string, p: Payload, on: CalendarDate): Resolution {
  const voter = p.voterId as string;
  if (kind === GOVERNANCE_KINDS.shortNoticeAgreement && resolution.procedure === 'general-meeting') {
    return recordShortNoticeAgreement(resolution, voter, on);
  }
  if (kind === GOVERNANCE_KINDS.agreement) {
    if (resolution.procedure === 'members-written') return recordWrittenAgreement(resolution, { memberId: voter, agreedOn: on });
    if (resolution.procedure === 'board-written') return recordDirectorAgreement(resolution, { directorId: voter, agreedOn: on });
  }
  if (kind === GOVERNANCE_KINDS.vote) {
    const vote = p.vote as MeetingVote;
    if (resolution.procedure === 'general-meeting') return recordMemberVote(resolution, { memberId: voter, vote });
    if (resolution.procedure === 'board-meeting') return recordDirectorVote(resolution, { directorId: voter, vote });
  }
  throw new DomainError(
    'RESPONSE_NOT_FOR_PROCEDURE',
    `a ${kind.replace('resolution.', '')} does not apply to resolution ${resolution.id}, decided by ${resolution.procedure}`,
    { resolutionId: resolution.id, procedure: resolution.procedure },
  );
}

@Injectable()
export class GovernanceRecords {
  constructor(private readonly ledger: Ledger) {}

  async load(em: Em, companyId: string): Promise<GovernanceState> {
    const entries: ChainedLedgerRecord[] = [];
    for (const prefix of ['director.', 'resolution.', 'filing.']) {
      for await (const entry of this.ledger.all(em, companyId, prefix)) entries.push(entry);
    }
    entries.sort((a, b) => a.sequence - b.sequence);
    return foldGovernance(entries);
  }

  /** The articles' governance settings: the Act's defaults with the company's overrides. */
  async settings(em: Em, companyId: string): Promise<GovernanceSettings> {
    const rows = await em.execute<{ governance: GovernanceSettingsOverrides }[]>(`select governance from company where id = ?`, [companyId]);
    return governanceSettings(rows[0]?.governance ?? {});
  }
}
